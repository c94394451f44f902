package org.coplan.scheduling;

import java.util.UUID;

/**
 * Item or link ids to their array index: an open-addressing hash table on the ids' two longs. Building a
 * schedule of 100,000 items and 200,000 links looks ids up 500,000 times; a {@code HashMap<UUID, Integer>}
 * spends most of the full pass chasing its nodes and boxed values. Each slot keeps the id's two halves
 * and the index side by side (three longs), so a lookup mostly touches one cache line.
 */
final class IdIndex {

    private static final int WIDTH = 3;
    /** Slots hold index + 1, so that a fresh (zeroed) table is empty. */
    private static final long EMPTY = 0;

    private final long[] table;
    private final int mask;

    IdIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
        table = new long[capacity * WIDTH];
        mask = capacity - 1;
    }

    private static int slot(long high, long low) {
        long mixed = (high ^ Long.rotateLeft(low, 29)) * 0x9E3779B97F4A7C15L;
        return (int) (mixed ^ (mixed >>> 32));
    }

    /** Adds the id at the given index; false (and no change) when it is there already. */
    boolean add(UUID id, int value) {
        long high = id.getMostSignificantBits();
        long low = id.getLeastSignificantBits();
        int at = slot(high, low) & mask;
        while (table[at * WIDTH + 2] != EMPTY) {
            if (table[at * WIDTH] == high && table[at * WIDTH + 1] == low) {
                return false;
            }
            at = (at + 1) & mask;
        }
        table[at * WIDTH] = high;
        table[at * WIDTH + 1] = low;
        table[at * WIDTH + 2] = value + 1L;
        return true;
    }

    /** -1 when absent. */
    int get(UUID id) {
        long high = id.getMostSignificantBits();
        long low = id.getLeastSignificantBits();
        int at = slot(high, low) & mask;
        long value;
        while ((value = table[at * WIDTH + 2]) != EMPTY) {
            if (table[at * WIDTH] == high && table[at * WIDTH + 1] == low) {
                return (int) value - 1;
            }
            at = (at + 1) & mask;
        }
        return -1;
    }
}
