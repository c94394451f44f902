package org.coplan.service.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coplan.domain.Baseline;
import org.coplan.domain.BaselineEntry;
import org.coplan.domain.Ids;
import org.coplan.domain.RoadmapPlan;
import org.coplan.domain.WorkCalendar;
import org.coplan.domain.WorkItem;
import org.coplan.scheduling.WorkingTime;
import org.coplan.ui.roadmap.EditorFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Variance counted by hand on March 2025: the 1st is a Saturday, so the 3rd, 10th, 17th, 24th and 31st are
 * Mondays; in the holiday calendar Friday the 21st (Nauryz) is not a working day.
 */
class VarianceTableTest {

    private static final LocalDate FRIDAY_7 = LocalDate.of(2025, 3, 7);
    private static final LocalDate MONDAY_10 = LocalDate.of(2025, 3, 10);
    private static final LocalDate THURSDAY_20 = LocalDate.of(2025, 3, 20);
    private static final LocalDate HOLIDAY_21 = LocalDate.of(2025, 3, 21);
    private static final LocalDate MONDAY_24 = LocalDate.of(2025, 3, 24);
    private static final LocalDate TUESDAY_25 = LocalDate.of(2025, 3, 25);

    private final WorkingTime standard = WorkingTime.standard();
    private final WorkingTime withHoliday = new WorkingTime(WorkCalendar.MONDAY_TO_FRIDAY, Set.of(HOLIDAY_21));
    private final EditorFixture fixture = EditorFixture.inMemory();
    private final RoadmapPlan plan = new RoadmapPlan(fixture.roadmap,
            fixture.database.read(store -> store.workItems().findByRoadmap(fixture.roadmap.id())), List.of());

    @AfterEach
    void closeDatabase() {
        fixture.close();
    }

    @Test
    void aMondayStartAgainstAFridayBaselineIsOneDayLateAndTheReverseOneDayEarly() {
        assertThat(VarianceTable.workingDaysFrom(FRIDAY_7, MONDAY_10, standard)).isEqualTo(1);
        assertThat(VarianceTable.workingDaysFrom(MONDAY_10, FRIDAY_7, standard)).isEqualTo(-1);
        assertThat(VarianceTable.workingDaysFrom(MONDAY_10, MONDAY_10, standard)).isZero();
        assertThat(VarianceTable.workingDaysFrom(MONDAY_10, MONDAY_24, standard)).isEqualTo(10);
    }

    @Test
    void aHolidayBetweenBaselineAndCurrentDateIsNotCounted() {
        assertThat(VarianceTable.workingDaysFrom(THURSDAY_20, MONDAY_24, standard)).isEqualTo(2);
        assertThat(VarianceTable.workingDaysFrom(THURSDAY_20, MONDAY_24, withHoliday)).isEqualTo(1);
        assertThat(VarianceTable.workingDaysFrom(THURSDAY_20, TUESDAY_25, withHoliday)).isEqualTo(2);
        assertThat(VarianceTable.workingDaysFrom(TUESDAY_25, THURSDAY_20, withHoliday)).isEqualTo(-2);
    }

    @Test
    void anItemThatSlippedIsLateByWorkingDaysOfItsOwnCalendar() {
        Baseline baseline = baselineOfEverything();
        // Build: baseline Monday 17th to Friday 21st; now Thursday 20th to Tuesday 25th
        move("Build", THURSDAY_20, TUESDAY_25);
        Function<WorkItem, WorkingTime> calendars = item -> item.name().equals("Build") ? withHoliday : standard;

        ItemVariance build = VarianceTable.of(plan, baseline, calendars).variance(item("Build")).orElseThrow();

        assertThat(build).isEqualTo(new ItemVariance(LocalDate.of(2025, 3, 17), HOLIDAY_21, 3, 2));
        ItemVariance counted = VarianceTable.of(plan, baseline, item -> standard).variance(item("Build")).orElseThrow();
        assertThat(counted.finishDays()).isEqualTo(2);
        assertThat(counted.startDays()).isEqualTo(3);
    }

