package org.coplan.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Writes a milestone summary as a PDF a ministry can send on: a title block, the counts per group and status,
 * the chart of milestones per quarter, the Gantt strip, then per group a table of its milestones that carries
 * its title and header onto every page it runs to; a running header and a footer with "page n of m" on every
 * page. The text is real text in an embedded font, so it can be selected, searched and read aloud.
 */
public final class PdfMilestoneReport {

    private static final float TITLE_SIZE = 17;
    private static final float HEADER_SIZE = 7;

    private final MilestoneReport report;
    private final ReportTexts texts;
    private final LocalDate today;

    /** @param today the date the report is made on, printed in the footer */
    public PdfMilestoneReport(MilestoneReport report, LocalDate today) {
        this.report = report;
        this.texts = new ReportTexts(report.options().language());
        this.today = today;
    }

    /** Writes the report to {@code out} (left open) and tells how many pages it has. */
    public int write(OutputStream out) {
        try (PDDocument document = new PDDocument()) {
            ReportFonts fonts = ReportFonts.load(document);
            try (PdfPages pages = new PdfPages(document, report.options().page(), fonts)) {
                pages.newPage();
                titleBlock(pages);
                summary(pages);
                PdfCharts charts = new PdfCharts(pages, texts, report);
                charts.quarterChart();
                pages.moveDown(10);
                charts.ganttStrip();
                groups(pages);
                int total = pages.pages().size();
                for (int i = 0; i < total; i++) {
                    int number = i + 1;
                    pages.onPage(i, page -> headerAndFooter(page, number, total));
                }
            }
            describe(document);
            document.save(out);
            return document.getNumberOfPages();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private float bodySize() {
        return report.options().page().landscape() ? 8 : 7.5f;
    }

    private String programmes() {
        return report.programmes().isEmpty() ? texts.tr("report.no-programme") : String.join("; ", report.programmes());
    }

    private void describe(PDDocument document) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(texts.tr("report.title") + " — " + programmes());
        info.setSubject(texts.period(report.options().periodKind(), report.options().period()));
        if (!report.options().preparedBy().isBlank()) {
            info.setAuthor(report.options().preparedBy());
        }
        info.setCreator("Coplan");
        document.getDocumentCatalog().setLanguage(report.options().language().locale().getLanguage());
    }

    // ---- the first page

    private void titleBlock(PdfPages pages) {
        PDFont bold = pages.fonts().bold();
        PDFont regular = pages.fonts().regular();
        pages.text(bold, TITLE_SIZE, ReportColour.GROUP_FILL, pages.left(), pages.cursor() - TITLE_SIZE,
                texts.tr("report.title"));
        pages.moveDown(TITLE_SIZE + 6);
        for (String line : pages.wrap(bold, 11, programmes(), pages.width())) {
            pages.text(bold, 11, ReportColour.TEXT, pages.left(), pages.cursor() - 11, line);
            pages.moveDown(14);
        }
        pages.moveDown(4);
        pages.line(ReportColour.GROUP_FILL, 1.2f, pages.left(), pages.cursor(), pages.right(), pages.cursor());
        pages.moveDown(6);
        MilestoneReportOptions options = report.options();
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[]{texts.tr("report.field.period"), texts.period(options.periodKind(), options.period())});
        facts.add(new String[]{texts.tr("report.field.status-date"), texts.date(options.statusDate())});
        facts.add(new String[]{texts.tr("report.field.baseline"),
                report.baseline().isBlank() ? texts.tr("report.no-baseline") : report.baseline()});
        facts.add(new String[]{texts.tr("report.field.grouped-by"), texts.groupBy(options.groupBy())});
        facts.add(new String[]{texts.tr("report.field.completed"),
                options.includeCompleted() ? texts.tr("report.completed.included") : texts.tr("report.completed.left-out")});
        facts.add(new String[]{texts.tr("report.field.at-risk"), texts.tr("report.at-risk-rule", options.atRiskSlackDays())});
        facts.add(new String[]{texts.tr("report.field.prepared-by"),
                options.preparedBy().isBlank() ? "—" : options.preparedBy()});
        facts.add(new String[]{texts.tr("report.field.replica"), report.replica().isBlank() ? "—" : report.replica()});
        float size = 8.5f;
        float labelWidth = 0;
        for (String[] fact : facts) {
            labelWidth = Math.max(labelWidth, pages.textWidth(bold, size, fact[0]));
        }
        labelWidth += 12;
        for (String[] fact : facts) {
            List<String> lines = pages.wrap(regular, size, fact[1], pages.width() - labelWidth);
            pages.text(bold, size, ReportColour.MUTED, pages.left(), pages.cursor() - size, fact[0]);
            for (String line : lines) {
                pages.text(regular, size, ReportColour.TEXT, pages.left() + labelWidth, pages.cursor() - size, line);
                pages.moveDown(size * 1.35f);
            }
        }
        pages.moveDown(10);
    }

