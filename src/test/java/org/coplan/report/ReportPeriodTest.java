package org.coplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {

    @Test
    void quartersHalvesAndYearsEndOnTheirLastDay() {
        assertThat(ReportPeriod.quarter(2026, 1)).isEqualTo(period("2026-01-01", "2026-03-31"));
        assertThat(ReportPeriod.quarter(2028, 1).to()).isEqualTo(LocalDate.of(2028, 3, 31));
        assertThat(ReportPeriod.quarter(2026, 4)).isEqualTo(period("2026-10-01", "2026-12-31"));
        assertThat(ReportPeriod.half(2026, 2)).isEqualTo(period("2026-07-01", "2026-12-31"));
        assertThat(ReportPeriod.year(2027)).isEqualTo(period("2027-01-01", "2027-12-31"));
        assertThat(ReportPeriod.around(PeriodKind.QUARTER, LocalDate.of(2026, 5, 20)))
                .isEqualTo(ReportPeriod.quarter(2026, 2));
    }

    @Test
    void datesThatMakeAQuarterHalfOrYearAreNamedSoAndOthersAreCustom() {
        assertThat(period("2026-04-01", "2026-06-30").kind()).isEqualTo(PeriodKind.QUARTER);
        assertThat(period("2026-07-01", "2026-12-31").kind()).isEqualTo(PeriodKind.HALF_YEAR);
        assertThat(period("2026-01-01", "2026-12-31").kind()).isEqualTo(PeriodKind.YEAR);
        assertThat(period("2026-04-01", "2026-06-29").kind()).isEqualTo(PeriodKind.CUSTOM);
        assertThat(period("2026-04-01", "2026-09-30").kind()).isEqualTo(PeriodKind.CUSTOM);
    }

    @Test
    void bothEndsBelongToThePeriod() {
        ReportPeriod q2 = ReportPeriod.quarter(2026, 2);
        assertThat(q2.contains(LocalDate.of(2026, 4, 1))).isTrue();
        assertThat(q2.contains(LocalDate.of(2026, 6, 30))).isTrue();
        assertThat(q2.contains(LocalDate.of(2026, 3, 31))).isFalse();
        assertThat(q2.contains(LocalDate.of(2026, 7, 1))).isFalse();
    }

    @Test
    void theQuartersTouchedIncludeTheFirstAndLastPartialOnes() {
        assertThat(period("2026-02-15", "2026-07-01").quarterStarts()).containsExactly(LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 4, 1), LocalDate.of(2026, 7, 1));
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> period("2026-02-15", "2026-02-14")).isInstanceOf(IllegalArgumentException.class);
    }

    private static ReportPeriod period(String from, String to) {
        return new ReportPeriod(LocalDate.parse(from), LocalDate.parse(to));
    }
}
