package org.coplan.exchange.imports;

/** The plan file formats Coplan reads, as found from a file's content. */
public enum PlanFormat {
    MSPDI,
    MPP,
    MPX,
    GANTTPROJECT,
    PLANNER,
    CSV
}
