package org.coplan.persistence;

import java.util.UUID;

/** One field of one entity, as the change log names it. */
record FieldKey(UUID entityId, String field) {
}
