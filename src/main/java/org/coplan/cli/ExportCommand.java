package org.coplan.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.coplan.domain.PlanRuleViolation;
import org.coplan.exchange.csv.CsvPlanWriter;
import org.coplan.exchange.gan.GanWriter;
import org.coplan.exchange.ical.MilestoneCalendarWriter;
import org.coplan.exchange.mspdi.MspdiWriter;
import org.coplan.service.exports.PlanExport;
import org.coplan.service.exports.PlanWriter;
import org.coplan.service.exports.RoadmapExport;
import org.coplan.service.port.PlanDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code export --roadmap ID --format mspdi|gan|csv|ics -o FILE [--bom]}: writes one roadmap as a plan file. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false)
final class ExportCommand implements Callable<Integer> {

    /** The formats Coplan writes, as the option names them. */
    enum Format { MSPDI, GAN, CSV, ICS }

    private final CliContext context;

    @ParentCommand
    private CoplanCommand parent;

    @Option(names = "--roadmap", paramLabel = "ID", required = true, descriptionKey = "export-command.option.roadmap")
    private UUID roadmapId;

    @Option(names = "--format", paramLabel = "FORMAT", required = true,
            descriptionKey = "export-command.option.format")
    private Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true,
            descriptionKey = "export-command.option.output")
    private Path output;

    @Option(names = "--bom", descriptionKey = "export-command.option.bom")
    private boolean bom;

    ExportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        RoadmapExport export;
        try (PlanDatabase database = context.databases().open(parent.databaseFolder())) {
            export = new PlanExport(database).load(roadmapId);
        }
        PlanWriter writer = switch (format) {
            case MSPDI -> new MspdiWriter();
            case GAN -> new GanWriter();
            case CSV -> new CsvPlanWriter(bom);
            case ICS -> new MilestoneCalendarWriter(Clock.systemUTC());
        };
        try {
            writer.write(export, output);
        } catch (IOException failure) {
            throw PlanRuleViolation.of("cli.export.error.write", output, String.valueOf(failure.getMessage()));
        }
        context.out().println(context.messages().tr("cli.export.done", export.items().size(), export.links().size(),
                export.roadmap().name(), output));
        context.out().flush();
        return 0;
    }
}
