package org.coplan.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The report's two pictures, drawn as vector graphics with the report's own font: the Gantt strip of the
 * period's milestones (a lane per group, a diamond per milestone at its current date in its status colour,
 * a hollow one at its baseline date, the status date as a dashed line) and the count of milestones per
 * quarter, stacked by status. Drawn here rather than by the Gantt control, so the command line makes the
 * same report without a display, and the strip stays sharp at any zoom.
 */
final class PdfCharts {

    private static final float LANE = 13;
    private static final float AXIS = 22;
    private static final float TITLE_SIZE = 9.5f;
    private static final float LABEL_SIZE = 6.5f;

    private final PdfPages pages;
    private final ReportTexts texts;
    private final MilestoneReport report;

    PdfCharts(PdfPages pages, ReportTexts texts, MilestoneReport report) {
        this.pages = pages;
        this.texts = texts;
        this.report = report;
    }

    /** A chart's heading at the cursor. */
    private void title(String title) {
        pages.text(pages.fonts().bold(), TITLE_SIZE, ReportColour.TEXT, pages.left(), pages.cursor() - TITLE_SIZE,
                title);
        pages.moveDown(TITLE_SIZE + 6);
    }

    float ganttHeight() {
        return TITLE_SIZE + 6 + AXIS + Math.max(1, report.groups().size()) * LANE + 6 + legendHeight();
    }

