package org.coplan.ui.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.coplan.gantt.GanttZoom;
import org.junit.jupiter.api.Test;

/** The chart's opening look from the command line: named values are read, anything else keeps the default. */
class ChartStartTest {

    private static Properties properties(String... pairs) {
        Properties properties = new Properties();
        for (int i = 0; i < pairs.length; i += 2) {
            properties.setProperty(pairs[i], pairs[i + 1]);
        }
        return properties;
    }

    @Test
    void zoomGroupingAndColouringAreReadFromTheirProperties() {
        ChartStart start = ChartStart.from(properties(ChartStart.ZOOM_PROPERTY, "Quarter",
                ChartStart.GROUP_PROPERTY, "state", ChartStart.COLOUR_PROPERTY, " area "));

        assertThat(start).isEqualTo(new ChartStart(GanttZoom.YEAR_QUARTER, RowGrouping.LEAD_STATE,
                BarColouring.PRIORITY_AREA));
    }

    @Test
    void missingOrUnknownValuesKeepTheDefaults() {
        assertThat(ChartStart.from(properties())).isEqualTo(ChartStart.DEFAULT);
        assertThat(ChartStart.from(properties(ChartStart.ZOOM_PROPERTY, "fortnight", ChartStart.GROUP_PROPERTY,
                "colour"))).isEqualTo(ChartStart.DEFAULT);
    }
}
