package org.coplan.service.sync;

import java.time.Instant;
import java.util.Comparator;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.coplan.service.ChangeRecord;

/**
 * One change as replicas exchange it (ADR 0008). An {@code INSERT} sets every field of a new entity
 * ({@link #insertedValues}); an {@code UPDATE} sets {@link #field} to {@link #value}; a {@code DELETE} leaves a
 * tombstone. Values are canonical texts ({@link org.coplan.service.FieldText}).
 *
 * @param lamport the Lamport stamp; with the replica id it orders all changes the same way everywhere
 * @param prior   the change of the same field this one overwrote where it was made, or {@code null}
 */
public record Change(ChangeId id, long lamport, String entityType, UUID entityId, String field,
                     ChangeRecord.Kind kind, String value, SortedMap<String, String> insertedValues,
                     ChangeId prior, Instant changedAt, String changedBy) {

    /** The stamp order: Lamport clock, then replica id; identical on every replica. */
    public static final Comparator<Change> STAMP_ORDER =
            (left, right) -> compareStamps(left.lamport, left.id.replica(), right.lamport, right.id.replica());

    public static final String WHOLE_ROW = "*";

    public Change {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(changedAt, "changedAt");
        Objects.requireNonNull(changedBy, "changedBy");
        // a TreeMap keeps inserted values in one order, so a package and a dump list them identically
        insertedValues = Collections.unmodifiableSortedMap(
                insertedValues == null ? new TreeMap<>() : new TreeMap<>(insertedValues));
        boolean wholeRow = field.equals(WHOLE_ROW);
        if (kind == ChangeRecord.Kind.UPDATE ? wholeRow : !wholeRow) {
            throw new IllegalArgumentException("an update names one field, an insert or delete the whole row");
        }
    }

    /**
     * Orders two stamps. Ties of the clock go by the replica id's text, which is the unsigned order of its
     * bytes: {@link UUID#compareTo} compares signed halves, which another tool reading packages would not.
     */
    public static int compareStamps(long lamport, UUID replica, long otherLamport, UUID otherReplica) {
        int order = Long.compare(lamport, otherLamport);
        return order != 0 ? order : replica.toString().compareTo(otherReplica.toString());
    }

    public boolean isAfter(Change other) {
        return STAMP_ORDER.compare(this, other) > 0;
    }
}
