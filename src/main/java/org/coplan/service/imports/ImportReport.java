package org.coplan.service.imports;

import java.util.List;
import java.util.Objects;
import org.coplan.domain.Roadmap;
import org.coplan.l10n.Problem;

/**
 * After an import: the roadmap it created or updated, what came in ({@code counts}, and {@code kept}: the
 * calendar, baselines, organisations, notes and constraints it brought), what it did to the roadmap's items,
 * and what was left out and why.
 */
public record ImportReport(Roadmap roadmap, String formatName, ImportCounts counts, List<Problem> dropped,
                           ImportChanges changes, List<Problem> kept) {

    public ImportReport {
        dropped = List.copyOf(dropped);
        Objects.requireNonNull(changes, "changes");
        kept = List.copyOf(kept);
    }

    /** The report of an import into a new roadmap: every item was added. */
    public ImportReport(Roadmap roadmap, String formatName, ImportCounts counts, List<Problem> dropped) {
        this(roadmap, formatName, counts, dropped, ImportChanges.created(counts.items()), List.of());
    }
}
