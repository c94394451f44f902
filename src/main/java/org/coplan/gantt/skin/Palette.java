package org.coplan.gantt.skin;

import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import org.coplan.gantt.GanttChart;

/** The chart's styleable colours and font as they are at one paint, so painters need not ask the control. */
record Palette(Paint background, Paint barFill, Paint barStroke, Paint progressFill, Paint criticalFill,
               Paint criticalStroke, Paint summaryFill, Paint milestoneFill, Paint baselineFill, Paint linkStroke,
               Paint gridStroke, Paint nonWorkingFill, Paint selectionFill, Paint todayStroke,
               Paint statusDateStroke, Paint textFill, Paint mutedTextFill, Paint headerFill, Paint headerStroke,
               Font font, Font boldFont) {

    static Palette of(GanttChart chart) {
        Font font = chart.fontProperty().get();
        Font bold = Font.font(font.getFamily(), javafx.scene.text.FontWeight.BOLD, font.getSize());
        return new Palette(chart.backgroundFillProperty().get(), chart.barFillProperty().get(),
                chart.barStrokeProperty().get(), chart.progressFillProperty().get(),
                chart.criticalFillProperty().get(), chart.criticalStrokeProperty().get(),
                chart.summaryFillProperty().get(), chart.milestoneFillProperty().get(),
                chart.baselineFillProperty().get(), chart.linkStrokeProperty().get(),
                chart.gridStrokeProperty().get(), chart.nonWorkingFillProperty().get(),
                chart.selectionFillProperty().get(), chart.todayStrokeProperty().get(),
                chart.statusDateStrokeProperty().get(), chart.textFillProperty().get(),
                chart.mutedTextFillProperty().get(), chart.headerFillProperty().get(),
                chart.headerStrokeProperty().get(), font, bold);
    }
}
