package org.coplan.ui.roadmap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.coplan.gantt.GanttChart;
import org.coplan.gantt.GanttLegend;
import org.coplan.l10n.Messages;

/**
 * The colours of the Gantt chart's bars by lead state or priority area, as the view model's colouring asks,
 * and the legend that names them. Each state or area of the roadmap gets its lane's place in the palette
 * (see {@link ItemGroups}); items without one keep the chart's own colour; the critical colour, while shown,
 * wins over both (the chart sees to that) and gets its own swatch.
 */
final class BarColours {

    private final RoadmapEditorViewModel vm;
    private final Messages messages;
    private final GanttChart chart;
    private final Supplier<TreeRows> rows;
    private final GanttLegend legend;

    /** @param rows the rows the chart shows now (null while no roadmap is open) */
    BarColours(RoadmapEditorViewModel vm, Messages messages, GanttChart chart, Supplier<TreeRows> rows) {
        this.vm = vm;
        this.messages = messages;
        this.chart = chart;
        this.rows = rows;
        this.legend = new GanttLegend(chart);
        vm.colouringProperty().addListener((observable, old, colouring) -> update());
        vm.choicesProperty().addListener((observable, old, choices) -> update());
        chart.showCriticalProperty().addListener((observable, old, on) -> update());
        update();
    }

    GanttLegend legend() {
        return legend;
    }

    /** Colours the bars by lead state or priority area (or not), and lists the colours in the legend. */
    void update() {
        BarColouring colouring = vm.colouringProperty().get();
        Optional<ItemGroups> groups = vm.groups(switch (colouring) {
            case KIND -> RowGrouping.WBS;
            case LEAD_STATE -> RowGrouping.LEAD_STATE;
            case PRIORITY_AREA -> RowGrouping.PRIORITY_AREA;
        });
        legend.setVisible(groups.isPresent());
        legend.setManaged(groups.isPresent());
        if (groups.isEmpty()) {
            chart.setColourCategory(GanttChart.NO_CATEGORY);
            legend.setEntries(List.of());
            return;
        }
        ItemGroups by = groups.get();
        Map<UUID, Integer> categories = new HashMap<>();
        List<GanttLegend.Entry> entries = new ArrayList<>();
        TreeRows shown = rows.get();
        if (shown != null) {
            for (ItemGroup group : by.lanes(shown.plan())) {
                int category = group.key() == null ? GanttLegend.Entry.DEFAULT
                        : group.category() % GanttChart.CATEGORY_COUNT;
                categories.put(group.key(), category);
                entries.add(new GanttLegend.Entry(group.label(), category));
            }
        }
        chart.setColourCategory(bar -> rows.get() == null ? -1 : rows.get().plan().find((UUID) bar.key())
                .map(item -> categories.getOrDefault(by.keyOf(item), -1)).orElse(-1));
        if (chart.isShowCritical()) {
            entries.add(new GanttLegend.Entry(messages.tr("ui.gantt.legend.critical"), GanttLegend.Entry.CRITICAL));
        }
        legend.setEntries(entries);
    }
}
