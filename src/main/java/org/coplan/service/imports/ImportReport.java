package org.coplan.service.imports;

import java.util.List;
import java.util.Objects;
import org.coplan.domain.Roadmap;
import org.coplan.l10n.Problem;

/**
 * After an import: the roadmap it created or updated, what came in, what it did to the roadmap's items, and
 * what was left out and why.
 */
public record ImportReport(Roadmap roadmap, String formatName, ImportCounts counts, List<Problem> dropped,
                           ImportChanges changes) {

    public ImportReport {
        dropped = List.copyOf(dropped);
        Objects.requireNonNull(changes, "changes");
    }

    /** The report of an import into a new roadmap: every item was added. */
    public ImportReport(Roadmap roadmap, String formatName, ImportCounts counts, List<Problem> dropped) {
        this(roadmap, formatName, counts, dropped, ImportChanges.created(counts.items()));
    }
}
