package org.coplan.service.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.coplan.domain.Dependency;
import org.coplan.domain.Ids;
import org.coplan.domain.LocalizedName;
import org.coplan.domain.MemberState;
import org.coplan.domain.PlanRuleViolation;
import org.coplan.domain.StateRole;
import org.coplan.domain.WorkItem;
import org.coplan.domain.WorkItemKind;
import org.coplan.persistence.H2PlanDatabase;
import org.coplan.scheduling.WorkingTime;
import org.coplan.service.ChangeAuthor;
import org.junit.jupiter.api.Test;

class PlanGeneratorTest {

    private static final List<MemberState> STATES = List.of(
            new MemberState(Ids.newId(), "KZ", new LocalizedName("Kazakhstan", "Казахстан"), StateRole.MEMBER, null),
            new MemberState(Ids.newId(), "RU", new LocalizedName("Russia", "Россия"), StateRole.MEMBER, null));

    private static GeneratedRoadmap generate(int items, int links, long seed) {
        return new PlanGenerator(GeneratorSettings.of(items, links, seed)).build(STATES, s -> WorkingTime.standard());
    }

    /** The plan without its ids: each item by outline position, each link by the positions it joins. */
    private static List<String> withoutIds(GeneratedRoadmap plan) {
        Map<UUID, Integer> position = new HashMap<>();
        for (WorkItem item : plan.items()) {
            position.put(item.id(), position.size());
        }
        List<String> lines = new ArrayList<>();
        for (WorkItem item : plan.items()) {
            lines.add(position.get(item.parentId()) + " " + item.sortKey() + " " + item.name() + " " + item.kind()
                    + " " + item.start() + " " + item.finish() + " " + item.durationDays() + " "
                    + item.leadStateId());
        }
        for (Dependency link : plan.links()) {
            lines.add(position.get(link.predecessorId()) + ">" + position.get(link.successorId()) + " "
                    + link.type() + link.lagDays());
        }
        return lines;
    }

    @Test
    void theSameSeedGivesTheSamePlanAndAnotherSeedAnotherOne() {
        assertThat(withoutIds(generate(3000, 6000, 11))).isEqualTo(withoutIds(generate(3000, 6000, 11)));
        assertThat(withoutIds(generate(3000, 6000, 12))).isNotEqualTo(withoutIds(generate(3000, 6000, 11)));
    }

    @Test
    void theHierarchyIsThreeToFiveLevelsDeepWithParentsBeforeChildren() {
        for (long seed = 1; seed <= 6; seed++) {
            GeneratedRoadmap plan = generate(5000, 0, seed);
            Map<UUID, Integer> depth = new HashMap<>();
            for (WorkItem item : plan.items()) {
                Integer parentDepth = item.parentId() == null ? Integer.valueOf(0) : depth.get(item.parentId());
                assertThat(parentDepth).as("parent comes first").isNotNull();
                depth.put(item.id(), parentDepth + 1);
            }
            assertThat(depth.values().stream().mapToInt(Integer::intValue).max().orElseThrow())
                    .as("seed %d", seed).isBetween(3, 5);
            assertThat(plan.items()).hasSize(5000);
        }
    }

    @Test
    void aboutOneItemInTenIsAMilestoneAndPhasesHaveChildren() {
        GeneratedRoadmap plan = generate(20_000, 0, 3);

        assertThat(plan.milestones()).isBetween(1_600L, 2_400L);
        Set<UUID> parents = new HashSet<>();
        plan.items().forEach(item -> parents.add(item.parentId()));
        for (WorkItem item : plan.items()) {
            assertThat(parents.contains(item.id())).as(item.name()).isEqualTo(item.kind() == WorkItemKind.PHASE);
        }
    }

