package org.coplan.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The same summary for spreadsheets: one line per milestone with its group, in the report's language,
 * RFC 4180 quoting, UTF-8 with a byte-order mark so that Excel shows Cyrillic right, and ISO dates so that
 * any spreadsheet reads them as dates. Variance and slack are plain numbers.
 */
public final class CsvMilestoneReport {

    private final MilestoneReport report;
    private final ReportTexts texts;

    public CsvMilestoneReport(MilestoneReport report) {
        this.report = report;
        this.texts = new ReportTexts(report.options().language());
    }

    public void write(OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            line(writer, List.of(texts.groupBy(report.options().groupBy()), texts.tr("report.column.programme"),
                    texts.tr("report.column.roadmap"), texts.tr("report.column.wbs"),
                    texts.tr("report.column.milestone"), texts.tr("report.column.lead-state"),
                    texts.tr("report.column.lead-organization"), texts.tr("report.column.baseline-date"),
                    texts.tr("report.column.current-date"), texts.tr("report.column.variance"),
                    texts.tr("report.column.total-slack"), texts.tr("report.column.percent-complete"),
                    texts.tr("report.column.status"), texts.tr("report.column.deliverable")));
            for (MilestoneGroup group : report.groups()) {
                for (MilestoneRow row : group.rows()) {
                    line(writer, List.of(group.title(), row.programme(), row.roadmap(), row.wbs(), row.name(),
                            row.leadState(), row.leadOrganization(),
                            row.baselineDate() == null ? "" : row.baselineDate().toString(),
                            row.currentDate().toString(),
                            row.varianceDays().isPresent() ? Integer.toString(row.varianceDays().getAsInt()) : "",
                            row.totalSlack().isPresent() ? Integer.toString(row.totalSlack().getAsInt()) : "",
                            Integer.toString(row.percentComplete()), texts.status(row.status()),
                            row.deliverable()));
                }
            }
            writer.flush();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static void line(Writer writer, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(quoted(fields.get(i)));
        }
        writer.write("\r\n");
    }

    static String quoted(String field) {
        String value = field == null ? "" : field;
        // a leading = + - @ would be taken for a formula by a spreadsheet
        if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("-?\\d+")) {
            value = "'" + value;
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
