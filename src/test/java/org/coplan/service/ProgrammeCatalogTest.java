package org.coplan.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.coplan.domain.ApprovingAct;
import org.coplan.domain.DateRange;
import org.coplan.domain.Dependency;
import org.coplan.domain.DependencyType;
import org.coplan.domain.FundingAmount;
import org.coplan.domain.FundingLine;
import org.coplan.domain.FundingSourceKind;
import org.coplan.domain.Ids;
import org.coplan.domain.ItemConstraint;
import org.coplan.domain.PlanRuleViolation;
import org.coplan.domain.Programme;
import org.coplan.domain.ProgrammeKind;
import org.coplan.domain.ProgrammeStatus;
import org.coplan.domain.Rank;
import org.coplan.domain.Roadmap;
import org.coplan.domain.WorkItem;
import org.coplan.domain.WorkItemKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The navigator's programmes and roadmaps, and their undoable create, change and delete. */
class ProgrammeCatalogTest {

    private PlanFixture fixture;
    private InMemoryPlanDatabase database;
    private ProgrammeCatalog catalog;

    @BeforeEach
    void setUp() {
        fixture = new PlanFixture().withSampleTree();
        database = (InMemoryPlanDatabase) fixture.database;
        catalog = new ProgrammeCatalog(fixture.editor);
    }

