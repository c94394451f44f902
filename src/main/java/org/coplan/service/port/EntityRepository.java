package org.coplan.service.port;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Storage of one kind of entity. Every write is recorded in the change log field by field (old and new
 * value) with the author of the database session, which is what offline sync builds on.
 *
 * @param <E> the domain record
 */
public interface EntityRepository<E> {

    Optional<E> find(UUID id);

    List<E> findAll();

    void insert(E entity);

    /** Inserts many at once (imports, the sample, the generator); parents before children where it matters. */
    void insertAll(Collection<E> entities);

    /**
     * Writes the fields that differ between {@code before} and {@code after} (same id). Fails with
     * {@link StaleDataException} when the stored row no longer matches {@code before}.
     */
    void update(E before, E after);

    /**
     * As {@link #update} for each pair {@code before.get(i) -> after.get(i)}, in order, all or nothing: what a
     * reschedule that shifts thousands of items writes. A storage may check and write the rows in batches.
     *
     * @throws StaleDataException naming the first row that no longer matches its {@code before}
     */
    default void updateAll(List<E> before, List<E> after) {
        if (before.size() != after.size()) {
            throw new IllegalArgumentException("one after for each before: " + before.size() + " vs " + after.size());
        }
        for (int i = 0; i < before.size(); i++) {
            update(before.get(i), after.get(i));
        }
    }

    /** The stored entities with these ids, in no particular order; ids without a row are left out. */
    default List<E> findAllById(Collection<UUID> ids) {
        return ids.stream().distinct().map(this::find).flatMap(Optional::stream).toList();
    }

    void delete(E entity);

    long count();
}
