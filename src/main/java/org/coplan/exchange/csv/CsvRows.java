package org.coplan.exchange.csv;

import java.util.ArrayList;
import java.util.List;
import org.coplan.service.imports.ImportRefused;

/**
 * Splits CSV text into rows of cells: quoted cells may hold the separator, doubled quotes and line breaks
 * (spreadsheets write notes that way). The separator is the one the header uses.
 */
final class CsvRows {

    /** Far above Coplan's columns; what a row may hold before the file is refused as damaged. */
    static final int MAX_CELLS = 1_000;

    private CsvRows() {
    }

    static char separatorOf(String header) {
        for (char candidate : CsvColumns.SEPARATORS) {
            if (header.indexOf(candidate) >= 0) {
                return candidate;
            }
        }
        return ',';
    }

    static List<List<String>> parse(String text, char separator) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                row.add(cell.toString());
                cell.setLength(0);
                if (row.size() > MAX_CELLS) {
                    // a row of a million empty cells costs a hundred times its bytes in memory
                    throw ImportRefused.of("import.error.csv-too-many-cells", rows.size() + 1, MAX_CELLS);
                }
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                addUnlessBlank(rows, row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        row.add(cell.toString());
        addUnlessBlank(rows, row);
        return rows;
    }

    private static void addUnlessBlank(List<List<String>> rows, List<String> row) {
        if (row.stream().anyMatch(cell -> !cell.isBlank())) {
            rows.add(row);
        }
    }
}