    private Programme concept(Set<UUID> states) {
        return new Programme(Ids.newId(), "Concept of international cooperation", ProgrammeKind.CONCEPT,
                ApprovingAct.NONE, new DateRange(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31)),
                ProgrammeStatus.DRAFT, "A concept", Set.of(), states);
    }

    @Test
    void programmesAreListedByTitleWithTheirRoadmapsAndItemCounts() {
        catalog.createProgramme(concept(Set.of(fixture.belarus.id())));
        Roadmap second = catalog.createRoadmap(fixture.programme.id(), "Second plan", null);

        List<ProgrammeSummary> all = catalog.programmes(ProgrammeCatalog.Filter.ALL);

        assertThat(all).extracting(summary -> summary.programme().title())
                .containsExactly("Concept of international cooperation", "Framework programme");
        assertThat(all.get(1).roadmaps()).extracting(RoadmapSummary::itemCount).containsExactly(8L, 0L);
        assertThat(all.get(1).roadmaps()).extracting(summary -> summary.roadmap().id())
                .containsExactly(fixture.roadmap.id(), second.id());
    }

    @Test
    void theFilterKeepsProgrammesWithThatStateAndPriorityArea() {
        catalog.createProgramme(concept(Set.of(fixture.belarus.id())));

        assertThat(titles(new ProgrammeCatalog.Filter(fixture.kazakhstan.id(), null)))
                .containsExactly("Framework programme");
        assertThat(titles(new ProgrammeCatalog.Filter(fixture.belarus.id(), null)))
                .containsExactly("Concept of international cooperation");
        assertThat(titles(new ProgrammeCatalog.Filter(null, fixture.ict.id()))).containsExactly("Framework programme");
        assertThat(titles(new ProgrammeCatalog.Filter(fixture.belarus.id(), fixture.ict.id()))).isEmpty();
        assertThat(titles(null)).hasSize(2);
    }

    private List<String> titles(ProgrammeCatalog.Filter filter) {
        return catalog.programmes(filter).stream().map(summary -> summary.programme().title()).toList();
    }

    @Test
    void creatingAndChangingAProgrammeAreUndone() {
        var empty = database.contents();
        Programme created = catalog.createProgramme(concept(Set.of()));
        Programme changed = new Programme(created.id(), "Concept 2025", created.kind(), created.act(),
                created.period(), ProgrammeStatus.APPROVED, created.description(), Set.of(fixture.ict.id()),
                Set.of(fixture.armenia.id()));
        catalog.updateProgramme(created, changed);

        assertThat(catalog.findProgramme(created.id())).contains(changed);
        fixture.editor.undo();
        assertThat(catalog.findProgramme(created.id())).contains(created);
        fixture.editor.undo();
        assertThat(database.contents()).isEqualTo(empty);
        fixture.editor.redo();
        fixture.editor.redo();
        assertThat(catalog.findProgramme(created.id())).contains(changed);
    }

    @Test
    void unknownStatesAndAreasAreRefused() {
        var before = database.contents();

        PlanRuleViolation state = catchThrowableOfType(PlanRuleViolation.class,
                () -> catalog.createProgramme(concept(Set.of(Ids.newId()))));
        Programme withUnknownArea = new Programme(fixture.programme.id(), fixture.programme.title(),
                fixture.programme.kind(), fixture.programme.act(), fixture.programme.period(),
                fixture.programme.status(), null, Set.of(Ids.newId()), Set.of());
        PlanRuleViolation area = catchThrowableOfType(PlanRuleViolation.class,
                () -> catalog.updateProgramme(fixture.programme, withUnknownArea));

        assertThat(state.problem().key()).isEqualTo("rule.programme-unknown-state");
        assertThat(area.problem().key()).isEqualTo("rule.programme-unknown-priority-area");
        assertThat(area.getMessage()).contains("Framework programme");
        assertThat(database.contents()).isEqualTo(before);
        assertThat(fixture.editor.canUndo()).isFalse();
    }

    @Test
    void roadmapsAreAddedAfterTheLastRenamedAndChanged() {
        Roadmap second = catalog.createRoadmap(fixture.programme.id(), "Industrial cooperation", "To 2030");
        Roadmap third = catalog.createRoadmap(fixture.programme.id(), "Training", null);
        assertThat(second.sortKey()).isGreaterThan(fixture.roadmap.sortKey());
        assertThat(third.sortKey()).isGreaterThan(second.sortKey());

        try (RoadmapSession session = RoadmapSession.open(fixture.editor, second.id())) {
            catalog.renameRoadmap(second.id(), "Industrial cooperation to 2030");

            assertThat(session.roadmap().name()).isEqualTo("Industrial cooperation to 2030");
            fixture.editor.undo();
            assertThat(session.roadmap().name()).isEqualTo("Industrial cooperation");
        }
        assertThat(catalog.findRoadmap(second.id())).map(Roadmap::name).contains("Industrial cooperation");
    }

    @Test
    void aRoadmapCreatedForManualItemsGetsManualNewItems() {
        Roadmap manual = catalog.createRoadmap(fixture.programme.id(), "Manual plan", null, null, true);

        assertThat(catalog.findRoadmap(manual.id())).map(Roadmap::newItemsManual).contains(true);
        try (RoadmapSession session = RoadmapSession.open(fixture.editor, manual.id())) {
            assertThat(session.insertItem(null, WorkItemKind.ACTIVITY).manual()).isTrue();
        }
    }

    @Test
    void theRoadmapDialogsNewItemsModeIsStoredUndoableAndFollowedByAnOpenSession() {
        try (RoadmapSession session = fixture.open()) {
            catalog.updateRoadmap(fixture.roadmap, fixture.roadmap.withNewItemsManual(true));

            assertThat(catalog.findRoadmap(fixture.roadmap.id())).map(Roadmap::newItemsManual).contains(true);
            assertThat(session.insertItem(null, WorkItemKind.ACTIVITY).manual()).isTrue();

            fixture.editor.undo();
            fixture.editor.undo();

            assertThat(catalog.findRoadmap(fixture.roadmap.id())).map(Roadmap::newItemsManual).contains(false);
            assertThat(session.insertItem(null, WorkItemKind.ACTIVITY).manual()).isFalse();
        }
    }

    @Test
    void aRoadmapWithAnUnknownCalendarOrProgrammeIsRefused() {
        Roadmap roadmap = fixture.roadmap;

        PlanRuleViolation calendar = catchThrowableOfType(PlanRuleViolation.class, () -> catalog.updateRoadmap(
                roadmap, new Roadmap(roadmap.id(), roadmap.programmeId(), roadmap.name(), null, Ids.newId(),
                        roadmap.sortKey())));
        PlanRuleViolation programme = catchThrowableOfType(PlanRuleViolation.class,
                () -> catalog.createRoadmap(Ids.newId(), "Orphan", null));
        PlanRuleViolation missing = catchThrowableOfType(PlanRuleViolation.class,
                () -> catalog.renameRoadmap(Ids.newId(), "Nothing"));

        assertThat(calendar.problem().key()).isEqualTo("rule.roadmap-unknown-calendar");
        assertThat(programme.problem().key()).isEqualTo("rule.programme-unknown");
        assertThat(missing.problem().key()).isEqualTo("rule.roadmap-unknown");
        assertThat(fixture.editor.canUndo()).isFalse();
    }

    @Test
    void deletingARoadmapTakesEverythingInsideAndUndoBringsItAllBack() {
        fixture.fund("Design");
        fixture.baseline();
        Roadmap other = catalog.createRoadmap(fixture.programme.id(), "Other", null);
        WorkItem elsewhere = itemIn(other, "Elsewhere");
        Dependency crossing = new Dependency(Ids.newId(), fixture.id("Launch"), elsewhere.id(), DependencyType.FS, 0);
        database.given(store -> {
            store.workItems().insert(elsewhere);
            store.dependencies().insert(crossing);
        });
        Map<String, Map<UUID, Object>> before = database.contents();

        catalog.deleteRoadmap(fixture.roadmap.id());

        assertThat(catalog.findRoadmap(fixture.roadmap.id())).isEmpty();
        assertThat(database.contents().get("links")).isEmpty();
        assertThat(database.contents().get("funding")).isEmpty();
        assertThat(database.contents().get("baselines")).isEmpty();
        fixture.editor.undo();
        assertThat(database.contents()).isEqualTo(before);
        fixture.editor.redo();
        assertThat(database.contents().get("items")).containsOnlyKeys(elsewhere.id());
    }

    @Test
    void deletingAProgrammeTakesItsRoadmapsAndFundingInOneStep() {
        Roadmap other = catalog.createRoadmap(fixture.programme.id(), "Other", null);
        WorkItem elsewhere = itemIn(other, "Elsewhere");
        FundingLine programmeMoney = new FundingLine(Ids.newId(), fixture.programme.id(), null,
                FundingSourceKind.NATIONAL_BUDGET, fixture.kazakhstan.id(), "KZT", "Grants",
                List.of(new FundingAmount(2026, new BigDecimal("5000000"), null)));
        database.given(store -> {
            store.workItems().insert(elsewhere);
            store.dependencies().insert(new Dependency(Ids.newId(), fixture.id("Launch"), elsewhere.id(),
                    DependencyType.FS, 0));
            store.dependencies().insert(new Dependency(Ids.newId(), elsewhere.id(), fixture.id("Test"),
                    DependencyType.FF, -1));
            store.funding().insert(programmeMoney);
        });
        fixture.fund("Build");
        fixture.baseline();
        Map<String, Map<UUID, Object>> before = database.contents();
        int steps = fixture.history.undoSize();

        catalog.deleteProgramme(fixture.programme.id());

        assertThat(catalog.programmes(ProgrammeCatalog.Filter.ALL)).isEmpty();
        assertThat(database.contents().values()).filteredOn(table -> !table.isEmpty()).hasSize(4);
        assertThat(fixture.history.undoSize()).isEqualTo(steps + 1);
        fixture.editor.undo();
        assertThat(database.contents()).isEqualTo(before);
        fixture.editor.redo();
        assertThat(database.contents().get("programmes")).isEmpty();
    }

    private WorkItem itemIn(Roadmap roadmap, String name) {
        return new WorkItem(Ids.newId(), roadmap.id(), null, Rank.initial(0), name, WorkItemKind.ACTIVITY,
                PlanFixture.MONDAY, PlanFixture.MONDAY, 1, 0, null, null, Set.of(), null, null, null,
                ItemConstraint.NONE);
    }

    @Test
    void theCountsComeFromOneRead() {
        PlanCounts counts = new PlanStatistics(fixture.database).counts();

        assertThat(counts).isEqualTo(new PlanCounts(1, 1, 8, 4, 2, 3, 1));
    }
}
