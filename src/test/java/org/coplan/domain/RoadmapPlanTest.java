package org.coplan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The in-memory tree: order by rank among siblings, derived WBS codes, links by item. */
class RoadmapPlanTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 3);

    private final Roadmap roadmap = new Roadmap(Ids.newId(), Ids.newId(), "Plan", null, null, Rank.initial(0));

    private WorkItem item(String name, WorkItem parent, String key) {
        return new WorkItem(Ids.newId(), roadmap.id(), parent == null ? null : parent.id(), key, name,
                WorkItemKind.ACTIVITY, DAY, DAY, 1, 0, null, null, Set.of(), null, null, null, null);
    }

    private static List<String> codes(RoadmapPlan plan) {
        return plan.outline().stream().map(i -> plan.wbs(i.id()) + " " + i.name()).toList();
    }

    @Test
    void codesFollowRanksNotLoadingOrder() {
        WorkItem phase = item("Phase", null, Rank.initial(0));
        WorkItem second = item("Second", phase, Rank.initial(1));
        WorkItem first = item("First", phase, Rank.initial(0));
        WorkItem last = item("Last", null, Rank.initial(1));

        RoadmapPlan plan = new RoadmapPlan(roadmap, List.of(last, second, first, phase), List.of());

        assertThat(codes(plan)).containsExactly("1 Phase", "1.1 First", "1.2 Second", "2 Last");
        assertThat(plan.findByWbs(" 1.2 ")).contains(second.id());
        assertThat(plan.findByWbs("3")).isEmpty();
        assertThat(plan.outlineNumber(last.id())).isEqualTo(4);
        assertThat(plan.depth(second.id())).isEqualTo(1);
        assertThat(plan.isAncestor(phase.id(), first.id())).isTrue();
        assertThat(plan.isAncestor(first.id(), phase.id())).isFalse();
    }

    @Test
    void puttingAndRemovingRenumbers() {
        WorkItem a = item("A", null, Rank.initial(0));
        WorkItem b = item("B", null, Rank.initial(1));
        RoadmapPlan plan = new RoadmapPlan(roadmap, List.of(a, b), List.of());
        assertThat(codes(plan)).containsExactly("1 A", "2 B");

        WorkItem between = item("Between", null, Rank.between(a.sortKey(), b.sortKey()));
        plan.put(between);
        assertThat(codes(plan)).containsExactly("1 A", "2 Between", "3 B");

        plan.put(b.withPlace(a.id(), Rank.initial(0)));
        assertThat(codes(plan)).containsExactly("1 A", "1.1 B", "2 Between");
        assertThat(plan.hasChildren(a.id())).isTrue();

        plan.put(between.withName("Renamed"));
        assertThat(codes(plan)).containsExactly("1 A", "1.1 B", "2 Renamed");

        plan.remove(b.id());
        assertThat(codes(plan)).containsExactly("1 A", "2 Renamed");
        assertThat(plan.hasChildren(a.id())).isFalse();
        assertThat(plan.size()).isEqualTo(2);
    }

    @Test
    void manyInsertsAtTheFrontKeepTheOrder() {
        RoadmapPlan plan = new RoadmapPlan(roadmap, List.of(), List.of());
        List<String> expected = new ArrayList<>();
        String firstKey = null;
        for (int i = 0; i < 50; i++) {
            WorkItem item = item("Item " + i, null, Rank.between(null, firstKey));
            firstKey = item.sortKey();
            plan.put(item);
            expected.addFirst("Item " + i);
        }
        assertThat(plan.outline()).extracting(WorkItem::name).containsExactlyElementsOf(expected);
        assertThat(plan.wbs(plan.outline().getLast().id())).isEqualTo("50");
    }

    @Test
    void linksAreIndexedByBothEndsAndGoWithTheirItems() {
        WorkItem a = item("A", null, Rank.initial(0));
        WorkItem b = item("B", null, Rank.initial(1));
        WorkItem c = item("C", null, Rank.initial(2));
        Dependency ab = new Dependency(Ids.newId(), a.id(), b.id(), DependencyType.FS, 0);
        Dependency bc = new Dependency(Ids.newId(), b.id(), c.id(), DependencyType.SS, 2);
        Dependency external = new Dependency(Ids.newId(), Ids.newId(), c.id(), DependencyType.FS, 0);
        RoadmapPlan plan = new RoadmapPlan(roadmap, List.of(a, b, c), List.of(ab, bc, external));

        assertThat(plan.dependencies()).containsExactlyInAnyOrder(ab, bc);
        assertThat(plan.predecessorsOf(c.id())).containsExactly(bc);
        assertThat(plan.successorsOf(a.id())).containsExactly(ab);
        assertThat(plan.dependenciesTouching(Set.of(b.id()))).containsExactlyInAnyOrder(ab, bc);

        Dependency changed = new Dependency(bc.id(), b.id(), c.id(), DependencyType.FF, -1);
        plan.putDependency(changed);
        assertThat(plan.predecessorsOf(c.id())).containsExactly(changed);

        plan.remove(b.id());
        assertThat(plan.dependencies()).isEmpty();
        assertThat(plan.predecessorsOf(c.id())).isEmpty();
        assertThat(plan.successorsOf(a.id())).isEmpty();
    }

    @Test
    void theSubtreeListsParentsBeforeChildren() {
        WorkItem phase = item("Phase", null, Rank.initial(0));
        WorkItem child = item("Child", phase, Rank.initial(0));
        WorkItem grandchild = item("Grandchild", child, Rank.initial(0));
        WorkItem sibling = item("Sibling", phase, Rank.initial(1));
        RoadmapPlan plan = new RoadmapPlan(roadmap, List.of(grandchild, sibling, child, phase), List.of());

        assertThat(plan.subtree(phase.id())).containsExactly(phase, child, grandchild, sibling);
        assertThat(plan.children(null)).containsExactly(phase);
        assertThat(plan.children(phase.id())).containsExactly(child, sibling);
    }
}
