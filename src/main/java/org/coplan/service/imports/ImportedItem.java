package org.coplan.service.imports;

import java.time.LocalDate;
import java.util.Objects;
import org.coplan.domain.ItemConstraint;

/**
 * One task as a plan file describes it, before it becomes a {@link org.coplan.domain.WorkItem}. The file's own
 * identity ({@code sourceId}: MS Project's unique id, GanttProject's task id) ties links and children to it;
 * items come in outline order, so their order among siblings is the order of this list. {@code finish} may be
 * {@code null} where the format gives only a start and a duration in working days.
 */
public record ImportedItem(String sourceId, String parentSourceId, String name, boolean milestone,
                           LocalDate start, LocalDate finish, int durationDays, int percentComplete,
                           ItemConstraint constraint, String notes, boolean manual) {

    public ImportedItem {
        Objects.requireNonNull(sourceId, "sourceId");
        durationDays = Math.max(0, durationDays);
        percentComplete = Math.clamp(percentComplete, 0, 100);
        constraint = constraint == null ? ItemConstraint.NONE : constraint;
    }
}
