package org.coplan.scheduling;

import java.util.Arrays;
import java.util.UUID;

/**
 * Item or link ids to their array index: an open-addressing hash table on the ids' two longs. Building a
 * schedule of 100,000 items and 200,000 links looks ids up 600,000 times; a {@code HashMap<UUID, Integer>}
 * spends most of the full pass chasing its nodes and boxed values.
 */
final class IdIndex {

    private final long[] high;
    private final long[] low;
    private final int[] index;
    private final int mask;
    private int size;

    IdIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
        high = new long[capacity];
        low = new long[capacity];
        index = new int[capacity];
        Arrays.fill(index, -1);
        mask = capacity - 1;
    }

    private static int slot(long high, long low) {
        long mixed = (high ^ Long.rotateLeft(low, 29)) * 0x9E3779B97F4A7C15L;
        return (int) (mixed ^ (mixed >>> 32));
    }

    /** Adds the id at the given index; false (and no change) when it is there already. */
    boolean add(UUID id, int value) {
        long h = id.getMostSignificantBits();
        long l = id.getLeastSignificantBits();
        int at = slot(h, l) & mask;
        while (index[at] >= 0) {
            if (high[at] == h && low[at] == l) {
                return false;
            }
            at = (at + 1) & mask;
        }
        high[at] = h;
        low[at] = l;
        index[at] = value;
        size++;
        return true;
    }

    /** -1 when absent. */
    int get(UUID id) {
        long h = id.getMostSignificantBits();
        long l = id.getLeastSignificantBits();
        int at = slot(h, l) & mask;
        int value;
        while ((value = index[at]) >= 0) {
            if (high[at] == h && low[at] == l) {
                return value;
            }
            at = (at + 1) & mask;
        }
        return -1;
    }

    int size() {
        return size;
    }
}
