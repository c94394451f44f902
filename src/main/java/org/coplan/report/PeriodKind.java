package org.coplan.report;

/** How a report's period is chosen: a calendar quarter, half-year or year, or any two dates. */
public enum PeriodKind {
    QUARTER, HALF_YEAR, YEAR, CUSTOM
}