    /** Counts per group and status, with the totals as the last row. */
    private void summary(PdfPages pages) {
        sectionTitle(pages, texts.tr("report.summary.title"));
        List<PdfTable.Column> columns = new ArrayList<>();
        columns.add(new PdfTable.Column(texts.groupBy(report.options().groupBy()), 30, false, false));
        for (MilestoneStatus status : MilestoneStatus.values()) {
            columns.add(new PdfTable.Column(texts.status(status), 10, true, true));
        }
        columns.add(new PdfTable.Column(texts.tr("report.summary.total"), 10, true, true));
        List<List<PdfTable.Cell>> rows = new ArrayList<>();
        for (MilestoneGroup group : report.groups()) {
            rows.add(countCells(group.title(), group.counts(), false));
        }
        rows.add(countCells(texts.tr("report.summary.total"), report.counts(), true));
        PdfTable table = new PdfTable(pages, columns, bodySize(), rows, () -> sectionTitle(pages,
                texts.tr("report.continued", texts.tr("report.summary.title"))));
        pages.ensure(table.headerHeight() + 3 * 14);
        table.header();
        rows.forEach(table::row);
        if (report.groups().isEmpty()) {
            pages.moveDown(4);
            pages.text(pages.fonts().regular(), bodySize(), ReportColour.MUTED, pages.left(),
                    pages.cursor() - bodySize(), texts.tr("report.none"));
            pages.moveDown(bodySize() + 4);
        }
        pages.moveDown(14);
    }

    private static List<PdfTable.Cell> countCells(String title, StatusCounts counts, boolean bold) {
        List<PdfTable.Cell> cells = new ArrayList<>();
        cells.add(new PdfTable.Cell(title, null, bold, null));
        for (MilestoneStatus status : MilestoneStatus.values()) {
            cells.add(new PdfTable.Cell(Integer.toString(counts.of(status)), null, bold, null));
        }
        cells.add(new PdfTable.Cell(Integer.toString(counts.total()), null, true, null));
        return cells;
    }

    private void sectionTitle(PdfPages pages, String title) {
        pages.text(pages.fonts().bold(), 10, ReportColour.GROUP_FILL, pages.left(), pages.cursor() - 10, title);
        pages.moveDown(16);
    }

    // ---- the tables

    private List<PdfTable.Column> milestoneColumns() {
        return List.of(
                new PdfTable.Column(texts.tr("report.column.wbs"), 6, false, true),
                new PdfTable.Column(texts.tr("report.column.milestone"), 24, false, false),
                new PdfTable.Column(texts.tr("report.column.lead-state"), 10, false, false),
                new PdfTable.Column(texts.tr("report.column.lead-organization"), 11, false, false),
                new PdfTable.Column(texts.tr("report.column.baseline-date"), 11, true, true),
                new PdfTable.Column(texts.tr("report.column.current-date"), 11, true, true),
                new PdfTable.Column(texts.tr("report.column.variance"), 6, true, true),
                new PdfTable.Column(texts.tr("report.column.status"), 10, false, true),
                new PdfTable.Column(texts.tr("report.column.deliverable"), 15, false, false));
    }

    private void groups(PdfPages pages) {
        boolean manyRoadmaps = report.roadmaps() > 1;
        pages.moveDown(12);
        List<List<List<PdfTable.Cell>>> groupRows = report.groups().stream()
                .map(group -> group.rows().stream().map(row -> cells(row, manyRoadmaps)).toList()).toList();
        PdfTable columns = new PdfTable(pages, milestoneColumns(), bodySize(),
                groupRows.stream().flatMap(List::stream).toList(), () -> { });
        for (int g = 0; g < report.groups().size(); g++) {
            MilestoneGroup group = report.groups().get(g);
            List<List<PdfTable.Cell>> rows = groupRows.get(g);
            PdfTable table = columns.continuingWith(
                    () -> groupTitle(pages, texts.tr("report.continued", group.title()), null));
            // a group's title is never left alone at the foot of a page
            float keep = 34 + table.headerHeight() + (rows.isEmpty() ? 0 : table.height(rows.getFirst()));
            pages.ensure(keep);
            groupTitle(pages, group.title(), group.counts());
            table.header();
            rows.forEach(table::row);
            pages.moveDown(14);
        }
    }

