package org.coplan.cli;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.coplan.domain.PlanRuleViolation;
import org.coplan.service.port.PlanDatabase;
import org.coplan.service.sync.ConflictResolution;
import org.coplan.service.sync.ConflictResolution.OpenConflict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code conflicts resolve ID --keep mine|theirs}: keeps one side; the choice is an edit made here that travels in
 * the next package. The id may be shortened to any unique beginning, as {@code conflicts list} prints it.
 */
@Command(name = "resolve", mixinStandardHelpOptions = true)
final class ConflictsResolveCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "conflicts.resolve.id")
    private String id;

    @Option(names = "--keep", required = true, paramLabel = "mine|theirs",
            descriptionKey = "conflicts.resolve.option.keep")
    private ConflictResolution.Keep keep;

    ConflictsResolveCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        OpenConflict decided;
        try (PlanDatabase database = context.databases().open(ReplicaDatabases.folder(spec, context))) {
            ConflictResolution conflicts = new ConflictResolution(ReplicaDatabases.replica(database), database);
            decided = conflicts.keep(chosen(conflicts.open()), keep);
        }
        String kept = keep == ConflictResolution.Keep.MINE
                ? ConflictsListCommand.shown(context.messages(), decided.mine(), decided.mineDeletes())
                : ConflictsListCommand.shown(context.messages(), decided.theirs(), decided.theirsDeletes());
        context.out().println(context.messages().tr("cli.conflicts.resolve.done", kept, decided.item(),
                decided.field()));
        context.out().flush();
        return 0;
    }

    private UUID chosen(List<OpenConflict> open) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        List<UUID> matching = open.stream().map(OpenConflict::id)
                .filter(candidate -> candidate.toString().startsWith(wanted)).toList();
        if (wanted.isEmpty() || matching.isEmpty()) {
            throw PlanRuleViolation.of("error.conflict-not-open", id);
        }
        if (matching.size() > 1) {
            throw PlanRuleViolation.of("cli.conflicts.resolve.ambiguous", id, matching.size());
        }
        return matching.getFirst();
    }
}
