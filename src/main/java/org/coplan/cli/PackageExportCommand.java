package org.coplan.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.coplan.domain.PlanRuleViolation;
import org.coplan.exchange.PackageExport;
import org.coplan.exchange.PlanPackage;
import org.coplan.service.port.PlanDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code package export [--full] -o FILE}: the changes not every known peer has acknowledged (all of them when no
 * peer is known yet, or with {@code --full}), written atomically.
 */
@Command(name = "export", mixinStandardHelpOptions = true)
final class PackageExportCommand implements Callable<Integer> {

    private final CliContext context;
    private final Clock clock;

    @Spec
    private CommandSpec spec;

    @Option(names = "--full", descriptionKey = "package.export.option.full")
    private boolean full;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
            descriptionKey = "package.export.option.output")
    private Path output;

    PackageExportCommand(CliContext context, Clock clock) {
        this.context = context;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PlanPackage written;
        try (PlanDatabase database = context.databases().open(ReplicaDatabases.folder(spec, context))) {
            written = new PackageExport(ReplicaDatabases.replica(database), clock).export(full, output);
        } catch (IOException failure) {
            throw PlanRuleViolation.of("cli.package.export.cannot-write", output.toAbsolutePath().normalize(),
                    String.valueOf(failure.getMessage()));
        }
        context.out().println(context.messages().tr(written.isFull() ? "cli.package.export.full"
                : "cli.package.export.incremental", output.toAbsolutePath().normalize(), written.changes().size()));
        context.out().flush();
        return 0;
    }
}
