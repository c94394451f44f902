package org.coplan.persistence;

import static org.coplan.persistence.generated.Tables.REPLICA;

import java.util.UUID;
import org.coplan.persistence.generated.tables.records.ReplicaRecord;
import org.jooq.DSLContext;

/**
 * This replica's change counter and Lamport clock for one logging call. Locking the replica's row makes
 * writers of the same database take turns; the numbers it hands out are stored by {@link #store()} in the
 * same transaction, so a rollback gives them back.
 */
final class LocalCounter {

    record Stamp(long seq, long lamport) {
    }

    private final DSLContext dsl;
    private final UUID replica;
    private long seq;
    private long lamport;

    private LocalCounter(DSLContext dsl, UUID replica, long seq, long lamport) {
        this.dsl = dsl;
        this.replica = replica;
        this.seq = seq;
        this.lamport = lamport;
    }

    static LocalCounter lock(DSLContext dsl, UUID replica) {
        ReplicaRecord row = dsl.selectFrom(REPLICA).where(REPLICA.ID.eq(replica)).forUpdate().fetchOne();
        if (row == null) {
            throw new IllegalStateException("the replica of this session is not registered: " + replica);
        }
        return new LocalCounter(dsl, replica, row.getLastSeq(), row.getLamportClock());
    }

    Stamp next() {
        seq++;
        lamport++;
        return new Stamp(seq, lamport);
    }

    void store() {
        dsl.update(REPLICA).set(REPLICA.LAST_SEQ, seq).set(REPLICA.LAMPORT_CLOCK, lamport)
                .where(REPLICA.ID.eq(replica)).execute();
    }
}
