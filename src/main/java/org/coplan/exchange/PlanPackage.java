package org.coplan.exchange;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.coplan.service.sync.Change;
import org.coplan.service.sync.ReplicaInfo;
import org.coplan.service.sync.VersionVector;

/**
 * The content of a plan package (docs/plan-package-format.md).
 *
 * @param sender       the replica that wrote it; its {@code seen} is how many of its own changes it had
 * @param replicas     every replica the sender knows, with what the sender holds of each: its seen-vector
 * @param acknowledged what the package was cut against: changes covered by it are left out (empty for a full one)
 * @param changes      in stamp order
 */
public record PlanPackage(int formatVersion, Instant createdAt, ReplicaInfo sender, List<ReplicaInfo> replicas,
                          VersionVector acknowledged, List<Change> changes) {

    public PlanPackage {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(acknowledged, "acknowledged");
        replicas = List.copyOf(replicas);
        changes = List.copyOf(changes);
    }

    public boolean isFull() {
        return acknowledged.counts().isEmpty();
    }

    public VersionVector senderSeen() {
        return new VersionVector(replicas.stream()
                .collect(java.util.stream.Collectors.toMap(ReplicaInfo::id, ReplicaInfo::seen)));
    }
}
