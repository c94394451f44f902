package org.coplan.persistence;

import java.util.Comparator;
import java.util.UUID;

/**
 * UUIDs in the order H2 keeps them in its indexes (unsigned, byte by byte). A bulk insert that arrives in
 * index order appends to a few B-tree pages instead of touching pages all over the index; H2 rewrites
 * every touched page each time it saves, so random order multiplies what a large insert writes.
 */
final class IndexOrder {

    static final Comparator<UUID> UUIDS = (a, b) -> {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    };

    private IndexOrder() {
    }
}
