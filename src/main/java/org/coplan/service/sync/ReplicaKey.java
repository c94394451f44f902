package org.coplan.service.sync;

import java.util.Objects;
import java.util.UUID;

/**
 * The Ed25519 key pair a replica signs its plan packages with (ADR 0008, "Signatures").
 *
 * @param publicKey  the 32 raw bytes of RFC 8032, as they travel in a package
 * @param privateKey the PKCS #8 encoding the JDK reads back; it never leaves the replica's own database
 */
public record ReplicaKey(UUID replica, byte[] publicKey, byte[] privateKey) {

    public ReplicaKey {
        Objects.requireNonNull(replica, "replica");
        publicKey = publicKey.clone();
        privateKey = privateKey.clone();
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    @Override
    public byte[] privateKey() {
        return privateKey.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReplicaKey key && replica.equals(key.replica)
                && java.util.Arrays.equals(publicKey, key.publicKey)
                && java.util.Arrays.equals(privateKey, key.privateKey);
    }

    @Override
    public int hashCode() {
        return replica.hashCode() * 31 + java.util.Arrays.hashCode(publicKey);
    }

    @Override
    public String toString() {
        // the private half is never printed, not even into a log or an assertion message
        return "ReplicaKey[" + replica + ", " + KeyFingerprint.of(publicKey) + "]";
    }
}
