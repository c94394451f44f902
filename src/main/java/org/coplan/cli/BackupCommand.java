package org.coplan.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.coplan.domain.PlanRuleViolation;
import org.coplan.l10n.Messages;
import org.coplan.service.backup.BackupPolicy;
import org.coplan.service.port.Backup;
import org.coplan.service.port.PlanBackups;
import org.coplan.service.port.PlanDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code backup list|create|restore}: the backups kept in the {@code backups} folder beside the database. The
 * desktop application takes them by itself (on opening, daily, before imports); these commands list them,
 * take one now, and restore one — the plan as it is is backed up first.
 */
@Command(name = "backup", mixinStandardHelpOptions = true)
final class BackupCommand implements Callable<Integer> {

    @ParentCommand
    CoplanCommand parent;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    Path databaseFolder() {
        return parent.databaseFolder();
    }

    static PlanBackups backupsOf(PlanDatabase database) {
        return database.backups().orElseThrow(() -> PlanRuleViolation.of("cli.backup.unavailable"));
    }

    static String describe(Backup backup, Messages messages) {
        String reason = messages.tr(backup.reason().messageKey());
        String when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault())
                .format(backup.created());
        return messages.tr("cli.backup.line", backup.id(), when, reason, backup.items(), backup.bytes() / 1024);
    }

    /** {@code backup list [--json]}. */
    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListBackups implements Callable<Integer> {

        private final CliContext context;

        @ParentCommand
        private BackupCommand backup;

        @Option(names = "--json", descriptionKey = "backup.option.json")
        private boolean json;

        ListBackups(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            List<Backup> all;
            try (PlanDatabase database = context.databases().open(backup.databaseFolder())) {
                all = backupsOf(database).list();
            }
            if (json) {
                context.out().println(json(all));
            } else if (all.isEmpty()) {
                context.out().println(context.messages().tr("cli.backup.none"));
            } else {
                all.forEach(b -> context.out().println(describe(b, context.messages())));
            }
            context.out().flush();
            return 0;
        }

        static String json(List<Backup> backups) {
            List<Map<String, Object>> rows = backups.stream().map(b -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", b.id());
                row.put("created", b.created().toString());
                row.put("reason", b.reason().fileWord());
                row.put("items", b.items());
                row.put("schema", b.schema());
                row.put("bytes", b.bytes());
                row.put("file", b.file().toString());
                return row;
            }).toList();
            try {
                return new ObjectMapper().writeValueAsString(Map.of("backups", rows));
            } catch (JsonProcessingException impossible) {
                throw new UncheckedIOException(impossible);
            }
        }
    }

    /** {@code backup create}: one now, kept like the automatic ones. */
    @Command(name = "create", mixinStandardHelpOptions = true)
    static final class CreateBackup implements Callable<Integer> {

        private final CliContext context;

        @ParentCommand
        private BackupCommand backup;

        CreateBackup(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            try (PlanDatabase database = context.databases().open(backup.databaseFolder())) {
                backupsOf(database);
                Backup taken = new BackupPolicy(database, Clock.systemUTC()).manual().orElseThrow();
                context.out().println(context.messages().tr("cli.backup.created", taken.file()));
                context.out().println(describe(taken, context.messages()));
            }
            context.out().flush();
            return 0;
        }
    }

    /** {@code backup restore ID}. */
    @Command(name = "restore", mixinStandardHelpOptions = true)
    static final class RestoreBackup implements Callable<Integer> {

        private final CliContext context;

        @ParentCommand
        private BackupCommand backup;

        @Parameters(index = "0", paramLabel = "ID", descriptionKey = "backup.restore.id")
        private String id;

        RestoreBackup(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            try (PlanDatabase database = context.databases().open(backup.databaseFolder())) {
                Backup restored = backupsOf(database).restore(id);
                context.out().println(context.messages().tr("cli.backup.restored", restored.id(), restored.items()));
            }
            context.out().flush();
            return 0;
        }
    }
}
