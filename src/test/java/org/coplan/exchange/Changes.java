package org.coplan.exchange;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.coplan.service.ChangeRecord;
import org.coplan.service.sync.Change;
import org.coplan.service.sync.ChangeId;

/** Hand-made changes of one work item for the pure merge tests. */
final class Changes {

    static final UUID ANNA = UUID.fromString("01930000-0000-7000-8000-00000000000a");
    static final UUID BORIS = UUID.fromString("01930000-0000-7000-8000-00000000000b");
    static final UUID ITEM = UUID.fromString("01930000-0000-7000-8000-000000000100");
    static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

    private Changes() {
    }

    static Change insert(UUID replica, long seq, long lamport, Map<String, String> values) {
        return new Change(new ChangeId(replica, seq), lamport, "work_item", ITEM, Change.WHOLE_ROW,
                ChangeRecord.Kind.INSERT, null, new TreeMap<>(values), null, AT, "tester");
    }

    static Change update(UUID replica, long seq, long lamport, String field, String value, Change prior) {
        return new Change(new ChangeId(replica, seq), lamport, "work_item", ITEM, field, ChangeRecord.Kind.UPDATE,
                value, null, prior == null ? null : prior.id(), AT, "tester");
    }

    static Change delete(UUID replica, long seq, long lamport) {
        return new Change(new ChangeId(replica, seq), lamport, "work_item", ITEM, Change.WHOLE_ROW,
                ChangeRecord.Kind.DELETE, null, null, null, AT, "tester");
    }
}
