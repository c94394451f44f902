package org.coplan.gantt;

import javafx.css.PseudoClass;

/**
 * The style classes and pseudo-classes of {@link GanttChart}, in one place so that style sheets and code
 * name them alike.
 */
public final class GanttStyles {

    /** The control. */
    public static final String CHART = "gantt-chart";
    /** The canvas of the timeline header. */
    public static final String HEADER = "gantt-header";
    /** The canvas of the rows. */
    public static final String BODY = "gantt-body";

    /** On the control while a bar is being dragged. */
    public static final PseudoClass DRAGGING = PseudoClass.getPseudoClass("dragging");
    /** On the control while it colours critical bars. */
    public static final PseudoClass CRITICAL = PseudoClass.getPseudoClass("critical");

    private GanttStyles() {
    }
}
