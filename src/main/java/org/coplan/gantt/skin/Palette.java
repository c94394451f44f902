package org.coplan.gantt.skin;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import org.coplan.gantt.GanttChart;

/** The chart's styleable colours and font as they are at one paint, so painters need not ask the control. */
record Palette(Paint background, Paint barFill, Paint barStroke, Paint progressFill, Paint criticalFill,
               Paint criticalStroke, Paint summaryFill, Paint milestoneFill, Paint baselineFill, Paint linkStroke,
               Paint gridStroke, Paint nonWorkingFill, Paint selectionFill, Paint todayStroke,
               Paint statusDateStroke, Paint textFill, Paint mutedTextFill, Paint headerFill, Paint headerStroke,
               Font font, Font boldFont, Paint slackFill, Paint laneFill, List<BarRenderer.Look> categories) {

    static Palette of(GanttChart chart) {
        Font font = chart.fontProperty().get();
        Font bold = Font.font(font.getFamily(), javafx.scene.text.FontWeight.BOLD, font.getSize());
        List<BarRenderer.Look> categories = new ArrayList<>(GanttChart.CATEGORY_COUNT);
        for (int i = 0; i < GanttChart.CATEGORY_COUNT; i++) {
            categories.add(categoryLook(chart.categoryFillProperty(i).get()));
        }
        return new Palette(chart.backgroundFillProperty().get(), chart.barFillProperty().get(),
                chart.barStrokeProperty().get(), chart.progressFillProperty().get(),
                chart.criticalFillProperty().get(), chart.criticalStrokeProperty().get(),
                chart.summaryFillProperty().get(), chart.milestoneFillProperty().get(),
                chart.baselineFillProperty().get(), chart.linkStrokeProperty().get(),
                chart.gridStrokeProperty().get(), chart.nonWorkingFillProperty().get(),
                chart.selectionFillProperty().get(), chart.todayStrokeProperty().get(),
                chart.statusDateStrokeProperty().get(), chart.textFillProperty().get(),
                chart.mutedTextFillProperty().get(), chart.headerFillProperty().get(),
                chart.headerStrokeProperty().get(), font, bold, chart.slackFillProperty().get(),
                chart.laneFillProperty().get(), List.copyOf(categories));
    }

    /**
     * One category colour gives a bar's three: a translucent fill, so that the progress band in the full
     * colour stands out on it in a light and a dark theme alike, and the full colour for outline and band.
     */
    private static BarRenderer.Look categoryLook(Paint base) {
        if (base instanceof Color colour) {
            Color fill = Color.color(colour.getRed(), colour.getGreen(), colour.getBlue(), colour.getOpacity() * 0.45);
            return new BarRenderer.Look(fill, colour, colour, false);
        }
        return new BarRenderer.Look(base, base, base, false);
    }

    /** The look of category {@code index}, or null for none (−1 or out of range). */
    BarRenderer.Look category(int index) {
        return index < 0 || index >= categories.size() ? null : categories.get(index);
    }
}
