package org.coplan.ui.roadmap;

/** What the colour of an activity or milestone bar on the Gantt chart says. */
public enum BarColouring {
    /** Nothing beyond its kind: the chart's own colours. */
    KIND,
    /** Its lead state, one colour per state. */
    LEAD_STATE,
    /** Its priority area, one colour per area. */
    PRIORITY_AREA
}
