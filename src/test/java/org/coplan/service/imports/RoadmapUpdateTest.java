package org.coplan.service.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
import org.coplan.domain.Rank;
import org.coplan.domain.WorkItem;
import org.coplan.domain.WorkItemKind;
import org.coplan.persistence.H2PlanDatabase;
import org.coplan.service.ChangeAuthor;
import org.coplan.service.PlanEditor;
import org.coplan.service.ProgrammeCatalog;
import org.coplan.service.UndoHistory;
import org.coplan.service.edit.WorkItemEdit;
import org.coplan.l10n.Problem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Re-importing an updated file into the roadmap it made changes that roadmap instead of adding copies. */
class RoadmapUpdateTest {

    private static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);
    private static final PlanImport.Naming NAMING = new PlanImport.Naming("Study", id -> "Task " + id,
                slot -> "Baseline " + slot, name -> "Calendar " + name);

    private H2PlanDatabase database;
    private PlanEditor editor;
    private PlanImport imports;
    private Programme programme;

    @BeforeEach
    void openDatabase() {
        database = H2PlanDatabase.openInMemory("update-" + Ids.newId(), ChangeAuthor.newReplica("tester"));
        editor = new PlanEditor(database, new UndoHistory());
        imports = new PlanImport(editor);
        programme = new ProgrammeCatalog(editor).createProgramme(new Programme(Ids.newId(), "Joint programme",
                ProgrammeKind.JOINT_PROJECT, null, new DateRange(MONDAY, MONDAY.plusYears(3)), ProgrammeStatus.DRAFT,
                null, Set.of(), Set.of()));
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    private static ImportedItem item(String id, String parent, String name, int days) {
        return new ImportedItem(id, parent, name, false, MONDAY, null, days, 0, ItemConstraint.NONE, null, false);
    }

    private static ImportedLink fs(String from, String to) {
        return new ImportedLink(from, to, DependencyType.FS, 0, LagUnit.WORKING);
    }

    private static ImportedPlan plan(List<ImportedItem> items, List<ImportedLink> links) {
        return new ImportedPlan("MS Project XML", "Study", items, links, List.of());
    }

    private static ImportedPlan first() {
        return plan(List.of(item("1", null, "Study", 0), item("2", "1", "Survey", 5), item("3", "1", "Report", 3),
                item("4", null, "Review", 2)), List.of(fs("2", "3")));
    }

    private List<WorkItem> items(ImportReport report) {
        return database.read(store -> store.workItems().findByRoadmap(report.roadmap().id()));
    }

    private Map<String, WorkItem> byName(ImportReport report) {
        return items(report).stream().collect(Collectors.toMap(WorkItem::name, Function.identity()));
    }

    private List<Dependency> links(ImportReport report) {
        return database.read(store -> store.dependencies().findByRoadmap(report.roadmap().id()));
    }

    /** Names in outline order: parents first, siblings by sort key. */
    private List<String> outline(ImportReport report) {
        List<WorkItem> all = items(report);
        List<String> names = new ArrayList<>();
        walk(all, null, "", names);
        return names;
    }

    private static void walk(List<WorkItem> all, java.util.UUID parent, String indent, List<String> names) {
        all.stream().filter(item -> java.util.Objects.equals(item.parentId(), parent))
                .sorted(Comparator.comparing(WorkItem::sortKey)).forEach(item -> {
                    names.add(indent + item.name());
                    walk(all, item.id(), indent + "  ", names);
                });
    }

    @Test
    void reimportingTheSameFileChangesNothing() {
        ImportReport created = imports.importAsNewRoadmap(programme.id(), first(), NAMING);
        List<WorkItem> before = items(created);
        boolean couldUndoImport = editor.canUndo();

        ImportReport again = imports.importInto(created.roadmap().id(), first(), NAMING);

        assertThat(again.changes()).isEqualTo(new ImportChanges(0, 0, 0, 0));
        assertThat(items(created)).containsExactlyInAnyOrderElementsOf(before);
        assertThat(editor.undoLabel()).map(Problem::key).contains("edit.import-roadmap");
        assertThat(couldUndoImport).isTrue();
    }

    @Test
    void anUpdatedFileChangesAddsAndRemovesItemsInOneUndoableStep() {
        ImportReport created = imports.importAsNewRoadmap(programme.id(), first(), NAMING);
        Map<String, WorkItem> original = byName(created);
        ImportedPlan updated = plan(List.of(item("1", null, "Study", 0), item("2", "1", "Field survey", 8),
                item("5", "1", "Interviews", 4), item("3", "1", "Report", 3)), List.of(fs("2", "5"), fs("5", "3")));

        ImportReport report = imports.importInto(created.roadmap().id(), updated, NAMING);

        assertThat(report.changes().added()).isEqualTo(1);
        assertThat(report.changes().removed()).isEqualTo(1);
        assertThat(report.changes().kept()).isZero();
        assertThat(report.counts().items()).isEqualTo(4);
        assertThat(outline(created)).containsExactly("Study", "  Field survey", "  Interviews", "  Report");
        Map<String, WorkItem> now = byName(created);
        assertThat(now.get("Field survey").id()).isEqualTo(original.get("Survey").id());
        assertThat(now.get("Field survey").durationDays()).isEqualTo(8);
        assertThat(now.get("Report").id()).isEqualTo(original.get("Report").id());
        assertThat(now.get("Interviews").start()).isEqualTo(now.get("Field survey").finish().plusDays(1));
        assertThat(now.get("Report").start()).isAfter(now.get("Interviews").finish());
        assertThat(links(created)).extracting(link -> List.of(link.predecessorId(), link.successorId()))
                .containsExactlyInAnyOrder(List.of(now.get("Field survey").id(), now.get("Interviews").id()),
                        List.of(now.get("Interviews").id(), now.get("Report").id()));

        editor.undo();

        assertThat(byName(created)).isEqualTo(original);
        assertThat(links(created)).hasSize(1);
    }

    @Test
    void itemsMadeInCoplanAndWhatOnlyCoplanKnowsSurviveAnUpdate() {
        ImportReport created = imports.importAsNewRoadmap(programme.id(), first(), NAMING);
        WorkItem study = byName(created).get("Study");
        WorkItem survey = byName(created).get("Survey");
        WorkItem byHand = new WorkItem(Ids.newId(), created.roadmap().id(), study.id(), Rank.after("zzzz"),
                "Budget check", WorkItemKind.ACTIVITY, MONDAY, MONDAY.plusDays(1), 2, 0, null, null, Set.of(), null,
                null, null, ItemConstraint.NONE, false);
        editor.execute(new WorkItemEdit.Insert(List.of(byHand), List.of(), Problem.tr("edit.import-roadmap", "x")));
        editor.execute(new WorkItemEdit.Update(survey, survey.withTexts("Signed questionnaire", null),
                Problem.tr("edit.import-roadmap", "x")));
        ImportedPlan updated = plan(List.of(item("1", null, "Study", 0), item("2", "1", "Survey", 6),
                item("3", "1", "Report", 3), item("4", null, "Review", 2)), List.of(fs("2", "3")));

        ImportReport report = imports.importInto(created.roadmap().id(), updated, NAMING);

        assertThat(report.changes().kept()).isEqualTo(1);
        assertThat(report.changes().removed()).isZero();
        assertThat(outline(created)).containsExactly("Study", "  Survey", "  Report", "  Budget check", "Review");
        WorkItem surveyNow = byName(created).get("Survey");
        assertThat(surveyNow.durationDays()).isEqualTo(6);
        assertThat(surveyNow.deliverable()).isEqualTo("Signed questionnaire");
    }

    @Test
    void movingATaskToAnotherParentMovesTheItem() {
        ImportReport created = imports.importAsNewRoadmap(programme.id(), first(), NAMING);
        ImportedPlan updated = plan(List.of(item("4", null, "Review", 0), item("3", "4", "Report", 3),
                item("1", null, "Study", 0), item("2", "1", "Survey", 5)), List.of(fs("2", "3")));

        ImportReport report = imports.importInto(created.roadmap().id(), updated, NAMING);

        assertThat(outline(created)).containsExactly("Review", "  Report", "Study", "  Survey");
        assertThat(byName(created).get("Review").kind()).isEqualTo(WorkItemKind.PHASE);
        assertThat(report.changes().added()).isZero();
    }

    @Test
    void tasksAreMatchedByTheirGuidWhenTheFileRenumbersThem() {
        ImportedPlan withGuids = plan(List.of(
                new ImportedItem("1", null, "Survey", false, MONDAY, null, 5, 0, null, null, false, "{AAAA-1}"),
                new ImportedItem("2", null, "Report", false, MONDAY, null, 3, 0, null, null, false, "{AAAA-2}")),
                List.of(fs("1", "2")));
        ImportReport created = imports.importAsNewRoadmap(programme.id(), withGuids, NAMING);
        Map<String, WorkItem> original = byName(created);
        ImportedPlan renumbered = plan(List.of(
                new ImportedItem("7", null, "Report", false, MONDAY, null, 3, 0, null, null, false, "aaaa1"),
                new ImportedItem("9", null, "Survey", false, MONDAY, null, 5, 0, null, null, false, "{aaaa-2}")),
                List.of());

        imports.importInto(created.roadmap().id(), renumbered, NAMING);

        assertThat(byName(created).get("Report").id()).isEqualTo(original.get("Survey").id());
        assertThat(byName(created).get("Survey").id()).isEqualTo(original.get("Report").id());
        assertThat(outline(created)).containsExactly("Report", "Survey");
    }

    @Test
    void aFileCoplanExportedUpdatesTheItemsItsGuidsName() {
        ImportReport created = imports.importAsNewRoadmap(programme.id(), first(), NAMING);
        WorkItem review = byName(created).get("Review");
        String guid = review.id().toString();
        ImportedPlan exported = plan(List.of(
                new ImportedItem("42", null, "Final review", false, MONDAY, null, 2, 50, null, null, false, guid)),
                List.of());

        ImportReport report = imports.importInto(created.roadmap().id(), exported, NAMING);

        assertThat(byName(created).get("Final review").id()).isEqualTo(review.id());
        assertThat(byName(created).get("Final review").percentComplete()).isEqualTo(50);
        // the items of the first import are not in this file, which never named them: they were imported before
        assertThat(report.changes().removed()).isEqualTo(3);
    }

    @Test
    void anUnknownRoadmapIsRefusedAndNothingChanges() {
        ImportReport created = imports.importAsNewRoadmap(programme.id(), first(), NAMING);
        List<WorkItem> before = items(created);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> imports.importInto(Ids.newId(), first(), NAMING))
                .isInstanceOf(org.coplan.domain.PlanRuleViolation.class);

        assertThat(items(created)).containsExactlyInAnyOrderElementsOf(before);
    }
}
