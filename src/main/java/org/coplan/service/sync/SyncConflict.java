package org.coplan.service.sync;

import java.util.Objects;
import java.util.UUID;

/**
 * Two changes of one field made without knowledge of each other: the winner is shown, the loser's value is
 * kept here until the user decides.
 */
public record SyncConflict(UUID id, String entityType, UUID entityId, String field, ChangeId winner,
                           ChangeId loser, String loserValue) {

    public SyncConflict {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(winner, "winner");
        Objects.requireNonNull(loser, "loser");
    }
}
