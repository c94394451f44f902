package org.coplan.report;

/** Where a milestone stands on the status date, in the order a report lists the columns of its counts. */
public enum MilestoneStatus {
    DONE, ON_TRACK, AT_RISK, SLIPPED, OVERDUE
}
