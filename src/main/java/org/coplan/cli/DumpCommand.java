package org.coplan.cli;

import java.util.concurrent.Callable;
import org.coplan.exchange.CanonicalDump;
import org.coplan.service.port.PlanDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dump}: the whole plan as sorted text, identical on two replicas that hold the same plan. */
@Command(name = "dump", mixinStandardHelpOptions = true)
final class DumpCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    DumpCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try (PlanDatabase database = context.databases().open(ReplicaDatabases.folder(spec, context))) {
            CanonicalDump.write(ReplicaDatabases.replica(database), context.out()::println);
        }
        context.out().flush();
        return 0;
    }
}