    void ganttStrip() {
        pages.ensure(ganttHeight());
        title(texts.tr("report.gantt.title"));
        ReportPeriod period = report.options().period();
        PDFont regular = pages.fonts().regular();
        float labelWidth = Math.min(150, pages.width() * 0.24f);
        float x0 = pages.left() + labelWidth;
        float x1 = pages.right();
        long days = ChronoUnit.DAYS.between(period.from(), period.to()) + 1;
        float perDay = (x1 - x0) / days;
        float top = pages.cursor();
        float lanesTop = top - AXIS;
        int lanes = Math.max(1, report.groups().size());
        float bottom = lanesTop - lanes * LANE;

        // the time axis: years above, months (quarters on a long period) below
        pages.fill(ReportColour.HEADER_FILL, x0, lanesTop, x1 - x0, AXIS);
        float middle = lanesTop + AXIS / 2;
        pages.line(ReportColour.GRID, 0.4f, x0, middle, x1, middle);
        LocalDate year = period.from().withDayOfYear(1);
        while (!year.isAfter(period.to())) {
            float from = Math.max(x0, x(year, period, x0, perDay));
            float to = Math.min(x1, x(year.plusYears(1), period, x0, perDay));
            if (!year.isBefore(period.from())) {
                pages.line(ReportColour.RULE, 0.5f, from, lanesTop + AXIS, from, bottom);
            }
            String label = Integer.toString(year.getYear());
            if (pages.textWidth(regular, LABEL_SIZE, label) < to - from - 2) {
                pages.textCentred(pages.fonts().bold(), LABEL_SIZE, ReportColour.TEXT, (from + to) / 2, middle + 3.5f,
                        label);
            }
            year = year.plusYears(1);
        }
        boolean byQuarter = days > 550;
        DateTimeFormatter monthName = DateTimeFormatter.ofPattern("LLL", report.options().language().locale());
        LocalDate tick = byQuarter ? period.quarterStarts().getFirst() : period.from().withDayOfMonth(1);
        while (!tick.isAfter(period.to())) {
            LocalDate next = byQuarter ? tick.plusMonths(3) : tick.plusMonths(1);
            float from = Math.max(x0, x(tick, period, x0, perDay));
            float to = Math.min(x1, x(next, period, x0, perDay));
            if (!tick.isBefore(period.from()) && tick.getDayOfYear() != 1) {
                pages.line(ReportColour.GRID, 0.4f, from, middle, from, bottom);
            }
            String label = byQuarter ? texts.tr("report.quarter-short", ReportPeriod.quarterOf(tick))
                    : monthName.format(tick);
            if (pages.textWidth(regular, LABEL_SIZE, label) < to - from - 2) {
                pages.textCentred(regular, LABEL_SIZE, ReportColour.TEXT, (from + to) / 2, lanesTop + 3.5f, label);
            }
            tick = next;
        }

        // the lanes: one per group, named on the left
        for (int lane = 0; lane < lanes; lane++) {
            float laneTop = lanesTop - lane * LANE;
            if (lane % 2 == 1) {
                pages.fill(ReportColour.BAND, pages.left(), laneTop - LANE, pages.width(), LANE);
            }
            if (lane < report.groups().size()) {
                String name = pages.fit(regular, LABEL_SIZE + 0.5f, report.groups().get(lane).title(),
                        labelWidth - 6);
                pages.text(regular, LABEL_SIZE + 0.5f, ReportColour.TEXT, pages.left() + 2, laneTop - LANE + 4, name);
            }
            pages.line(ReportColour.GRID, 0.4f, pages.left(), laneTop - LANE, x1, laneTop - LANE);
        }
        pages.line(ReportColour.RULE, 0.6f, pages.left(), lanesTop, x1, lanesTop);
        pages.line(ReportColour.RULE, 0.6f, pages.left(), top, x1, top);
        pages.line(ReportColour.RULE, 0.6f, x0, top, x0, bottom);
        pages.line(ReportColour.RULE, 0.6f, pages.left(), bottom, x1, bottom);
        pages.line(ReportColour.RULE, 0.6f, pages.left(), top, pages.left(), bottom);
        pages.line(ReportColour.RULE, 0.6f, x1, top, x1, bottom);

        LocalDate statusDate = report.options().statusDate();
        if (period.contains(statusDate)) {
            float sx = x(statusDate, period, x0, perDay) + perDay / 2;
            pages.dashedLine(ReportColour.STATUS_LINE, 0.8f, sx, lanesTop, sx, bottom);
        }

        // the milestones: a baseline ghost and a line to it when moved, then the current diamond
        float radius = Math.min(3.6f, LANE / 2 - 1.5f);
        for (int lane = 0; lane < report.groups().size(); lane++) {
            float centre = lanesTop - lane * LANE - LANE / 2;
            List<MilestoneRow> rows = report.groups().get(lane).rows();
            float[] xs = new float[rows.size()];
            for (int i = 0; i < xs.length; i++) {
                MilestoneRow row = rows.get(i);
                xs[i] = Math.clamp(x(row.currentDate(), period, x0, perDay) + perDay / 2, x0 + radius, x1 - radius);
                LocalDate baseline = row.baselineDate();
                if (baseline != null && !baseline.equals(row.currentDate())) {
                    float bx = Math.clamp(x(baseline, period, x0, perDay) + perDay / 2, x0 + radius, x1 - radius);
                    pages.line(ReportColour.BASELINE, 0.5f, bx, centre, xs[i], centre);
                    if (period.contains(baseline)) {
                        pages.diamond(ReportColour.BASELINE, bx, centre, radius, true);
                    }
                }
            }
            float labelEnd = Float.NEGATIVE_INFINITY;
            for (int i = 0; i < xs.length; i++) {
                pages.diamond(ReportColour.of(rows.get(i).status()), xs[i], centre, radius, false);
                // the WBS beside its diamond, where it runs into no other label or diamond
                String wbs = rows.get(i).wbs();
                float labelX = xs[i] + radius + 1.5f;
                float labelRight = labelX + pages.textWidth(regular, LABEL_SIZE - 1, wbs);
                boolean free = labelX > labelEnd + 2 && labelRight < x1 - 1;
                for (int j = 0; j < xs.length && free; j++) {
                    free = j == i || xs[j] + radius < labelX || xs[j] - radius > labelRight + 1;
                }
                if (free) {
                    pages.text(regular, LABEL_SIZE - 1, ReportColour.MUTED, labelX, centre - 2, wbs);
                    labelEnd = labelRight;
                }
            }
        }
        pages.moveDown(AXIS + lanes * LANE + 6);
        legend(true);
    }

    private static float x(LocalDate date, ReportPeriod period, float x0, float perDay) {
        return x0 + ChronoUnit.DAYS.between(period.from(), date) * perDay;
    }

    float quarterChartHeight() {
        return TITLE_SIZE + 6 + 130 + legendHeight();
    }

