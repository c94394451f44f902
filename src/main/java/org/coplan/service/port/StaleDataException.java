package org.coplan.service.port;

import java.util.UUID;

/** The stored row changed since it was read: the edit is refused instead of overwriting someone's work. */
public class StaleDataException extends RuntimeException {

    private final UUID entityId;

    public StaleDataException(String entityType, UUID entityId) {
        super(entityType + " " + entityId + " was changed or deleted since it was read");
        this.entityId = entityId;
    }

    public UUID entityId() {
        return entityId;
    }
}
