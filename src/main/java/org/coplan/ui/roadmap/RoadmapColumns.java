package org.coplan.ui.roadmap;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import org.coplan.domain.RoadmapPlan;
import org.coplan.domain.WorkItem;
import org.coplan.l10n.Messages;
import org.coplan.service.RoadmapSession;
import org.coplan.service.baseline.ItemVariance;

/**
 * The columns of the roadmap tree, MS Project's order: WBS, name, kind, start, finish, duration, percent
 * complete, lead state, priority area, predecessors; then the compared baseline's start and finish and the
 * variance from them. Every column's value is the row's item; the cells
 * read what they show from it (and from hash lookups), so painting a row costs no search.
 */
final class RoadmapColumns {

    private final RoadmapEditorViewModel vm;
    private final ItemText text;

    final TreeTableColumn<WorkItem, WorkItem> wbs;
    final TreeTableColumn<WorkItem, WorkItem> name;
    final TreeTableColumn<WorkItem, WorkItem> kind;
    final TreeTableColumn<WorkItem, WorkItem> start;
    final TreeTableColumn<WorkItem, WorkItem> finish;
    final TreeTableColumn<WorkItem, WorkItem> duration;
    final TreeTableColumn<WorkItem, WorkItem> percentComplete;
    final TreeTableColumn<WorkItem, WorkItem> leadState;
    final TreeTableColumn<WorkItem, WorkItem> priorityArea;
    final TreeTableColumn<WorkItem, WorkItem> predecessors;
    final TreeTableColumn<WorkItem, WorkItem> mode;
    final TreeTableColumn<WorkItem, WorkItem> earlyStart;
    final TreeTableColumn<WorkItem, WorkItem> earlyFinish;
    final TreeTableColumn<WorkItem, WorkItem> lateStart;
    final TreeTableColumn<WorkItem, WorkItem> lateFinish;
    final TreeTableColumn<WorkItem, WorkItem> totalSlack;
    final TreeTableColumn<WorkItem, WorkItem> freeSlack;
    final TreeTableColumn<WorkItem, WorkItem> critical;
    final TreeTableColumn<WorkItem, WorkItem> baselineStart;
    final TreeTableColumn<WorkItem, WorkItem> baselineFinish;
    final TreeTableColumn<WorkItem, WorkItem> startVariance;
    final TreeTableColumn<WorkItem, WorkItem> finishVariance;

