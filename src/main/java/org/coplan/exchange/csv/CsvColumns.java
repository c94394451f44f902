package org.coplan.exchange.csv;

import java.util.List;
import java.util.Locale;

/**
 * The columns of Coplan's CSV plans, in order, named in English whatever the user's language so that a file
 * reads anywhere. {@code WBS} places the row in the tree (1, 1.1, 1.2 …) and {@code Predecessors} names other
 * rows by WBS code as the outline's predecessors column does ({@code 1.1FS+2d; 1.2SS}). Dates are ISO
 * ({@code 2025-03-31}), {@code Duration} counts working days, {@code Complete} is a percentage.
 */
public enum CsvColumns {
    WBS, NAME, KIND, START, FINISH, DURATION, COMPLETE, PREDECESSORS, NOTES;

    public String header() {
        return switch (this) {
            case WBS -> "WBS";
            case NAME -> "Name";
            case KIND -> "Kind";
            case START -> "Start";
            case FINISH -> "Finish";
            case DURATION -> "Duration";
            case COMPLETE -> "Complete";
            case PREDECESSORS -> "Predecessors";
            case NOTES -> "Notes";
        };
    }

    /** Separators a spreadsheet may have written: comma, or semicolon where the comma is the decimal sign. */
    static final List<Character> SEPARATORS = List.of(',', ';', '\t');

    /** Whether a first line is a header of Coplan's columns (it starts with WBS and Name). */
    public static boolean looksLikeHeader(String line) {
        String plain = line.strip().toLowerCase(Locale.ROOT).replace("\"", "");
        return SEPARATORS.stream().anyMatch(separator -> plain.startsWith("wbs" + separator + "name"));
    }
}
