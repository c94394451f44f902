package org.coplan.service.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coplan.domain.Baseline;
import org.coplan.domain.DateRange;
import org.coplan.domain.Holiday;
import org.coplan.domain.Ids;
import org.coplan.domain.ItemConstraint;
import org.coplan.domain.Organization;
import org.coplan.domain.Programme;
import org.coplan.domain.ProgrammeKind;
import org.coplan.domain.ProgrammeStatus;
import org.coplan.domain.Roadmap;
import org.coplan.domain.WorkCalendar;
import org.coplan.domain.WorkItem;
import org.coplan.l10n.Problem;
import org.coplan.persistence.H2PlanDatabase;
import org.coplan.service.ChangeAuthor;
import org.coplan.service.PlanEditor;
import org.coplan.service.ProgrammeCatalog;
import org.coplan.service.UndoHistory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An import keeps the file's calendar with its holidays, its baselines and, when asked, its resources. */
class ImportExtrasTest {

    private static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);
    private static final PlanImport.Naming NAMING = new PlanImport.Naming("Study", id -> "Task " + id,
            slot -> "Baseline " + slot, name -> "Study: " + name);

    private H2PlanDatabase database;
    private PlanEditor editor;
    private Programme programme;

    @BeforeEach
    void openDatabase() {
        database = H2PlanDatabase.openInMemory("extras-" + Ids.newId(), ChangeAuthor.newReplica("tester"));
        editor = new PlanEditor(database, new UndoHistory());
        programme = new ProgrammeCatalog(editor).createProgramme(new Programme(Ids.newId(), "Joint programme",
                ProgrammeKind.JOINT_PROJECT, null, new DateRange(MONDAY, MONDAY.plusYears(3)), ProgrammeStatus.DRAFT,
                null, Set.of(), Set.of()));
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    private static ImportedPlan plan() {
        ImportedItem survey = new ImportedItem("1", null, "Survey", false, MONDAY, null, 5, 0, ItemConstraint.NONE,
                "Ask every partner", false);
        ImportedItem report = new ImportedItem("2", null, "Report", false, MONDAY.plusDays(14), null, 3, 0,
                ItemConstraint.NONE, null, false);
        ImportedCalendar calendar = new ImportedCalendar("Standard", EnumSet.range(DayOfWeek.MONDAY,
                DayOfWeek.FRIDAY), List.of(new Holiday(MONDAY.plusDays(2), "Founders' day")));
        ImportedBaseline baseline = new ImportedBaseline(0, LocalDate.of(2025, 2, 1), List.of(
                new ImportedBaseline.Entry("1", MONDAY, MONDAY.plusDays(4), 5),
                new ImportedBaseline.Entry("9", MONDAY, MONDAY, 0)));
        return new ImportedPlan("MS Project XML", "Study", List.of(survey, report), List.of(), List.of(), calendar,
                List.of(baseline), Map.of("1", List.of("Institute of Physics", "Ministry"), "2",
                List.of("institute of physics")));
    }

    private Map<String, WorkItem> items(ImportReport report) {
        return database.read(store -> store.workItems().findByRoadmap(report.roadmap().id())).stream()
                .collect(Collectors.toMap(WorkItem::name, Function.identity()));
    }

    @Test
    void theFilesHolidaysBecomeTheNewRoadmapsCalendarAndMoveTheDates() {
        ImportReport report = new PlanImport(editor).importAsNewRoadmap(programme.id(), plan(), NAMING);

        Roadmap roadmap = database.read(store -> store.roadmaps().find(report.roadmap().id())).orElseThrow();
        WorkCalendar calendar = database.read(store -> store.calendars().find(roadmap.calendarId())).orElseThrow();
        assertThat(calendar.name()).isEqualTo("Study: Standard");
        assertThat(calendar.holidays()).extracting(Holiday::date).containsExactly(MONDAY.plusDays(2));
        // five working days from Monday 3 March, Wednesday a holiday: Monday 10 March
        assertThat(items(report).get("Survey").finish()).isEqualTo(MONDAY.plusDays(7));
        assertThat(report.kept()).extracting(Problem::key).contains("import.kept.calendar", "import.kept.baselines",
                "import.kept.notes");
        assertThat(items(report).get("Survey").notes()).isEqualTo("Ask every partner");
    }

    @Test
    void baselinesComeInForTheTasksThatBecameItems() {
        ImportReport report = new PlanImport(editor).importAsNewRoadmap(programme.id(), plan(), NAMING);

        List<Baseline> baselines = database.read(store -> store.baselines().findAll());
        assertThat(baselines).singleElement().satisfies(baseline -> {
            assertThat(baseline.slot()).isZero();
            assertThat(baseline.name()).isEqualTo("Baseline 0");
            assertThat(baseline.takenOn()).isEqualTo(LocalDate.of(2025, 2, 1));
            assertThat(baseline.entries()).singleElement().satisfies(entry -> {
                assertThat(entry.workItemId()).isEqualTo(items(report).get("Survey").id());
                assertThat(entry.finish()).isEqualTo(MONDAY.plusDays(4));
            });
        });
    }

    @Test
    void resourcesAreDroppedAndCountedUnlessTheUserAsksForOrganizations() {
        ImportReport plain = new PlanImport(editor).importAsNewRoadmap(programme.id(), plan(), NAMING);
        assertThat(plain.dropped()).contains(Problem.tr("import.dropped.resource-assignments", 3));
        assertThat(items(plain).get("Survey").leadOrganizationId()).isNull();
        int organizationsBefore = database.read(store -> store.organizations().findAll()).size();

        ImportReport asked = new PlanImport(editor).importAsNewRoadmap(programme.id(), plan(), NAMING,
                new PlanImport.Options(true));

        List<Organization> organizations = database.read(store -> store.organizations().findAll());
        assertThat(organizations).hasSize(organizationsBefore + 1);
        Organization physics = organizations.stream().filter(o -> o.name().equals("Institute of Physics"))
                .findFirst().orElseThrow();
        assertThat(items(asked).get("Survey").leadOrganizationId()).isEqualTo(physics.id());
        assertThat(items(asked).get("Report").leadOrganizationId()).as("matched by name, whatever the case")
                .isEqualTo(physics.id());
        assertThat(asked.dropped()).contains(Problem.tr("import.dropped.further-assignments", 1));

        editor.undo();

        List<Organization> afterUndo = database.read(store -> store.organizations().findAll());
        assertThat(afterUndo).hasSize(organizationsBefore);
    }
}