    @Test
    void anItemBroughtForwardIsEarlyAndOneOnTimeHasZeroVariance() {
        Baseline baseline = baselineOfEverything();
        // Design: baseline Thursday 6th to Wednesday 12th; now Monday 3rd to Friday 7th
        move("Design", LocalDate.of(2025, 3, 3), FRIDAY_7);

        VarianceTable table = VarianceTable.of(plan, baseline, item -> standard);

        assertThat(table.variance(item("Design")).orElseThrow())
                .extracting(ItemVariance::startDays, ItemVariance::finishDays).containsExactly(-3, -3);
        assertThat(table.variance(item("Requirements")).orElseThrow())
                .extracting(ItemVariance::startDays, ItemVariance::finishDays).containsExactly(0, 0);
    }

    @Test
    void anItemAddedAfterTheBaselineHasNoVarianceRatherThanZero() {
        Baseline baseline = baselineOf("Requirements", "Design");

        VarianceTable table = VarianceTable.of(plan, baseline, item -> standard);

        assertThat(table.variance(item("Launch"))).isEmpty();
        assertThat(table.covers(item("Launch").id())).isFalse();
        assertThat(table.variance(item("Requirements"))).isPresent();
    }

    @Test
    void aSummaryWithoutItsOwnEntrySpansItsChildrensBaselines() {
        // Requirements 3rd–5th, Design 6th–12th, Approved 13th; Preparation now runs 3rd–14th
        Baseline baseline = baselineOf("Requirements", "Design", "Approved");

        ItemVariance preparation = VarianceTable.of(plan, baseline, item -> standard)
                .variance(item("Preparation")).orElseThrow();

        assertThat(preparation).isEqualTo(new ItemVariance(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 13), 0, 1));
    }

    @Test
    void aSummarysOwnEntryWinsOverItsChildren() {
        Baseline baseline = baselineOf("Preparation", "Requirements");
        // Preparation was approved as 3rd–14th and is there still, though Requirements alone would say 3rd–5th
        assertThat(VarianceTable.of(plan, baseline, item -> standard).variance(item("Preparation")).orElseThrow())
                .isEqualTo(new ItemVariance(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 14), 0, 0));
    }

    @Test
    void summariesRollUpThroughSeveralLevels() {
        Baseline baseline = baselineOf("Requirements", "Build");
        // Work (with Build under it) becomes a child of Preparation: Preparation spans the 3rd to Build's 21st
        WorkItem work = item("Work");
        plan.put(work.withPlace(item("Preparation").id(), "z"));

        VarianceTable table = VarianceTable.of(plan, baseline, item -> standard);

        assertThat(table.variance(item("Work")).orElseThrow().baselineStart()).isEqualTo(LocalDate.of(2025, 3, 17));
        ItemVariance preparation = table.variance(item("Preparation")).orElseThrow();
        assertThat(preparation.baselineStart()).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(preparation.baselineFinish()).isEqualTo(HOLIDAY_21);
        // now finishing on the 14th: five working days early (17th–21st)
        assertThat(preparation.finishDays()).isEqualTo(-5);
    }

    @Test
    void withoutABaselineNothingHasVariance() {
        assertThat(VarianceTable.none().variance(item("Build"))).isEmpty();
    }

    // ---- the plan

    private Baseline baselineOfEverything() {
        return baselineOf(plan.items().stream().map(WorkItem::name).toArray(String[]::new));
    }

    private Baseline baselineOf(String... names) {
        Set<String> wanted = Set.of(names);
        List<BaselineEntry> entries = plan.items().stream().filter(item -> wanted.contains(item.name()))
                .map(item -> new BaselineEntry(item.id(), item.start(), item.finish(), item.durationDays()))
                .toList();
        return new Baseline(Ids.newId(), fixture.roadmap.id(), 0, "Approved", MONDAY_10, entries);
    }

    private void move(String name, LocalDate start, LocalDate finish) {
        WorkItem item = item(name);
        plan.put(item.withSchedule(item.kind(), start, finish, item.durationDays()));
    }

    private WorkItem item(String name) {
        Map<String, WorkItem> byName = plan.items().stream()
                .collect(Collectors.toMap(WorkItem::name, Function.identity()));
        return Optional.ofNullable(byName.get(name)).orElseThrow();
    }
}
