package org.coplan.exchange.mpxj;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.coplan.domain.DateRange;
import org.coplan.domain.Holiday;
import org.coplan.domain.Ids;
import org.coplan.domain.Programme;
import org.coplan.domain.ProgrammeKind;
import org.coplan.domain.ProgrammeStatus;
import org.coplan.domain.WorkItem;
import org.coplan.exchange.imports.InteropCorpus;
import org.coplan.exchange.imports.PlanFiles;
import org.coplan.persistence.H2PlanDatabase;
import org.coplan.service.ChangeAuthor;
import org.coplan.service.PlanEditor;
import org.coplan.service.ProgrammeCatalog;
import org.coplan.service.UndoHistory;
import org.coplan.service.imports.ImportReport;
import org.coplan.service.imports.ImportedPlan;
import org.coplan.service.imports.PlanImport;
import org.junit.jupiter.api.Test;

/** MS Project's calendar comes in with its holidays, so a task across a holiday keeps the file's finish. */
class ProjectCalendarImportTest {

    private static Path corpusFile(String name) {
        Optional<Path> corpus = InteropCorpus.folder();
        assumeTrue(corpus.isPresent(), "the shared interop corpus (../shared/interop-corpus) is absent");
        return corpus.get().resolve(name);
    }

    @Test
    void theHolidaysOfTheStandardCalendarComeInAndTheTaskKeepsItsFinish() {
        ImportedPlan plan = new PlanFiles().read(corpusFile("ganttproject-holidays.xml"));

        assertThat(plan.calendar().name()).isEqualTo("Standard");
        assertThat(plan.calendar().workingDays()).isEqualTo(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        assertThat(plan.calendar().holidays()).extracting(Holiday::date).contains(LocalDate.of(2010, 9, 16),
                LocalDate.of(2010, 9, 23), LocalDate.of(2010, 9, 24));

        LocalDate start = LocalDate.of(2010, 9, 1);
        try (H2PlanDatabase database = H2PlanDatabase.openInMemory("calendar-" + Ids.newId(),
                ChangeAuthor.newReplica("tester"))) {
            PlanEditor editor = new PlanEditor(database, new UndoHistory());
            Programme programme = new ProgrammeCatalog(editor).createProgramme(new Programme(Ids.newId(), "P",
                    ProgrammeKind.JOINT_PROJECT, null, new DateRange(start, start.plusYears(1)),
                    ProgrammeStatus.DRAFT, null, Set.of(), Set.of()));
            ImportReport report = new PlanImport(editor).importAsNewRoadmap(programme.id(), plan,
                    new PlanImport.Naming("Holidays", id -> "Task " + id, slot -> "Baseline " + slot,
                            name -> "Holidays: " + name));
            WorkItem task = database.read(store -> store.workItems().findByRoadmap(report.roadmap().id()))
                    .getFirst();
            // four working days from Wednesday 15 September, Thursday 16 a holiday: Tuesday 21
            assertThat(task.start()).isEqualTo(LocalDate.of(2010, 9, 15));
            assertThat(task.finish()).isEqualTo(LocalDate.of(2010, 9, 21));
        }
    }
}
