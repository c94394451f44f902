package org.coplan.exchange.fuzz;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Damage inside a plan package that its digest does not catch: the content is mutated and the envelope
 * (length, SHA-256 digest, empty signature; docs/plan-package-format.md) written anew around it, as a hostile
 * sender would. Without this nearly every mutant stops at the digest and the content reader is never tried.
 */
public final class PackageSeal {

    static final byte[] MAGIC = "COPLANPK".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER = MAGIC.length + 2 + 8;
    private static final int TRAILER = 32 + 2;

    private PackageSeal() {
    }

    public static boolean isPackage(byte[] bytes) {
        return bytes.length >= MAGIC.length && Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    /** A package whose content is a mutant of {@code sealed}'s, sealed with a matching digest. */
    public static Mutation.Mutant mutateContent(byte[] sealed, byte[] other, SplittableRandom random) {
        byte[] content = sealed.length > HEADER + TRAILER
                ? Arrays.copyOfRange(sealed, HEADER, sealed.length - TRAILER) : new byte[0];
        byte[] otherContent = isPackage(other) && other.length > HEADER + TRAILER
                ? Arrays.copyOfRange(other, HEADER, other.length - TRAILER) : other;
        Mutation.Mutant mutant = Mutation.mutate(content, otherContent, random);
        return new Mutation.Mutant(seal(mutant.bytes()), "RESEALED(" + mutant.mutations() + ")");
    }

    static byte[] seal(byte[] content) {
        ByteBuffer out = ByteBuffer.allocate(HEADER + content.length + TRAILER);
        out.put(MAGIC).putShort((short) 1).putLong(content.length).put(content);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(out.array(), 0, HEADER + content.length);
            out.put(digest.digest());
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every Java runtime has SHA-256", missing);
        }
        out.putShort((short) 0);
        return out.array();
    }
}
