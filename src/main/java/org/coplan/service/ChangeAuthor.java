package org.coplan.service;

import java.util.Objects;
import java.util.UUID;
import org.coplan.domain.Ids;

/**
 * Who makes the changes of a database session: the replica (one copy of a plan database, the unit offline
 * sync exchanges changes between) and the person working in it. Every change-log row carries both.
 */
public record ChangeAuthor(UUID replicaId, String userName) {

    public ChangeAuthor {
        Objects.requireNonNull(replicaId, "replicaId");
        if (userName == null || userName.isBlank()) {
            throw new IllegalArgumentException("a change author needs a user name");
        }
        userName = userName.strip();
    }

    /**
     * The author for a database that may not have a replica yet: the fresh id is used only when the database
     * is new; an existing database keeps the replica id it was given on its first opening.
     */
    public static ChangeAuthor newReplica(String userName) {
        return new ChangeAuthor(Ids.newId(), userName);
    }

    public ChangeAuthor withReplicaId(UUID storedReplicaId) {
        return new ChangeAuthor(storedReplicaId, userName);
    }
}
