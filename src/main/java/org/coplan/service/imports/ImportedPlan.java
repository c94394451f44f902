package org.coplan.service.imports;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.coplan.l10n.Problem;

/**
 * A plan read from a file, independent of the file's format: items in outline order, links, and what the reader
 * left out and why ({@code dropped}, e.g. "3 resource assignments ignored"), for the import report.
 * {@code formatName} names the format as users know it ("MS Project XML", "GanttProject"). Where the format
 * has them: the plan's {@code calendar} (or {@code null}), its saved {@code baselines}, and the names of the
 * resources assigned to each task ({@code resources}, by the task's source id, in the file's order), which
 * become organisations only when the user asks.
 */
public record ImportedPlan(String formatName, String title, List<ImportedItem> items, List<ImportedLink> links,
                           List<Problem> dropped, ImportedCalendar calendar, List<ImportedBaseline> baselines,
                           Map<String, List<String>> resources) {

    public ImportedPlan {
        Objects.requireNonNull(formatName, "formatName");
        items = List.copyOf(items);
        links = List.copyOf(links);
        dropped = List.copyOf(dropped);
        baselines = List.copyOf(baselines);
        resources = Collections.unmodifiableMap(new LinkedHashMap<>(resources));
    }

    /** A plan of tasks and links only. */
    public ImportedPlan(String formatName, String title, List<ImportedItem> items, List<ImportedLink> links,
                        List<Problem> dropped) {
        this(formatName, title, items, links, dropped, null, List.of(), Map.of());
    }

    /** Counts as the import report and the command line show them. */
    public ImportCounts counts() {
        return ImportCounts.of(items, links);
    }

    /** How many resource assignments the file has. */
    public int assignments() {
        return resources.values().stream().mapToInt(List::size).sum();
    }
}
