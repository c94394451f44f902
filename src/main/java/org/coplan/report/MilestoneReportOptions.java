package org.coplan.report;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What a milestone report shows and how it is laid out.
 *
 * @param programmeIds     the programmes reported on; empty for all
 * @param roadmapIds       the roadmaps reported on, of those programmes; empty for all their roadmaps
 * @param baselineName     the baseline compared with, by name; {@code null} for each roadmap's compared slot
 * @param statusDate       the day the statuses are judged on (overdue is "before this day")
 * @param preparedBy       who prepared it, for the title block; may be blank
 */
public record MilestoneReportOptions(Set<UUID> programmeIds, Set<UUID> roadmapIds, PeriodKind periodKind,
                                     ReportPeriod period, GroupBy groupBy, String baselineName,
                                     boolean includeCompleted, ReportLanguage language, int atRiskSlackDays,
                                     LocalDate statusDate, String preparedBy, PageSetup page) {

    public MilestoneReportOptions {
        programmeIds = Set.copyOf(programmeIds);
        roadmapIds = Set.copyOf(roadmapIds);
        Objects.requireNonNull(periodKind, "periodKind");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(groupBy, "groupBy");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(statusDate, "statusDate");
        Objects.requireNonNull(page, "page");
        baselineName = baselineName == null || baselineName.isBlank() ? null : baselineName.strip();
        preparedBy = preparedBy == null ? "" : preparedBy.strip();
        new StatusRules(statusDate, atRiskSlackDays);
    }

    /** The whole plan over a period, grouped by lead state, in English, on A4 portrait. */
    public static MilestoneReportOptions of(ReportPeriod period, LocalDate statusDate) {
        return new MilestoneReportOptions(Set.of(), Set.of(), PeriodKind.CUSTOM, period, GroupBy.STATE, null, true,
                ReportLanguage.EN, StatusRules.DEFAULT_AT_RISK_SLACK_DAYS, statusDate, "", PageSetup.a4Portrait());
    }

    public StatusRules rules() {
        return new StatusRules(statusDate, atRiskSlackDays);
    }

    public MilestoneReportOptions withLanguage(ReportLanguage newLanguage) {
        return new MilestoneReportOptions(programmeIds, roadmapIds, periodKind, period, groupBy, baselineName,
                includeCompleted, newLanguage, atRiskSlackDays, statusDate, preparedBy, page);
    }

    public MilestoneReportOptions withGroupBy(GroupBy newGroupBy) {
        return new MilestoneReportOptions(programmeIds, roadmapIds, periodKind, period, newGroupBy, baselineName,
                includeCompleted, language, atRiskSlackDays, statusDate, preparedBy, page);
    }

    public MilestoneReportOptions withPage(PageSetup newPage) {
        return new MilestoneReportOptions(programmeIds, roadmapIds, periodKind, period, groupBy, baselineName,
                includeCompleted, language, atRiskSlackDays, statusDate, preparedBy, newPage);
    }

    public MilestoneReportOptions withProgrammes(Set<UUID> newProgrammeIds) {
        return new MilestoneReportOptions(newProgrammeIds, roadmapIds, periodKind, period, groupBy, baselineName,
                includeCompleted, language, atRiskSlackDays, statusDate, preparedBy, page);
    }

    public MilestoneReportOptions withBaseline(String newBaselineName) {
        return new MilestoneReportOptions(programmeIds, roadmapIds, periodKind, period, groupBy, newBaselineName,
                includeCompleted, language, atRiskSlackDays, statusDate, preparedBy, page);
    }

    public MilestoneReportOptions withPreparedBy(String newPreparedBy) {
        return new MilestoneReportOptions(programmeIds, roadmapIds, periodKind, period, groupBy, baselineName,
                includeCompleted, language, atRiskSlackDays, statusDate, newPreparedBy, page);
    }
}
