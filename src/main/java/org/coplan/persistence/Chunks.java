package org.coplan.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/** Splits a long id list for {@code IN (...)}: a statement with 100,000 bind values is slow to prepare. */
final class Chunks {

    static final int SIZE = 1_000;

    private Chunks() {
    }

    static List<List<UUID>> of(Collection<UUID> ids) {
        List<UUID> all = List.copyOf(new LinkedHashSet<>(ids));
        List<List<UUID>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += SIZE) {
            chunks.add(all.subList(from, Math.min(all.size(), from + SIZE)));
        }
        return chunks;
    }
}
