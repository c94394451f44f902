package org.coplan.scheduling;

import java.util.Objects;
import java.util.UUID;
import org.coplan.domain.DependencyType;

/**
 * A dependency as the scheduler sees it. The lag counts working days on the successor's calendar, or
 * calendar days when {@code elapsedLag} ({@code 5ed}); a negative lag is a lead.
 */
public record ScheduleLink(UUID id, UUID predecessorId, UUID successorId, DependencyType type, int lag,
                           boolean elapsedLag) {

    public ScheduleLink {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(predecessorId, "predecessorId");
        Objects.requireNonNull(successorId, "successorId");
        Objects.requireNonNull(type, "type");
        if (predecessorId.equals(successorId)) {
            throw new IllegalArgumentException("an item cannot depend on itself: " + predecessorId);
        }
    }

    public static ScheduleLink of(UUID id, UUID predecessorId, UUID successorId, DependencyType type, int lag) {
        return new ScheduleLink(id, predecessorId, successorId, type, lag, false);
    }
}
