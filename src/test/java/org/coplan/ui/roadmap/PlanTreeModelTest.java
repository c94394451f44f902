package org.coplan.ui.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javafx.scene.control.TreeItem;
import org.coplan.domain.Ids;
import org.coplan.domain.ItemConstraint;
import org.coplan.domain.Rank;
import org.coplan.domain.Roadmap;
import org.coplan.domain.RoadmapPlan;
import org.coplan.domain.WorkItem;
import org.coplan.domain.WorkItemKind;
import org.coplan.l10n.Problem;
import org.coplan.service.edit.CompositeEdit;
import org.coplan.service.edit.Edit;
import org.coplan.service.edit.WorkItemEdit;
import org.junit.jupiter.api.Test;

/** The tree's rows: made only when opened, and kept in step with edits without losing what was expanded. */
class PlanTreeModelTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 5);
    private static final Problem LABEL = Problem.tr("edit.indent");

    private final Roadmap roadmap = new Roadmap(Ids.newId(), Ids.newId(), "Roadmap", null, null, Rank.initial(0));

    private WorkItem item(String name, UUID parentId, int index) {
        return new WorkItem(Ids.newId(), roadmap.id(), parentId, Rank.initial(index), name, WorkItemKind.ACTIVITY,
                START, START, 1, 0, null, null, Set.of(), null, null, null, ItemConstraint.NONE);
    }

    /** {@code phases} top-level rows of {@code perPhase} children each. */
    private RoadmapPlan plan(int phases, int perPhase) {
        List<WorkItem> items = new ArrayList<>();
        for (int p = 0; p < phases; p++) {
            WorkItem phase = item("Phase " + p, null, p);
            items.add(phase);
            for (int c = 0; c < perPhase; c++) {
                items.add(item("Item " + p + "." + c, phase.id(), c));
            }
        }
        return new RoadmapPlan(roadmap, items, List.of());
    }

    private static List<String> names(TreeItem<WorkItem> parent) {
        return parent.getChildren().stream().map(row -> row.getValue().name()).toList();
    }

    private static void apply(RoadmapPlan plan, PlanTreeModel model, Edit edit) {
        edit.applyTo(plan);
        model.apply(edit);
    }

    @Test
    void aLargeRoadmapMakesRowsOnlyForItsTopLevelUntilABranchIsOpened() {
        RoadmapPlan plan = plan(100, 1_000);

        PlanTreeModel model = new PlanTreeModel(plan);
        List<TreeItem<WorkItem>> top = model.root().getChildren();

        assertThat(plan.size()).isEqualTo(100_100);
        assertThat(top).hasSize(100);
        assertThat(top.getFirst().isLeaf()).isFalse();
        assertThat(top.getFirst().isExpanded()).isFalse();
        assertThat(model.createdRows()).isEqualTo(100);

        top.get(7).setExpanded(true);
        assertThat(top.get(7).getChildren()).hasSize(1_000);

        assertThat(model.createdRows()).isEqualTo(1_100);
    }

    @Test
    void aSmallRoadmapOpensFullyExpanded() {
        PlanTreeModel model = new PlanTreeModel(plan(3, 4));

        assertThat(model.root().getChildren()).allMatch(TreeItem::isExpanded);
        assertThat(model.createdRows()).isEqualTo(15);
    }

    @Test
    void revealingARowOpensItsAncestors() {
        RoadmapPlan plan = plan(50, 100);
        PlanTreeModel model = new PlanTreeModel(plan);
        WorkItem deep = plan.children(plan.children(null).get(30).id()).get(42);

        TreeItem<WorkItem> row = model.reveal(deep.id());

        assertThat(row.getValue()).isEqualTo(deep);
        assertThat(row.getParent().isExpanded()).isTrue();
        assertThat(model.createdRows()).isEqualTo(150);
    }

    @Test
    void aChangedItemReplacesTheValueOfItsRowOnly() {
        RoadmapPlan plan = plan(2, 2);
        PlanTreeModel model = new PlanTreeModel(plan);
        TreeItem<WorkItem> row = model.root().getChildren().get(1).getChildren().getFirst();
        WorkItem before = row.getValue();

        boolean moved = model.apply(applied(plan, new WorkItemEdit.Update(before, before.withName("Renamed"), LABEL)));

        assertThat(moved).isFalse();
        assertThat(row.getValue().name()).isEqualTo("Renamed");
        assertThat(model.root().getChildren().get(1).getChildren().getFirst()).isSameAs(row);
    }

    @Test
    void anIndentedRowMovesUnderItsNewParentAndKeepsTheRowsThatWereOpen() {
        RoadmapPlan plan = plan(3, 2);
        PlanTreeModel model = new PlanTreeModel(plan);
        TreeItem<WorkItem> first = model.root().getChildren().getFirst();
        TreeItem<WorkItem> second = model.root().getChildren().get(1);
        WorkItem moved = second.getValue();
        String key = Rank.after(plan.children(first.getValue().id()).getLast().sortKey());

        apply(plan, model, new WorkItemEdit.Update(moved, moved.withPlace(first.getValue().id(), key), LABEL));

        assertThat(names(model.root())).containsExactly("Phase 0", "Phase 2");
        assertThat(names(first)).containsExactly("Item 0.0", "Item 0.1", "Phase 1");
        assertThat(first.getChildren().getLast()).isSameAs(second);
        assertThat(second.isExpanded()).isTrue();
        assertThat(names(second)).containsExactly("Item 1.0", "Item 1.1");
    }

    @Test
    void insertedAndDeletedRowsAppearAndGoAtTheirPlaces() {
        RoadmapPlan plan = plan(2, 2);
        PlanTreeModel model = new PlanTreeModel(plan);
        TreeItem<WorkItem> phase = model.root().getChildren().getFirst();
        List<WorkItem> children = plan.children(phase.getValue().id());
        WorkItem inserted = new WorkItem(Ids.newId(), roadmap.id(), phase.getValue().id(),
                Rank.between(children.get(0).sortKey(), children.get(1).sortKey()), "New", WorkItemKind.MILESTONE,
                START, START, 0, 0, null, null, Set.of(), null, null, null, ItemConstraint.NONE);

        apply(plan, model, new WorkItemEdit.Insert(List.of(inserted), List.of(), LABEL));
        assertThat(names(phase)).containsExactly("Item 0.0", "New", "Item 0.1");

        apply(plan, model, new CompositeEdit(List.of(
                new WorkItemEdit.Delete(List.of(inserted), List.of(), LABEL),
                new WorkItemEdit.Delete(plan.subtree(model.root().getChildren().get(1).getValue().id()), List.of(),
                        LABEL)), LABEL));

        assertThat(names(phase)).containsExactly("Item 0.0", "Item 0.1");
        assertThat(names(model.root())).containsExactly("Phase 0");
        assertThat(model.existingRow(inserted.id())).isNull();
    }

    @Test
    void aRowGainingItsFirstChildIsNoLongerALeaf() {
        RoadmapPlan plan = plan(2, 0);
        PlanTreeModel model = new PlanTreeModel(plan);
        TreeItem<WorkItem> parent = model.root().getChildren().getFirst();
        assertThat(parent.isLeaf()).isTrue();
        WorkItem second = model.root().getChildren().get(1).getValue();

        apply(plan, model, new WorkItemEdit.Update(second, second.withPlace(parent.getValue().id(), Rank.initial(0)),
                LABEL));

        assertThat(parent.isLeaf()).isFalse();
        assertThat(names(parent)).containsExactly("Phase 1");
    }

    private static Edit applied(RoadmapPlan plan, Edit edit) {
        edit.applyTo(plan);
        return edit;
    }
}
