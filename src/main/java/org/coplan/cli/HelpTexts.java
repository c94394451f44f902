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
                {"bench.schedule.option.edits", messages.tr("cli.bench.schedule.option.edits")},
                {"bench.schedule.option.json", messages.tr("cli.bench.schedule.option.json")},
                {"import-command.parameter.file", messages.tr("cli.import.parameter.file")},
                {"import-command.option.programme", messages.tr("cli.import.option.programme")},
                {"import-command.option.json", messages.tr("cli.import.option.json")},
                {"export-command.option.roadmap", messages.tr("cli.export.option.roadmap")},
                {"export-command.option.format", messages.tr("cli.export.formats")},
                {"export-command.option.output", messages.tr("cli.export.option.output")},
                {"export-command.option.bom", messages.tr("cli.export.option.bom")},
                {"package.export.option.full", messages.tr("cli.package.export.option.full")},
                {"package.export.option.output", messages.tr("cli.package.export.option.output")},
                {"package.import.file", messages.tr("cli.package.import.file")},
                {"package.import.option.dry-run", messages.tr("cli.package.import.option.dry-run")},
                {"package.import.option.json", messages.tr("cli.package.import.option.json")},
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
