package org.coplan.domain;

import java.time.LocalDate;
import java.util.Objects;

/** A date constraint on a work item; {@link #NONE} schedules as soon as possible. */
public record ItemConstraint(ConstraintType type, LocalDate date) {

    public static final ItemConstraint NONE = new ItemConstraint(ConstraintType.AS_SOON_AS_POSSIBLE, null);

    public ItemConstraint {
        Objects.requireNonNull(type, "type");
        if (type.needsDate() && date == null) {
            throw PlanRuleViolation.of("rule.constraint-needs-date");
        }
        if (!type.needsDate()) {
            date = null;
        }
    }
}
