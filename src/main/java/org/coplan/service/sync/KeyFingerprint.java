package org.coplan.service.sync;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A short, readable name for a public key: the first 8 bytes of its SHA-256 in hex groups of four, which two
 * people can compare over the phone ("a1b2 c3d4 e5f6 0718").
 */
public final class KeyFingerprint {

    private KeyFingerprint() {
    }

    public static String of(byte[] publicKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(publicKey);
            String hex = HexFormat.of().formatHex(digest, 0, 8);
            return hex.substring(0, 4) + " " + hex.substring(4, 8) + " " + hex.substring(8, 12) + " "
                    + hex.substring(12, 16);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every Java runtime has SHA-256", missing);
        }
    }
}
