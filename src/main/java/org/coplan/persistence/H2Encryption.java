package org.coplan.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.coplan.l10n.Problem;
import org.coplan.service.port.DatabaseUnavailableException;
import org.h2.tools.ChangeFileEncryption;

/**
 * Encrypts and decrypts a closed plan database in place (docs/threat-model.md). The file is converted as a
 * copy, the copy opened with the new key before anything is replaced, and the original kept as a backup until
 * the converted file is in place; the key parameters ({@link DatabaseKey}) are written before the encrypted
 * file arrives, so a crash in between leaves a plain database beside a key file it does not need.
 */
public final class H2Encryption {

    private H2Encryption() {
    }

    /** Whether the database in {@code folder} is encrypted. */
    public static boolean isEncrypted(Path folder) {
        try {
            return DatabaseKey.isEncrypted(folder.toAbsolutePath().resolve(H2PlanDatabase.FILE));
        } catch (IOException unreadable) {
            throw new DatabaseFailures(folder).cannotOpen(unreadable);
        }
    }

    /**
     * How to open the database in {@code folder}: plain unless its file is encrypted; a new database is
     * created encrypted when a passphrase is given.
     */
    static H2Access access(Path folder, char[] passphrase, DatabaseFailures failures) {
        Path file = folder.resolve(H2PlanDatabase.FILE);
        try {
            if (!Files.exists(file) && passphrase != null) {
                DatabaseKey key = DatabaseKey.fresh();
                key.write(folder);
                return H2Access.encrypted(key.filePassword(passphrase));
            }
            if (!DatabaseKey.isEncrypted(file)) {
                return H2Access.PLAIN;
            }
        } catch (IOException unreadable) {
            throw failures.cannotOpen(unreadable);
        }
        if (passphrase == null) {
            throw new DatabaseUnavailableException(Problem.tr("error.database-encrypted", folder), null);
        }
        DatabaseKey key;
        try {
            key = DatabaseKey.read(folder);
        } catch (IOException missing) {
            throw new DatabaseUnavailableException(Problem.tr("error.database-key-missing", folder,
                    folder.resolve(DatabaseKey.FILE)), missing);
        }
        return H2Access.encrypted(key.filePassword(passphrase));
    }

    /**
     * Encrypts the closed database in {@code folder} under {@code passphrase}. Its backups made so far stay
     * as they were (plain): the caller tells the user.
     *
     * @throws DatabaseUnavailableException when it is open elsewhere, already encrypted, or cannot be converted
     */
    public static void encrypt(Path folder, char[] passphrase) {
        Path absolute = folder.toAbsolutePath().normalize();
        if (isEncrypted(absolute)) {
            throw new DatabaseUnavailableException(Problem.tr("error.database-already-encrypted", absolute), null);
        }
        DatabaseKey key = DatabaseKey.fresh();
        String filePassword = key.filePassword(passphrase);
        convert(absolute, null, filePassword, H2Access.encrypted(filePassword), () -> key.write(absolute));
    }

    /**
     * Decrypts the closed database in {@code folder}; the passphrase must open it.
     *
     * @throws DatabaseUnavailableException when the passphrase is wrong (nothing changed), or as for encrypt
     */
    public static void decrypt(Path folder, char[] passphrase) {
        Path absolute = folder.toAbsolutePath().normalize();
        DatabaseFailures failures = new DatabaseFailures(absolute);
        if (!isEncrypted(absolute)) {
            throw new DatabaseUnavailableException(Problem.tr("error.database-not-encrypted", absolute), null);
        }
        H2Access current = access(absolute, passphrase, failures);
        requireOpens(absolute, current, failures);
        String filePassword = current.password().strip();
        convert(absolute, filePassword, null, H2Access.PLAIN, () -> { });
        try {
            Files.deleteIfExists(absolute.resolve(DatabaseKey.FILE));
        } catch (IOException leftOver) {
            // the plain file opens without it; a key file left beside it is ignored
        }
    }

    @FunctionalInterface
    private interface Step {
        void run() throws IOException;
    }

    private static void convert(Path folder, String oldPassword, String newPassword, H2Access converted,
                                Step beforeReplacing) {
        DatabaseFailures failures = new DatabaseFailures(folder);
        Path file = folder.resolve(H2PlanDatabase.FILE);
        Path scratch = null;
        Path kept = folder.resolve(H2PlanDatabase.FILE + ".before-encryption-change");
        try {
            scratch = Files.createTempDirectory(folder, "encryption-");
            Path copy = scratch.resolve(H2PlanDatabase.FILE);
            // a copy of a database open elsewhere would be a copy of a moving file: take the lock's word first
            requireClosed(folder, failures);
            Files.copy(file, copy);
            ChangeFileEncryption.execute(scratch.toString(), H2PlanDatabase.FILE_NAME, "AES",
                    oldPassword == null ? null : oldPassword.toCharArray(),
                    newPassword == null ? null : newPassword.toCharArray(), true);
            requireOpens(scratch, converted, failures);
            beforeReplacing.run();
            Files.copy(file, kept, StandardCopyOption.REPLACE_EXISTING);
            Files.move(copy, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Files.delete(kept);
        } catch (IOException | SQLException failure) {
            throw failures.cannotOpen(failure);
        } finally {
            if (scratch != null) {
                BackupCheck.deleteFolderOf(scratch.resolve(H2PlanDatabase.FILE));
            }
        }
    }

    private static void requireClosed(Path folder, DatabaseFailures failures) {
        if (Files.exists(folder.resolve(H2PlanDatabase.FILE_NAME + ".lock.db"))) {
            throw failures.locked(null);
        }
    }

    /** Opens the file in {@code at} read-only with {@code access}: a wrong key is refused here, nothing written. */
    private static void requireOpens(Path at, H2Access access, DatabaseFailures failures) {
        String url = "jdbc:h2:file:" + at.resolve(H2PlanDatabase.FILE_NAME)
                + ";ACCESS_MODE_DATA=r;DB_CLOSE_ON_EXIT=FALSE;IFEXISTS=TRUE" + access.urlOptions();
        try (Connection connection = DriverManager.getConnection(url, "sa", access.password());
             Statement statement = connection.createStatement()) {
            statement.executeQuery("SELECT COUNT(*) FROM work_item").close();
            statement.execute("SHUTDOWN");
        } catch (SQLException refused) {
            throw access.isEncrypted() ? failures.openingEncrypted(refused) : failures.opening(refused);
        }
    }
}
