package org.coplan.report;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.coplan.domain.Roadmap;
import org.coplan.domain.WorkItem;
import org.coplan.persistence.H2PlanDatabase;
import org.coplan.service.ChangeAuthor;
import org.coplan.service.sample.SamplePlan;

/** The sample plan in a fresh in-memory database, and what the report tests ask of it. */
final class SamplePlanReports implements AutoCloseable {

    final H2PlanDatabase database;

    SamplePlanReports() {
        database = H2PlanDatabase.openInMemory("report-" + UUID.randomUUID(), ChangeAuthor.newReplica("tester"));
        new SamplePlan(database).load();
    }

    /** Every milestone of every roadmap dated in the period, read straight from the store. */
    List<WorkItem> milestonesIn(ReportPeriod period) {
        return database.read(store -> store.roadmaps().findAll().stream()
                .map(Roadmap::id)
                .flatMap(id -> store.workItems().findByRoadmap(id).stream())
                .filter(WorkItem::isMilestone)
                .filter(item -> period.contains(item.finish()))
                .toList());
    }

    /** Changes a stored item as an import would, without scheduling. */
    WorkItem change(UUID id, UnaryOperator<WorkItem> change) {
        return database.write(store -> {
            WorkItem before = store.workItems().find(id).orElseThrow();
            WorkItem after = change.apply(before);
            store.workItems().update(before, after);
            return after;
        });
    }

    MilestoneReport report(MilestoneReportOptions options) {
        return new MilestoneReports(database).build(options);
    }

    static MilestoneReportOptions year2026(LocalDate statusDate) {
        return MilestoneReportOptions.of(ReportPeriod.year(2026), statusDate);
    }

    @Override
    public void close() {
        database.close();
    }
}
