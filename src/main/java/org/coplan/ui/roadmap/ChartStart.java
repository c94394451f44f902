package org.coplan.ui.roadmap;

import java.util.Locale;
import java.util.Properties;
import org.coplan.gantt.GanttZoom;

/**
 * How the Gantt chart looks when the window opens, when asked for on the command line, e.g.
 * {@code -Dcoplan.gantt.zoom=quarter -Dcoplan.gantt.group=state -Dcoplan.gantt.colour=area}: for
 * screenshots and demonstrations. Unknown or missing values keep the defaults.
 *
 * @param zoom      the opening zoom, or null for the default
 * @param grouping  the rows' grouping
 * @param colouring the bars' colouring
 */
public record ChartStart(GanttZoom zoom, RowGrouping grouping, BarColouring colouring) {

    public static final String ZOOM_PROPERTY = "coplan.gantt.zoom";
    public static final String GROUP_PROPERTY = "coplan.gantt.group";
    public static final String COLOUR_PROPERTY = "coplan.gantt.colour";

    /** The defaults: opening zoom, outline, colours by kind. */
    public static final ChartStart DEFAULT = new ChartStart(null, RowGrouping.WBS, BarColouring.KIND);

    /** Reads {@value #ZOOM_PROPERTY} (day, week, month, quarter), {@value #GROUP_PROPERTY} and
     * {@value #COLOUR_PROPERTY} (wbs or kind, state, area). */
    public static ChartStart from(Properties properties) {
        GanttZoom zoom = switch (value(properties, ZOOM_PROPERTY)) {
            case "day" -> GanttZoom.WEEK_DAY;
            case "week" -> GanttZoom.MONTH_WEEK;
            case "month" -> GanttZoom.QUARTER_MONTH;
            case "quarter", "year" -> GanttZoom.YEAR_QUARTER;
            default -> null;
        };
        RowGrouping grouping = switch (value(properties, GROUP_PROPERTY)) {
            case "state" -> RowGrouping.LEAD_STATE;
            case "area" -> RowGrouping.PRIORITY_AREA;
            default -> RowGrouping.WBS;
        };
        BarColouring colouring = switch (value(properties, COLOUR_PROPERTY)) {
            case "state" -> BarColouring.LEAD_STATE;
            case "area" -> BarColouring.PRIORITY_AREA;
            default -> BarColouring.KIND;
        };
        return new ChartStart(zoom, grouping, colouring);
    }

    private static String value(Properties properties, String name) {
        return properties.getProperty(name, "").strip().toLowerCase(Locale.ROOT);
    }
}
