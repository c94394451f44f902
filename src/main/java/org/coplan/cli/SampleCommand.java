package org.coplan.cli;

import java.util.concurrent.Callable;
import org.coplan.service.port.PlanDatabase;
import org.coplan.service.sample.SamplePlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code sample}: loads the sample plan; refused when the database already holds a programme. */
@Command(name = "sample", mixinStandardHelpOptions = true)
final class SampleCommand implements Callable<Integer> {

    private final CliContext context;

    @ParentCommand
    private CoplanCommand parent;

    SampleCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        SamplePlan.Summary summary;
        try (PlanDatabase database = context.databases().open(parent.databaseFolder())) {
            summary = new SamplePlan(database).load();
        }
        context.out().println(context.messages().tr("cli.sample.loaded", summary.programmes(), summary.roadmaps(),
                summary.items(), summary.dependencies(), summary.milestones()));
        context.out().flush();
        return 0;
    }
}
