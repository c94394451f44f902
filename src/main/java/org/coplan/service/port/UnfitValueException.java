package org.coplan.service.port;

import java.util.Objects;
import java.util.UUID;

/** A row that arrived as texts (a plan package) holds a text that is not a value of its field. */
public final class UnfitValueException extends IllegalArgumentException {

    private final String entityType;
    private final UUID entityId;

    public UnfitValueException(String entityType, UUID entityId, String detail, Throwable cause) {
        super(entityType + " " + entityId + ": " + detail, cause);
        this.entityType = Objects.requireNonNull(entityType, "entityType");
        this.entityId = Objects.requireNonNull(entityId, "entityId");
    }

    public String entityType() {
        return entityType;
    }

    public UUID entityId() {
        return entityId;
    }

    /** What does not fit, e.g. {@code period_start = soon}. */
    public String detail() {
        return getCause() != null ? getCause().getMessage() : getMessage();
    }
}
