package org.coplan.cli;

import org.coplan.l10n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Builds the {@code coplan} command line: the top command with its subcommands, help in the user's
 * language, and the failure handling that keeps every error to one line and an exit code.
 */
public final class CoplanCli {

    private CoplanCli() {
    }

    public static CommandLine create(CliContext context) {
        Messages messages = context.messages();
        CommandLine commandLine = new CommandLine(new CoplanCommand(context));
        commandLine.addSubcommand("info", new InfoCommand(context));
        commandLine.addSubcommand("sample", new SampleCommand(context));
        commandLine.addSubcommand("generate", new GenerateCommand(context));
        commandLine.addSubcommand("schedule", new ScheduleCommand(context));
        commandLine.addSubcommand("import", new ImportCommand(context));
        commandLine.addSubcommand("export", new ExportCommand(context));
        commandLine.addSubcommand("backup", new CommandLine(new BackupCommand())
                .addSubcommand("list", new BackupCommand.ListBackups(context))
                .addSubcommand("create", new BackupCommand.CreateBackup(context))
                .addSubcommand("restore", new BackupCommand.RestoreBackup(context)));
        commandLine.addSubcommand("db", new CommandLine(new DbCommand())
                .addSubcommand("encrypt", new DbCommand.Encrypt(context))
                .addSubcommand("decrypt", new DbCommand.Decrypt(context)));
        commandLine.addSubcommand("bench", new CommandLine(new BenchCommand())
                .addSubcommand("schedule", new ScheduleBenchCommand(context))
                .addSubcommand("report", new ReportBenchCommand(context))
                .addSubcommand("package", new PackageBenchCommand(context))
                .addSubcommand("interop", new InteropBenchCommand(context)));
        commandLine.addSubcommand("report", new CommandLine(new ReportCommand())
                .addSubcommand("milestones", new MilestoneReportCommand(context)));
        SyncCommands.add(commandLine, context);

        commandLine.setResourceBundle(new HelpTexts(messages, context.defaultDatabaseFolder().toString()));
        describe(commandLine, messages.tr("cli.description"), messages);
        describe(commandLine.getSubcommands().get("info"), messages.tr("cli.info.description"), messages);
        describe(commandLine.getSubcommands().get("sample"), messages.tr("cli.sample.description"), messages);
        describe(commandLine.getSubcommands().get("generate"), messages.tr("cli.generate.description"), messages);
        describe(commandLine.getSubcommands().get("schedule"), messages.tr("cli.schedule.description"), messages);
        describe(commandLine.getSubcommands().get("import"), messages.tr("cli.import.description"), messages);
        describe(commandLine.getSubcommands().get("export"), messages.tr("cli.export.description"), messages);
        CommandLine backup = commandLine.getSubcommands().get("backup");
        describe(backup, messages.tr("cli.backup.description"), messages);
        describe(backup.getSubcommands().get("list"), messages.tr("cli.backup.list.description"), messages);
        describe(backup.getSubcommands().get("create"), messages.tr("cli.backup.create.description"), messages);
        describe(backup.getSubcommands().get("restore"), messages.tr("cli.backup.restore.description"), messages);
        CommandLine db = commandLine.getSubcommands().get("db");
        describe(db, messages.tr("cli.db.description"), messages);
        describe(db.getSubcommands().get("encrypt"), messages.tr("cli.db.encrypt.description"), messages);
        describe(db.getSubcommands().get("decrypt"), messages.tr("cli.db.decrypt.description"), messages);
        CommandLine bench = commandLine.getSubcommands().get("bench");
        describe(bench, messages.tr("cli.bench.description"), messages);
        describe(bench.getSubcommands().get("schedule"), messages.tr("cli.bench.schedule.description"), messages);
        describe(bench.getSubcommands().get("report"), messages.tr("cli.bench.report.description"), messages);
        CommandLine report = commandLine.getSubcommands().get("report");
        describe(report, messages.tr("cli.report.description"), messages);
        describe(report.getSubcommands().get("milestones"), messages.tr("cli.report.milestones.description"),
                messages);
        describe(bench.getSubcommands().get("package"), messages.tr("cli.bench.package.description"), messages);
        describe(bench.getSubcommands().get("interop"), messages.tr("cli.bench.interop.description"), messages);
        SyncCommands.describe(commandLine, messages, CoplanCli::describe);
        String version = messages.tr("cli.version", implementationVersion());
        commandLine.getCommandSpec().version(version);
        commandLine.getSubcommands().values().forEach(sub -> sub.getCommandSpec().version(version));
        bench.getSubcommands().values().forEach(sub -> sub.getCommandSpec().version(version));
        SyncCommands.groups(commandLine).forEach(group -> group.getSubcommands().values()
                .forEach(sub -> sub.getCommandSpec().version(version)));
        backup.getSubcommands().values().forEach(sub -> sub.getCommandSpec().version(version));
        report.getSubcommands().values().forEach(sub -> sub.getCommandSpec().version(version));
        db.getSubcommands().values().forEach(sub -> sub.getCommandSpec().version(version));

        FailureHandler failures = new FailureHandler(messages);
        commandLine.setParameterExceptionHandler(failures);
        commandLine.setExecutionExceptionHandler(failures);
        commandLine.setOut(context.out());
        commandLine.setErr(context.err());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }

    private static void describe(CommandLine command, String description, Messages messages) {
        UsageMessageSpec usage = command.getCommandSpec().usageMessage();
        // picocli reads these as format strings: a literal percent sign must be doubled
        usage.description(escape(description));
        usage.synopsisHeading(escape(messages.tr("cli.help.usage")) + " ");
        usage.commandListHeading("%n" + escape(messages.tr("cli.help.commands")) + "%n");
        usage.optionListHeading("%n" + escape(messages.tr("cli.help.options")) + "%n");
        usage.descriptionHeading("%n");
    }

    private static String escape(String text) {
        return text.replace("%", "%%");
    }

    private static String implementationVersion() {
        String version = CoplanCli.class.getPackage().getImplementationVersion();
        return version != null ? version : "dev";
    }
}
