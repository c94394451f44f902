package org.coplan.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.coplan.domain.ConstraintType;
import org.coplan.domain.Dependency;
import org.coplan.domain.DependencyType;
import org.coplan.domain.Ids;
import org.coplan.domain.ItemConstraint;
import org.coplan.domain.LagUnit;
import org.coplan.domain.PlanRuleViolation;
import org.coplan.domain.Rank;
import org.coplan.domain.Roadmap;
import org.coplan.domain.WorkItem;
import org.coplan.domain.WorkItemKind;
import org.coplan.persistence.H2PlanDatabase;
import org.coplan.service.port.PlanDatabase;
import org.coplan.service.port.PlanStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every edit is followed by a scheduling pass over the programme, and the dates it shifts are stored with the
 * edit as one undo step; against the in-memory fake and against H2 with its constraints.
 * The fixture's chain: Requirements (3 d from Mon 3 March) → Design (5 d) → Approved → Build (5 d) → Test (5 d).
 */
class RoadmapSessionScheduleTest {

    record Store(String name, Supplier<PlanDatabase> open) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Store> stores() {
        return Stream.of(new Store("in memory", InMemoryPlanDatabase::new),
                new Store("H2", () -> H2PlanDatabase.openInMemory("schedule-" + UUID.randomUUID(),
                        ChangeAuthor.newReplica("tester"))));
    }

    private static Map<UUID, List<LocalDate>> storedDates(PlanDatabase database) {
        Map<UUID, List<LocalDate>> dates = new HashMap<>();
        database.read(store -> store.workItems().findAll())
                .forEach(item -> dates.put(item.id(), List.of(item.start(), item.finish())));
        return dates;
    }

