package org.coplan.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import org.coplan.service.ChangeAuthor;
import org.coplan.l10n.Problem;
import org.coplan.service.port.Backup;
import org.coplan.service.port.BackupReason;
import org.coplan.service.port.DatabaseUnavailableException;
import org.coplan.service.port.PlanBackups;
import org.coplan.service.port.PlanDatabase;
import org.coplan.service.port.PlanStore;
import org.coplan.service.port.SyncDatabase;
import org.coplan.service.port.SyncStore;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * The plan database in an embedded H2: a folder holding {@value #FILE_NAME}.mv.db, or a named in-memory
 * database for tests. Opening migrates the schema with Flyway and registers the replica; each
 * {@link #read}/{@link #write} is one jOOQ transaction. Commits are on disk when {@code write} returns
 * ({@code WRITE_DELAY=0}). The caller closes it (H2's own exit hook is off so that closing stays in order).
 */
public final class H2PlanDatabase implements PlanDatabase, SyncDatabase {

    static final String FILE_NAME = "coplan";
    static final String FILE = FILE_NAME + ".mv.db";
    private static final System.Logger LOG = System.getLogger(H2PlanDatabase.class.getName());

    /** The open H2 database: replaced as a whole when a backup is restored. */
    private record Connected(JdbcConnectionPool pool, DSLContext dsl) {
    }

    private final Path location;
    private final String url;
    private final H2Access access;
    /** Replaced when a backup is restored: the restored plan goes on as a new replica (see ReplicaIdentity). */
    private volatile ChangeAuthor author;
    private final Clock clock;
    private final DatabaseFailures failures;
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Transactions share it; restoring a backup takes it alone, so no transaction sees half a swap. */
    private final ReentrantReadWriteLock swap = new ReentrantReadWriteLock();
    private volatile Connected connected;
    /** The file H2 writes to, checked before each edit; null for a database in memory. */
    private volatile FileIdentity identity;

    private H2PlanDatabase(Path location, String url, H2Access access, Connected connected, ChangeAuthor author,
                           Clock clock, DatabaseFailures failures) {
        this.location = location;
        this.url = url;
        this.access = access;
        this.connected = connected;
        this.author = author;
        this.clock = clock;
        this.failures = failures;
        this.identity = location == null ? null : FileIdentity.of(location.resolve(FILE));
    }

    /**
     * Opens (creating when needed) the database in {@code folder}.
     *
     * @throws DatabaseUnavailableException when another process has it open, a newer Coplan wrote it, or
     *                                      the folder cannot be created or written
     */
    public static H2PlanDatabase openFile(Path folder, ChangeAuthor author) {
        return openFile(folder, author, Clock.systemUTC());
    }

    public static H2PlanDatabase openFile(Path folder, ChangeAuthor author, Clock clock) {
        return openFile(folder, author, clock, "file", null);
    }

    /**
     * Opens the database in {@code folder}, which may be encrypted ({@link H2Encryption}); a new database is
     * created encrypted under {@code passphrase}.
     *
     * @param passphrase null for a database that is not encrypted
     * @throws DatabaseUnavailableException also when the database is encrypted and the passphrase is missing or
     *                                      wrong (nothing is written then)
     */
    public static H2PlanDatabase openFile(Path folder, ChangeAuthor author, Clock clock, char[] passphrase) {
        return openFile(folder, author, clock, "file", passphrase);
    }

    static H2PlanDatabase openFile(Path folder, ChangeAuthor author, Clock clock, String fileSystem) {
        return openFile(folder, author, clock, fileSystem, null);
    }

    /** @param fileSystem H2's file system scheme: {@code file}, or one a test registers to inject faults */
    private static H2PlanDatabase openFile(Path folder, ChangeAuthor author, Clock clock, String fileSystem,
                                           char[] passphrase) {
        Path absolute = folder.toAbsolutePath().normalize();
        DatabaseFailures failures = new DatabaseFailures(absolute);
        try {
            Files.createDirectories(absolute);
        } catch (IOException | SecurityException e) {
            throw failures.cannotOpen(e);
        }
        H2Access access = H2Encryption.access(absolute, passphrase, failures);
        String url = "jdbc:h2:" + fileSystem + ":" + absolute.resolve(FILE_NAME)
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=262144" + access.urlOptions();
        ChangeAuthor registered = author;
        Connected connected = connectRepairing(url, access, absolute, failures, clock);
        try {
            registered = ReplicaIdentity.register(connected.dsl(), author, clock);
        } catch (RuntimeException failure) {
            connected.pool().dispose();
            throw failures.opening(failure);
        }
        return new H2PlanDatabase(absolute, url, access, connected, registered, clock, failures);
    }

    private static Connected connectRepairing(String url, H2Access access, Path folder, DatabaseFailures failures,
                                              Clock clock) {
        // an encrypted file's header is encrypted too: only H2 can read it
        Optional<StoreHeaderRepair.Repair> repair = access.isEncrypted() ? Optional.empty()
                : repairHeader(folder.resolve(FILE));
        try {
            return connect(url, access, folder, failures, clock);
        } catch (DatabaseUnavailableException refused) {
            if (repair.isEmpty()) {
                throw refused;
            }
            // H2 checks the chunk the repair named; should it refuse it, the file goes back to what H2 wrote
            try {
                repair.get().undo();
            } catch (IOException undoFailed) {
                refused.addSuppressed(undoFailed);
                throw refused;
            }
            LOG.log(System.Logger.Level.WARNING, "H2 refused the repaired header of {0}; opened as H2 wrote it",
                    repair.get().file());
            return connect(url, access, folder, failures, clock);
        }
    }

    private static Optional<StoreHeaderRepair.Repair> repairHeader(Path file) {
        try {
            Optional<StoreHeaderRepair.Repair> repair = StoreHeaderRepair.repairIfNeeded(file);
            // after every unclean close the header is behind, so a repair is the expected case, not a warning
            repair.ifPresent(done -> LOG.log(System.Logger.Level.INFO,
                    "{0} was not closed cleanly and its header named version {1}; pointed it at the newest complete "
                            + "commit, version {2}", done.file(), done.fromVersion(), done.toVersion()));
            return repair;
        } catch (IOException unreadable) {
            // H2 opens the file itself next and reports what is wrong with it in its own words
            LOG.log(System.Logger.Level.WARNING, "could not check the header of " + file, unreadable);
            return Optional.empty();
        }
    }

    /** A private database in memory, gone when closed; {@code uniqueName} keeps tests apart. */
    public static H2PlanDatabase openInMemory(String uniqueName, ChangeAuthor author) {
        return openInMemory(uniqueName, author, Clock.systemUTC());
    }

    public static H2PlanDatabase openInMemory(String uniqueName, ChangeAuthor author, Clock clock) {
        String url = "jdbc:h2:mem:" + uniqueName + ";DB_CLOSE_DELAY=-1";
        DatabaseFailures failures = new DatabaseFailures("mem:" + uniqueName);
        Connected connected = connect(url, H2Access.PLAIN, null, failures, clock);
        try {
            ChangeAuthor registered = ReplicaIdentity.register(connected.dsl(), author, clock);
            return new H2PlanDatabase(null, url, H2Access.PLAIN, connected, registered, clock, failures);
        } catch (RuntimeException failure) {
            connected.pool().dispose();
            throw failures.opening(failure);
        }
    }

    /**
     * Opens H2 and brings the schema up to date; a file database from an older Coplan is backed up (and the
     * backup verified) before its schema is migrated.
     */
    private static Connected connect(String url, H2Access access, Path folder, DatabaseFailures failures,
                                     Clock clock) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", access.password());
        try {
            DSLContext dsl = DSL.using(pool, SQLDialect.H2,
                    new Settings().withRenderQuotedNames(RenderQuotedNames.NEVER).withExecuteLogging(false));
            OpeningChecks.requireSoleWritableUser(dsl, failures);
            Runnable backUp = folder == null ? () -> { }
                    : () -> new H2Backups(folder, zip -> backupTo(pool, zip), failures, clock, access)
                            .create(BackupReason.BEFORE_MIGRATION);
            SchemaMigration.migrate(pool, failures, backUp);
            return new Connected(pool, dsl);
        } catch (RuntimeException failure) {
            pool.dispose();
            throw access.isEncrypted() ? failures.openingEncrypted(failure) : failures.opening(failure);
        }
    }

    /** The author of this session's changes, with the replica id the database was given when it was created. */
    public ChangeAuthor author() {
        return author;
    }

    @Override
    public <T> T read(Function<PlanStore, T> work) {
        return inTransaction(work);
    }

    @Override
    public <T> T write(Function<PlanStore, T> work) {
        requireOwnFile();
        return inTransaction(work);
    }

    @Override
    public <T> T readSync(Function<SyncStore, T> work) {
        return inTransaction(store -> work.apply(new JooqSyncStore(store.context(), store)));
    }

    @Override
    public <T> T writeSync(Function<SyncStore, T> work) {
        requireOwnFile();
        return inTransaction(store -> work.apply(new JooqSyncStore(store.context(), store)));
    }

    private <T> T inTransaction(Function<? super JooqPlanStore, T> work) {
        swap.readLock().lock();
        try {
            if (closed.get()) {
                throw new IllegalStateException("the plan database is closed");
            }
            return connected.dsl().transactionResult(configuration ->
                    work.apply(new JooqPlanStore(new StoreContext(configuration.dsl(), clock, author))));
        } catch (DataAccessException failure) {
            throw failures.duringWork(failure);
        } finally {
            swap.readLock().unlock();
        }
    }

    /**
     * Refuses an edit when the database file was deleted or replaced while open: the edit would be written
     * where nobody finds it again. What the open database holds is first saved as a backup, so that nothing
     * acknowledged is lost; the message says where.
     */
    private void requireOwnFile() {
        FileIdentity own = identity;
        if (own == null || own.stillThere()) {
            return;
        }
        Backup rescued;
        try {
            rescued = new H2Backups(location, zip -> RescueCopy.write(connected.pool(), zip), failures, clock,
                    access).create(BackupReason.RESCUE);
        } catch (DatabaseUnavailableException notRescued) {
            throw new DatabaseUnavailableException(Problem.tr("error.database-file-gone-not-rescued", location,
                    notRescued.problem()), notRescued);
        }
        throw new DatabaseUnavailableException(Problem.tr("error.database-file-gone", location, rescued.id()), null);
    }

    @Override
    public Path location() {
        return location;
    }

    @Override
    public Optional<PlanBackups> backups() {
        return location == null ? Optional.empty()
                : Optional.of(new H2Backups(location, this::backupTo, failures, clock, access, this::replaceFile));
    }

    /** A consistent copy of the last commit, zipped by H2 while the database stays open. */
    private void backupTo(Path zip) {
        swap.readLock().lock();
        try {
            backupTo(connected.pool(), zip);
        } finally {
            swap.readLock().unlock();
        }
    }

    private static void backupTo(JdbcConnectionPool pool, Path zip) {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'");
        } catch (SQLException failure) {
            throw new DataAccessException("backing the plan database up to " + zip + " failed", failure);
        }
    }

    /**
     * Puts {@code replacement} in place of the database file: shuts H2 down, moves the file in, opens it again.
     * Should the replacement not open, the previous file is put back and opened.
     */
    private void replaceFile(Path replacement) {
        swap.writeLock().lock();
        try {
            if (closed.get()) {
                throw new IllegalStateException("the plan database is closed");
            }
            shutDown(url, access, connected.pool());
            Path file = location.resolve(FILE);
            Path previous = location.resolve(FILE + ".before-restore");
            try {
                Files.move(file, previous, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                Files.move(replacement, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException failure) {
                putBack(previous, file);
                connected = connectRepairing(url, access, location, failures, clock);
                throw failures.cannotOpen(failure);
            }
            try {
                connected = connectRepairing(url, access, location, failures, clock);
            } catch (DatabaseUnavailableException refused) {
                putBack(previous, file);
                connected = connectRepairing(url, access, location, failures, clock);
                throw refused;
            }
            author = ReplicaIdentity.startNew(connected.dsl(), author, clock);
            identity = FileIdentity.of(file);
            Files.deleteIfExists(previous);
        } catch (IOException leftOver) {
            // the restored plan is open; only the copy of the one it replaced could not be deleted
            LOG.log(System.Logger.Level.WARNING, "could not delete the replaced database file", leftOver);
        } finally {
            swap.writeLock().unlock();
        }
    }

    private static void putBack(Path previous, Path file) {
        try {
            if (Files.exists(previous)) {
                Files.move(previous, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException failure) {
            throw new UncheckedIOException("could not put " + previous + " back in place", failure);
        }
    }

    /** Shuts the database down (an in-memory one is dropped) and releases its files. */
    @Override
    public void close() {
        swap.writeLock().lock();
        try {
            if (closed.getAndSet(true)) {
                return;
            }
            shutDown(url, access, connected.pool());
        } finally {
            swap.writeLock().unlock();
        }
    }

    private static void shutDown(String url, H2Access access, JdbcConnectionPool pool) {
        // a plain connection, not the pool's: the pool rolls back a connection it takes back, which fails once
        // SHUTDOWN has closed the database and leaves a stack trace in coplan.trace.db at every close; and plain
        // JDBC, not jOOQ, which would ask the closed statement for its update count (error 90121)
        try (Connection connection = DriverManager.getConnection(url, "sa", access.password());
             Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException failure) {
            throw new DataAccessException("shutting the plan database down failed", failure);
        } finally {
            pool.dispose();
        }
    }

}
