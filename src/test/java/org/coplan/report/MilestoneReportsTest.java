package org.coplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.coplan.domain.PlanRuleViolation;
import org.coplan.domain.WorkItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MilestoneReportsTest {

    private static final LocalDate STATUS_DATE = LocalDate.of(2026, 6, 15);

    private final SamplePlanReports sample = new SamplePlanReports();

    @AfterEach
    void close() {
        sample.close();
    }

    @Test
    void everyMilestoneOfThePeriodIsReportedOnceAndNothingElse() {
        ReportPeriod period = ReportPeriod.year(2026);
        List<WorkItem> expected = sample.milestonesIn(period);

        MilestoneReport report = sample.report(SamplePlanReports.year2026(STATUS_DATE));

        assertThat(expected).isNotEmpty();
        assertThat(report.rows()).extracting(MilestoneRow::itemId)
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(WorkItem::id).toList());
        assertThat(report.programmes()).hasSize(4);
        assertThat(report.counts().total()).isEqualTo(expected.size());
    }

    @Test
    void groupsByStateAreaOrProgrammeWithNamesInTheReportLanguage() {
        MilestoneReportOptions options = SamplePlanReports.year2026(STATUS_DATE);

        List<String> states = titles(sample.report(options));
        List<String> statesInRussian = titles(sample.report(options.withLanguage(ReportLanguage.RU)));
        List<String> areas = titles(sample.report(options.withGroupBy(GroupBy.AREA)));
        MilestoneReport byProgramme = sample.report(options.withGroupBy(GroupBy.PROGRAMME));

        assertThat(states).contains("Russia", "Belarus").doesNotContain("Россия");
        assertThat(statesInRussian).contains("Россия", "Беларусь");
        assertThat(areas).isNotEmpty().isNotEqualTo(states);
        assertThat(titles(byProgramme)).isSubsetOf(byProgramme.programmes());
    }

    @Test
    void rowsOfAGroupRunInDateOrder() {
        for (MilestoneGroup group : sample.report(SamplePlanReports.year2026(STATUS_DATE)).groups()) {
            assertThat(group.rows()).isSortedAccordingTo(Comparator.comparing(MilestoneRow::currentDate));
        }
    }

    @Test
    void aMilestoneMovedLaterThanItsBaselineIsSlippedByItsWorkingDays() {
        MilestoneRow onTime = sample.report(SamplePlanReports.year2026(STATUS_DATE)).rows().stream()
                .filter(row -> row.currentDate().isAfter(STATUS_DATE) && row.baselineDate() != null
                        && row.varianceDays().orElse(1) == 0 && row.percentComplete() < 100)
                .findFirst().orElseThrow();
        LocalDate friday = onTime.currentDate().with(java.time.temporal.TemporalAdjusters.nextOrSame(
                java.time.DayOfWeek.FRIDAY));
        // a week later than a Friday is five working days later, unless a holiday falls in between
        sample.change(onTime.itemId(), item -> item.withSchedule(item.kind(), friday.plusWeeks(1), friday.plusWeeks(1),
                0));

        MilestoneRow moved = sample.report(SamplePlanReports.year2026(STATUS_DATE)).rows().stream()
                .filter(row -> row.itemId().equals(onTime.itemId())).findFirst().orElseThrow();

        assertThat(moved.status()).isEqualTo(MilestoneStatus.SLIPPED);
        assertThat(moved.varianceDays().getAsInt()).isBetween(5, 10);
        assertThat(moved.baselineDate()).isEqualTo(onTime.baselineDate());
    }

    @Test
    void completedMilestonesCanBeLeftOut() {
        MilestoneReportOptions all = SamplePlanReports.year2026(STATUS_DATE);
        MilestoneReportOptions open = new MilestoneReportOptions(Set.of(), Set.of(), PeriodKind.YEAR,
                all.period(), GroupBy.STATE, null, false, ReportLanguage.EN, 5, STATUS_DATE, "", all.page());

        MilestoneReport withDone = sample.report(all);
        MilestoneReport withoutDone = sample.report(open);

        assertThat(withDone.counts().of(MilestoneStatus.DONE)).isPositive();
        assertThat(withoutDone.counts().of(MilestoneStatus.DONE)).isZero();
        assertThat(withoutDone.counts().total())
                .isEqualTo(withDone.counts().total() - withDone.counts().of(MilestoneStatus.DONE));
    }

    @Test
    void oneProgrammeReportsOnlyItsMilestones() {
        MilestoneReport all = sample.report(SamplePlanReports.year2026(STATUS_DATE));
        String title = all.rows().getFirst().programme();
        UUID id = new MilestoneReports(sample.database).choices().stream()
                .filter(choice -> choice.programme().title().equals(title)).findFirst().orElseThrow()
                .programme().id();

        MilestoneReport one = sample.report(SamplePlanReports.year2026(STATUS_DATE).withProgrammes(Set.of(id)));

        assertThat(one.programmes()).containsExactly(title);
        assertThat(one.rows()).isNotEmpty().allMatch(row -> row.programme().equals(title));
        assertThat(one.rows()).hasSize((int) all.rows().stream().filter(r -> r.programme().equals(title)).count());
    }

    @Test
    void aBaselineNamedThatNoRoadmapHasLeavesEveryVarianceEmpty() {
        MilestoneReport report = sample.report(SamplePlanReports.year2026(STATUS_DATE).withBaseline("No such plan"));

        assertThat(report.baseline()).isEmpty();
        assertThat(report.rows()).allMatch(row -> row.varianceDays().isEmpty() && row.baselineDate() == null);
    }

    @Test
    void anUnknownProgrammeIsRefusedByName() {
        UUID unknown = UUID.randomUUID();
        assertThatThrownBy(() -> sample.report(SamplePlanReports.year2026(STATUS_DATE)
                .withProgrammes(Set.of(unknown))))
                .isInstanceOf(PlanRuleViolation.class)
                .satisfies(failure -> assertThat(((PlanRuleViolation) failure).problem().key())
                        .isEqualTo("report.error.unknown-programme"));
    }

    @Test
    void perQuarterCountsAddUpToTheTotal() {
        MilestoneReport report = sample.report(SamplePlanReports.year2026(STATUS_DATE));
        assertThat(report.perQuarter()).hasSize(4);
        assertThat(report.perQuarter().values().stream().mapToInt(StatusCounts::total).sum())
                .isEqualTo(report.counts().total());
    }

    private static List<String> titles(MilestoneReport report) {
        return report.groups().stream().map(MilestoneGroup::title).toList();
    }
}
