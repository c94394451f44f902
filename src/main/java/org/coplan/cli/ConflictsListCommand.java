package org.coplan.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.coplan.l10n.Messages;
import org.coplan.service.port.PlanDatabase;
import org.coplan.service.sync.ConflictResolution;
import org.coplan.service.sync.ConflictResolution.OpenConflict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code conflicts list [--json]}: the open conflicts, with both values and where theirs came from. */
@Command(name = "list", mixinStandardHelpOptions = true)
final class ConflictsListCommand implements Callable<Integer> {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", descriptionKey = "conflicts.list.option.json")
    private boolean json;

    ConflictsListCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        List<OpenConflict> open;
        try (PlanDatabase database = context.databases().open(ReplicaDatabases.folder(spec, context))) {
            open = new ConflictResolution(ReplicaDatabases.replica(database), database).open();
        }
        if (json) {
            context.out().println(json(open));
        } else if (open.isEmpty()) {
            context.out().println(context.messages().tr("cli.conflicts.list.none"));
        } else {
            Messages messages = context.messages();
            context.out().println(messages.tr("cli.conflicts.list.count", open.size()));
            for (OpenConflict conflict : open) {
                context.out().println(messages.tr("cli.conflicts.list.line", conflict.id(), conflict.item(),
                        conflict.field(), shown(messages, conflict.mine(), conflict.mineDeletes()),
                        shown(messages, conflict.theirs(), conflict.theirsDeletes()), conflict.theirReplica(),
                        WHEN.format(conflict.theirTime())));
            }
        }
        context.out().flush();
        return 0;
    }

    static String shown(Messages messages, String value, boolean deletes) {
        if (deletes) {
            return messages.tr("cli.conflicts.deleted");
        }
        return value == null || value.isEmpty() ? messages.tr("cli.conflicts.empty") : value;
    }

    static String json(List<OpenConflict> open) {
        List<Map<String, Object>> conflicts = new ArrayList<>();
        for (OpenConflict conflict : open) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", conflict.id().toString());
            entry.put("entityType", conflict.entityType());
            entry.put("entityId", conflict.entityId().toString());
            entry.put("item", conflict.item());
            entry.put("field", conflict.field());
            entry.put("mine", conflict.mine());
            entry.put("mineDeletes", conflict.mineDeletes());
            entry.put("theirs", conflict.theirs());
            entry.put("theirsDeletes", conflict.theirsDeletes());
            entry.put("theirReplica", conflict.theirReplica());
            entry.put("theirTime", conflict.theirTime().toString());
            conflicts.add(entry);
        }
        try {
            return new ObjectMapper().writeValueAsString(Map.of("conflicts", conflicts));
        } catch (JsonProcessingException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }
}
