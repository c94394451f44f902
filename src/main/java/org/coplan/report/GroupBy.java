package org.coplan.report;

/** What a report's tables are grouped by: the lead state, the priority area or the programme. */
public enum GroupBy {
    STATE, AREA, PROGRAMME
}