    private void groupTitle(PdfPages pages, String title, StatusCounts counts) {
        PDFont bold = pages.fonts().bold();
        float height = 15;
        float top = pages.cursor();
        pages.fill(ReportColour.GROUP_FILL, pages.left(), top - height, pages.width(), height);
        String countText = "";
        if (counts != null) {
            List<String> parts = new ArrayList<>();
            parts.add(texts.tr("report.group.count", counts.total()));
            for (MilestoneStatus status : MilestoneStatus.values()) {
                if (counts.of(status) > 0) {
                    parts.add(texts.status(status) + " " + counts.of(status));
                }
            }
            countText = String.join("  |  ", parts);
        }
        PDFont regular = pages.fonts().regular();
        float room = pages.width() - 8;
        float countWidth = Math.min(pages.textWidth(regular, 7.5f, countText), room * 0.55f);
        // the title takes what the counts leave, the counts never more than a little over half
        String shownTitle = pages.fit(bold, 9.5f, title, Math.max(room * 0.45f, room - countWidth - 16));
        float titleRoom = pages.textWidth(bold, 9.5f, shownTitle);
        pages.text(bold, 9.5f, ReportColour.WHITE, pages.left() + 4, top - height + 4.5f, shownTitle);
        if (!countText.isEmpty()) {
            pages.textRight(regular, 7.5f, ReportColour.WHITE, pages.right() - 4, top - height + 4.5f,
                    pages.fit(regular, 7.5f, countText, Math.max(countWidth, room - titleRoom - 16)));
        }
        pages.moveDown(height + 3);
    }

    private List<PdfTable.Cell> cells(MilestoneRow row, boolean manyRoadmaps) {
        return List.of(
                PdfTable.Cell.of(row.wbs()),
                new PdfTable.Cell(row.name(), null, false, manyRoadmaps ? row.roadmap() : null),
                PdfTable.Cell.of(row.leadState()),
                PdfTable.Cell.of(row.leadOrganization()),
                PdfTable.Cell.of(texts.date(row.baselineDate())),
                PdfTable.Cell.of(texts.date(row.currentDate())),
                PdfTable.Cell.of(texts.variance(row.varianceDays())),
                new PdfTable.Cell(texts.status(row.status()), ReportColour.of(row.status()), false, null),
                PdfTable.Cell.of(row.deliverable()));
    }

    // ---- every page

    private void headerAndFooter(PdfPages pages, int number, int total) {
        PDFont regular = pages.fonts().regular();
        PDFont bold = pages.fonts().bold();
        float headerBaseline = report.options().page().height() - report.options().page().margin() - HEADER_SIZE;
        String right = texts.period(report.options().periodKind(), report.options().period());
        float rightWidth = pages.textWidth(regular, HEADER_SIZE, right);
        String left = pages.fit(bold, HEADER_SIZE, texts.tr("report.title") + " — " + programmes(),
                pages.width() - rightWidth - 16);
        pages.text(bold, HEADER_SIZE, ReportColour.MUTED, pages.left(), headerBaseline, left);
        pages.textRight(regular, HEADER_SIZE, ReportColour.MUTED, pages.right(), headerBaseline, right);
        pages.line(ReportColour.RULE, 0.5f, pages.left(), headerBaseline - 4, pages.right(), headerBaseline - 4);

        float footerBaseline = report.options().page().margin() + 4;
        pages.line(ReportColour.RULE, 0.5f, pages.left(), footerBaseline + HEADER_SIZE + 3, pages.right(),
                footerBaseline + HEADER_SIZE + 3);
        String made = report.options().preparedBy().isBlank()
                ? texts.tr("report.footer.made", texts.date(today))
                : texts.tr("report.footer.made-by", texts.date(today), report.options().preparedBy());
        String page = texts.tr("report.footer.page", number, total);
        String replica = report.replica().isBlank() ? "" : texts.tr("report.footer.replica", report.replica());
        float pageWidth = pages.textWidth(regular, HEADER_SIZE, page);
        float side = (pages.width() - pageWidth) / 2 - 10;
        pages.text(regular, HEADER_SIZE, ReportColour.MUTED, pages.left(), footerBaseline,
                pages.fit(regular, HEADER_SIZE, made, side));
        pages.textCentred(regular, HEADER_SIZE, ReportColour.MUTED, (pages.left() + pages.right()) / 2, footerBaseline,
                page);
        pages.textRight(regular, HEADER_SIZE, ReportColour.MUTED, pages.right(), footerBaseline,
                pages.fit(regular, HEADER_SIZE, replica, side));
    }
}
