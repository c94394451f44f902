package org.coplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.coplan.domain.Programme;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report milestones}: the milestone summary written headless, as PDF or CSV by the file's name. */
class MilestoneReportCommandTest {

    @TempDir
    Path temp;

    private CommandRunner cli;

    @BeforeEach
    void sample() {
        cli = new CommandRunner(temp);
        assertThat(cli.runOn(db(), "sample")).isZero();
    }

    private Path db() {
        return temp.resolve("plan");
    }

    @Test
    void writesAPdfInTheLanguageAskedForWhateverTheCommandLineSpeaks() throws IOException {
        Path pdf = temp.resolve("q2.pdf");

        int code = cli.runOn(db(), "report", "milestones", "--from", "2026-04-01", "--to", "2026-06-30",
                "--group-by", "area", "--lang", "ru", "--status-date", "2026-05-15", "--prepared-by", "А. Петров",
                "-o", pdf.toString());

        assertThat(code).as(cli.err()).isZero();
        assertThat(cli.out()).startsWith("Wrote the milestone summary of ").contains(pdf.toString());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Сводка контрольных точек", "2-й квартал 2026 г.", "Приоритетное направление",
                    "А. Петров");
        }
    }

    @Test
    void oneProgrammeAsCsvWhenTheFileEndsInCsv() throws IOException {
        String id;
        try (var database = CommandRunner.open(db())) {
            id = database.read(store -> store.programmes().findAll().stream()
                    .filter(p -> p.title().startsWith("Framework")).map(Programme::id).findFirst().orElseThrow())
                    .toString();
        }
        Path csv = temp.resolve("framework.csv");

        int code = cli.runOn(db(), "report", "milestones", "--programme", id, "--from", "2026-01-01",
                "--to", "2026-12-31", "--group-by", "programme", "-o", csv.toString());

        assertThat(code).as(cli.err()).isZero();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.getFirst()).startsWith("\uFEFFProgramme,Programme,Roadmap,WBS,Milestone,");
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(lines.subList(1, lines.size()))
                .allMatch(line -> line.startsWith("Framework programme for scientific"));
    }

    @Test
    void aFileThatIsNeitherPdfNorCsvIsRefusedAndNothingIsWritten() {
        Path output = temp.resolve("report.docx");

        int code = cli.runOn(db(), "report", "milestones", "--from", "2026-01-01", "--to", "2026-12-31",
                "-o", output.toString());

        assertThat(code).isEqualTo(FailureHandler.BAD_INPUT);
        assertThat(cli.err()).contains("end it in .pdf or .csv");
        assertThat(output).doesNotExist();
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        int code = cli.runOn(db(), "report", "milestones", "--from", "2026-06-01", "--to", "2026-05-31",
                "-o", temp.resolve("r.pdf").toString());

        assertThat(code).isEqualTo(FailureHandler.BAD_INPUT);
        assertThat(cli.err()).contains("The period ends (2026-05-31) before it starts (2026-06-01).");
    }

    @Test
    void theBenchmarkReportsItsTimesAndPages() {
        int code = cli.run("bench", "report", "--milestones", "300", "--runs", "1");

        assertThat(code).as(cli.err()).isZero();
        assertThat(cli.out()).matches("(?s)300 milestones to PDF: first run \\d+ ms, then median \\d+ ms, "
                + "slowest \\d+ ms \\(median on the CPU \\d+ ms\\); \\d+ pages, \\d+ KB\\.\\s*");
    }
}
