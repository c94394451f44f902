package org.coplan.scheduling;

import java.util.UUID;

/**
 * Item or link ids to their array index: an open-addressing hash table on the ids' two longs. Building a
 * schedule of 100,000 items and 200,000 links looks ids up 500,000 times; a {@code HashMap<UUID, Integer>}
 * spends most of the full pass chasing its nodes and boxed values. Each slot keeps the id's two halves
 * and the index side by side (three longs), so a lookup mostly touches one cache line. The table doubles
 * when it is half full, so that probe runs stay short.
 */
final class IdIndex {

    private static final int WIDTH = 3;
    /** Slots hold index + 1, so that a fresh (zeroed) table is empty. */
    private static final long EMPTY = 0;

    private long[] table;
    private int mask;
    private int size;

    IdIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
        table = new long[capacity * WIDTH];
        mask = capacity - 1;
    }

    private IdIndex(long[] table, int size) {
        this.table = table;
        this.mask = table.length / WIDTH - 1;
        this.size = size;
    }

    private static int slot(long high, long low) {
        long mixed = (high ^ Long.rotateLeft(low, 29)) * 0x9E3779B97F4A7C15L;
        return (int) (mixed ^ (mixed >>> 32));
    }

    /** Adds the id at the given index; false (and no change) when it is there already. */
    boolean add(UUID id, int value) {
        if (2 * (size + 1) > mask + 1) {
            grow();
        }
        if (!put(id.getMostSignificantBits(), id.getLeastSignificantBits(), value + 1L)) {
            return false;
        }
        size++;
        return true;
    }

    /**
     * Points the id at the given index, whether or not it was there: for an index a reshaped plan shares
     * with the plan it came from, where an entry may be left over from an edit that was refused (which is
     * why such plans check the id at the index they are given).
     */
    void set(UUID id, int value) {
        if (2 * (size + 1) > mask + 1) {
            grow();
        }
        if (put(id.getMostSignificantBits(), id.getLeastSignificantBits(), value + 1L, true)) {
            size++;
        }
    }

    private boolean put(long high, long low, long stored) {
        return put(high, low, stored, false);
    }

    /** False when the id was there (its index then replaced only when {@code replace}). */
    private boolean put(long high, long low, long stored, boolean replace) {
        int at = slot(high, low) & mask;
        while (table[at * WIDTH + 2] != EMPTY) {
            if (table[at * WIDTH] == high && table[at * WIDTH + 1] == low) {
                if (replace) {
                    table[at * WIDTH + 2] = stored;
                }
                return false;
            }
            at = (at + 1) & mask;
        }
        table[at * WIDTH] = high;
        table[at * WIDTH + 1] = low;
        table[at * WIDTH + 2] = stored;
        return true;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        mask = table.length / WIDTH - 1;
        for (int at = 0; at < old.length; at += WIDTH) {
            if (old[at + 2] != EMPTY) {
                put(old[at], old[at + 1], old[at + 2]);
            }
        }
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

    IdIndex copy() {
        return new IdIndex(table.clone(), size);
    }

    /**
     * The same ids at new indexes ({@code newIndex[old]}; negative drops the id), without reading the ids
     * from their records again: for a plan that lost some rows and closed the gaps.
     */
    IdIndex renumbered(int[] newIndex) {
        IdIndex renumbered = new IdIndex(new long[table.length], 0);
        for (int at = 0; at < table.length; at += WIDTH) {
            long stored = table[at + 2];
            // entries beyond the old numbers are left over from refused edits (see set)
            if (stored != EMPTY && stored <= newIndex.length) {
                int to = newIndex[(int) stored - 1];
                if (to >= 0) {
                    renumbered.put(table[at], table[at + 1], to + 1L);
                    renumbered.size++;
                }
            }
        }
        return renumbered;
    }
}
