package org.coplan.domain;

import java.time.LocalDate;
import java.util.Objects;

/** A closed range of calendar days; the finish is never before the start. */
public record DateRange(LocalDate start, LocalDate finish) {

    public DateRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(finish, "finish");
        if (finish.isBefore(start)) {
            throw PlanRuleViolation.of("rule.finish-before-start", finish, start);
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(finish);
    }
}
