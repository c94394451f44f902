package org.coplan.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coplan.l10n.Problem;
import org.coplan.service.port.Backup;
import org.coplan.service.port.BackupReason;
import org.coplan.service.port.DatabaseUnavailableException;
import org.coplan.service.port.PlanBackups;
import org.jooq.exception.DataAccessException;

/**
 * Backups in the {@value #FOLDER} folder beside the database: {@code coplan-<time>-<reason>.zip} made by H2's
 * online {@code BACKUP TO}, and a {@code .properties} file beside it with what the check found when the copy
 * was opened. A backup is written under a temporary name and renamed only once it has been verified, so a
 * full disk or a crash never leaves a half backup that looks whole.
 */
final class H2Backups implements PlanBackups {

    static final String FOLDER = "backups";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final Pattern NAME = Pattern.compile("coplan-(\\d{8}-\\d{6}-\\d{3})-([a-z-]+?)(-\\d+)?\\.zip");

    /** Writes a consistent copy of the open database into a zip file. */
    @FunctionalInterface
    interface Source {
        void backupTo(Path zip);
    }

    /** Puts a database file in place of the open one (see {@link H2PlanDatabase}). */
    @FunctionalInterface
    interface Replacer {
        void replaceWith(Path databaseFile);
    }

    private final Path databaseFolder;
    private final Path folder;
    private final Source source;
    private final DatabaseFailures failures;
    private final Clock clock;
    private final Replacer replacer;
    private final H2Access access;

    H2Backups(Path databaseFolder, Source source, DatabaseFailures failures, Clock clock) {
        this(databaseFolder, source, failures, clock, H2Access.PLAIN);
    }

    H2Backups(Path databaseFolder, Source source, DatabaseFailures failures, Clock clock, H2Access access) {
        this(databaseFolder, source, failures, clock, access, file -> {
            throw new IllegalStateException("restoring needs the open database");
        });
    }

    H2Backups(Path databaseFolder, Source source, DatabaseFailures failures, Clock clock, Replacer replacer) {
        this(databaseFolder, source, failures, clock, H2Access.PLAIN, replacer);
    }

    /** @param access how the database's backups open: an encrypted database's backups are encrypted too */
    H2Backups(Path databaseFolder, Source source, DatabaseFailures failures, Clock clock, H2Access access,
              Replacer replacer) {
        this.access = access;
        this.databaseFolder = databaseFolder;
        this.folder = databaseFolder.resolve(FOLDER);
        this.source = source;
        this.failures = failures;
        this.clock = clock;
        this.replacer = replacer;
    }

    @Override
    public Backup create(BackupReason reason) {
        Instant now = clock.instant();
        Path part = null;
        try {
            Files.createDirectories(folder);
            Path zip = freeName(now, reason);
            part = folder.resolve(zip.getFileName() + ".part");
            Files.deleteIfExists(part);
            source.backupTo(part);
            BackupCheck.Found found = BackupCheck.verify(part, databaseFolder, access);
            force(part);
            Path facts = factsOf(zip);
            writeFacts(facts, found);
            Files.move(part, zip, StandardCopyOption.ATOMIC_MOVE);
            return read(zip).orElseThrow();
        } catch (BackupCheck.Unusable unusable) {
            deleteQuietly(part);
            throw new DatabaseUnavailableException(Problem.tr("error.backup-failed", folder, unusable.reason()),
                    unusable);
        } catch (IOException | UncheckedIOException | DataAccessException failure) {
            deleteQuietly(part);
            throw new DatabaseUnavailableException(
                    Problem.tr("error.backup-failed", folder, DatabaseFailures.reason(failure)), failure);
        }
    }

    private Path freeName(Instant when, BackupReason reason) {
        String stem = "coplan-" + STAMP.format(LocalDateTime.ofInstant(when, ZoneOffset.UTC)) + "-" + reason.fileWord();
        Path zip = folder.resolve(stem + ".zip");
        for (int n = 2; Files.exists(zip); n++) {
            zip = folder.resolve(stem + "-" + n + ".zip");
        }
        return zip;
    }

