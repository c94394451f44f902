package org.coplan.service;

import java.time.Instant;
import java.util.UUID;

/**
 * One recorded change of one field of one entity (or a whole-row insert or delete, field {@code "*"}).
 * Values are in the canonical text form of {@link FieldText}.
 */
public record ChangeRecord(UUID changeId, UUID replicaId, String entityType, UUID entityId, String field,
                           Kind kind, String oldValue, String newValue, Instant changedAt, String changedBy) {

    public enum Kind { INSERT, UPDATE, DELETE }
}