    private static WorkItem stored(PlanFixture fixture, UUID id) {
        return fixture.database.read(store -> store.workItems().find(id)).orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void aLongerPredecessorShiftsItsSuccessorsInOneStepThatUndoAndRedoFollow(Store kind) {
        try (PlanDatabase database = kind.open().get()) {
            PlanFixture fixture = new PlanFixture(database).withSampleTree();
            try (RoadmapSession session = fixture.open()) {
                Map<UUID, List<LocalDate>> before = storedDates(database);

                session.setDuration(fixture.id("Requirements"), 6);

                // Requirements now ends Mon 10 March, three working days later: so does everything after it
                assertThat(stored(fixture, fixture.id("Design")).start()).isEqualTo(LocalDate.of(2025, 3, 11));
                assertThat(stored(fixture, fixture.id("Design")).finish()).isEqualTo(LocalDate.of(2025, 3, 17));
                assertThat(stored(fixture, fixture.id("Test")).start())
                        .isAfter(before.get(fixture.id("Test")).getFirst());
                assertThat(stored(fixture, fixture.id("Preparation")).finish())
                        .as("the phase rolls up").isAfter(before.get(fixture.id("Preparation")).get(1));
                assertThat(fixture.history.undoSize()).isEqualTo(1);
                assertThat(session.plan().item(fixture.id("Design"))).isEqualTo(stored(fixture, fixture.id("Design")));
                Map<UUID, List<LocalDate>> after = storedDates(database);

                session.editor().undo();
                assertThat(storedDates(database)).isEqualTo(before);
                assertThat(session.timing(fixture.id("Test")).start()).isEqualTo(before.get(fixture.id("Test")).getFirst());

                session.editor().redo();
                assertThat(storedDates(database)).isEqualTo(after);
                assertThat(session.timing(fixture.id("Test")).start()).isEqualTo(after.get(fixture.id("Test")).getFirst());
                PlanState.assertMirrorsStore(session);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void typingAStartSetsStartNoEarlierThanAndMovesTheSuccessors(Store kind) {
        try (PlanDatabase database = kind.open().get()) {
            PlanFixture fixture = new PlanFixture(database).withSampleTree();
            try (RoadmapSession session = fixture.open()) {
                LocalDate monday = LocalDate.of(2025, 3, 24);

                WorkItem build = session.setStart(fixture.id("Build"), monday);

                assertThat(build.constraint())
                        .isEqualTo(new ItemConstraint(ConstraintType.START_NO_EARLIER_THAN, monday));
                assertThat(build.start()).isEqualTo(monday);
                assertThat(stored(fixture, fixture.id("Test")).start()).isEqualTo(LocalDate.of(2025, 3, 31));
                assertThat(session.projectFinish()).isEqualTo(LocalDate.of(2025, 4, 4));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void aLinkThatClosesALoopIsRefusedBeforeAnythingIsStored(Store kind) {
        try (PlanDatabase database = kind.open().get()) {
            PlanFixture fixture = new PlanFixture(database).withSampleTree();
            try (RoadmapSession session = fixture.open()) {
                PlanState before = PlanState.of(session);

                PlanRuleViolation refusal = catchThrowableOfType(PlanRuleViolation.class,
                        () -> session.setPredecessors(fixture.id("Requirements"), "1.2"));

                assertThat(refusal.getMessage()).isEqualTo(
                        "This link would close a loop: 1.2 Design → 1.1 Requirements → 1.2 Design.");
                assertThat(PlanState.of(session)).isEqualTo(before);
                assertThat(fixture.history.undoSize()).isZero();
                // the engine was left as it was: the next edit schedules as before
                session.setDuration(fixture.id("Requirements"), 4);
                assertThat(stored(fixture, fixture.id("Design")).start()).isEqualTo(LocalDate.of(2025, 3, 7));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void linksAcrossRoadmapsRescheduleTheOtherRoadmapAndLoopsThroughItAreNamed(Store kind) {
        try (PlanDatabase database = kind.open().get()) {
            PlanFixture fixture = new PlanFixture(database).withSampleTree();
            Roadmap rollout = new Roadmap(Ids.newId(), fixture.programme.id(), "Rollout", null, null, Rank.initial(1));
            WorkItem pilot = new WorkItem(Ids.newId(), rollout.id(), null, Rank.initial(0), "Pilot",
                    WorkItemKind.ACTIVITY, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 2), 2, 0, null, null,
                    Set.of(), null, null, null, ItemConstraint.NONE);
            database.writeVoid(store -> {
                store.roadmaps().insert(rollout);
                store.workItems().insert(pilot);
            });
            try (RoadmapSession session = fixture.open()) {
                Dependency link = session.link(fixture.id("Test"), pilot.id(), DependencyType.FS, 2, LagUnit.WORKING);

                // Test ends Fri 28 March; two days' lag (Mon 31, Tue 1): Wed 2 April
                assertThat(stored(fixture, pilot.id()).start()).isEqualTo(LocalDate.of(2025, 4, 2));
                assertThat(database.read((PlanStore store) -> store.dependencies().find(link.id()))).isPresent();

                session.setDuration(fixture.id("Build"), 10);
                assertThat(stored(fixture, pilot.id()).start()).isEqualTo(LocalDate.of(2025, 4, 9));
                session.editor().undo();
                assertThat(stored(fixture, pilot.id()).start()).isEqualTo(LocalDate.of(2025, 4, 2));

                Map<UUID, List<LocalDate>> before = storedDates(database);
                PlanRuleViolation loop = catchThrowableOfType(PlanRuleViolation.class, () -> session.link(pilot.id(),
                        fixture.id("Build"), DependencyType.SS, 0, LagUnit.WORKING));
                assertThat(loop.getMessage()).isEqualTo("This link would close a loop: Rollout: 1 Pilot → "
                        + "2.1 Build → 2.2 Test → Rollout: 1 Pilot.");
                assertThat(storedDates(database)).isEqualTo(before);
                assertThat(database.read((PlanStore store) -> store.dependencies().count())).isEqualTo(5);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void aManuallyScheduledItemKeepsItsDatesAndSwitchingBackPlacesIt(Store kind) {
        try (PlanDatabase database = kind.open().get()) {
            PlanFixture fixture = new PlanFixture(database).withSampleTree();
            try (RoadmapSession session = fixture.open()) {
                UUID design = fixture.id("Design");
                WorkItem kept = stored(fixture, design);
                session.setManual(List.of(design, fixture.id("Build")), true);
                assertThat(fixture.history.undoSize()).isEqualTo(1);

                session.setDuration(fixture.id("Requirements"), 8);
                assertThat(stored(fixture, design).start()).isEqualTo(kept.start());

                session.setManual(List.of(design), false);
                assertThat(stored(fixture, design).start()).isEqualTo(LocalDate.of(2025, 3, 13));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void timingListenersHearWhichItemsChanged(Store kind) {
        try (PlanDatabase database = kind.open().get()) {
            PlanFixture fixture = new PlanFixture(database).withSampleTree();
            try (RoadmapSession session = fixture.open()) {
                List<Set<UUID>> heard = new ArrayList<>();
                session.addTimingListener(heard::add);

                session.setDuration(fixture.id("Build"), 7);
                session.editor().undo();

                assertThat(heard).hasSize(2);
                assertThat(heard.getFirst()).contains(fixture.id("Build"), fixture.id("Test"));
                assertThat(session.criticalItemCount()).isPositive();
                // Launch, a milestone no earlier than Mon 31 March, is the last thing to finish
                assertThat(session.timing(fixture.id("Launch")).critical()).isTrue();
            }
        }
    }
}
