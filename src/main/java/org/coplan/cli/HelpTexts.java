package org.coplan.cli;

import java.util.ListResourceBundle;
import org.coplan.l10n.Messages;

/**
 * The option descriptions picocli shows in the usage help, looked up by the options' description keys and
 * taken from Coplan's own message bundles, so the help speaks the user's language like everything else.
 */
final class HelpTexts extends ListResourceBundle {

    private final Object[][] contents;

    HelpTexts(Messages messages, String defaultFolder) {
        contents = new Object[][]{
                // on a line of its own, so that picocli does not break the path in the middle
                {"option.db", messages.tr("cli.option.db", "%n" + defaultFolder.replace("%", "%%"))},
                {"option.verbose", messages.tr("cli.option.verbose")},
                {"option.smoke", messages.tr("cli.option.smoke")},
                {"parameter.package-file", messages.tr("cli.parameter.package-file")},
                {"info.option.json", messages.tr("cli.info.option.json")},
                {"generate.option.items", messages.tr("cli.generate.option.items")},
                {"generate.option.links", messages.tr("cli.generate.option.links")},
                {"generate.option.seed", messages.tr("cli.generate.option.seed")},
                {"generate.option.programme-title", messages.tr("cli.generate.option.programme-title")},
                {"schedule.option.roadmap", messages.tr("cli.schedule.option.roadmap")},
                {"schedule.option.json", messages.tr("cli.schedule.option.json")},
                {"backup.option.json", messages.tr("cli.backup.option.json")},
                {"backup.restore.id", messages.tr("cli.backup.restore.id")},
                {"bench.schedule.option.items", messages.tr("cli.bench.schedule.option.items")},
                {"bench.schedule.option.links", messages.tr("cli.bench.schedule.option.links")},
                {"bench.schedule.option.seed", messages.tr("cli.bench.schedule.option.seed")},
                {"bench.interop.option.items", messages.tr("cli.bench.interop.option.items")},
                {"bench.interop.option.runs", messages.tr("cli.bench.interop.option.runs")},
                {"bench.interop.option.json", messages.tr("cli.bench.interop.option.json")},
                {"bench.schedule.option.edits", messages.tr("cli.bench.schedule.option.edits")},
                {"bench.schedule.option.json", messages.tr("cli.bench.schedule.option.json")},
                {"bench.package.option.items", messages.tr("cli.bench.package.option.items")},
                {"bench.package.option.links", messages.tr("cli.bench.package.option.links")},
                {"bench.package.option.seed", messages.tr("cli.bench.package.option.seed")},
                {"bench.package.option.changes", messages.tr("cli.bench.package.option.changes")},
                {"import-command.parameter.file", messages.tr("cli.import.parameter.file")},
                {"import-command.option.programme", messages.tr("cli.import.option.programme")},
                {"import-command.option.json", messages.tr("cli.import.option.json")},
                {"import-command.option.into", messages.tr("cli.import.option.into")},
                {"import-command.option.resources-as-organizations",
                    messages.tr("cli.import.option.resources-as-organizations")},
                {"export-command.option.roadmap", messages.tr("cli.export.option.roadmap")},
                {"export-command.option.format", messages.tr("cli.export.formats")},
                {"export-command.option.output", messages.tr("cli.export.option.output")},
                {"export-command.option.bom", messages.tr("cli.export.option.bom")},
                {"package.export.option.full", messages.tr("cli.package.export.option.full")},
                {"package.export.option.output", messages.tr("cli.package.export.option.output")},
                {"package.import.file", messages.tr("cli.package.import.file")},
                {"package.import.option.dry-run", messages.tr("cli.package.import.option.dry-run")},
                {"package.import.option.json", messages.tr("cli.package.import.option.json")},
                {"report-command.milestones.option.programme", messages.tr("cli.report.milestones.option.programme")},
                {"report-command.milestones.option.roadmap", messages.tr("cli.report.milestones.option.roadmap")},
                {"report-command.milestones.option.from", messages.tr("cli.report.milestones.option.from")},
                {"report-command.milestones.option.to", messages.tr("cli.report.milestones.option.to")},
                {"report-command.milestones.option.group-by", messages.tr("cli.report.milestones.option.group-by")},
                {"report-command.milestones.option.baseline", messages.tr("cli.report.milestones.option.baseline")},
                {"report-command.milestones.option.lang", messages.tr("cli.report.milestones.option.lang")},
                {"report-command.milestones.option.status-date", messages.tr("cli.report.milestones.option.status-date")},
                {"report-command.milestones.option.at-risk", messages.tr("cli.report.milestones.option.at-risk")},
                {"report-command.milestones.option.exclude-completed",
                    messages.tr("cli.report.milestones.option.exclude-completed")},
                {"report-command.milestones.option.prepared-by", messages.tr("cli.report.milestones.option.prepared-by")},
                {"report-command.milestones.option.paper", messages.tr("cli.report.milestones.option.paper")},
                {"report-command.milestones.option.landscape", messages.tr("cli.report.milestones.option.landscape")},
                {"report-command.milestones.option.margin", messages.tr("cli.report.milestones.option.margin")},
                {"report-command.milestones.option.output", messages.tr("cli.report.milestones.option.output")},
                {"bench.report.option.milestones", messages.tr("cli.bench.report.option.milestones")},
                {"bench.report.option.lang", messages.tr("cli.bench.report.option.lang")},
                {"bench.report.option.runs", messages.tr("cli.bench.report.option.runs")},
                {"package.import.option.accept-new-key", messages.tr("cli.package.import.option.accept-new-key")},
                {"package.export.option.for", messages.tr("cli.package.export.option.for")},
                {"conflicts.list.option.json", messages.tr("cli.conflicts.list.option.json")},
                {"conflicts.resolve.id", messages.tr("cli.conflicts.resolve.id")},
                {"conflicts.resolve.option.keep", messages.tr("cli.conflicts.resolve.option.keep")},
                {"db.option.passphrase-file", messages.tr("cli.db.option.passphrase-file")},
                {"mixinStandardHelpOptions.help", messages.tr("cli.option.help")},
                {"mixinStandardHelpOptions.version", messages.tr("cli.option.version")},
        };
    }

    @Override
    protected Object[][] getContents() {
        return contents;
    }
}