    @Test
    void linksGoFromAnEarlierToALaterActivityOrMilestoneAndNeverTwice() {
        GeneratedRoadmap plan = generate(10_000, 20_000, 5);
        Map<UUID, Integer> position = new HashMap<>();
        Map<UUID, WorkItem> byId = new HashMap<>();
        for (WorkItem item : plan.items()) {
            position.put(item.id(), position.size());
            byId.put(item.id(), item);
        }

        assertThat(plan.links()).hasSize(20_000);
        Set<String> pairs = new HashSet<>();
        for (Dependency link : plan.links()) {
            assertThat(position.get(link.predecessorId())).isLessThan(position.get(link.successorId()));
            assertThat(byId.get(link.predecessorId()).kind()).isNotEqualTo(WorkItemKind.PHASE);
            assertThat(byId.get(link.successorId()).kind()).isNotEqualTo(WorkItemKind.PHASE);
            assertThat(pairs.add(link.predecessorId() + ">" + link.successorId())).isTrue();
        }
    }

    @Test
    void everyPossibleLinkCanBeAskedForButNotOneMore() {
        PlanGenerator generator = new PlanGenerator(GeneratorSettings.of(12, 0, 1));
        int possible = (int) generator.maxLinks();

        GeneratedRoadmap full = new PlanGenerator(GeneratorSettings.of(12, possible, 1))
                .build(STATES, s -> WorkingTime.standard());

        assertThat(full.links()).hasSize(possible);
        assertThatThrownBy(() -> new PlanGenerator(GeneratorSettings.of(12, possible + 1, 1)))
                .isInstanceOf(PlanRuleViolation.class)
                .satisfies(e -> assertThat(((PlanRuleViolation) e).problem().key())
                        .isEqualTo("error.generate-links-impossible"));
    }

    @Test
    void nonsenseCountsAreRefused() {
        assertThatThrownBy(() -> GeneratorSettings.of(0, 0, 1)).isInstanceOf(PlanRuleViolation.class);
        assertThatThrownBy(() -> GeneratorSettings.of(10, -1, 1)).isInstanceOf(PlanRuleViolation.class);
        assertThat(generate(1, 0, 1).items()).singleElement().extracting(WorkItem::kind)
                .isNotEqualTo(WorkItemKind.PHASE);
    }

    @Test
    void datesLieBetween2025And2030AndPhasesSpanTheirChildrenAfterScheduling() {
        GeneratedRoadmap plan = generate(8000, 16_000, 9);
        Map<UUID, List<WorkItem>> children = new HashMap<>();
        plan.items().forEach(i -> children.computeIfAbsent(i.parentId(), k -> new ArrayList<>()).add(i));
        WorkingTime time = WorkingTime.standard();

        for (WorkItem item : plan.items()) {
            assertThat(item.start()).isAfterOrEqualTo(LocalDate.of(2025, 1, 1));
            assertThat(item.finish()).isBeforeOrEqualTo(LocalDate.of(2030, 12, 31));
            switch (item.kind()) {
                case MILESTONE -> assertThat(item.finish()).isEqualTo(item.start());
                case ACTIVITY -> assertThat(item.finish()).isEqualTo(time.finishOf(item.start(), item.durationDays()));
                case PHASE -> {
                    List<WorkItem> own = children.get(item.id());
                    assertThat(item.start()).isEqualTo(own.stream().map(WorkItem::start).min(LocalDate::compareTo)
                            .orElseThrow());
                    assertThat(item.finish()).isEqualTo(own.stream().map(WorkItem::finish)
                            .max(LocalDate::compareTo).orElseThrow());
                }
            }
        }
    }

    @Test
    void generatingIntoAnEmptyDatabaseAddsTheMemberStatesAndStoresEverything() {
        try (H2PlanDatabase database = H2PlanDatabase.openInMemory("generate-" + UUID.randomUUID(),
                ChangeAuthor.newReplica("tester"))) {
            GeneratedRoadmap plan = new PlanGenerator(GeneratorSettings.of(1500, 3000, 2)).generateInto(database);

            assertThat(database.<Long>read(store -> store.workItems().count())).isEqualTo(1500);
            assertThat(database.<Long>read(store -> store.dependencies().count())).isEqualTo(3000);
            assertThat(database.<List<MemberState>>read(store -> store.states().findAll()))
                    .extracting(MemberState::isoCode).contains("AM", "BY", "KZ", "KG", "RU");
            assertThat(plan.items()).extracting(WorkItem::leadStateId).doesNotContainNull();
        }
    }
}
