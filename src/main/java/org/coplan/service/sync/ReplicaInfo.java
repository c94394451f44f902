package org.coplan.service.sync;

import java.util.Objects;
import java.util.UUID;

/** A replica this database knows: its id, its name and how many of its changes are held here. */
public record ReplicaInfo(UUID id, String name, long seen) {

    public ReplicaInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
