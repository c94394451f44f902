package org.coplan.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Properties;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The key of an encrypted plan database, derived from the passphrase with PBKDF2-HMAC-SHA256 at 600 000
 * iterations (OWASP's figure for it) and a random salt of 16 bytes, both kept in {@code coplan.key} beside the
 * database. H2's own CIPHER=AES stretches its file password with only 10 PBKDF2 iterations; it is given this
 * derived 256-bit key (as hex) instead of the passphrase, so guessing passphrases costs the full 600 000
 * iterations each (docs/threat-model.md).
 */
record DatabaseKey(String algorithm, int iterations, byte[] salt) {

    static final String FILE = "coplan.key";
    static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    static final int ITERATIONS = 600_000;
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;
    /** The first bytes of a file H2 encrypted (its FilePathEncrypt header). */
    private static final byte[] ENCRYPTED_MAGIC = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);

    static DatabaseKey fresh() {
        byte[] salt = new byte[SALT_BYTES];
        new SecureRandom().nextBytes(salt);
        return new DatabaseKey(ALGORITHM, ITERATIONS, salt);
    }

    /** The file password H2 gets: the derived key in hex. */
    String filePassword(char[] passphrase) {
        try {
            PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, KEY_BITS);
            try {
                byte[] key = SecretKeyFactory.getInstance(algorithm).generateSecret(spec).getEncoded();
                String hex = HexFormat.of().formatHex(key);
                Arrays.fill(key, (byte) 0);
                return hex;
            } finally {
                spec.clearPassword();
            }
        } catch (GeneralSecurityException unknown) {
            throw new IllegalStateException("the Java runtime lacks " + algorithm, unknown);
        }
    }

    /** Whether H2 wrote {@code databaseFile} encrypted, from its first bytes. */
    static boolean isEncrypted(Path databaseFile) throws IOException {
        if (!Files.isRegularFile(databaseFile)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(databaseFile)) {
            return Arrays.equals(in.readNBytes(ENCRYPTED_MAGIC.length), ENCRYPTED_MAGIC);
        }
    }

    static DatabaseKey read(Path folder) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(folder.resolve(FILE))) {
            properties.load(in);
        }
        try {
            return new DatabaseKey(properties.getProperty("kdf", ALGORITHM),
                    Integer.parseInt(properties.getProperty("iterations", "")),
                    Base64.getDecoder().decode(properties.getProperty("salt", "")));
        } catch (IllegalArgumentException damaged) {
            throw new IOException(folder.resolve(FILE) + " is damaged: " + damaged.getMessage(), damaged);
        }
    }

    /** Writes the key's parameters (never the key) beside the database, atomically. */
    void write(Path folder) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("kdf", algorithm);
        properties.setProperty("iterations", Integer.toString(iterations));
        properties.setProperty("salt", Base64.getEncoder().encodeToString(salt));
        properties.setProperty("cipher", "AES");
        Path part = folder.resolve(FILE + ".part");
        try (OutputStream out = Files.newOutputStream(part)) {
            properties.store(out, "Coplan database key parameters; the passphrase is not stored");
        }
        Files.move(part, folder.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
