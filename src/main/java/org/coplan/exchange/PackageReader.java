package org.coplan.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import org.coplan.l10n.Problem;

/**
 * Reads a plan package and refuses, with {@link PackageRefusedException}, anything that is not exactly one:
 * a foreign file, a newer format, a truncated or extended file, a digest mismatch, a damaged content. The
 * checks come in the order that names the real fault: the envelope first, the digest before a single field
 * of the content is believed.
 */
public final class PackageReader {

    private PackageReader() {
    }

    public static PlanPackage read(Path file) {
        return readSigned(file).plan();
    }

    public static PlanPackage read(byte[] bytes, String name) {
        return readSigned(bytes, name).plan();
    }

    /** Reads the package and checks its signature against the key it carries; whose key that is, import decides. */
    public static SignedPackage readSigned(Path file) {
        String name = String.valueOf(file.getFileName());
        try {
            long size = Files.size(file);
            byte[] header;
            try (InputStream in = Files.newInputStream(file)) {
                header = in.readNBytes((int) Math.min(size, PackageFormat.HEADER_LENGTH));
            }
            long total = checkEnvelope(header, size, name);
            if (size > total + PackageFormat.MAX_SIGNATURE_LENGTH) {
                throw refused("exchange.refused.trailing-data", name);
            }
            return parse(Files.readAllBytes(file), name);
        } catch (NoSuchFileException missing) {
            throw refused("exchange.refused.no-file", file.toAbsolutePath());
        } catch (IOException unreadable) {
            throw new PackageRefusedException(Problem.tr("exchange.refused.unreadable", name,
                    String.valueOf(unreadable.getMessage())), unreadable);
        }
    }

    public static SignedPackage readSigned(byte[] bytes, String name) {
        return parse(bytes, name);
    }

    private static SignedPackage parse(byte[] bytes, String name) {
        long total = checkEnvelope(Arrays.copyOf(bytes, Math.min(bytes.length, PackageFormat.HEADER_LENGTH)),
                bytes.length, name);
        int contentLength = (int) (total - PackageFormat.HEADER_LENGTH - PackageFormat.DIGEST_LENGTH
                - PackageFormat.SIGNATURE_LENGTH_FIELD);
        int digestAt = PackageFormat.HEADER_LENGTH + contentLength;
        byte[] expected = Arrays.copyOfRange(bytes, digestAt, digestAt + PackageFormat.DIGEST_LENGTH);
        byte[] digest = sha256(bytes, digestAt);
        if (!MessageDigest.isEqual(expected, digest)) {
            throw refused("exchange.refused.digest-mismatch", name);
        }
        int signatureLength = Short.toUnsignedInt(ByteBuffer.wrap(bytes, digestAt + PackageFormat.DIGEST_LENGTH,
                PackageFormat.SIGNATURE_LENGTH_FIELD).getShort());
        if (bytes.length != total + signatureLength) {
            throw refused(bytes.length < total + signatureLength ? "exchange.refused.truncated"
                    : "exchange.refused.trailing-data", name);
        }
        if (signatureLength == 0) {
            throw refused("exchange.refused.unsigned", name);
        }
        if (signatureLength != PackageFormat.SIGNATURE_SECTION_LENGTH) {
            throw refused("exchange.refused.bad-signature-length", name, signatureLength,
                    PackageFormat.SIGNATURE_SECTION_LENGTH);
        }
        int keyAt = (int) total;
        byte[] signerKey = Arrays.copyOfRange(bytes, keyAt, keyAt + PackageSigning.PUBLIC_KEY_LENGTH);
        byte[] signature = Arrays.copyOfRange(bytes, keyAt + PackageSigning.PUBLIC_KEY_LENGTH, bytes.length);
        if (!PackageSigning.verifies(signerKey, digest, signature)) {
            throw refused("exchange.refused.bad-signature", name);
        }
        int version = ByteBuffer.wrap(bytes, PackageFormat.MAGIC.length, 2).getShort();
        return new SignedPackage(new ContentReader(ByteBuffer.wrap(bytes, PackageFormat.HEADER_LENGTH, contentLength)
                .slice(), name).read(version), signerKey);
    }

    /** Checks magic, version and declared length against the file size; the size the file must have, unsigned. */
    private static long checkEnvelope(byte[] header, long size, String name) {
        int known = Math.min(header.length, PackageFormat.MAGIC.length);
        if (!Arrays.equals(header, 0, known, PackageFormat.MAGIC, 0, known) || size == 0) {
            throw refused("exchange.refused.not-a-package", name);
        }
        if (header.length < PackageFormat.HEADER_LENGTH) {
            throw refused("exchange.refused.truncated", name);
        }
        ByteBuffer fields = ByteBuffer.wrap(header, PackageFormat.MAGIC.length, 10);
        int version = Short.toUnsignedInt(fields.getShort());
        if (version > PackageFormat.VERSION) {
            throw refused("exchange.refused.newer-version", name, version, PackageFormat.VERSION);
        }
        if (version < 1) {
            throw refused("exchange.refused.bad-version", name, version);
        }
        long contentLength = fields.getLong();
        if (contentLength < 0 || contentLength > PackageFormat.MAX_CONTENT_LENGTH) {
            throw refused("exchange.refused.too-large", name);
        }
        long total = PackageFormat.HEADER_LENGTH + contentLength + PackageFormat.DIGEST_LENGTH
                + PackageFormat.SIGNATURE_LENGTH_FIELD;
        if (size < total) {
            throw refused("exchange.refused.truncated", name);
        }
        return total;
    }

    private static byte[] sha256(byte[] bytes, int length) {
        try {
            MessageDigest digest = MessageDigest.getInstance(PackageFormat.DIGEST_ALGORITHM);
            digest.update(bytes, 0, length);
            return digest.digest();
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every Java runtime has SHA-256", missing);
        }
    }

    static PackageRefusedException refused(String key, Object... arguments) {
        return new PackageRefusedException(Problem.tr(key, arguments));
    }
}
