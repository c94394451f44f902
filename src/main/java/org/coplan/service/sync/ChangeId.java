package org.coplan.service.sync;

import java.util.Objects;
import java.util.UUID;

/**
 * The identity of one change on every replica: the replica that made it and that replica's own gap-free
 * counter. Re-importing a change with a known identity is a no-op.
 */
public record ChangeId(UUID replica, long seq) {

    public ChangeId {
        Objects.requireNonNull(replica, "replica");
        if (seq < 1) {
            throw new IllegalArgumentException("a change sequence number starts at 1: " + seq);
        }
    }
}
