package org.coplan.service.sync;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * For every replica, how many of its changes (a gap-free prefix 1..n) are held or acknowledged. A replica
 * that is not named counts as 0.
 */
public record VersionVector(Map<UUID, Long> counts) {

    public static final VersionVector EMPTY = new VersionVector(Map.of());

    public VersionVector {
        counts = Map.copyOf(new TreeMap<>(counts));
    }

    public long get(UUID replica) {
        return counts.getOrDefault(replica, 0L);
    }

    /** What every one of {@code vectors} has: the smallest count per replica (empty when there are none). */
    public static VersionVector commonTo(Collection<VersionVector> vectors) {
        if (vectors.isEmpty()) {
            return EMPTY;
        }
        Map<UUID, Long> common = null;
        for (VersionVector vector : vectors) {
            if (common == null) {
                common = new HashMap<>(vector.counts);
            } else {
                common.replaceAll((replica, count) -> Math.min(count, vector.get(replica)));
            }
        }
        return new VersionVector(common);
    }
}
