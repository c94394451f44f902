package org.coplan.exchange.csv;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coplan.domain.DependencyType;
import org.coplan.domain.LagUnit;
import org.coplan.l10n.Problem;
import org.coplan.service.imports.ImportRefused;
import org.coplan.service.imports.ImportedItem;
import org.coplan.service.imports.ImportedLink;
import org.coplan.service.imports.ImportedPlan;

/**
 * Reads Coplan's CSV plans (see {@link CsvColumns}), UTF-8 with or without a byte-order mark. A cell that does
 * not read is refused with its row, column and value, so the user can fix it in the spreadsheet.
 */
public final class CsvPlanReader {

    private static final Pattern PREDECESSOR = Pattern.compile(
            "(\\d+(?:\\.\\d+)*)\\s*(FS|SS|FF|SF)?\\s*(?:([+-])\\s*(\\d{1,6})\\s*(ed|d)?)?", Pattern.CASE_INSENSITIVE);

    /** Longer than any WBS or predecessor a plan has (WBS 1.2.3… of twenty levels, "12.4.7SS+999999ed"). */
    private static final int MAX_ENTRY_LENGTH = 100;

    public ImportedPlan read(Path file) {
        String text = utf8(file);
        List<List<String>> rows = CsvRows.parse(text, CsvRows.separatorOf(text.lines().findFirst().orElse("")));
        if (rows.isEmpty() || !CsvColumns.looksLikeHeader(String.join(",", rows.getFirst()))) {
            throw ImportRefused.of("import.error.unknown-format", file.getFileName());
        }
        List<ImportedItem> items = new ArrayList<>();
        List<ImportedLink> links = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            Row row = new Row(rows.get(r), r + 1);
            String wbs = row.wbs();
            int cut = wbs.lastIndexOf('.');
            String kind = row.cell(CsvColumns.KIND).toLowerCase(Locale.ROOT);
            items.add(new ImportedItem(wbs, cut < 0 ? null : wbs.substring(0, cut), row.cell(CsvColumns.NAME),
                    kind.equals("milestone"), row.date(CsvColumns.START), row.date(CsvColumns.FINISH),
                    row.number(CsvColumns.DURATION), row.number(CsvColumns.COMPLETE), null,
                    row.cell(CsvColumns.NOTES), false));
            links.addAll(row.predecessors(wbs));
        }
        return new ImportedPlan("CSV", null, items, links, List.of());
    }

    private static String utf8(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException wrongEncoding) {
            throw new ImportRefused(Problem.tr("import.error.not-utf8-line", file.getFileName(),
                    firstBadLine(file)), wrongEncoding);
        } catch (IOException unreadable) {
            throw new ImportRefused(Problem.tr("import.error.unreadable", file, unreadable.getMessage()), unreadable);
        }
    }

    /** The number of the first line that is not UTF-8, counted from 1, for the message. */
    private static int firstBadLine(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            int line = 1;
            int start = 0;
            for (int i = 0; i <= bytes.length; i++) {
                if (i == bytes.length || bytes[i] == '\n') {
                    try {
                        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT)
                                .decode(ByteBuffer.wrap(bytes, start, i - start));
                    } catch (CharacterCodingException here) {
                        return line;
                    }
                    line++;
                    start = i + 1;
                }
            }
            return line - 1;
        } catch (IOException unreadable) {
            throw new ImportRefused(Problem.tr("import.error.unreadable", file, unreadable.getMessage()), unreadable);
        }
    }

    /** One data row, with its number in the file (the header is row 1) for messages. */
    private record Row(List<String> cells, int number) {

        String cell(CsvColumns column) {
            return column.ordinal() < cells.size() ? cells.get(column.ordinal()).strip() : "";
        }

        String wbs() {
            String wbs = cell(CsvColumns.WBS);
            if (wbs.length() > MAX_ENTRY_LENGTH || !wbs.matches("\\d+(\\.\\d+)*")) {
                throw refused(CsvColumns.WBS, wbs);
            }
            return wbs;
        }

        LocalDate date(CsvColumns column) {
            String value = cell(column);
            try {
                return value.isEmpty() ? null : LocalDate.parse(value);
            } catch (DateTimeParseException corrupt) {
                throw refused(column, value);
            }
        }

        int number(CsvColumns column) {
            String value = cell(column).replace("%", "").strip();
            try {
                return value.isEmpty() ? 0 : Integer.parseInt(value);
            } catch (NumberFormatException corrupt) {
                throw refused(column, value);
            }
        }

        List<ImportedLink> predecessors(String successor) {
            String text = cell(CsvColumns.PREDECESSORS);
            List<ImportedLink> links = new ArrayList<>();
            for (String entry : text.split("[;,]")) {
                if (entry.isBlank()) {
                    continue;
                }
                Matcher matcher = PREDECESSOR.matcher(entry.strip());
                // a long entry cannot be a predecessor, and the pattern backtracks for minutes over megabytes
                if (entry.strip().length() > MAX_ENTRY_LENGTH || !matcher.matches()) {
                    throw refused(CsvColumns.PREDECESSORS, entry.strip());
                }
                DependencyType type = matcher.group(2) == null ? DependencyType.FS
                        : DependencyType.valueOf(matcher.group(2).toUpperCase(Locale.ROOT));
                int lag = matcher.group(4) == null ? 0 : Integer.parseInt(matcher.group(4));
                lag = "-".equals(matcher.group(3)) ? -lag : lag;
                LagUnit unit = "ed".equalsIgnoreCase(matcher.group(5)) ? LagUnit.ELAPSED : LagUnit.WORKING;
                links.add(new ImportedLink(matcher.group(1), successor, type, lag, unit));
            }
            return links;
        }

        private ImportRefused refused(CsvColumns column, String value) {
            String shown = value.length() > 60 ? value.substring(0, 60) + "…" : value;
            return ImportRefused.of("import.error.csv-cell", number, column.header(), shown);
        }
    }
}
