package org.coplan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The predecessors column, written with WBS codes as planners type it in MS Project. */
class PredecessorTextTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 3);

    private final Roadmap roadmap = new Roadmap(Ids.newId(), Ids.newId(), "Plan", null, null, Rank.initial(0));
    private final List<WorkItem> items = new ArrayList<>();

    private WorkItem item(String name, WorkItem parent) {
        long siblings = items.stream().filter(i -> java.util.Objects.equals(i.parentId(),
                parent == null ? null : parent.id())).count();
        WorkItem item = new WorkItem(Ids.newId(), roadmap.id(), parent == null ? null : parent.id(),
                Rank.initial((int) siblings), name, WorkItemKind.ACTIVITY, DAY, DAY, 1, 0, null, null, Set.of(),
                null, null, null, null);
        items.add(item);
        return item;
    }

    private RoadmapPlan plan(Dependency... links) {
        return new RoadmapPlan(roadmap, items, List.of(links));
    }

    @Test
    void typeDefaultsToFinishToStartAndLagToZero() {
        WorkItem first = item("First", null);
        WorkItem phase = item("Phase", null);
        WorkItem child = item("Child", phase);
        WorkItem last = item("Last", null);
        RoadmapPlan plan = plan();

        List<PredecessorText.Link> links = PredecessorText.parse(plan, last.id(), " 1 ; 2.1ss-1d, 2 FF + 3 days");

        assertThat(links).containsExactly(
                new PredecessorText.Link(first.id(), DependencyType.FS, 0),
                new PredecessorText.Link(child.id(), DependencyType.SS, -1),
                new PredecessorText.Link(phase.id(), DependencyType.FF, 3));
    }

    @Test
    void russianDayUnitsAreUnderstood() {
        WorkItem first = item("First", null);
        WorkItem second = item("Second", null);

        assertThat(PredecessorText.parse(plan(), second.id(), "1SF+2д; "))
                .containsExactly(new PredecessorText.Link(first.id(), DependencyType.SF, 2));
    }

    @Test
    void blankTextMeansNoPredecessors() {
        WorkItem only = item("Only", null);

        assertThat(PredecessorText.parse(plan(), only.id(), "  ")).isEmpty();
        assertThat(PredecessorText.parse(plan(), only.id(), null)).isEmpty();
    }

    @Test
    void formattingListsPredecessorsInOutlineOrderAndLeavesOutDefaults() {
        WorkItem a = item("A", null);
        WorkItem b = item("B", null);
        WorkItem c = item("C", null);
        WorkItem d = item("D", null);
        RoadmapPlan plan = plan(
                new Dependency(Ids.newId(), c.id(), d.id(), DependencyType.SS, -2),
                new Dependency(Ids.newId(), a.id(), d.id(), DependencyType.FS, 0),
                new Dependency(Ids.newId(), b.id(), d.id(), DependencyType.FS, 4));

        assertThat(PredecessorText.format(plan, d.id())).isEqualTo("1; 2FS+4d; 3SS-2d");
        assertThat(PredecessorText.format(plan, a.id())).isEmpty();
    }

    @Test
    void elapsedLagsAndDeepCodesAreUnderstoodWithEitherSeparator() {
        WorkItem a = item("A", null);
        WorkItem b = item("B", null);
        WorkItem c = item("C", null);
        WorkItem phase = item("Phase", null);
        WorkItem sub = item("Sub", phase);
        WorkItem leaf = item("Leaf", sub);
        WorkItem last = item("Last", null);

        List<PredecessorText.Link> links = PredecessorText.parse(plan(), last.id(), "3FS+2d; 1SS-1ed, 2; 4.1.1FF+1d");

        assertThat(links).containsExactly(
                new PredecessorText.Link(c.id(), DependencyType.FS, 2, LagUnit.WORKING),
                new PredecessorText.Link(a.id(), DependencyType.SS, -1, LagUnit.ELAPSED),
                new PredecessorText.Link(b.id(), DependencyType.FS, 0, LagUnit.WORKING),
                new PredecessorText.Link(leaf.id(), DependencyType.FF, 1, LagUnit.WORKING));
    }

    @Test
    void elapsedLagsAreFormattedWithTheirUnit() {
        WorkItem a = item("A", null);
        WorkItem b = item("B", null);
        RoadmapPlan plan = plan(new Dependency(Ids.newId(), a.id(), b.id(), DependencyType.FS, 5, LagUnit.ELAPSED));

        assertThat(PredecessorText.format(plan, b.id())).isEqualTo("1FS+5ed");
    }

    @Property(tries = 300)
    void formattedLinksParseBackToTheSameLinks(@ForAll DependencyType type,
                                               @ForAll @IntRange(min = -10_000, max = 10_000) int lag,
                                               @ForAll LagUnit unit,
                                               @ForAll @IntRange(min = 0, max = 3) int depth) {
        items.clear();
        WorkItem predecessor = null;
        for (int level = 0; level <= depth; level++) {
            item("Sibling " + level, predecessor);
            predecessor = item("Level " + level, predecessor);
        }
        WorkItem successor = item("Successor", null);
        Dependency link = new Dependency(Ids.newId(), predecessor.id(), successor.id(), type, lag, unit);
        RoadmapPlan plan = plan(link);

        String text = PredecessorText.format(plan, successor.id());

        LagUnit expectedUnit = lag == 0 ? LagUnit.WORKING : unit;
        assertThat(PredecessorText.parse(plan, successor.id(), text))
                .containsExactly(new PredecessorText.Link(predecessor.id(), type, lag, expectedUnit));
    }

    @Test
    void mistakesAreRefusedNamingThePartConcerned() {
        WorkItem first = item("First", null);
        WorkItem second = item("Second", null);
        RoadmapPlan plan = plan();

        assertThat(refusal(plan, second.id(), "1; 7")).isEqualTo(problem("rule.predecessor-unknown", "7"));
        assertThat(refusal(plan, second.id(), "1XY+2d")).isEqualTo(problem("rule.predecessor-type", "1XY+2d", "XY"));
        assertThat(refusal(plan, second.id(), "2")).isEqualTo(problem("rule.dependency-self"));
        assertThat(refusal(plan, second.id(), "1; 1SS")).isEqualTo(problem("rule.predecessor-twice", "1"));
        assertThat(refusal(plan, second.id(), "1+99999d").key()).isEqualTo("rule.dependency-lag-range");
        assertThat(refusal(plan, second.id(), "1+99999999999d").key()).isEqualTo("rule.dependency-lag-range");
        assertThat(refusal(plan, second.id(), "FS1")).isEqualTo(problem("rule.predecessor-no-code", "FS1"));
        assertThat(refusal(plan, second.id(), "1FS2d")).isEqualTo(problem("rule.predecessor-lag-syntax", "1FS2d", "2d"));
        assertThat(refusal(plan, second.id(), "1FS+2w")).isEqualTo(problem("rule.predecessor-lag-unit", "1FS+2w", "w"));
        assertThat(refusal(plan, second.id(), "1FS+2d x")).isEqualTo(problem("rule.predecessor-syntax", "1FS+2d x"));
        assertThat(first).isNotNull();
    }

    private static org.coplan.l10n.Problem problem(String key, Object... arguments) {
        return org.coplan.l10n.Problem.tr(key, arguments);
    }

    private static org.coplan.l10n.Problem refusal(RoadmapPlan plan, UUID successor, String text) {
        return catchThrowableOfType(PlanRuleViolation.class, () -> PredecessorText.parse(plan, successor, text))
                .problem();
    }
}
