package org.coplan.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.coplan.service.ChangeAuthor;
import org.coplan.service.port.DatabaseUnavailableException;
import org.coplan.service.port.PlanDatabase;
import org.coplan.service.port.PlanStore;
import org.coplan.service.port.SyncDatabase;
import org.coplan.service.port.SyncStore;
import org.h2.api.ErrorCode;
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
    private static final System.Logger LOG = System.getLogger(H2PlanDatabase.class.getName());

    private final Path location;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final ChangeAuthor author;
    private final Clock clock;
    private final DatabaseFailures failures;
    private final AtomicBoolean closed = new AtomicBoolean();

    private H2PlanDatabase(Path location, JdbcConnectionPool pool, DSLContext dsl, ChangeAuthor author, Clock clock,
                           DatabaseFailures failures) {
        this.location = location;
        this.pool = pool;
        this.dsl = dsl;
        this.author = author;
        this.clock = clock;
        this.failures = failures;
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
        Path absolute = folder.toAbsolutePath().normalize();
        DatabaseFailures failures = new DatabaseFailures(absolute);
        try {
            Files.createDirectories(absolute);
        } catch (IOException | SecurityException e) {
            throw failures.cannotOpen(e);
        }
        String url = "jdbc:h2:file:" + absolute.resolve(FILE_NAME) + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
        Optional<StoreHeaderRepair.Repair> repair = repairHeader(absolute.resolve(FILE_NAME + ".mv.db"));
        try {
            return open(url, absolute, failures, author, clock);
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
            return open(url, absolute, failures, author, clock);
        }
    }

    private static Optional<StoreHeaderRepair.Repair> repairHeader(Path file) {
        try {
            Optional<StoreHeaderRepair.Repair> repair = StoreHeaderRepair.repairIfNeeded(file);
            repair.ifPresent(done -> LOG.log(System.Logger.Level.WARNING,
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
        return open("jdbc:h2:mem:" + uniqueName + ";DB_CLOSE_DELAY=-1", null,
                new DatabaseFailures("mem:" + uniqueName), author, clock);
    }

    private static H2PlanDatabase open(String url, Path location, DatabaseFailures failures, ChangeAuthor author,
                                       Clock clock) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        try {
            DSLContext dsl = DSL.using(pool, SQLDialect.H2,
                    new Settings().withRenderQuotedNames(RenderQuotedNames.NEVER).withExecuteLogging(false));
            OpeningChecks.requireSoleWritableUser(dsl, failures);
            SchemaMigration.migrate(pool, failures);
            ChangeAuthor registered = ReplicaIdentity.register(dsl, author, clock);
            return new H2PlanDatabase(location, pool, dsl, registered, clock, failures);
        } catch (RuntimeException failure) {
            pool.dispose();
            throw failures.opening(failure);
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
        return inTransaction(work);
    }

    @Override
    public <T> T readSync(Function<SyncStore, T> work) {
        return inTransaction(store -> work.apply(new JooqSyncStore(store.context(), store)));
    }

    @Override
    public <T> T writeSync(Function<SyncStore, T> work) {
        return inTransaction(store -> work.apply(new JooqSyncStore(store.context(), store)));
    }

    private <T> T inTransaction(Function<? super JooqPlanStore, T> work) {
        if (closed.get()) {
            throw new IllegalStateException("the plan database is closed");
        }
        try {
            return dsl.transactionResult(configuration ->
                    work.apply(new JooqPlanStore(new StoreContext(configuration.dsl(), clock, author))));
        } catch (DataAccessException failure) {
            throw failures.duringWork(failure);
        }
    }

    @Override
    public Path location() {
        return location;
    }

    /** Shuts the database down (an in-memory one is dropped) and releases its files. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        // plain JDBC: H2 closes the connection while it runs SHUTDOWN, and jOOQ would then ask the closed
        // statement for its update count and fail (error 90121) although the database did shut down
        try (java.sql.Connection connection = pool.getConnection();
             java.sql.Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (java.sql.SQLException failure) {
            throw new DataAccessException("shutting the plan database down failed", failure);
        } finally {
            pool.dispose();
        }
    }
}
