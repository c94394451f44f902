package org.coplan.service.imports;

import java.util.List;
import java.util.Objects;
import org.coplan.l10n.Problem;

/**
 * A plan read from a file, independent of the file's format: items in outline order, links, and what the reader
 * left out and why ({@code dropped}, e.g. "3 resource assignments ignored"), for the import report.
 * {@code formatName} names the format as users know it ("MS Project XML", "GanttProject").
 */
public record ImportedPlan(String formatName, String title, List<ImportedItem> items, List<ImportedLink> links,
                           List<Problem> dropped) {

    public ImportedPlan {
        Objects.requireNonNull(formatName, "formatName");
        items = List.copyOf(items);
        links = List.copyOf(links);
        dropped = List.copyOf(dropped);
    }

    /** Counts as the import report and the command line show them. */
    public ImportCounts counts() {
        return ImportCounts.of(items, links);
    }
}
