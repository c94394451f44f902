package org.coplan.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Money for a programme or a work item (exactly one of the two) from one source, per year.
 * A national-budget line names its state.
 */
public record FundingLine(UUID id, UUID programmeId, UUID workItemId, FundingSourceKind sourceKind,
                          UUID sourceStateId, String currency, String description, List<FundingAmount> amounts) {

    public FundingLine {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sourceKind, "sourceKind");
        if ((programmeId == null) == (workItemId == null)) {
            throw PlanRuleViolation.of("rule.funding-owner");
        }
        if (sourceKind == FundingSourceKind.NATIONAL_BUDGET && sourceStateId == null) {
            throw PlanRuleViolation.of("rule.funding-national-state");
        }
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw PlanRuleViolation.of("rule.funding-currency", currency);
        }
        description = Text.optional(description, "field.description", 500);
        amounts = amounts.stream().sorted(Comparator.comparingInt(FundingAmount::year)).toList();
        if (amounts.stream().map(FundingAmount::year).distinct().count() != amounts.size()) {
            throw PlanRuleViolation.of("rule.funding-year-twice");
        }
    }
}
