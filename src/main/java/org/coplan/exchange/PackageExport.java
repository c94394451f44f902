package org.coplan.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.coplan.service.port.SyncDatabase;
import org.coplan.service.port.SyncStore;
import org.coplan.service.sync.Change;
import org.coplan.service.sync.ReplicaInfo;
import org.coplan.service.sync.ReplicaKey;
import org.coplan.service.sync.VersionVector;

/**
 * Cuts a package from a replica: everything (a first exchange), the changes that not every known peer has
 * acknowledged yet (one file serves them all), or the changes one named peer has not acknowledged. Every
 * package is signed with this replica's key, which is made the first time one is needed.
 */
public final class PackageExport {

    private final SyncDatabase database;
    private final Clock clock;

    public PackageExport(SyncDatabase database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public PlanPackage cut(boolean full) {
        return database.readSync(store -> cut(store, full ? VersionVector.EMPTY : store.acknowledgedByPeers()));
    }

    /** The changes {@code peer} has not acknowledged; everything when it never sent a package here. */
    public PlanPackage cutFor(UUID peer) {
        return database.readSync(store -> cut(store, store.acknowledgedBy(peer)));
    }

    private PlanPackage cut(SyncStore store, VersionVector acknowledged) {
        List<Change> changes = store.changesAfter(acknowledged);
        ReplicaInfo local = store.localReplica();
        return new PlanPackage(PackageFormat.VERSION, clock.instant(), local, store.replicas(), acknowledged, changes);
    }

    /** Cuts a package and writes it to {@code target} atomically, signed; what was written. */
    public PlanPackage export(boolean full, Path target) throws IOException {
        return write(cut(full), target);
    }

    /** As {@link #export(boolean, Path)}, with what {@code peer} has not acknowledged. */
    public PlanPackage exportFor(UUID peer, Path target) throws IOException {
        return write(cutFor(peer), target);
    }

    private PlanPackage write(PlanPackage plan, Path target) throws IOException {
        PackageWriter.write(plan, signingKey(), target);
        return plan;
    }

    /** A signed package in memory, as {@link #export(boolean, Path)} would write it. */
    public byte[] bytes(boolean full) {
        return PackageWriter.bytes(cut(full), signingKey());
    }

    /** This replica's key pair, made and stored on first use. */
    public ReplicaKey signingKey() {
        ReplicaKey existing = database.readSync(store -> store.keys().ownKey().orElse(null));
        if (existing != null) {
            return existing;
        }
        return database.writeSync(store -> store.keys().ownKey().orElseGet(() -> {
            ReplicaKey made = PackageSigning.generate(store.localReplica().id());
            store.keys().storeOwnKey(made);
            return made;
        }));
    }
}
