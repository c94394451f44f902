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

    void delete(E entity);

    long count();
}