    @Override
    public List<Backup> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Backup> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "coplan-*.zip")) {
            for (Path file : files) {
                read(file).ifPresent(found::add);
            }
        } catch (IOException failure) {
            throw new DatabaseUnavailableException(
                    Problem.tr("error.backup-failed", folder, DatabaseFailures.reason(failure)), failure);
        }
        found.sort(Comparator.comparing(Backup::created).thenComparing(Backup::id).reversed());
        return List.copyOf(found);
    }

    @Override
    public List<Backup> prune(int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("at least one backup is kept, not " + keep);
        }
        List<Backup> all = list();
        List<Backup> deleted = new ArrayList<>();
        for (Backup old : all.subList(Math.min(keep, all.size()), all.size())) {
            try {
                Files.deleteIfExists(factsOf(old.file()));
                Files.deleteIfExists(old.file());
                deleted.add(old);
            } catch (IOException stillThere) {
                // a backup that cannot be deleted now is tried again at the next rotation
            }
        }
        return List.copyOf(deleted);
    }

    @Override
    public Backup restore(String id) {
        Backup chosen = list().stream().filter(b -> b.id().equals(id)).findFirst()
                .orElseThrow(() -> new DatabaseUnavailableException(
                        Problem.tr("error.backup-unknown", id, folder), null));
        Path extracted;
        try {
            extracted = BackupCheck.extractVerified(chosen.file(), databaseFolder, access).file();
        } catch (BackupCheck.Unusable unusable) {
            throw new DatabaseUnavailableException(
                    Problem.tr("error.backup-unusable", chosen.file(), unusable.reason()), unusable);
        } catch (IOException | UncheckedIOException failure) {
            throw new DatabaseUnavailableException(
                    Problem.tr("error.backup-unusable", chosen.file(), DatabaseFailures.reason(failure)), failure);
        }
        try {
            create(BackupReason.BEFORE_RESTORE);
            replacer.replaceWith(extracted);
        } finally {
            BackupCheck.deleteFolderOf(extracted);
        }
        return chosen;
    }

    private Optional<Backup> read(Path zip) {
        Matcher name = NAME.matcher(zip.getFileName().toString());
        if (!name.matches()) {
            return Optional.empty();
        }
        Optional<BackupReason> reason = BackupReason.fromFileWord(name.group(2));
        if (reason.isEmpty()) {
            return Optional.empty();
        }
        try {
            Instant created = LocalDateTime.parse(name.group(1), STAMP).toInstant(ZoneOffset.UTC);
            Properties facts = new Properties();
            Path factsFile = factsOf(zip);
            if (Files.isRegularFile(factsFile)) {
                try (InputStream in = Files.newInputStream(factsFile)) {
                    facts.load(in);
                }
            }
            String id = zip.getFileName().toString().substring("coplan-".length()).replaceFirst("\\.zip$", "");
            return Optional.of(new Backup(id, zip, created, reason.get(), Files.size(zip),
                    Long.parseLong(facts.getProperty("items", "-1")), facts.getProperty("schema", "")));
        } catch (IOException | DateTimeParseException | NumberFormatException unreadable) {
            return Optional.empty();
        }
    }

    private static Path factsOf(Path zip) {
        String name = zip.getFileName().toString();
        return zip.resolveSibling(name.substring(0, name.length() - ".zip".length()) + ".properties");
    }

    private static void writeFacts(Path facts, BackupCheck.Found found) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("items", Long.toString(found.items()));
        properties.setProperty("schema", found.schema());
        Path part = facts.resolveSibling(facts.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(part)) {
            properties.store(out, "verified by opening the backup");
        }
        force(part);
        Files.move(part, facts, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // what could not be deleted is named .part or .restoring and never taken for a backup
        }
    }

}
