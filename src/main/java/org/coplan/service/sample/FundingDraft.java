package org.coplan.service.sample;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.coplan.domain.FundingAmount;
import org.coplan.domain.FundingLine;
import org.coplan.domain.FundingSourceKind;
import org.coplan.domain.Ids;

/**
 * Funding lines of the sample: planned money per year from a first year on, and actual money for the years
 * closed before the sample's status date (a little under or over plan, as accounts turn out).
 */
final class FundingDraft {

    private static final int LAST_CLOSED_YEAR = RoadmapDraft.STATUS_DATE.getYear() - 1;
    private static final List<Double> EXECUTION = List.of(0.94, 1.02, 0.88, 0.97);

    private FundingDraft() {
    }

    static FundingLine forProgramme(UUID programmeId, FundingSourceKind source, UUID stateId, String currency,
                                    String description, int firstYear, long... plannedPerYear) {
        return new FundingLine(Ids.newId(), programmeId, null, source, stateId, currency, description,
                amounts(firstYear, plannedPerYear));
    }

    static FundingLine forItem(UUID workItemId, FundingSourceKind source, UUID stateId, String currency,
                               String description, int firstYear, long... plannedPerYear) {
        return new FundingLine(Ids.newId(), null, workItemId, source, stateId, currency, description,
                amounts(firstYear, plannedPerYear));
    }

    private static List<FundingAmount> amounts(int firstYear, long... plannedPerYear) {
        List<FundingAmount> amounts = new ArrayList<>();
        for (int i = 0; i < plannedPerYear.length; i++) {
            int year = firstYear + i;
            BigDecimal planned = BigDecimal.valueOf(plannedPerYear[i]);
            BigDecimal actual = year <= LAST_CLOSED_YEAR
                    ? planned.multiply(BigDecimal.valueOf(EXECUTION.get(i % EXECUTION.size())))
                            .setScale(0, java.math.RoundingMode.HALF_UP)
                    : null;
            amounts.add(new FundingAmount(year, planned, actual));
        }
        return amounts;
    }
}
