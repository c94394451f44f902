package org.coplan.persistence;

import static org.coplan.persistence.generated.Tables.CHANGE_LOG;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.coplan.persistence.generated.tables.records.ChangeLogRecord;
import org.coplan.service.ChangeRecord;
import org.coplan.service.sync.Change;
import org.coplan.service.sync.ChangeId;
import org.jooq.DSLContext;
import org.jooq.Record2;

/**
 * Turns change-log rows into exchangeable {@link Change}s. An insert made here is logged without values (ADR
 * 0003), so its values are taken from the row as it is now, or from the copy its delete kept: exact for every
 * field whose later changes travel with it (ADR 0008). An insert that came from elsewhere keeps the values it
 * came with, as JSON in {@code new_value}.
 */
final class InsertedValues {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WHOLE_TABLE = 20_000;

    private final DSLContext dsl;
    private final Map<String, JooqEntityRepository<?, ?>> byType;

    InsertedValues(DSLContext dsl, Map<String, JooqEntityRepository<?, ?>> byType) {
        this.dsl = dsl;
        this.byType = byType;
    }

    List<Change> fill(List<ChangeLogRecord> rows) {
        Map<String, List<UUID>> unfilled = new HashMap<>();
        for (ChangeLogRecord row : rows) {
            if (isInsert(row) && row.getNewValue() == null) {
                unfilled.computeIfAbsent(row.getEntityType(), type -> new ArrayList<>()).add(row.getEntityId());
            }
        }
        Map<UUID, Map<String, String>> values = new HashMap<>();
        unfilled.forEach((type, ids) -> values.putAll(current(type, ids)));
        List<Change> changes = new ArrayList<>(rows.size());
        for (ChangeLogRecord row : rows) {
            SortedMap<String, String> inserted = new TreeMap<>();
            if (isInsert(row)) {
                inserted.putAll(row.getNewValue() != null ? parse(row.getNewValue())
                        : values.getOrDefault(row.getEntityId(), Map.of()));
            }
            ChangeRecord.Kind kind = ChangeRecord.Kind.valueOf(row.getChangeKind());
            changes.add(new Change(new ChangeId(row.getReplicaId(), row.getReplicaSeq()), row.getLamport(),
                    row.getEntityType(), row.getEntityId(), row.getFieldName(), kind,
                    kind == ChangeRecord.Kind.INSERT ? null : row.getNewValue(), inserted,
                    row.getPriorReplicaId() == null ? null : new ChangeId(row.getPriorReplicaId(), row.getPriorSeq()),
                    row.getChangedAt().toInstant(), row.getChangedBy()));
        }
        return changes;
    }

    private static boolean isInsert(ChangeLogRecord row) {
        return row.getChangeKind().equals(ChangeRecord.Kind.INSERT.name());
    }

    /** The rows as stored now; a deleted one from the copy of it that its delete logged. */
    private Map<UUID, Map<String, String>> current(String type, List<UUID> ids) {
        JooqEntityRepository<?, ?> rows = byType.get(type);
        // a full export fills nearly every row: one pass over the table beats a thousand lookups by id
        Map<UUID, Map<String, String>> values = rows == null ? new HashMap<>()
                : ids.size() > WHOLE_TABLE ? rows.allRowTexts() : rows.rowTexts(ids);
        List<UUID> gone = ids.stream().filter(id -> !values.containsKey(id)).toList();
        for (List<UUID> chunk : Chunks.of(gone)) {
            for (Record2<UUID, String> deleted : dsl.select(CHANGE_LOG.ENTITY_ID, CHANGE_LOG.OLD_VALUE).from(CHANGE_LOG)
                    .where(Chunks.in(CHANGE_LOG.ENTITY_ID, chunk))
                    .and(CHANGE_LOG.CHANGE_KIND.eq(ChangeRecord.Kind.DELETE.name())).fetch()) {
                if (deleted.value2() != null) {
                    values.put(deleted.value1(), parse(deleted.value2()));
                }
            }
        }
        return values;
    }

    /** {@code {"field":"text"|null|["key",...]}}: a list is a child collection, turned into its canonical text. */
    static Map<String, String> parse(String json) {
        Map<String, String> fields = new HashMap<>();
        try {
            JsonNode object = JSON.readTree(json);
            object.properties().forEach(entry -> {
                JsonNode value = entry.getValue();
                if (value.isArray()) {
                    List<String> keys = new ArrayList<>();
                    value.forEach(key -> keys.add(key.asText()));
                    fields.put(entry.getKey(), CanonicalText.of(keys));
                } else {
                    fields.put(entry.getKey(), value.isNull() ? null : value.asText());
                }
            });
        } catch (JsonProcessingException damaged) {
            throw new UncheckedIOException(damaged);
        }
        return fields;
    }

    /** The values of an insert that came from elsewhere, as JSON; child collections keep their canonical text. */
    static String json(Map<String, String> values) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(values));
        } catch (JsonProcessingException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }
}
