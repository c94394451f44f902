package org.coplan.exchange.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.coplan.domain.DependencyType;
import org.coplan.domain.LagUnit;
import org.coplan.exchange.imports.PlanFiles;
import org.coplan.l10n.Messages;
import org.coplan.service.imports.ImportRefused;
import org.coplan.service.imports.ImportedItem;
import org.coplan.service.imports.ImportedLink;
import org.coplan.service.imports.ImportedPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Coplan's CSV: the tree from WBS codes, links from the predecessors column, bad cells named by row and column. */
class CsvPlanReaderTest {

    private static final String PLAN = """
            WBS;Name;Kind;Start;Finish;Duration;Complete;Predecessors;Notes
            1;Study;phase;2025-03-03;2025-03-14;10;0;;
            1.1;Survey;activity;2025-03-03;2025-03-07;5;50%;;"Two lines;
            and a ""quote\"""
            1.2;Report;activity;2025-03-12;2025-03-14;3;0;1.1FS+2d;
            2;Agreed;milestone;2025-03-14;;0;0;"1.2SS-1ed; 1.1";
            """;

    @TempDir
    Path temp;

    private Path file(String content) throws IOException {
        Path file = temp.resolve("plan.csv");
        Files.write(file, ("\uFEFF" + content).getBytes(StandardCharsets.UTF_8));
        return file;
    }

    private String refusal(Path file) {
        ImportRefused refused = catchThrowableOfType(ImportRefused.class, () -> new PlanFiles().read(file));
        assertThat(refused).as("refused").isNotNull();
        return Messages.english().text(refused.problem());
    }

    @Test
    void rowsBecomeATreeWithLinks() throws IOException {
        ImportedPlan plan = new PlanFiles().read(file(PLAN));
        assertThat(plan.items()).extracting(ImportedItem::sourceId).containsExactly("1", "1.1", "1.2", "2");
        assertThat(plan.items()).extracting(ImportedItem::parentSourceId).containsExactly(null, "1", "1", null);
        ImportedItem survey = plan.items().get(1);
        assertThat(survey.percentComplete()).isEqualTo(50);
        assertThat(survey.finish()).isEqualTo(LocalDate.of(2025, 3, 7));
        assertThat(survey.notes()).isEqualTo("Two lines;\nand a \"quote\"");
        assertThat(plan.items().getLast().milestone()).isTrue();
        assertThat(plan.links()).containsExactly(
                new ImportedLink("1.1", "1.2", DependencyType.FS, 2, LagUnit.WORKING),
                new ImportedLink("1.2", "2", DependencyType.SS, -1, LagUnit.ELAPSED),
                new ImportedLink("1.1", "2", DependencyType.FS, 0, LagUnit.WORKING));
    }

    @Test
    void aCellThatDoesNotReadIsNamedByRowAndColumn() throws IOException {
        // rows as a spreadsheet numbers them: the header is row 1, and a cell with a line break stays in its row
        assertThat(refusal(file(PLAN.replace("2025-03-12", "12.03.2025"))))
                .isEqualTo("Row 4, column Start: \"12.03.2025\" cannot be read. Nothing was imported.");
        assertThat(refusal(file(PLAN.replace("1.1FS+2d", "1.1XY")))).contains("column Predecessors", "1.1XY");
    }

    @Test
    void textThatIsNotUtf8IsRefused() throws IOException {
        Path file = temp.resolve("latin.csv");
        Files.write(file, "WBS,Name\n1,Overview\n2,Übersicht\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(refusal(file)).contains("latin.csv", "line 3", "not UTF-8", "CSV UTF-8");
    }

    @Test
    void utf16TextIsRefusedSayingSoRatherThanAsAnUnknownFormat() throws IOException {
        Path file = temp.resolve("excel.csv");
        Files.write(file, ("\uFEFF" + PLAN).getBytes(StandardCharsets.UTF_16LE));
        assertThat(refusal(file)).contains("excel.csv", "UTF-16");
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstColumnsName() throws IOException {
        ImportedPlan plan = new PlanFiles().read(file(PLAN));
        assertThat(plan.items()).extracting(ImportedItem::sourceId).containsExactly("1", "1.1", "1.2", "2");
    }
}
