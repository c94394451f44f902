package org.coplan.cli;

import java.util.concurrent.Callable;
import org.coplan.l10n.Messages;
import org.coplan.service.generate.GeneratedRoadmap;
import org.coplan.service.generate.GeneratorSettings;
import org.coplan.service.generate.PlanGenerator;
import org.coplan.service.port.PlanDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code generate --items N --links M [--seed S] [--programme-title T]}: a large synthetic roadmap. */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false)
final class GenerateCommand implements Callable<Integer> {

    private final CliContext context;

    @ParentCommand
    private CoplanCommand parent;

    @Option(names = "--items", paramLabel = "N", required = true, descriptionKey = "generate.option.items")
    private int items;

    @Option(names = "--links", paramLabel = "M", defaultValue = "0", descriptionKey = "generate.option.links")
    private int links;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", descriptionKey = "generate.option.seed")
    private long seed;

    @Option(names = "--programme-title", paramLabel = "T", descriptionKey = "generate.option.programme-title")
    private String programmeTitle;

    GenerateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Messages messages = context.messages();
        GeneratorSettings settings = new GeneratorSettings(items, links, seed,
                programmeTitle != null ? programmeTitle : messages.tr("cli.generate.programme-title", seed),
                messages.tr("cli.generate.roadmap-name", items),
                new GeneratorSettings.ItemNames(messages.tr("cli.generate.name.phase"),
                        messages.tr("cli.generate.name.activity"), messages.tr("cli.generate.name.milestone")));
        // settles the shape and refuses impossible link counts before the database is opened
        PlanGenerator generator = new PlanGenerator(settings);
        long started = System.nanoTime();
        GeneratedRoadmap generated;
        try (PlanDatabase database = context.databases().open(parent.databaseFolder())) {
            generated = generator.generateInto(database);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        context.out().println(messages.tr("cli.generate.done", generated.items().size(), generated.links().size(),
                generated.milestones(), generator.levels(), generated.programme().title(), seconds));
        context.out().flush();
        return 0;
    }
}
