package org.coplan.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.coplan.domain.DependencyType;
import org.coplan.exchange.imports.PlanFiles;
import org.coplan.l10n.Messages;
import org.coplan.l10n.Problem;
import org.coplan.service.PlanEditor;
import org.coplan.service.UndoHistory;
import org.coplan.service.imports.ImportCounts;
import org.coplan.service.imports.ImportReport;
import org.coplan.service.imports.ImportedPlan;
import org.coplan.service.backup.BackupPolicy;
import org.coplan.service.imports.PlanImport;
import org.coplan.service.port.PlanDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code import FILE [--programme ID] [--into ROADMAP] [--resources-as-organizations] [--json]}: reads a plan file (format found from its content) into a new
 * roadmap of the programme, or of a new programme named after the plan, or updates a roadmap imported from an earlier version of the
 * file ({@code --into}), and prints what came in and what was
 * left out. The file is read before the database is opened, so a refused file touches nothing.
 */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false)
final class ImportCommand implements Callable<Integer> {

    private final CliContext context;

    @ParentCommand
    private CoplanCommand parent;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "import-command.parameter.file")
    private Path file;

    @Option(names = "--programme", paramLabel = "ID", descriptionKey = "import-command.option.programme")
    private UUID programmeId;

    @Option(names = "--into", paramLabel = "ROADMAP", descriptionKey = "import-command.option.into")
    private UUID intoRoadmap;

    @Option(names = "--resources-as-organizations",
            descriptionKey = "import-command.option.resources-as-organizations")
    private boolean resourcesAsOrganizations;

    @Option(names = "--json", descriptionKey = "import-command.option.json")
    private boolean json;

    ImportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Messages messages = context.messages();
        ImportedPlan plan = new PlanFiles().read(file);
        String fileName = file.getFileName().toString();
        String title = plan.title() != null && !plan.title().isBlank() ? plan.title().strip() : fileName;
        PlanImport.Naming naming = new PlanImport.Naming(title,
                sourceId -> messages.tr("cli.import.unnamed-item", sourceId),
                slot -> messages.tr("import.name.baseline", slot),
                calendar -> messages.tr("import.name.calendar", title, calendar));
        PlanImport.Options options = new PlanImport.Options(resourcesAsOrganizations);
        ImportReport report;
        try (PlanDatabase database = context.databases().open(parent.databaseFolder())) {
            new BackupPolicy(database, Clock.systemUTC()).beforeImport();
            PlanImport imports = new PlanImport(new PlanEditor(database, new UndoHistory()));
            report = intoRoadmap != null ? imports.importInto(intoRoadmap, plan, naming, options)
                    : programmeId != null ? imports.importAsNewRoadmap(programmeId, plan, naming, options)
                    : imports.importAsNewProgramme(title, plan, naming, options);
        }
        if (json) {
            context.out().println(json(report, messages));
        } else {
            printPlain(report, fileName, messages);
        }
        context.out().flush();
        return 0;
    }

    static String json(ImportReport report, Messages messages) {
        ImportCounts counts = report.counts();
        Map<String, Object> links = new LinkedHashMap<>();
        for (DependencyType type : DependencyType.values()) {
            links.put(type.name(), counts.links(type));
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("format", report.formatName());
        fields.put("programme", report.roadmap().programmeId().toString());
        fields.put("roadmap", report.roadmap().id().toString());
        fields.put("items", counts.items());
        fields.put("summaries", counts.summaries());
        fields.put("milestones", counts.milestones());
        fields.put("links", links);
        fields.put("linksWithLag", counts.linksWithLag());
        fields.put("added", report.changes().added());
        fields.put("changed", report.changes().changed());
        fields.put("removed", report.changes().removed());
        fields.put("kept", report.changes().kept());
        fields.put("kept", report.kept().stream().map(messages::text).toList());
        fields.put("dropped", report.dropped().stream().map(messages::text).toList());
        try {
            return new ObjectMapper().writeValueAsString(fields);
        } catch (JsonProcessingException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    private void printPlain(ImportReport report, String fileName, Messages messages) {
        ImportCounts counts = report.counts();
        context.out().println(messages.tr("cli.import.done", fileName, report.formatName(), report.roadmap().name(),
                report.roadmap().id()));
        context.out().println(messages.tr("cli.import.items", counts.items(), counts.summaries(),
                counts.milestones()));
        context.out().println(messages.tr("cli.import.links", counts.links(DependencyType.FS),
                counts.links(DependencyType.SS), counts.links(DependencyType.FF), counts.links(DependencyType.SF),
                counts.linksWithLag()));
        if (report.changes().added() != counts.items()) {
            context.out().println(messages.tr("cli.import.changes", report.changes().added(),
                    report.changes().changed(), report.changes().removed(), report.changes().kept()));
        }
        for (Problem kept : report.kept()) {
            context.out().println(messages.tr("cli.import.kept", messages.text(kept)));
        }
        for (Problem dropped : report.dropped()) {
            context.out().println(messages.tr("cli.import.dropped", messages.text(dropped)));
        }
    }
}