    RoadmapColumns(RoadmapEditorViewModel vm, Messages messages) {
        this.vm = vm;
        this.text = vm.text();
        ItemEdits edits = vm.edits();

        wbs = column(messages.tr("ui.roadmap.column.wbs"), 60, "wbs",
                () -> new TextItemCell(item -> wbsOf(item)));
        name = column(messages.tr("ui.roadmap.column.name"), 260, "name",
                () -> new NameItemCell((item, typed) -> edits.rename(item.id(), typed)));
        kind = column(messages.tr("ui.roadmap.column.kind"), 84, "kind",
                () -> new ChoiceItemCell<>(item -> text.kind(item.kind()), () -> choices(ReferenceChoices::kinds),
                        WorkItem::kind, (item, picked) -> edits.changeKind(item.id(), picked)));
        start = column(messages.tr("ui.roadmap.column.start"), 116, "start",
                () -> new DateItemCell(text, WorkItem::start, (item, date) -> edits.changeStart(item.id(), date),
                        (item, typed) -> edits.changeStart(item.id(), typed)));
        finish = column(messages.tr("ui.roadmap.column.finish"), 116, "finish",
                () -> new DateItemCell(text, WorkItem::finish, (item, date) -> edits.changeFinish(item.id(), date),
                        (item, typed) -> edits.changeFinish(item.id(), typed)));
        duration = column(messages.tr("ui.roadmap.column.duration"), 80, "duration",
                () -> new TextItemCell(item -> text.duration(item.durationDays()),
                        item -> Integer.toString(item.durationDays()),
                        (item, typed) -> edits.changeDuration(item.id(), typed)));
        percentComplete = column(messages.tr("ui.roadmap.column.percent-complete"), 84, "percent-complete",
                () -> new TextItemCell(item -> text.percent(item.percentComplete()),
                        item -> Integer.toString(item.percentComplete()),
                        (item, typed) -> edits.changePercentComplete(item.id(), typed)));
        leadState = column(messages.tr("ui.roadmap.column.lead-state"), 56, "lead-state",
                () -> new ChoiceItemCell<>(item -> lookup(choices -> choices.stateCode(item.leadStateId())),
                        () -> choices(ReferenceChoices::states), WorkItem::leadStateId,
                        (item, picked) -> edits.changeLeadState(item.id(), picked)));
        priorityArea = column(messages.tr("ui.roadmap.column.priority-area"), 72, "priority-area",
                () -> new ChoiceItemCell<>(item -> lookup(choices -> choices.areaCode(item.priorityAreaId())),
                        () -> choices(ReferenceChoices::priorityAreas), WorkItem::priorityAreaId,
                        (item, picked) -> edits.changePriorityArea(item.id(), picked)));
        predecessors = column(messages.tr("ui.roadmap.column.predecessors"), 112, "predecessors",
                () -> new TextItemCell(this::predecessorsOf, this::predecessorsOf,
                        (item, typed) -> edits.changePredecessors(item.id(), typed)));
        TimingText timing = new TimingText(() -> vm.sessionProperty().get(), text);
        mode = column(messages.tr("ui.roadmap.column.mode"), 72, "mode",
                () -> new ChoiceItemCell<>(timing::mode, () -> choices(ReferenceChoices::modes), WorkItem::manual,
                        (item, manual) -> edits.changeManual(item.id(), manual)));
        earlyStart = readOnly(messages.tr("ui.roadmap.column.early-start"), 104, "early-start", timing::earlyStart);
        earlyFinish = readOnly(messages.tr("ui.roadmap.column.early-finish"), 104, "early-finish",
                timing::earlyFinish);
        lateStart = readOnly(messages.tr("ui.roadmap.column.late-start"), 104, "late-start", timing::lateStart);
        lateFinish = readOnly(messages.tr("ui.roadmap.column.late-finish"), 104, "late-finish", timing::lateFinish);
        totalSlack = readOnly(messages.tr("ui.roadmap.column.total-slack"), 72, "total-slack", timing::totalSlack);
        freeSlack = readOnly(messages.tr("ui.roadmap.column.free-slack"), 72, "free-slack", timing::freeSlack);
        critical = readOnly(messages.tr("ui.roadmap.column.critical"), 64, "critical", timing::critical);
        ComparedBaseline baseline = vm.comparedBaseline();
        baselineStart = column(messages.tr("ui.roadmap.column.baseline-start"), 128, "baseline-start",
                () -> new TextItemCell(baseline::baselineStart));
        baselineFinish = column(messages.tr("ui.roadmap.column.baseline-finish"), 136, "baseline-finish",
                () -> new TextItemCell(baseline::baselineFinish));
        startVariance = column(messages.tr("ui.roadmap.column.start-variance"), 112, "start-variance",
                () -> new VarianceItemCell(baseline, ItemVariance::startDays));
        finishVariance = column(messages.tr("ui.roadmap.column.finish-variance"), 112, "finish-variance",
                () -> new VarianceItemCell(baseline, ItemVariance::finishDays));
        wbs.setEditable(false);
        List.of(baselineStart, baselineFinish, startVariance, finishVariance).forEach(c -> c.setEditable(false));
    }

    /** A column the engine fills: shown, never typed into. */
    private TreeTableColumn<WorkItem, WorkItem> readOnly(String title, double width, String styleClass,
                                                         Function<WorkItem, String> shown) {
        TreeTableColumn<WorkItem, WorkItem> column = column(title, width, styleClass, () -> new TextItemCell(shown));
        column.setEditable(false);
        return column;
    }

    List<TreeTableColumn<WorkItem, WorkItem>> all() {
        return List.of(wbs, name, kind, start, finish, duration, percentComplete, leadState, priorityArea,
                predecessors, mode, earlyStart, earlyFinish, lateStart, lateFinish, totalSlack, freeSlack, critical,
                baselineStart, baselineFinish, startVariance, finishVariance);
    }

    private TreeTableColumn<WorkItem, WorkItem> column(String title, double width, String styleClass,
                                                       Supplier<TreeTableCell<WorkItem, WorkItem>> cells) {
        TreeTableColumn<WorkItem, WorkItem> column = new TreeTableColumn<>(title);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.getStyleClass().add(styleClass);
        column.setCellValueFactory(features -> features.getValue().valueProperty());
        column.setCellFactory(ignored -> cells.get());
        return column;
    }

    private RoadmapPlan plan() {
        RoadmapSession open = vm.sessionProperty().get();
        return open == null ? null : open.plan();
    }

    private String wbsOf(WorkItem item) {
        RoadmapPlan plan = plan();
        return plan == null || plan.find(item.id()).isEmpty() ? "" : plan.wbs(item.id());
    }

    private String predecessorsOf(WorkItem item) {
        RoadmapSession open = vm.sessionProperty().get();
        return open == null || open.plan().find(item.id()).isEmpty() ? "" : open.predecessorsText(item.id());
    }

    private String lookup(Function<ReferenceChoices, String> read) {
        ReferenceChoices choices = vm.choicesProperty().get();
        return choices == null ? "" : read.apply(choices);
    }

    private <T> List<Choice<T>> choices(Function<ReferenceChoices, List<Choice<T>>> read) {
        ReferenceChoices choices = vm.choicesProperty().get();
        return choices == null ? List.of() : read.apply(choices);
    }
}
