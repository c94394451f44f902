package org.coplan.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.coplan.domain.PlanRuleViolation;
import org.coplan.exchange.PackageExport;
import org.coplan.exchange.PlanPackage;
import org.coplan.service.port.PlanDatabase;
import org.coplan.service.port.SyncDatabase;
import org.coplan.service.sync.ReplicaInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code package export [--full | --for REPLICA] -o FILE}: the changes not every known peer has acknowledged
 * (all of them when no peer is known yet, or with {@code --full}; what one peer has not acknowledged with
 * {@code --for}), signed and written atomically.
 */
@Command(name = "export", mixinStandardHelpOptions = true)
final class PackageExportCommand implements Callable<Integer> {

    private final CliContext context;
    private final Clock clock;

    @Spec
    private CommandSpec spec;

    @Option(names = "--full", descriptionKey = "package.export.option.full")
    private boolean full;

    @Option(names = "--for", paramLabel = "REPLICA", descriptionKey = "package.export.option.for")
    private String forReplica;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
            descriptionKey = "package.export.option.output")
    private Path output;

    PackageExportCommand(CliContext context, Clock clock) {
        this.context = context;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        if (full && forReplica != null) {
            throw PlanRuleViolation.of("cli.package.export.full-and-for");
        }
        PlanPackage written;
        ReplicaInfo peer = null;
        try (PlanDatabase database = context.databases().open(ReplicaDatabases.folder(spec, context))) {
            SyncDatabase replica = ReplicaDatabases.replica(database);
            PackageExport export = new PackageExport(replica, clock);
            if (forReplica == null) {
                written = export.export(full, output);
            } else {
                peer = peer(replica, forReplica);
                written = export.exportFor(peer.id(), output);
            }
        } catch (IOException failure) {
            throw PlanRuleViolation.of("cli.package.export.cannot-write", output.toAbsolutePath().normalize(),
                    String.valueOf(failure.getMessage()));
        }
        Path shown = output.toAbsolutePath().normalize();
        if (peer != null) {
            context.out().println(context.messages().tr("cli.package.export.for", shown, written.changes().size(),
                    peer.name()));
        } else {
            context.out().println(context.messages().tr(written.isFull() ? "cli.package.export.full"
                    : "cli.package.export.incremental", shown, written.changes().size()));
        }
        context.out().flush();
        return 0;
    }

    /** The replica the user named, by id or by name (ignoring case); never this replica itself. */
    static ReplicaInfo peer(SyncDatabase replica, String named) {
        record Known(ReplicaInfo local, List<ReplicaInfo> all) {
        }
        Known known = replica.readSync(store -> new Known(store.localReplica(), store.replicas()));
        String wanted = named.strip();
        List<ReplicaInfo> matching = known.all().stream()
                .filter(other -> other.id().toString().equalsIgnoreCase(wanted)).toList();
        if (matching.isEmpty()) {
            matching = known.all().stream()
                    .filter(other -> other.name().toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT)))
                    .toList();
        }
        if (matching.isEmpty()) {
            throw PlanRuleViolation.of("cli.package.export.unknown-replica", wanted, known.all().stream()
                    .filter(other -> !other.id().equals(known.local().id()))
                    .map(other -> other.name() + " (" + other.id() + ")").collect(Collectors.joining(", ")));
        }
        if (matching.size() > 1) {
            throw PlanRuleViolation.of("cli.package.export.ambiguous-replica", wanted,
                    matching.stream().map(other -> other.id().toString()).collect(Collectors.joining(", ")));
        }
        ReplicaInfo peer = matching.getFirst();
        if (peer.id().equals(known.local().id())) {
            throw PlanRuleViolation.of("cli.package.export.for-self", peer.name());
        }
        return peer;
    }
}
