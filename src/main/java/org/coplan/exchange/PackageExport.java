package org.coplan.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.coplan.service.port.SyncDatabase;
import org.coplan.service.sync.Change;
import org.coplan.service.sync.ReplicaInfo;
import org.coplan.service.sync.VersionVector;

/**
 * Cuts a package from a replica: everything (a first exchange), or the changes that not every known peer has
 * acknowledged yet. Cutting against the peers' common acknowledgement means one file serves them all.
 */
public final class PackageExport {

    private final SyncDatabase database;
    private final Clock clock;

    public PackageExport(SyncDatabase database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public PlanPackage cut(boolean full) {
        return database.readSync(store -> {
            VersionVector acknowledged = full ? VersionVector.EMPTY : store.acknowledgedByPeers();
            List<Change> changes = store.changesAfter(acknowledged);
            ReplicaInfo local = store.localReplica();
            return new PlanPackage(PackageFormat.VERSION, clock.instant(), local, store.replicas(), acknowledged,
                    changes);
        });
    }

    /** Cuts a package and writes it to {@code target} atomically; what was written. */
    public PlanPackage export(boolean full, Path target) throws IOException {
        PlanPackage plan = cut(full);
        PackageWriter.write(plan, target);
        return plan;
    }
}
