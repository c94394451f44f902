package org.coplan.gantt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.coplan.domain.DependencyType;

/**
 * A made-up plan of any size for the chart: row i is a 3-day activity starting i mod 200 days after a Monday
 * (every tenth row a milestone), linked finish-to-start to the next row.
 */
public final class SyntheticRows implements GanttModel {

    public static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);

    private final int count;

    public SyntheticRows(int count) {
        this.count = count;
    }

    @Override
    public int rowCount() {
        return count;
    }

    @Override
    public GanttBar bar(int row) {
        LocalDate start = MONDAY.plusDays(row % 200);
        return row % 10 == 9
                ? GanttBar.of(row, "Milestone " + row, GanttBar.Kind.MILESTONE, start, start, 0)
                : GanttBar.of(row, "Activity " + row, GanttBar.Kind.ACTIVITY, start, start.plusDays(2), 30);
    }

    @Override
    public int rowOf(Object key) {
        return key instanceof Integer row && row >= 0 && row < count ? row : -1;
    }

    @Override
    public List<GanttLink> linksOf(Object key) {
        int row = (Integer) key;
        List<GanttLink> links = new ArrayList<>(2);
        if (row > 0) {
            links.add(new GanttLink("link-" + (row - 1), row - 1, row, DependencyType.FS));
        }
        if (row + 1 < count) {
            links.add(new GanttLink("link-" + row, row, row + 1, DependencyType.FS));
        }
        return links;
    }

    @Override
    public LocalDate firstDay() {
        return MONDAY;
    }

    @Override
    public LocalDate lastDay() {
        return MONDAY.plusDays(202);
    }
}
