package org.coplan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Predecessors in other roadmaps of the programme, written as the roadmap's name (or its start), a slash, a code. */
class PredecessorTextAcrossRoadmapsTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 3);

    private final UUID programme = Ids.newId();
    private final Roadmap open = roadmap("Customs", 0);
    private final Roadmap energy = roadmap("Energy", 1);
    private final Roadmap efficiency = roadmap("Energy efficiency", 2);
    private final Roadmap digital = roadmap("Digital trade corridors", 3);
    private final Roadmap digitalSkills = roadmap("Digital skills", 4);
    private final List<WorkItem> items = new ArrayList<>();

    private Roadmap roadmap(String name, int position) {
        return new Roadmap(Ids.newId(), programme, name, null, null, Rank.initial(position));
    }

    private WorkItem item(Roadmap roadmap, String name) {
        long siblings = items.stream().filter(i -> i.roadmapId().equals(roadmap.id()) && i.parentId() == null)
                .count();
        WorkItem item = new WorkItem(Ids.newId(), roadmap.id(), null, Rank.initial((int) siblings), name,
                WorkItemKind.ACTIVITY, DAY, DAY, 1, 0, null, null, Set.of(), null, null, null, null);
        items.add(item);
        return item;
    }

    private RoadmapPlan plan(Roadmap roadmap, Dependency... links) {
        return new RoadmapPlan(roadmap, items.stream().filter(i -> i.roadmapId().equals(roadmap.id())).toList(),
                List.of(links));
    }

    private OtherRoadmaps others(Dependency... linksIn) {
        return OtherRoadmaps.of(List.of(plan(energy), plan(efficiency), plan(digital), plan(digitalSkills)),
                List.of(linksIn));
    }

    private static Dependency link(WorkItem from, WorkItem to, DependencyType type, int lag) {
        return new Dependency(Ids.newId(), from.id(), to.id(), type, lag, LagUnit.WORKING);
    }

    @Test
    void aPredecessorInAnotherRoadmapIsNamedByTheStartOfItsName() {
        WorkItem here = item(open, "Here");
        WorkItem grid = item(digital, "Grid");
        WorkItem portal = item(digital, "Portal");

        List<PredecessorText.Link> links = PredecessorText.parse(plan(open), here.id(),
                "digital trade/2SS+1d; Digital Trade Corridors / 1", others());

        assertThat(links).containsExactly(new PredecessorText.Link(portal.id(), DependencyType.SS, 1),
                new PredecessorText.Link(grid.id(), DependencyType.FS, 0));
    }

    @Test
    void aNameTypedInFullWinsOverLongerNamesItBegins() {
        WorkItem here = item(open, "Here");
        WorkItem plant = item(energy, "Plant");

        assertThat(PredecessorText.parse(plan(open), here.id(), "energy/1", others()))
                .containsExactly(new PredecessorText.Link(plant.id(), DependencyType.FS, 0));
    }

    @Test
    void aStartThatFitsSeveralRoadmapsIsRefusedNamingThem() {
        WorkItem here = item(open, "Here");
        item(digital, "Grid");
        item(digitalSkills, "Course");

        PlanRuleViolation refused = catchThrowableOfType(PlanRuleViolation.class,
                () -> PredecessorText.parse(plan(open), here.id(), "Dig/1", others()));

        assertThat(refused.problem().key()).isEqualTo("rule.predecessor-roadmap-ambiguous");
        assertThat(refused.problem().arguments()).containsExactly("Dig/1", "Dig",
                "Digital trade corridors, Digital skills");
    }

    @Test
    void anUnknownRoadmapOrCodeIsRefused() {
        WorkItem here = item(open, "Here");
        item(energy, "Plant");

        assertThat(catchThrowableOfType(PlanRuleViolation.class,
                () -> PredecessorText.parse(plan(open), here.id(), "Water/1", others())).problem().key())
                .isEqualTo("rule.predecessor-roadmap-unknown");
        assertThat(catchThrowableOfType(PlanRuleViolation.class,
                () -> PredecessorText.parse(plan(open), here.id(), "Energy/7", others())).problem().arguments())
                .containsExactly("7", "Energy");
        assertThat(catchThrowableOfType(PlanRuleViolation.class,
                () -> PredecessorText.parse(plan(open), here.id(), "Energy/XFS", others())).problem().key())
                .isEqualTo("rule.predecessor-no-code");
    }

    @Test
    void theOpenRoadmapsOwnNameMeansItsOwnItems() {
        WorkItem first = item(open, "First");
        WorkItem here = item(open, "Here");

        assertThat(PredecessorText.parse(plan(open), here.id(), "Customs/1FF", others()))
                .containsExactly(new PredecessorText.Link(first.id(), DependencyType.FF, 0));
    }

    @Test
    void otherRoadmapsPredecessorsAreShownAfterOwnOnesByTheFewestWordsThatTellTheRoadmapApart() {
        WorkItem first = item(open, "First");
        WorkItem here = item(open, "Here");
        WorkItem plant = item(energy, "Plant");
        WorkItem audit = item(efficiency, "Audit");
        item(digital, "Grid");
        WorkItem portal = item(digital, "Portal");
        RoadmapPlan plan = plan(open, link(first, here, DependencyType.FS, 0));
        OtherRoadmaps others = others(link(portal, here, DependencyType.SS, 2), link(audit, here, DependencyType.FS, 0),
                link(plant, here, DependencyType.FF, -1));

        String text = PredecessorText.format(plan, here.id(), others);

        assertThat(text).isEqualTo("1; Energy/1FF-1d; Energy efficiency/1; Digital trade/2SS+2d");
        assertThat(PredecessorText.parse(plan, here.id(), text, others))
                .containsExactly(new PredecessorText.Link(first.id(), DependencyType.FS, 0),
                        new PredecessorText.Link(plant.id(), DependencyType.FF, -1),
                        new PredecessorText.Link(audit.id(), DependencyType.FS, 0),
                        new PredecessorText.Link(portal.id(), DependencyType.SS, 2));
    }

    @Test
    void aLinkFromAnItemNoRoadmapKnowsIsLeftOutOfTheText() {
        WorkItem here = item(open, "Here");
        WorkItem plant = item(energy, "Plant");
        Dependency fromNowhere = new Dependency(Ids.newId(), Ids.newId(), here.id(), DependencyType.FS, 0,
                LagUnit.WORKING);

        assertThat(PredecessorText.format(plan(open), here.id(), others(link(plant, here, DependencyType.FS, 0),
                fromNowhere))).isEqualTo("Energy/1");
        assertThat(PredecessorText.format(plan(open), here.id())).isEmpty();
    }
}
