package org.coplan.service.port;

import java.util.Optional;
import java.util.UUID;
import org.coplan.service.sync.ReplicaKey;

/**
 * The signing keys of one transaction's replica (ADR 0008, "Signatures"): this replica's own key pair, made
 * when first needed, and the public keys of others, recorded the first time a package of theirs is imported.
 */
public interface ReplicaKeys {

    /** This replica's key pair; empty until its first package is signed. */
    Optional<ReplicaKey> ownKey();

    void storeOwnKey(ReplicaKey key);

    /** The public key recorded for a replica (raw Ed25519 bytes); empty when none is recorded yet. */
    Optional<byte[]> knownKey(UUID replica);

    /** Records, or replaces, the public key of a replica that is already registered. */
    void recordKey(UUID replica, byte[] publicKey);
}
