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

    /**
     * The vector as text, {@code replica=count} pairs sorted by replica and joined by {@code ;}: how a delete
     * records what its replica had seen when it was made (ADR 0008), so an edit it never saw is told apart.
     */
    public String text() {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(counts).forEach((replica, count) -> {
            if (!text.isEmpty()) {
                text.append(';');
            }
            text.append(replica).append('=').append(count);
        });
        return text.toString();
    }

    /** Reads {@link #text()}; {@code null} or anything that is not such a text gives {@code null}. */
    public static VersionVector parse(String text) {
        if (text == null) {
            return null;
        }
        Map<UUID, Long> counts = new HashMap<>();
        try {
            for (String pair : text.split(";")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                counts.put(UUID.fromString(pair.substring(0, equals)), Long.parseLong(pair.substring(equals + 1)));
            }
        } catch (IllegalArgumentException | IndexOutOfBoundsException notVector) {
            return null;
        }
        return new VersionVector(counts);
    }
}
