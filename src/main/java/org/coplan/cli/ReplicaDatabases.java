package org.coplan.cli;

import java.nio.file.Path;
import org.coplan.domain.PlanRuleViolation;
import org.coplan.service.port.PlanDatabase;
import org.coplan.service.port.SyncDatabase;
import picocli.CommandLine.Model.CommandSpec;

/** What the sync commands share: the folder given with {@code --db} on the top command, and its replica side. */
final class ReplicaDatabases {

    private ReplicaDatabases() {
    }

    /** {@code --db} is declared on the top command; nested commands find it there, however deep they sit. */
    static Path folder(CommandSpec spec, CliContext context) {
        return spec.root().userObject() instanceof CoplanCommand top ? top.databaseFolder()
                : context.defaultDatabaseFolder();
    }

    /** The database as a replica; every database the composition root opens is one, an in-memory test double not. */
    static SyncDatabase replica(PlanDatabase database) {
        if (database instanceof SyncDatabase replica) {
            return replica;
        }
        throw PlanRuleViolation.of("cli.replica.not-a-replica");
    }
}
