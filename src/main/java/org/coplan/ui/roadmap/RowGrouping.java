package org.coplan.ui.roadmap;

/** How the roadmap's rows are arranged in the tree and the Gantt chart beside it. */
public enum RowGrouping {
    /** The outline of phases, activities and milestones, as planned. */
    WBS,
    /** A swimlane per lead state, each holding the items that state leads, in outline order. */
    LEAD_STATE,
    /** A swimlane per priority area. */
    PRIORITY_AREA
}
