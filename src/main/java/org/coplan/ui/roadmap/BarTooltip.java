package org.coplan.ui.roadmap;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.coplan.domain.WorkItem;
import org.coplan.gantt.GanttBar;
import org.coplan.l10n.Messages;
import org.coplan.service.RoadmapSession;

/** The text of a Gantt bar's tooltip, from the item, the engine's timing and the compared baseline. */
final class BarTooltip {

    private final RoadmapEditorViewModel vm;
    private final Messages messages;
    private final Supplier<TreeRows> rows;
    private final Supplier<RoadmapSession> session;

    BarTooltip(RoadmapEditorViewModel vm, Messages messages, Supplier<TreeRows> rows,
               Supplier<RoadmapSession> session) {
        this.vm = vm;
        this.messages = messages;
        this.rows = rows;
        this.session = session;
    }

    /**
     * The name; its dates, duration and % complete; then a line each for the total slack, the variance against
     * the compared baseline and the lead organization, when there is something to say.
     */
    String text(GanttBar bar) {
        ItemText text = vm.text();
        WorkItem item = rows.get() == null ? null : rows.get().plan().find((UUID) bar.key()).orElse(null);
        if (item == null) {
            return bar.name();
        }
        List<String> lines = new ArrayList<>();
        if (item.isMilestone()) {
            lines.add(messages.tr("ui.gantt.tooltip.milestone", item.name(), text.date(item.start())));
        } else {
            lines.add(messages.tr("ui.gantt.tooltip.activity", item.name(), text.date(item.start()),
                    text.date(item.finish()), text.duration(item.durationDays()), text.percent(item.percentComplete())));
        }
        RoadmapChart.timing(session.get(), item.id()).ifPresent(timing -> lines.add(
                messages.tr("ui.gantt.tooltip.slack", text.duration(timing.totalSlack()))));
        vm.comparedBaseline().variance(item).ifPresent(variance -> lines.add(messages.tr(
                "ui.gantt.tooltip.variance", vm.comparedBaseline().days(variance.startDays()),
                vm.comparedBaseline().days(variance.finishDays()))));
        ReferenceChoices reference = vm.choicesProperty().get();
        String lead = reference == null ? "" : reference.organizationName(item.leadOrganizationId());
        if (!lead.isEmpty()) {
            lines.add(messages.tr("ui.gantt.tooltip.lead", lead));
        }
        return String.join("\n", lines);
    }
}
