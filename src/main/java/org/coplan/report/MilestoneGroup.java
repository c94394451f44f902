package org.coplan.report;

import java.util.List;

/** The milestones of one state, area or programme, in date order. */
public record MilestoneGroup(String title, List<MilestoneRow> rows) {

    public MilestoneGroup {
        rows = List.copyOf(rows);
    }

    public StatusCounts counts() {
        return StatusCounts.of(rows);
    }
}
