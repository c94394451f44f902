package org.coplan.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.ZipException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.coplan.l10n.Problem;

/**
 * Checks that a backup zip holds a plan database that opens: takes the one database file out (by its exact
 * name, so no other entry is ever written anywhere), opens it read-only and counts what it holds. A backup
 * that passed is one a restore can use.
 */
final class BackupCheck {

    /** No more than this is unpacked from one backup, whatever the zip declares. */
    private static final long MAX_DATABASE_BYTES = 64L * 1024 * 1024 * 1024;

    /** Why a backup cannot be used, as the message will say it. */
    static final class Unusable extends Exception {

        private final transient Problem reason;

        Unusable(Problem reason, Throwable cause) {
            super(reason.englishText(), cause);
            this.reason = reason;
        }

        Problem reason() {
            return reason;
        }
    }

    /** What a verified backup holds; {@code file} is the unpacked database file (its folder is temporary). */
    record Found(long items, String schema, Path file) {
    }

    private BackupCheck() {
    }

    /** Verifies {@code zip}, unpacking into a temporary folder inside {@code scratchParent}, and cleans up. */
    static Found verify(Path zip, Path scratchParent, H2Access access) throws IOException, Unusable {
        Found found = extractVerified(zip, scratchParent, access);
        deleteFolderOf(found.file());
        return found;
    }

    /**
     * Unpacks the database file of {@code zip} into a new temporary folder inside {@code scratchParent} (on the
     * same disk as the database, so that it can be moved into place atomically) and opens it.
     */
    static Found extractVerified(Path zip, Path scratchParent, H2Access access) throws IOException, Unusable {
        Path scratch = Files.createTempDirectory(scratchParent, "backup-check-");
        Path file = scratch.resolve(H2PlanDatabase.FILE);
        try {
            extract(zip, file);
            Found counted = count(file, access);
            return new Found(counted.items(), counted.schema(), file);
        } catch (IOException | Unusable | RuntimeException failure) {
            deleteFolderOf(file);
            throw failure;
        }
    }

    private static void extract(Path zip, Path target) throws IOException, Unusable {
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            ZipEntry entry = archive.getEntry(H2PlanDatabase.FILE);
            if (entry == null || entry.isDirectory()) {
                throw new Unusable(Problem.tr("error.backup-no-database", H2PlanDatabase.FILE), null);
            }
            try (InputStream in = archive.getInputStream(entry); OutputStream out = Files.newOutputStream(target)) {
                byte[] buffer = new byte[1 << 16];
                long total = 0;
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    total += read;
                    if (total > MAX_DATABASE_BYTES) {
                        throw new Unusable(Problem.tr("error.backup-too-large", MAX_DATABASE_BYTES), null);
                    }
                    out.write(buffer, 0, read);
                }
            }
        } catch (ZipException damaged) {
            throw new Unusable(Problem.tr("error.backup-not-zip"), damaged);
        }
    }

    private static Found count(Path file, H2Access access) throws Unusable {
        String name = file.getFileName().toString();
        String base = file.resolveSibling(name.substring(0, name.length() - ".mv.db".length())).toString();
        // read-only and without H2's exit hook: the check never changes the copy and leaves nothing open
        String url = "jdbc:h2:file:" + base + ";ACCESS_MODE_DATA=r;DB_CLOSE_ON_EXIT=FALSE;IFEXISTS=TRUE"
                + access.urlOptions();
        try (Connection connection = DriverManager.getConnection(url, "sa", access.password());
             Statement statement = connection.createStatement()) {
            long items;
            try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM work_item")) {
                rows.next();
                items = rows.getLong(1);
            }
            String schema;
            try (ResultSet rows = statement.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" "
                    + "WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC LIMIT 1")) {
                schema = rows.next() ? rows.getString(1) : "";
            }
            statement.execute("SHUTDOWN");
            return new Found(items, schema, file);
        } catch (SQLException failure) {
            throw new Unusable(Problem.tr("error.backup-not-a-plan", String.valueOf(failure.getMessage())), failure);
        }
    }

    /** Deletes the temporary folder around {@code file}; what cannot be deleted is left for the next check. */
    static void deleteFolderOf(Path file) {
        Path scratch = file.getParent();
        if (scratch == null || !scratch.getFileName().toString().startsWith("backup-check-")) {
            return;
        }
        try (Stream<Path> inside = Files.walk(scratch)) {
            inside.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException stillThere) {
                    // a locked leftover in a folder named backup-check-* harms nothing
                }
            });
        } catch (IOException gone) {
            // nothing left to delete
        }
    }
}
