package org.coplan.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.coplan.domain.DependencyType;
import org.coplan.domain.Ids;
import org.coplan.domain.Rank;
import org.coplan.domain.Roadmap;
import org.coplan.l10n.Messages;
import org.coplan.l10n.Problem;
import org.coplan.service.imports.ImportChanges;
import org.coplan.service.imports.ImportCounts;
import org.coplan.service.imports.ImportReport;
import org.junit.jupiter.api.Test;

/** The import report says what came in and what was left out, in the user's language. */
class ImportReportViewModelTest {

    private final Roadmap roadmap = new Roadmap(Ids.newId(), Ids.newId(), "House", null, null, Rank.initial(0));
    private final ImportCounts counts = new ImportCounts(20, 4, 4, Map.of(DependencyType.FS, 17), 1);

    @Test
    void aNewRoadmapListsCountsKeptThingsAndDroppedThings() {
        ImportReport report = new ImportReport(roadmap, "GanttProject", counts,
                List.of(Problem.tr("import.dropped.resource-assignments", 3)), ImportChanges.created(20),
                List.of(Problem.tr("import.kept.baselines", 2)));

        ImportReportViewModel shown = ImportReportViewModel.of(report, "house.gan", Messages.english());

        assertThat(shown.headline()).isEqualTo("house.gan (GanttProject) came in as the new roadmap \"House\".");
        assertThat(shown.cameIn()).containsExactly("Items: 20 (4 summaries, 4 milestones).",
                "Links: FS 17, SS 0, FF 0, SF 0; with a lag: 1.", "2 baselines saved in the file.");
        assertThat(shown.leftOut()).containsExactly("3 resource assignments ignored.");
    }

    @Test
    void nothingLeftOutIsSaidSoAndInRussianToo() {
        ImportReport report = new ImportReport(roadmap, "MS Project XML", counts, List.of(),
                new ImportChanges(0, 0, 0, 2), List.of());

        ImportReportViewModel english = ImportReportViewModel.of(report, "house.xml", Messages.english());
        ImportReportViewModel russian = ImportReportViewModel.of(report, "house.xml",
                Messages.forLocale(java.util.Locale.of("ru")));

        assertThat(english.cameIn()).contains("The roadmap already matched the file: nothing changed.");
        assertThat(english.leftOut()).containsExactly("Nothing was left out.");
        assertThat(russian.leftOut()).containsExactly("Ничего не пропущено.");
        assertThat(russian.headline()).contains("обновил дорожную карту «House»");
    }
}
