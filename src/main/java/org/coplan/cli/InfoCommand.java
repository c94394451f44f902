package org.coplan.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.coplan.l10n.Messages;
import org.coplan.service.PlanCounts;
import org.coplan.service.PlanStatistics;
import org.coplan.service.port.PlanDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code info [--json]}: how many programmes, roadmaps, items … the database holds. */
@Command(name = "info", mixinStandardHelpOptions = true)
final class InfoCommand implements Callable<Integer> {

    private final CliContext context;

    @ParentCommand
    private CoplanCommand parent;

    @Option(names = "--json", descriptionKey = "info.option.json")
    private boolean json;

    InfoCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Path folder = parent.databaseFolder();
        PlanCounts counts;
        try (PlanDatabase database = context.databases().open(folder)) {
            counts = new PlanStatistics(database).counts();
        }
        Path shown = folder.toAbsolutePath().normalize();
        if (json) {
            context.out().println(json(counts, shown));
        } else {
            printPlain(counts, shown);
        }
        context.out().flush();
        return 0;
    }

    static String json(PlanCounts counts, Path folder) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("database", folder.toString());
        fields.put("programmes", counts.programmes());
        fields.put("roadmaps", counts.roadmaps());
        fields.put("items", counts.items());
        fields.put("dependencies", counts.dependencies());
        fields.put("milestones", counts.milestones());
        fields.put("states", counts.states());
        fields.put("organizations", counts.organizations());
        try {
            return new ObjectMapper().writeValueAsString(fields);
        } catch (JsonProcessingException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    private void printPlain(PlanCounts counts, Path folder) {
        Messages messages = context.messages();
        context.out().println(messages.tr("cli.info.database", folder));
        context.out().println(messages.tr("cli.info.programmes", counts.programmes()));
        context.out().println(messages.tr("cli.info.roadmaps", counts.roadmaps()));
        context.out().println(messages.tr("cli.info.items", counts.items(), counts.milestones()));
        context.out().println(messages.tr("cli.info.dependencies", counts.dependencies()));
        context.out().println(messages.tr("cli.info.states", counts.states()));
        context.out().println(messages.tr("cli.info.organizations", counts.organizations()));
    }
}
