package org.coplan.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.coplan.l10n.Messages;
import org.coplan.service.port.PlanDatabase;
import org.coplan.service.port.SyncDatabase;
import org.coplan.service.sync.KeyFingerprint;
import org.coplan.service.sync.ReplicaInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code replica info}: this replica's id and name, how much it holds of every replica, open conflicts. */
@Command(name = "info", mixinStandardHelpOptions = true)
final class ReplicaInfoCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    ReplicaInfoCommand(CliContext context) {
        this.context = context;
    }

    private record Facts(ReplicaInfo local, List<ReplicaInfo> known, int conflicts, Optional<String> key) {
    }

    @Override
    public Integer call() {
        Facts facts;
        try (PlanDatabase database = context.databases().open(ReplicaDatabases.folder(spec, context))) {
            SyncDatabase replica = ReplicaDatabases.replica(database);
            facts = replica.readSync(store -> new Facts(store.localReplica(), store.replicas(),
                    store.conflicts().size(), store.keys().ownKey().map(key -> KeyFingerprint.of(key.publicKey()))));
        }
        Messages messages = context.messages();
        context.out().println(messages.tr("cli.replica.info.id", facts.local().id()));
        context.out().println(messages.tr("cli.replica.info.name", facts.local().name()));
        context.out().println(messages.tr("cli.replica.info.changes", facts.local().seen()));
        for (ReplicaInfo other : facts.known()) {
            if (!other.id().equals(facts.local().id())) {
                context.out().println(messages.tr("cli.replica.info.other", other.name(), other.id(), other.seen()));
            }
        }
        context.out().println(facts.key().map(fingerprint -> messages.tr("cli.replica.info.key", fingerprint))
                .orElseGet(() -> messages.tr("cli.replica.info.no-key")));
        context.out().println(messages.tr("cli.replica.info.conflicts", facts.conflicts()));
        context.out().flush();
        return 0;
    }
}
