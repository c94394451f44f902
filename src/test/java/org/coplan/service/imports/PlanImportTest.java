package org.coplan.service.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coplan.domain.DateRange;
import org.coplan.domain.Dependency;
import org.coplan.domain.DependencyType;
import org.coplan.domain.Ids;
import org.coplan.domain.ItemConstraint;
import org.coplan.domain.LagUnit;
import org.coplan.domain.Programme;
import org.coplan.domain.ProgrammeKind;
import org.coplan.domain.ProgrammeStatus;
import org.coplan.domain.Roadmap;
import org.coplan.domain.RoadmapPlan;
import org.coplan.domain.WorkItem;
import org.coplan.domain.WorkItemKind;
import org.coplan.l10n.Messages;
import org.coplan.persistence.H2PlanDatabase;
import org.coplan.service.ChangeAuthor;
import org.coplan.service.PlanEditor;
import org.coplan.service.ProgrammeCatalog;
import org.coplan.service.UndoHistory;
import org.coplan.service.port.PlanStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An imported plan becomes a new roadmap in one undoable step, scheduled, with what was left out reported. */
class PlanImportTest {

    private static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);
    private static final PlanImport.Naming NAMING = new PlanImport.Naming("Imported study", id -> "Task " + id,
                slot -> "Baseline " + slot, name -> "Calendar " + name);

    private H2PlanDatabase database;
    private PlanEditor editor;
    private Programme programme;

    @BeforeEach
    void openDatabase() {
        database = H2PlanDatabase.openInMemory("import-" + Ids.newId(), ChangeAuthor.newReplica("tester"));
        editor = new PlanEditor(database, new UndoHistory());
        programme = new ProgrammeCatalog(editor).createProgramme(new Programme(Ids.newId(), "Joint programme",
                ProgrammeKind.JOINT_PROJECT, null, new DateRange(MONDAY, MONDAY.plusYears(3)), ProgrammeStatus.DRAFT,
                null, Set.of(), Set.of()));
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    private static ImportedItem item(String id, String parent, String name, int days, boolean milestone) {
        return new ImportedItem(id, parent, name, milestone, MONDAY, null, days, 0, ItemConstraint.NONE, null,
                false);
    }

    private static ImportedPlan plan(List<ImportedLink> links) {
        return new ImportedPlan("GanttProject", "Study", List.of(
                item("1", null, "Study", 0, false),
                item("2", "1", "Survey", 5, false),
                item("3", "1", "Report", 3, false),
                item("4", null, "  ", 0, true)), links, List.of());
    }

    private <T> T inStore(Function<PlanStore, T> work) {
        return database.read(work);
    }

    private Map<String, WorkItem> storedByName(ImportReport report) {
        return inStore(store -> store.workItems().findByRoadmap(report.roadmap().id())).stream()
                .collect(Collectors.toMap(WorkItem::name, Function.identity()));
    }

    @Test
    void theRoadmapComesInScheduledWithKindsOrderAndLinks() {
        ImportReport report = new PlanImport(editor).importAsNewRoadmap(programme.id(), plan(List.of(
                new ImportedLink("2", "3", DependencyType.FS, 2, LagUnit.WORKING),
                new ImportedLink("3", "4", DependencyType.FS, 0, LagUnit.WORKING))), NAMING);

        Map<String, WorkItem> items = storedByName(report);
        assertThat(items.get("Study").kind()).isEqualTo(WorkItemKind.PHASE);
        assertThat(items.get("Survey").kind()).isEqualTo(WorkItemKind.ACTIVITY);
        assertThat(items.get("Task 4").kind()).as("a blank name is named after its source id")
                .isEqualTo(WorkItemKind.MILESTONE);
        // Survey Mon 3 - Fri 7 March, two working days of lag, Report Wed 12 - Fri 14, the milestone after it
        assertThat(items.get("Survey").finish()).isEqualTo(LocalDate.of(2025, 3, 7));
        assertThat(items.get("Report").start()).isEqualTo(LocalDate.of(2025, 3, 12));
        assertThat(items.get("Report").finish()).isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(items.get("Study").finish()).isEqualTo(LocalDate.of(2025, 3, 14));
        RoadmapPlan plan = new RoadmapPlan(report.roadmap(), List.copyOf(items.values()), List.of());
        assertThat(plan.outline()).extracting(WorkItem::name).containsExactly("Study", "Survey", "Report", "Task 4");
        assertThat(report.counts().items()).isEqualTo(4);
        assertThat(report.counts().summaries()).isEqualTo(1);
        assertThat(report.counts().milestones()).isEqualTo(1);
        assertThat(report.counts().links(DependencyType.FS)).isEqualTo(2);
        assertThat(report.counts().linksWithLag()).isEqualTo(1);
        List<Dependency> links = inStore(store -> store.dependencies().findTouching(
                items.values().stream().map(WorkItem::id).collect(Collectors.toSet())));
        assertThat(links).hasSize(2);
    }

    @Test
    void oneUndoRemovesTheWholeImportAndRedoBringsItBack() {
        ImportReport report = new PlanImport(editor).importAsNewRoadmap(programme.id(),
                plan(List.of(new ImportedLink("2", "3", DependencyType.SS, 0, LagUnit.WORKING))), NAMING);
        assertThat(editor.undoLabel()).hasValueSatisfying(label -> assertThat(Messages.english().text(label))
                .isEqualTo("Import \"Imported study\""));

        editor.undo();
        Optional<Roadmap> roadmap = inStore(store -> store.roadmaps().find(report.roadmap().id()));
        assertThat(roadmap).isEmpty();
        long items = inStore(store -> store.workItems().countByRoadmap(report.roadmap().id()));
        assertThat(items).isZero();

        editor.redo();
        assertThat(storedByName(report)).hasSize(4);
    }

    @Test
    void linksTheRoadmapCannotHoldAreReportedNotStored() {
        ImportReport report = new PlanImport(editor).importAsNewRoadmap(programme.id(), plan(List.of(
                new ImportedLink("2", "3", DependencyType.FS, 0, LagUnit.WORKING),
                new ImportedLink("2", "3", DependencyType.SS, 0, LagUnit.WORKING),
                new ImportedLink("2", "99", DependencyType.FS, 0, LagUnit.WORKING))), NAMING);

        assertThat(report.counts().totalLinks()).isEqualTo(1);
        assertThat(report.dropped()).extracting(problem -> Messages.english().text(problem)).containsExactly(
                "One link to tasks that are not in the file (or to the task itself) ignored.",
                "One link repeating another between the same two tasks ignored.");
    }

    @Test
    void aLoopOfLinksIsRefusedAndNothingIsStored() {
        ImportRefused refused = catchThrowableOfType(ImportRefused.class, () -> new PlanImport(editor)
                .importAsNewRoadmap(programme.id(), plan(List.of(
                        new ImportedLink("2", "3", DependencyType.FS, 0, LagUnit.WORKING),
                        new ImportedLink("3", "2", DependencyType.FS, 0, LagUnit.WORKING))), NAMING));
        assertThat(refused).isNotNull();
        assertThat(Messages.english().text(refused.problem())).contains("loop", "Survey", "Report");
        List<Roadmap> roadmaps = inStore(store -> store.roadmaps().findByProgramme(programme.id()));
        assertThat(roadmaps).isEmpty();
        assertThat(editor.canUndo()).as("only the programme's creation can be undone").isTrue();
    }

    @Test
    void withoutAProgrammeANewOneSpansTheImportedDates() {
        ImportReport report = new PlanImport(editor).importAsNewProgramme("Imported programme",
                plan(List.of(new ImportedLink("2", "3", DependencyType.FS, 0, LagUnit.WORKING))), NAMING);
        Programme created = inStore(store -> store.programmes().find(report.roadmap().programmeId()))
                .orElseThrow();
        assertThat(created.title()).isEqualTo("Imported programme");
        assertThat(created.period()).isEqualTo(new DateRange(MONDAY, LocalDate.of(2025, 3, 12)));

        editor.undo();
        Optional<Programme> gone = inStore(store -> store.programmes().find(created.id()));
        assertThat(gone).isEmpty();
    }
}
