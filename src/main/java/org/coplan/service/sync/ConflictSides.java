package org.coplan.service.sync;

import java.time.Instant;
import java.util.Objects;

/**
 * An open conflict with both of its changes as they are held here.
 *
 * @param winner the change whose value the plan shows (an insert, an update, or the delete that removed the record)
 * @param loser  the update whose value is kept aside
 */
public record ConflictSides(SyncConflict conflict, Change winner, Change loser, Instant detectedAt) {

    public ConflictSides {
        Objects.requireNonNull(conflict, "conflict");
        Objects.requireNonNull(winner, "winner");
        Objects.requireNonNull(loser, "loser");
        Objects.requireNonNull(detectedAt, "detectedAt");
    }
}
