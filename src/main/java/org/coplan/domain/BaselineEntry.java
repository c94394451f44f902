package org.coplan.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** One work item's approved dates, frozen in a baseline. */
public record BaselineEntry(UUID workItemId, LocalDate start, LocalDate finish, int durationDays) {

    public BaselineEntry {
        Objects.requireNonNull(workItemId, "workItemId");
        new DateRange(start, finish);
    }
}
