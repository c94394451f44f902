package org.coplan.persistence;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.coplan.domain.Ids;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.UpdatableRecord;

/**
 * A child table written and read with its parent entity (a work item's participating states, a calendar's
 * holidays, a baseline's entries). For diffs and the log a child row is its key text: its value columns,
 * so two rows that say the same thing compare equal whatever their ids and stamps.
 *
 * @param <E> the parent's domain record
 * @param <C> the child table's record
 */
final class ChildRows<E, C extends UpdatableRecord<C>> {

    private static final Set<String> BOOKKEEPING = Set.of("ID", "CREATED_AT", "MODIFIED_AT", "VERSION");

    private final String field;
    private final Table<C> table;
    private final TableField<C, UUID> parent;
    private final Function<E, List<C>> toRecords;
    private final List<Field<?>> valueFields;

    /**
     * @param field     the name of this collection in the change log, e.g. {@code participating_states}
     * @param toRecords the entity's child rows, parent id set; id and stamps may be left {@code null}
     */
    ChildRows(String field, Table<C> table, TableField<C, UUID> parent, Function<E, List<C>> toRecords) {
        this.field = field;
        this.table = table;
        this.parent = parent;
        this.toRecords = toRecords;
        this.valueFields = List.of(table.fields()).stream()
                .filter(f -> !f.getName().equals(parent.getName()) && !BOOKKEEPING.contains(f.getName()))
                .toList();
    }

    String field() {
        return field;
    }

    /** The sorted key texts of the entity's children. */
    List<String> keys(E entity) {
        return keys(toRecords.apply(entity));
    }

    List<String> keys(Collection<C> rows) {
        List<String> keys = new ArrayList<>(rows.size());
        for (C row : rows) {
            keys.add(key(row));
        }
        keys.sort(null);
        return keys;
    }

    private String key(C row) {
        if (valueFields.size() == 1) {
            return CanonicalText.of(row.get(valueFields.getFirst()));
        }
        List<Object> values = new ArrayList<>(valueFields.size());
        for (Field<?> value : valueFields) {
            values.add(row.get(value));
        }
        return CanonicalText.array(values);
    }

    /** The children of every parent row that {@code parentCondition} selects, by parent id. */
    Map<UUID, List<C>> load(DSLContext dsl, Table<?> parentSource, Field<UUID> parentId, Condition parentCondition) {
        Map<UUID, List<C>> byParent = new HashMap<>();
        for (C row : dsl.select(table.fields()).from(table).join(parentSource).on(parent.eq(parentId))
                .where(parentCondition).fetchInto(table)) {
            byParent.computeIfAbsent(row.get(parent), id -> new ArrayList<>()).add(row);
        }
        return byParent;
    }

    /** The sorted key texts of the children stored for {@code parentId}. */
    List<String> storedKeys(DSLContext dsl, UUID parentId) {
        return keys(loadOf(dsl, parentId));
    }

    private List<C> loadOf(DSLContext dsl, UUID parentId) {
        return dsl.selectFrom(table).where(parent.eq(parentId)).fetch();
    }

    void insert(DSLContext dsl, Collection<E> entities, OffsetDateTime now) {
        List<C> rows = new ArrayList<>();
        for (E entity : entities) {
            for (C row : toRecords.apply(entity)) {
                rows.add(stamped(row, now));
            }
        }
        BatchInsert.records(dsl, table, rows);
    }

    /** Makes the stored children of {@code parentId} those of {@code after}: removes and adds only the difference. */
    void replace(DSLContext dsl, UUID parentId, E after, OffsetDateTime now) {
        replaceRows(dsl, parentId, toRecords.apply(after), now);
    }

    /** The collection's canonical text ({@link org.coplan.service.FieldText} of the sorted keys). */
    String text(List<C> rows) {
        return CanonicalText.of(keys(rows));
    }

    String storedText(DSLContext dsl, UUID parentId) {
        return text(loadOf(dsl, parentId));
    }

    /**
     * Makes the stored children of {@code parentId} those that {@code text} lists: {@code [k1,k2]} where a key is
     * one value, or a JSON array of values for a child of several columns (see {@link #key}).
     *
     * @throws IllegalArgumentException when the text is not such a list
     */
    void replaceText(DSLContext dsl, UUID parentId, String text, OffsetDateTime now) {
        replaceRows(dsl, parentId, fromText(parentId, text), now);
    }

    /** The stamped children that a parent's text lists, for a parent just inserted: see {@link #insertAll}. */
    List<C> newRows(UUID parentId, String text, OffsetDateTime now) {
        List<C> rows = fromText(parentId, text);
        rows.forEach(row -> stamped(row, now));
        return rows;
    }

    void insertAll(DSLContext dsl, List<C> rows) {
        BatchInsert.records(dsl, table, rows);
    }

    private List<C> fromText(UUID parentId, String text) {
        List<C> rows = new ArrayList<>();
        for (List<String> values : ChildText.parse(text == null ? "[]" : text, valueFields.size())) {
            C row = table.newRecord();
            set(row, parent, parentId);
            for (int i = 0; i < valueFields.size(); i++) {
                set(row, valueFields.get(i), FieldParse.value(valueFields.get(i), values.get(i)));
            }
            rows.add(row);
        }
        return rows;
    }

    private void replaceRows(DSLContext dsl, UUID parentId, List<C> wanted, OffsetDateTime now) {
        Set<String> wantedKeys = new HashSet<>(keys(wanted));
        Set<String> storedKeys = new HashSet<>();
        for (C stored : loadOf(dsl, parentId)) {
            String key = key(stored);
            if (wantedKeys.contains(key)) {
                storedKeys.add(key);
            } else {
                dsl.executeDelete(stored);
            }
        }
        List<C> added = wanted.stream().filter(row -> !storedKeys.contains(key(row))).map(row -> stamped(row, now))
                .toList();
        BatchInsert.records(dsl, table, added);
    }

    private C stamped(C row, OffsetDateTime now) {
        for (Field<?> column : table.fields()) {
            if (row.get(column) == null) {
                switch (column.getName()) {
                    case "ID" -> set(row, column, Ids.newId());
                    case "CREATED_AT", "MODIFIED_AT" -> set(row, column, now);
                    case "VERSION" -> set(row, column, 0L);
                    default -> {
                        // a value column left null is a real null
                    }
                }
            }
        }
        return row;
    }

    @SuppressWarnings("unchecked")
    private static void set(UpdatableRecord<?> row, Field<?> column, Object value) {
        row.set((Field<Object>) column, value);
    }
}
