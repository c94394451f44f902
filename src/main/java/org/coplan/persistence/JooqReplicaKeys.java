package org.coplan.persistence;

import static org.coplan.persistence.generated.Tables.REPLICA;

import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.coplan.service.port.ReplicaKeys;
import org.coplan.service.sync.ReplicaKey;

/**
 * Signing keys in the plan database itself (ADR 0008, "Signatures"): every public key in its replica's row,
 * this replica's private key in {@code plan_setting} under a name that carries the replica id. A replica
 * started anew after a restore ({@link ReplicaIdentity#startNew}) therefore finds no key and makes its own,
 * instead of signing as the identity it left.
 */
final class JooqReplicaKeys implements ReplicaKeys {

    static final String PRIVATE_KEY_SETTING = "replica-signing-key.";

    private final StoreContext context;

    JooqReplicaKeys(StoreContext context) {
        this.context = context;
    }

    private UUID own() {
        return context.author().replicaId();
    }

    @Override
    public Optional<ReplicaKey> ownKey() {
        Optional<String> secret = new JooqSettingRepository(context.dsl()).get(PRIVATE_KEY_SETTING + own());
        Optional<byte[]> known = knownKey(own());
        if (secret.isEmpty() || known.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ReplicaKey(own(), known.get(), Base64.getDecoder().decode(secret.get())));
    }

    @Override
    public void storeOwnKey(ReplicaKey key) {
        if (!key.replica().equals(own())) {
            throw new IllegalArgumentException("not this replica's key: " + key);
        }
        new JooqSettingRepository(context.dsl()).put(PRIVATE_KEY_SETTING + own(),
                Base64.getEncoder().encodeToString(key.privateKey()));
        recordKey(own(), key.publicKey());
    }

    @Override
    public Optional<byte[]> knownKey(UUID replica) {
        return Optional.ofNullable(context.dsl().select(REPLICA.PUBLIC_KEY).from(REPLICA)
                .where(REPLICA.ID.eq(replica)).fetchOne(REPLICA.PUBLIC_KEY));
    }

    @Override
    public void recordKey(UUID replica, byte[] publicKey) {
        int updated = context.dsl().update(REPLICA).set(REPLICA.PUBLIC_KEY, publicKey).where(REPLICA.ID.eq(replica))
                .execute();
        if (updated != 1) {
            throw new IllegalStateException("no such replica: " + replica);
        }
    }
}
