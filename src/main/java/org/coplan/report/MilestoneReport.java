package org.coplan.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A milestone summary ready to be written: the options it was made with, what its title block says, and
 * the milestones of the period in groups. Every text is already in the report's language.
 *
 * @param programmes the titles of the programmes reported on
 * @param baseline   what the milestones were compared with, as the title block names it; blank for nothing
 * @param replica    the name of the replica (workstation copy of the plan) it was made from; may be blank
 * @param roadmaps   how many roadmaps the milestones come from (more than one: rows name theirs)
 */
public record MilestoneReport(MilestoneReportOptions options, List<String> programmes, String baseline,
                              String replica, int roadmaps, List<MilestoneGroup> groups) {

    public MilestoneReport {
        programmes = List.copyOf(programmes);
        groups = List.copyOf(groups);
    }

    public List<MilestoneRow> rows() {
        List<MilestoneRow> rows = new ArrayList<>();
        groups.forEach(group -> rows.addAll(group.rows()));
        return rows;
    }

    public StatusCounts counts() {
        return StatusCounts.of(rows());
    }

    /** Per calendar quarter of the period (by its first day), how many milestones fall in it, by status. */
    public Map<LocalDate, StatusCounts> perQuarter() {
        Map<LocalDate, Map<MilestoneStatus, Integer>> counts = new LinkedHashMap<>();
        for (LocalDate start : options.period().quarterStarts()) {
            counts.put(start, new EnumMap<>(MilestoneStatus.class));
        }
        for (MilestoneRow row : rows()) {
            LocalDate date = row.currentDate();
            LocalDate quarter = LocalDate.of(date.getYear(), (ReportPeriod.quarterOf(date) - 1) * 3 + 1, 1);
            Map<MilestoneStatus, Integer> bucket = counts.get(quarter);
            if (bucket != null) {
                bucket.merge(row.status(), 1, Integer::sum);
            }
        }
        Map<LocalDate, StatusCounts> result = new LinkedHashMap<>();
        counts.forEach((quarter, bucket) -> result.put(quarter, new StatusCounts(bucket)));
        return result;
    }
}
