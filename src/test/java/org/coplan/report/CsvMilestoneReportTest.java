package org.coplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CsvMilestoneReportTest {

    @Test
    void oneLinePerMilestoneWithAHeaderInTheReportLanguageAndQuotedFields() {
        MilestoneReportOptions options = MilestoneReportOptions.of(ReportPeriod.quarter(2026, 2),
                LocalDate.of(2026, 5, 1)).withLanguage(ReportLanguage.RU);
        MilestoneRow row = new MilestoneRow(UUID.randomUUID(), "Программа", "Карта", "1.2",
                "Отчёт \"итоговый\", том 1", "Россия", "РАН", LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 8),
                OptionalInt.of(4), OptionalInt.of(-1), 30, MilestoneStatus.SLIPPED, "");
        MilestoneReport report = new MilestoneReport(options, List.of("Программа"), "Базовый", "", 1,
                List.of(new MilestoneGroup("Россия", List.of(row))));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvMilestoneReport(report).write(out);
        String csv = out.toString(StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFВедущее государство,Программа,Дорожная карта,СДР,");
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).isEqualTo(
                "Россия,Программа,Карта,1.2,\"Отчёт \"\"итоговый\"\", том 1\",Россия,РАН,2026-05-04,2026-05-08,4,-1,30,Сдвинуто,");
    }

    @Test
    void aFieldASpreadsheetWouldTakeForAFormulaIsDefused() {
        assertThat(CsvMilestoneReport.quoted("=HYPERLINK(1)")).isEqualTo("'=HYPERLINK(1)");
        assertThat(CsvMilestoneReport.quoted("-3")).isEqualTo("-3");
        assertThat(CsvMilestoneReport.quoted("plain")).isEqualTo("plain");
    }
}
