package org.coplan.exchange.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coplan.domain.DateRange;
import org.coplan.domain.DependencyType;
import org.coplan.domain.Ids;
import org.coplan.domain.Programme;
import org.coplan.domain.ProgrammeKind;
import org.coplan.domain.ProgrammeStatus;
import org.coplan.l10n.Messages;
import org.coplan.persistence.H2PlanDatabase;
import org.coplan.service.ChangeAuthor;
import org.coplan.service.PlanEditor;
import org.coplan.service.ProgrammeCatalog;
import org.coplan.service.UndoHistory;
import org.coplan.service.imports.ImportCounts;
import org.coplan.service.imports.ImportRefused;
import org.coplan.service.imports.ImportReport;
import org.coplan.service.imports.ImportedPlan;
import org.coplan.service.imports.PlanImport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of the shared interchange corpus imports with the counts {@code TRUTH.tsv} gives (items with
 * summaries, summaries, milestones, links by type, links with lag), both as read and as stored in a new roadmap;
 * the negative files are refused with a message saying why, and store nothing.
 */
class InteropCorpusTest {

    private static final Optional<Path> CORPUS = InteropCorpus.folder();

    private static H2PlanDatabase database;
    private static PlanEditor editor;
    private static Programme programme;

    static List<String> corpusFiles() {
        return CORPUS.map(folder -> InteropCorpus.planFiles(folder).stream()
                .map(file -> file.getFileName().toString()).toList())
                .orElse(List.of("(shared/interop-corpus is not beside this project)"));
    }

    @BeforeAll
    static void openDatabase() {
        database = H2PlanDatabase.openInMemory("corpus-" + Ids.newId(), ChangeAuthor.newReplica("tester"));
        editor = new PlanEditor(database, new UndoHistory());
        programme = new ProgrammeCatalog(editor).createProgramme(new Programme(Ids.newId(), "Imported plans",
                ProgrammeKind.JOINT_PROJECT, null, new DateRange(LocalDate.of(2000, 1, 1), LocalDate.of(2040, 12, 31)),
                ProgrammeStatus.DRAFT, null, Set.of(), Set.of()));
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusFiles")
    void importsWithTheCountsOfTruthOrIsRefused(String fileName) {
        assumeTrue(CORPUS.isPresent(), "the shared interop corpus (../shared/interop-corpus) is absent");
        Map<String, String> truth = InteropCorpus.truth(CORPUS.get()).get(fileName);
        assertThat(truth).as("TRUTH.tsv has a row for " + fileName).isNotNull();
        Path file = CORPUS.get().resolve(fileName);
        if (truth.get("readable").equals("no")) {
            int roadmapsBefore = roadmapCount();
            ImportRefused refused = catchThrowableOfType(ImportRefused.class, () -> importFile(file));
            assertThat(refused).as("a negative file is refused").isNotNull();
            assertThat(Messages.english().text(refused.problem())).contains(fileName).containsIgnoringCase("password");
            assertThat(roadmapCount()).isEqualTo(roadmapsBefore);
            return;
        }
        ImportedPlan plan = new PlanFiles().read(file);
        assertMatches(plan.counts(), truth, "as read");
        ImportReport report = importFile(file);
        assertMatches(report.counts(), truth, "as stored");
    }

    private static ImportReport importFile(Path file) {
        ImportedPlan plan = new PlanFiles().read(file);
        return new PlanImport(editor).importAsNewRoadmap(programme.id(), plan,
                new PlanImport.Naming(file.getFileName().toString(), id -> "Task " + id,
                slot -> "Baseline " + slot, name -> "Calendar " + name));
    }

    private static int roadmapCount() {
        return database.read(store -> store.roadmaps().findByProgramme(programme.id()).size());
    }

    private static void assertMatches(ImportCounts counts, Map<String, String> truth, String stage) {
        assertThat(List.of(counts.items(), counts.summaries(), counts.milestones(), counts.links(DependencyType.FS),
                counts.links(DependencyType.SS), counts.links(DependencyType.FF), counts.links(DependencyType.SF),
                counts.linksWithLag()))
                .as(stage + ": items, summaries, milestones, FS, SS, FF, SF, links with lag")
                .containsExactly(number(truth, "items"), number(truth, "summaries"), number(truth, "milestones"),
                        number(truth, "FS"), number(truth, "SS"), number(truth, "FF"), number(truth, "SF"),
                        number(truth, "links_with_lag"));
    }

    private static int number(Map<String, String> truth, String column) {
        return Integer.parseInt(truth.get(column));
    }
}
