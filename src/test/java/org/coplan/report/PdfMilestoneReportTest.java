package org.coplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.coplan.domain.WorkItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PdfMilestoneReportTest {

    private static final LocalDate STATUS_DATE = LocalDate.of(2026, 6, 15);
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 16);

    private final SamplePlanReports sample = new SamplePlanReports();

    @AfterEach
    void close() {
        sample.close();
    }

    @Test
    void theEnglishPdfHoldsEveryMilestoneOfThePeriodAsSearchableText() throws IOException {
        List<WorkItem> milestones = sample.milestonesIn(ReportPeriod.year(2026));

        String text = flat(text(pdf(sample.report(SamplePlanReports.year2026(STATUS_DATE)))));

        assertThat(text).contains("Milestone summary", "Lead state", "Page 1 of");
        for (WorkItem milestone : milestones) {
            assertThat(text).as("milestone %s", milestone.name()).contains(flat(milestone.name()));
        }
    }

    @Test
    void theRussianPdfHoldsEveryMilestoneOfThePeriodWithCyrillicNamesAndHeadings() throws IOException {
        List<WorkItem> milestones = sample.milestonesIn(ReportPeriod.year(2026));
        WorkItem renamed = sample.change(milestones.getFirst().id(),
                item -> item.withName("Соглашение о совместном использовании подписано (ЕАЭС)"));
        MilestoneReportOptions options = SamplePlanReports.year2026(STATUS_DATE).withLanguage(ReportLanguage.RU);

        String text = flat(text(pdf(sample.report(options))));

        assertThat(text).contains("Сводка контрольных точек", "Ведущее государство", "Россия", "Стр. 1 из");
        assertThat(text).contains(flat(renamed.name()));
        for (WorkItem milestone : sample.milestonesIn(ReportPeriod.year(2026))) {
            assertThat(text).as("milestone %s", milestone.name()).contains(flat(milestone.name()));
        }
    }

    @Test
    void everyFontIsEmbeddedAsASubset() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf(sample.report(SamplePlanReports.year2026(STATUS_DATE))))) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts.add(font.getName());
                }
            }
            // a subset's name begins with six capitals and a plus sign
            assertThat(fonts).isNotEmpty().allMatch(name -> name.matches("[A-Z]{6}\\+DejaVuSansCondensed.*"));
        }
    }

    @Test
    void aLongTableRepeatsItsGroupTitleAndHeaderOnEveryPageItRunsTo() throws IOException {
        MilestoneReport report = SyntheticReport.of(700, 3, ReportLanguage.EN);

        byte[] pdf = pdf(report);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(10);
            PDFTextStripper stripper = new PDFTextStripper();
            // from the third page on, every page is inside some group's table
            for (int page = 3; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document);
                assertThat(text).as("page %d", page).contains("WBS", "Milestone", "Deliverable",
                        "Page " + page + " of " + pages);
                assertThat(text).as("page %d", page).containsPattern("\\(continued\\)|milestones");
            }
        }
        String all = flat(text(pdf));
        for (MilestoneRow row : report.rows()) {
            assertThat(all).contains(flat(row.name()));
        }
    }

    @Test
    void pageSizeAndOrientationFollowThePageSetup() throws IOException {
        MilestoneReportOptions options = SamplePlanReports.year2026(STATUS_DATE)
                .withPage(new PageSetup(PageSetup.Paper.LETTER, true, 10));

        try (PDDocument document = Loader.loadPDF(pdf(sample.report(options)))) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(792f);
            assertThat(document.getPage(0).getMediaBox().getHeight()).isEqualTo(612f);
        }
    }

    @Test
    void aPeriodWithoutMilestonesStillMakesADocumentSayingSo() throws IOException {
        MilestoneReportOptions options = MilestoneReportOptions.of(ReportPeriod.quarter(2040, 1), STATUS_DATE);

        String text = text(pdf(sample.report(options)));

        assertThat(text).contains("No milestones fall in this period.", "Page 1 of 1");
    }

    @Test
    void aCharacterTheFontLacksBecomesAQuestionMarkInsteadOfFailingTheReport() throws IOException {
        WorkItem milestone = sample.milestonesIn(ReportPeriod.year(2026)).getFirst();
        sample.change(milestone.id(), item -> item.withName("Signed \uD83D\uDE80 agreement"));

        String text = text(pdf(sample.report(SamplePlanReports.year2026(STATUS_DATE))));

        assertThat(text).contains("Signed ? agreement");
    }

    private static byte[] pdf(MilestoneReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfMilestoneReport(report, TODAY).write(out);
        return out.toByteArray();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** Cells wrap names over lines: compare with every run of white space as one space. */
    private static String flat(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
