package org.coplan.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** Planned and (once known) actual money of one year; amounts are never negative. */
public record FundingAmount(int year, BigDecimal planned, BigDecimal actual) {

    public FundingAmount {
        Objects.requireNonNull(planned, "planned");
        if (year < 1900 || year > 2200) {
            throw PlanRuleViolation.of("rule.funding-year", year);
        }
        if (planned.signum() < 0 || actual != null && actual.signum() < 0) {
            throw PlanRuleViolation.of("rule.funding-negative", year);
        }
    }
}
