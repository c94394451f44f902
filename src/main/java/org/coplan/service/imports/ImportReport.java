package org.coplan.service.imports;

import java.util.List;
import org.coplan.domain.Roadmap;
import org.coplan.l10n.Problem;

/** After an import: the roadmap it created, what came in, and what was left out and why. */
public record ImportReport(Roadmap roadmap, String formatName, ImportCounts counts, List<Problem> dropped) {

    public ImportReport {
        dropped = List.copyOf(dropped);
    }
}