    void quarterChart() {
        pages.ensure(quarterChartHeight());
        title(texts.tr("report.chart.title"));
        Map<LocalDate, StatusCounts> quarters = report.perQuarter();
        PDFont regular = pages.fonts().regular();
        int most = quarters.values().stream().mapToInt(StatusCounts::total).max().orElse(0);
        int step = niceStep(most);
        int top = Math.max(step, (most + step - 1) / step * step);
        float axisWidth = 24;
        float x0 = pages.left() + axisWidth;
        float x1 = pages.right();
        float chartTop = pages.cursor() - 8;
        float chartBottom = pages.cursor() - 112;
        float perUnit = (chartTop - chartBottom) / top;
        for (int value = 0; value <= top; value += step) {
            float y = chartBottom + value * perUnit;
            pages.line(value == 0 ? ReportColour.RULE : ReportColour.GRID, value == 0 ? 0.6f : 0.4f, x0, y, x1, y);
            pages.textRight(regular, LABEL_SIZE, ReportColour.MUTED, x0 - 3, y - 2, Integer.toString(value));
        }
        int count = Math.max(1, quarters.size());
        float slot = (x1 - x0) / count;
        float barWidth = Math.min(42, slot * 0.6f);
        int index = 0;
        for (Map.Entry<LocalDate, StatusCounts> quarter : quarters.entrySet()) {
            float centre = x0 + slot * index + slot / 2;
            float y = chartBottom;
            for (MilestoneStatus status : MilestoneStatus.values()) {
                int n = quarter.getValue().of(status);
                if (n > 0) {
                    pages.fill(ReportColour.of(status), centre - barWidth / 2, y, barWidth, n * perUnit);
                    y += n * perUnit;
                }
            }
            int total = quarter.getValue().total();
            pages.textCentred(pages.fonts().bold(), LABEL_SIZE, ReportColour.TEXT, centre, y + 2.5f,
                    Integer.toString(total));
            String label = texts.quarter(quarter.getKey());
            if (pages.textWidth(regular, LABEL_SIZE, label) < slot - 2) {
                pages.textCentred(regular, LABEL_SIZE, ReportColour.TEXT, centre, chartBottom - 9, label);
            }
            index++;
        }
        pages.moveDown(130 - 8);
        legend(false);
    }

    /** A step for the value axis giving four to eight lines: 1, 2, 5, 10, 20, 50 … */
    static int niceStep(int most) {
        int step = 1;
        while (most / step > 8) {
            int digits = Integer.toString(step).charAt(0) - '0';
            step = digits == 1 ? step * 2 : digits == 2 ? step / 2 * 5 : step * 2;
        }
        return step;
    }

    private float legendHeight() {
        return 14;
    }

    /** The status colours with their names; the Gantt strip's also explains the hollow diamond and the line. */
    private void legend(boolean gantt) {
        PDFont regular = pages.fonts().regular();
        float x = pages.left();
        float y = pages.cursor() - 8;
        for (MilestoneStatus status : MilestoneStatus.values()) {
            if (gantt) {
                pages.diamond(ReportColour.of(status), x + 3.5f, y + 2.3f, 3.2f, false);
            } else {
                pages.fill(ReportColour.of(status), x, y - 0.5f, 6.5f, 6.5f);
            }
            x += 10;
            String name = texts.status(status);
            pages.text(regular, LABEL_SIZE + 0.5f, ReportColour.TEXT, x, y, name);
            x += pages.textWidth(regular, LABEL_SIZE + 0.5f, name) + 12;
        }
        if (gantt) {
            pages.diamond(ReportColour.BASELINE, x + 3.5f, y + 2.3f, 3.2f, true);
            x += 10;
            String baseline = texts.tr("report.legend.baseline");
            pages.text(regular, LABEL_SIZE + 0.5f, ReportColour.TEXT, x, y, baseline);
            x += pages.textWidth(regular, LABEL_SIZE + 0.5f, baseline) + 12;
            pages.dashedLine(ReportColour.STATUS_LINE, 0.8f, x + 3, y - 1, x + 3, y + 7);
            x += 8;
            pages.text(regular, LABEL_SIZE + 0.5f, ReportColour.TEXT, x, y, texts.tr("report.legend.status-date"));
        }
        pages.moveDown(legendHeight());
    }
}
