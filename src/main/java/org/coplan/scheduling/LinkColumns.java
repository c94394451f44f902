package org.coplan.scheduling;

import java.util.Arrays;
import org.coplan.domain.DependencyType;

/**
 * The links' inputs as columns indexed by link number, their ends as item numbers (see {@link ItemColumns}
 * for why columns). Grows while a plan is being indexed; a schedule owns a trimmed copy.
 */
final class LinkColumns {

    int size;
    ScheduleLink[] links;
    int[] predecessor;
    int[] successor;
    DependencyType[] type;
    /** FS, FF: the link starts at its predecessor's finish (else its start); read in the hot loops for {@link #type}. */
    boolean[] fromFinish;
    /** FS, SS: the link bounds its successor's start (else its finish). */
    boolean[] toStart;
    /** Working-day lag as a position offset (2 per day); 0 for an elapsed lag. */
    int[] positionLag;
    /** Elapsed lag as a moment offset (2 per day); 0 for a working-day lag. */
    int[] momentLag;

    LinkColumns(int capacity) {
        allocate(Math.max(capacity, 0));
    }

    private void allocate(int capacity) {
        links = new ScheduleLink[capacity];
        predecessor = new int[capacity];
        successor = new int[capacity];
        type = new DependencyType[capacity];
        fromFinish = new boolean[capacity];
        toStart = new boolean[capacity];
        positionLag = new int[capacity];
        momentLag = new int[capacity];
    }

    int add(ScheduleLink link, int from, int to) {
        if (size == links.length) {
            resize(Math.max(16, size * 2));
        }
        int l = size++;
        predecessor[l] = from;
        successor[l] = to;
        set(l, link);
        return l;
    }

    /** Loads a link's values (not its ends) into row {@code l}. */
    void set(int l, ScheduleLink link) {
        links[l] = link;
        DependencyType kind = link.type();
        type[l] = kind;
        fromFinish[l] = kind == DependencyType.FS || kind == DependencyType.FF;
        toStart[l] = kind == DependencyType.FS || kind == DependencyType.SS;
        positionLag[l] = link.elapsedLag() ? 0 : 2 * link.lag();
        momentLag[l] = link.elapsedLag() ? 2 * link.lag() : 0;
    }

    LinkColumns trimmedCopy() {
        return copy(0);
    }

    /** A copy of every row, with room for {@code extra} more. */
    LinkColumns copy(int extra) {
        LinkColumns copy = new LinkColumns(0);
        copy.size = size;
        copy.links = Arrays.copyOf(links, size + extra);
        copy.predecessor = Arrays.copyOf(predecessor, size + extra);
        copy.successor = Arrays.copyOf(successor, size + extra);
        copy.type = Arrays.copyOf(type, size + extra);
        copy.fromFinish = Arrays.copyOf(fromFinish, size + extra);
        copy.toStart = Arrays.copyOf(toStart, size + extra);
        copy.positionLag = Arrays.copyOf(positionLag, size + extra);
        copy.momentLag = Arrays.copyOf(momentLag, size + extra);
        return copy;
    }

    /**
     * The rows whose {@code newLink} is not negative, in their order, ends renumbered by {@code newItem} (the
     * caller leaves out links whose ends are gone), with room for {@code extra} more rows.
     */
    LinkColumns select(int[] newLink, int kept, int[] newItem, int extra, boolean itemsRenumbered) {
        if (kept == size && !itemsRenumbered) {
            // nothing left out or renumbered: whole arrays copy much faster than row by row
            return copy(extra);
        }
        LinkColumns copy = new LinkColumns(kept + extra);
        for (int l = 0; l < size; l++) {
            int to = newLink[l];
            if (to >= 0) {
                copy.links[to] = links[l];
                copy.predecessor[to] = newItem[predecessor[l]];
                copy.successor[to] = newItem[successor[l]];
                copy.type[to] = type[l];
                copy.fromFinish[to] = fromFinish[l];
                copy.toStart[to] = toStart[l];
                copy.positionLag[to] = positionLag[l];
                copy.momentLag[to] = momentLag[l];
            }
        }
        copy.size = kept;
        return copy;
    }

    /** Moves row {@code from} into row {@code to} (a gap left by a removed link). */
    void moveRow(int from, int to) {
        links[to] = links[from];
        predecessor[to] = predecessor[from];
        successor[to] = successor[from];
        type[to] = type[from];
        fromFinish[to] = fromFinish[from];
        toStart[to] = toStart[from];
        positionLag[to] = positionLag[from];
        momentLag[to] = momentLag[from];
        links[from] = null;
    }

    private void resize(int capacity) {
        links = Arrays.copyOf(links, capacity);
        predecessor = Arrays.copyOf(predecessor, capacity);
        successor = Arrays.copyOf(successor, capacity);
        type = Arrays.copyOf(type, capacity);
        fromFinish = Arrays.copyOf(fromFinish, capacity);
        toStart = Arrays.copyOf(toStart, capacity);
        positionLag = Arrays.copyOf(positionLag, capacity);
        momentLag = Arrays.copyOf(momentLag, capacity);
    }
}
