package org.coplan.ui.imports;

import java.util.ArrayList;
import java.util.List;
import org.coplan.domain.DependencyType;
import org.coplan.l10n.Messages;
import org.coplan.l10n.Problem;
import org.coplan.service.imports.ImportChanges;
import org.coplan.service.imports.ImportCounts;
import org.coplan.service.imports.ImportReport;

/**
 * The report after an import, as sentences: a headline naming the roadmap, what came in (counts, what the
 * update did, calendar, baselines, organisations), and what was left out and why, or that nothing was.
 */
public record ImportReportViewModel(String headline, List<String> cameIn, List<String> leftOut) {

    public ImportReportViewModel {
        cameIn = List.copyOf(cameIn);
        leftOut = List.copyOf(leftOut);
    }

    public static ImportReportViewModel of(ImportReport report, String fileName, Messages messages) {
        ImportCounts counts = report.counts();
        ImportChanges changes = report.changes();
        boolean created = changes.added() == counts.items() && changes.changed() == 0 && changes.removed() == 0
                && changes.kept() == 0;
        String headline = created
                ? messages.tr("ui.import.report.created", fileName, report.formatName(), report.roadmap().name())
                : messages.tr("ui.import.report.updated", fileName, report.formatName(), report.roadmap().name());
        List<String> cameIn = new ArrayList<>();
        cameIn.add(messages.tr("cli.import.items", counts.items(), counts.summaries(), counts.milestones()));
        cameIn.add(messages.tr("cli.import.links", counts.links(DependencyType.FS), counts.links(DependencyType.SS),
                counts.links(DependencyType.FF), counts.links(DependencyType.SF), counts.linksWithLag()));
        if (!created) {
            cameIn.add(changes.none() ? messages.tr("ui.import.report.no-changes")
                    : messages.tr("cli.import.changes", changes.added(), changes.changed(), changes.removed(),
                    changes.kept()));
        }
        for (Problem kept : report.kept()) {
            cameIn.add(messages.text(kept));
        }
        List<String> leftOut = new ArrayList<>();
        for (Problem dropped : report.dropped()) {
            leftOut.add(messages.text(dropped));
        }
        if (leftOut.isEmpty()) {
            leftOut.add(messages.tr("ui.import.report.nothing-left-out"));
        }
        return new ImportReportViewModel(headline, cameIn, leftOut);
    }
}
