package org.coplan.service.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coplan.domain.Baseline;
import org.coplan.domain.BaselineEntry;
import org.coplan.domain.Dependency;
import org.coplan.domain.DependencyType;
import org.coplan.domain.MemberState;
import org.coplan.domain.PlanRuleViolation;
import org.coplan.domain.Programme;
import org.coplan.domain.Roadmap;
import org.coplan.domain.WorkCalendar;
import org.coplan.domain.WorkItem;
import org.coplan.domain.WorkItemKind;
import org.coplan.persistence.H2PlanDatabase;
import org.coplan.scheduling.WorkingTime;
import org.coplan.service.ChangeAuthor;
import org.coplan.service.port.PlanStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SamplePlanTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2030, 12, 31);

    private H2PlanDatabase database;
    private SamplePlan sample;

    @BeforeEach
    void openDatabase() {
        database = H2PlanDatabase.openInMemory("sample-" + UUID.randomUUID(), ChangeAuthor.newReplica("tester"));
        sample = new SamplePlan(database);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void anEmptyDatabaseGetsFourProgrammesWithOneRoadmapOfTwentyToSixtyItemsEach() {
        assertThat(sample.isEmpty()).isTrue();

        SamplePlan.Summary summary = sample.load();

        assertThat(sample.isEmpty()).isFalse();
        assertThat(summary.programmes()).isEqualTo(4);
        database.read(store -> {
            assertThat(store.programmes().findAll()).extracting(Programme::title).contains(
                    "Framework programme for scientific and technological development of the EAEU for the long term",
                    "Main directions of industrial cooperation of the EAEU member states until 2030",
                    "Concept for International Scientific and Technical Cooperation of the Russian Federation");
            for (Roadmap roadmap : store.roadmaps().findAll()) {
                assertThat(store.workItems().countByRoadmap(roadmap.id())).as(roadmap.name()).isBetween(20L, 60L);
            }
            assertThat(store.roadmaps().count()).isEqualTo(summary.roadmaps());
            assertThat(store.workItems().count()).isEqualTo(summary.items());
            assertThat(store.dependencies().count()).isEqualTo(summary.dependencies());
            assertThat(store.settings().get(SamplePlan.LOADED_SETTING)).contains("true");
            return null;
        });
    }

    @Test
    void theConceptCarriesItsExecutiveOrder() {
        sample.load();

        Programme concept = database.read(store -> store.programmes().findAll()).stream()
                .filter(p -> p.title().startsWith("Concept")).findFirst().orElseThrow();
        assertThat(concept.act().number()).isEqualTo("1218-r");
        assertThat(concept.act().date()).isEqualTo(LocalDate.of(2025, 5, 16));
    }

    @Test
    void everyDateLiesBetween2025And2030() {
        sample.load();

        for (WorkItem item : items()) {
            assertThat(item.start()).as(item.name()).isBetween(FIRST_DAY, LAST_DAY);
            assertThat(item.finish()).as(item.name()).isBetween(FIRST_DAY, LAST_DAY);
        }
    }

    @Test
    void everyRoadmapHasAnApprovedBaselineThatSomeItemsSlippedAgainst() {
        sample.load();

        database.read(store -> {
            for (Roadmap roadmap : store.roadmaps().findAll()) {
                List<Baseline> baselines = store.baselines().findByRoadmap(roadmap.id());
                assertThat(baselines).singleElement().satisfies(b -> {
                    assertThat(b.slot()).isZero();
                    assertThat(b.name()).isEqualTo("Approved plan");
                });
                Map<UUID, WorkItem> items = store.workItems().findByRoadmap(roadmap.id()).stream()
                        .collect(Collectors.toMap(WorkItem::id, Function.identity()));
                assertThat(baselines.getFirst().entries()).hasSize(items.size());
                long slipped = baselines.getFirst().entries().stream()
                        .filter(entry -> items.get(entry.workItemId()).finish().isAfter(entry.finish()))
                        .count();
                assertThat(slipped).as(roadmap.name()).isPositive();
            }
            return null;
        });
    }

    @Test
    void everySuccessorStartsAfterItsFinishToStartPredecessorFinishes() {
        sample.load();
        Map<UUID, WorkItem> items = items().stream().collect(Collectors.toMap(WorkItem::id, Function.identity()));

        List<Dependency> links = database.read(store -> store.dependencies().findAll());

        assertThat(links).isNotEmpty();
        for (Dependency link : links) {
            WorkItem predecessor = items.get(link.predecessorId());
            WorkItem successor = items.get(link.successorId());
            switch (link.type()) {
                // a milestone marks the end of the day its predecessor finishes on, as in MS Project
                case FS -> {
                    if (successor.isMilestone()) {
                        assertThat(successor.start()).as(successor.name()).isAfterOrEqualTo(predecessor.finish());
                    } else {
                        assertThat(successor.start()).as(successor.name()).isAfter(predecessor.finish());
                    }
                }
                case SS -> assertThat(successor.start()).as(successor.name()).isAfterOrEqualTo(predecessor.start());
                case FF -> assertThat(successor.finish()).as(successor.name())
                        .isAfterOrEqualTo(predecessor.finish());
                case SF -> throw new AssertionError("the sample has no start-to-finish links");
            }
        }
        assertThat(links).extracting(Dependency::type).contains(DependencyType.FS, DependencyType.SS);
    }

    @Test
    void activitiesFinishAfterTheirDurationInTheLeadStatesCalendarAndPhasesSpanTheirChildren() {
        sample.load();
        Map<UUID, WorkingTime> calendarsByState = database.read(this::workingTimesByState);
        List<WorkItem> items = items();

        for (WorkItem item : items) {
            WorkingTime time = calendarsByState.get(item.leadStateId());
            switch (item.kind()) {
                case ACTIVITY -> {
                    assertThat(time.isWorkingDay(item.start())).as(item.name()).isTrue();
                    assertThat(item.finish()).as(item.name()).isEqualTo(time.finishOf(item.start(),
                            item.durationDays()));
                }
                case MILESTONE -> assertThat(item.finish()).isEqualTo(item.start());
                case PHASE -> {
                    List<WorkItem> children = items.stream().filter(c -> item.id().equals(c.parentId())).toList();
                    assertThat(children).as(item.name()).isNotEmpty();
                    assertThat(item.start()).isEqualTo(children.stream().map(WorkItem::start)
                            .min(LocalDate::compareTo).orElseThrow());
                    assertThat(item.finish()).isEqualTo(children.stream().map(WorkItem::finish)
                            .max(LocalDate::compareTo).orElseThrow());
                }
            }
        }
        assertThat(items).extracting(WorkItem::kind).contains(WorkItemKind.PHASE, WorkItemKind.ACTIVITY,
                WorkItemKind.MILESTONE);
    }

    @Test
    void memberStatesFollowTheirOwnPublicHolidays() {
        sample.load();

        Map<String, WorkCalendar> byState = database.read(store -> {
            Map<UUID, WorkCalendar> calendars = store.calendars().findAll().stream()
                    .collect(Collectors.toMap(WorkCalendar::id, Function.identity()));
            return store.states().findAll().stream()
                    .collect(Collectors.toMap(MemberState::isoCode, s -> calendars.get(s.calendarId())));
        });

        assertThat(byState.get("RU").holidayDates()).contains(LocalDate.of(2027, 6, 12), LocalDate.of(2030, 11, 4));
        assertThat(byState.get("BY").holidayDates()).contains(LocalDate.of(2026, 7, 3));
        assertThat(byState.get("KZ").holidayDates()).contains(LocalDate.of(2028, 3, 22));
        assertThat(byState.get("KG").holidayDates()).contains(LocalDate.of(2025, 8, 31));
        assertThat(byState.get("AM").holidayDates()).contains(LocalDate.of(2029, 4, 24));
        assertThat(byState.get("CN").isDefault()).isTrue();
        assertThat(byState.get("CN").holidays()).isEmpty();
    }

    @Test
    void aDatabaseWithProgrammesIsRefusedAndKeptAsItWas() {
        sample.load();
        long items = database.<Long>read(store -> store.workItems().count());

        assertThatThrownBy(sample::load).isInstanceOf(PlanRuleViolation.class)
                .satisfies(e -> assertThat(((PlanRuleViolation) e).problem().key())
                        .isEqualTo("error.sample-not-empty"));
        assertThat(sample.loadIfEmpty()).isFalse();
        assertThat(database.<Long>read(store -> store.workItems().count())).isEqualTo(items);
    }

    @Test
    void statesAlreadyStoredAreReusedInsteadOfDuplicated() {
        database.writeVoid(SampleReferenceData::ensureStates);

        assertThat(sample.loadIfEmpty()).isTrue();

        assertThat(database.<Long>read(store -> store.states().count())).isEqualTo(9);
        assertThat(database.<Long>read(store -> store.calendars().count())).isEqualTo(6);
    }

    private List<WorkItem> items() {
        return database.read(store -> store.workItems().findAll());
    }

    private Map<UUID, WorkingTime> workingTimesByState(PlanStore store) {
        Map<UUID, WorkCalendar> calendars = store.calendars().findAll().stream()
                .collect(Collectors.toMap(WorkCalendar::id, Function.identity()));
        return store.states().findAll().stream()
                .collect(Collectors.toMap(MemberState::id, s -> new WorkingTime(calendars.get(s.calendarId()))));
    }
}
