package org.coplan.cli;

import java.time.Clock;
import java.util.List;
import org.coplan.l10n.Messages;
import picocli.CommandLine;

/** The offline-sync commands (issue 6) in one place, so the top command line only gains two calls. */
final class SyncCommands {

    @FunctionalInterface
    interface Describer {
        void describe(CommandLine command, String description, Messages messages);
    }

    private SyncCommands() {
    }

    static void add(CommandLine top, CliContext context) {
        top.addSubcommand("replica", new CommandLine(new ReplicaCommand())
                .addSubcommand("info", new ReplicaInfoCommand(context)));
        top.addSubcommand("package", new CommandLine(new PackageCommand())
                .addSubcommand("export", new PackageExportCommand(context, Clock.systemUTC()))
                .addSubcommand("import", new PackageImportCommand(context)));
        top.addSubcommand("dump", new DumpCommand(context));
        top.addSubcommand("conflicts", new CommandLine(new ConflictsCommand())
                .addSubcommand("list", new ConflictsListCommand(context))
                .addSubcommand("resolve", new ConflictsResolveCommand(context)));
    }

    static List<CommandLine> groups(CommandLine top) {
        return List.of(top.getSubcommands().get("replica"), top.getSubcommands().get("package"),
                top.getSubcommands().get("conflicts"));
    }

    static void describe(CommandLine top, Messages messages, Describer describer) {
        CommandLine replica = top.getSubcommands().get("replica");
        CommandLine pack = top.getSubcommands().get("package");
        describer.describe(replica, messages.tr("cli.replica.description"), messages);
        describer.describe(replica.getSubcommands().get("info"), messages.tr("cli.replica.info.description"),
                messages);
        describer.describe(pack, messages.tr("cli.package.description"), messages);
        describer.describe(pack.getSubcommands().get("export"), messages.tr("cli.package.export.description"),
                messages);
        describer.describe(pack.getSubcommands().get("import"), messages.tr("cli.package.import.description"),
                messages);
        describer.describe(top.getSubcommands().get("dump"), messages.tr("cli.dump.description"), messages);
        CommandLine conflicts = top.getSubcommands().get("conflicts");
        describer.describe(conflicts, messages.tr("cli.conflicts.description"), messages);
        describer.describe(conflicts.getSubcommands().get("list"), messages.tr("cli.conflicts.list.description"),
                messages);
        describer.describe(conflicts.getSubcommands().get("resolve"),
                messages.tr("cli.conflicts.resolve.description"), messages);
    }
}
