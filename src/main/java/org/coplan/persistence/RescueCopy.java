package org.coplan.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.exception.DataAccessException;

/** The zip of a plan database made from the open database alone, for when its file is gone. */
final class RescueCopy {

    private static final System.Logger LOG = System.getLogger(RescueCopy.class.getName());

    private RescueCopy() {
    }

    /**
     * A backup that needs no database file: H2's {@code BACKUP} copies the file by its name, which is gone when
     * the file was deleted. The open database is written out as SQL, run into a new database beside the
     * backups, and that one is zipped like any backup.
     */
    static void write(JdbcConnectionPool pool, Path zip) {
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory(zip.getParent(), "rescue-");
            Path script = scratch.resolve("plan.sql");
            try (Connection connection = pool.getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("SCRIPT TO '" + quoted(script) + "'");
            }
            String rebuilt = "jdbc:h2:file:" + scratch.resolve(H2PlanDatabase.FILE_NAME) + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
            try (Connection connection = DriverManager.getConnection(rebuilt, "sa", "");
                 Statement statement = connection.createStatement()) {
                statement.execute("RUNSCRIPT FROM '" + quoted(script) + "'");
                statement.execute("SHUTDOWN");
            }
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
                out.putNextEntry(new ZipEntry(H2PlanDatabase.FILE));
                Files.copy(scratch.resolve(H2PlanDatabase.FILE), out);
                out.closeEntry();
            }
        } catch (SQLException failure) {
            throw new DataAccessException("rebuilding the plan database into " + zip + " failed", failure);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } finally {
            deleteTree(scratch);
        }
    }

    private static String quoted(Path file) {
        return file.toAbsolutePath().toString().replace("'", "''");
    }

    private static void deleteTree(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> inside = Files.walk(folder)) {
            for (Path path : inside.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException leftOver) {
            LOG.log(System.Logger.Level.WARNING, "could not delete " + folder, leftOver);
        }
    }

}
