package org.coplan.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * A link between two work items, with a lag that may be negative (a lead), counted in working or elapsed
 * days as {@code lagUnit} says.
 */
public record Dependency(UUID id, UUID predecessorId, UUID successorId, DependencyType type, int lagDays,
                         LagUnit lagUnit) {

    public static final int MAX_LAG_DAYS = 10_000;

    public Dependency {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(predecessorId, "predecessorId");
        Objects.requireNonNull(successorId, "successorId");
        Objects.requireNonNull(type, "type");
        lagUnit = lagUnit == null ? LagUnit.WORKING : lagUnit;
        if (predecessorId.equals(successorId)) {
            throw PlanRuleViolation.of("rule.dependency-self");
        }
        // not Math.abs: it stays negative for Integer.MIN_VALUE, which would then pass
        if (lagDays < -MAX_LAG_DAYS || lagDays > MAX_LAG_DAYS) {
            throw PlanRuleViolation.of("rule.dependency-lag-range", lagDays, MAX_LAG_DAYS);
        }
    }

    /** A link whose lag counts working days, as most are. */
    public Dependency(UUID id, UUID predecessorId, UUID successorId, DependencyType type, int lagDays) {
        this(id, predecessorId, successorId, type, lagDays, LagUnit.WORKING);
    }

    public boolean elapsedLag() {
        return lagUnit == LagUnit.ELAPSED;
    }
}
