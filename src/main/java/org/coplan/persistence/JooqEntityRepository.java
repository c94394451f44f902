package org.coplan.persistence;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.coplan.service.ChangeRecord;
import org.coplan.service.FieldText;
import org.coplan.service.port.EntityRepository;
import org.coplan.service.port.StaleDataException;
import org.coplan.service.port.UnfitValueException;
import org.coplan.service.sync.EntityRow;
import org.jooq.BatchBindStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.OrderField;
import org.jooq.Result;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.UpdatableRecord;
import org.jooq.impl.DSL;

/**
 * The storage of one entity over its table and child tables. Subclasses only map between the domain record
 * and the generated record; reading, batch inserting, optimistic updating of just the changed columns and
 * the change log are done here once.
 * <p>
 * The log: an insert is one row {@code INSERT *} without values (the inserted values are the stored row
 * with later updates' old values put back, so copying 100,000 rows into the log would buy nothing); an
 * update is one {@code UPDATE} row per changed field with its old and new canonical text; a delete is one
 * row {@code DELETE *} whose old value is the whole row as JSON, since nothing else keeps it. A field is a
 * column, named in lower case ({@code start_date}), or a child collection ({@link ChildRows#field()}).
 * {@link JooqChangeLogRepository#append} gives every row this replica's next sequence number, a Lamport
 * stamp and the change it overwrites, which is what plan packages exchange (ADR 0008). Rows that arrive in
 * a package are written by {@link #writeTexts} and {@link #insertTexts}, which log nothing themselves.
 *
 * @param <E> the domain record
 * @param <R> the generated record of the entity's table
 */
abstract class JooqEntityRepository<E, R extends UpdatableRecord<R>> implements EntityRepository<E> {

    static final String WHOLE_ROW = "*";

    private static final int UPDATE_CHUNK = 2_000;

    private static final Set<String> BOOKKEEPING = Set.of("CREATED_AT", "MODIFIED_AT", "VERSION");

    protected final StoreContext context;
    private final JooqChangeLogRepository changeLog;
    private final Table<R> table;
    private final TableField<R, UUID> id;
    private final Field<Long> version;
    private final Field<OffsetDateTime> createdAt;
    private final Field<OffsetDateTime> modifiedAt;
    private final List<Field<?>> valueFields;
    private final List<Field<?>> allFields;
    private final int createdAtIndex;
    private final int modifiedAtIndex;
    private final int versionIndex;
    private final List<ChildRows<E, ?>> children;
    private final List<String> rowTextNames;
    private final String entityType;

    protected JooqEntityRepository(StoreContext context, JooqChangeLogRepository changeLog, Table<R> table,
                                   TableField<R, UUID> id, List<ChildRows<E, ?>> children) {
        this.context = context;
        this.changeLog = changeLog;
        this.table = table;
        this.id = id;
        this.version = Objects.requireNonNull(table.field("VERSION", Long.class));
        this.createdAt = Objects.requireNonNull(table.field("CREATED_AT", OffsetDateTime.class));
        this.modifiedAt = Objects.requireNonNull(table.field("MODIFIED_AT", OffsetDateTime.class));
        this.allFields = List.of(table.fields());
        this.valueFields = allFields.stream().filter(f -> !BOOKKEEPING.contains(f.getName())).toList();
        this.createdAtIndex = table.indexOf(createdAt);
        this.modifiedAtIndex = table.indexOf(modifiedAt);
        this.versionIndex = table.indexOf(version);
        this.children = List.copyOf(children);
        List<String> names = new ArrayList<>();
        valueFields.stream().filter(f -> !f.getName().equals(id.getName())).forEach(f -> names.add(logName(f)));
        children.forEach(child -> names.add(child.field()));
        this.rowTextNames = List.copyOf(names);
        this.entityType = table.getName().toLowerCase(Locale.ROOT);
    }

    /** The entity's row; the stamps and the version are left {@code null} (filled in here). */
    protected abstract R toRecord(E entity);

    protected abstract E toEntity(R row, LoadedChildren loaded);

    /**
     * The order a bulk insert writes its rows in; by default as given (parents before children). A table
     * whose rows do not refer to each other may sort them by its busiest index, see {@link IndexOrder}.
     */
    protected List<R> inInsertOrder(List<R> rows) {
        return rows;
    }

    protected final DSLContext dsl() {
        return context.dsl();
    }

    @Override
    public Optional<E> find(UUID key) {
        return findWhere(id.eq(key)).stream().findFirst();
    }

    @Override
    public List<E> findAllById(Collection<UUID> keys) {
        List<E> found = new ArrayList<>(keys.size());
        for (List<UUID> chunk : Chunks.of(keys)) {
            found.addAll(findWhere(id.in(chunk)));
        }
        return found;
    }

    @Override
    public List<E> findAll() {
        return findWhere(DSL.noCondition());
    }

    @Override
    public long count() {
        return dsl().fetchCount(table);
    }

    protected final long countWhere(Condition condition) {
        return dsl().fetchCount(table, condition);
    }

    /** The entities whose rows match, with their children: one query per table whatever the number of rows. */
    protected final List<E> findWhere(Condition condition, OrderField<?>... order) {
        return findIn(table, condition, order);
    }

    /**
     * As {@link #findWhere} over {@code source}: the entity's table joined to others that the condition
     * reads (cheaper in H2 than an {@code IN (SELECT ...)} over a large table).
     */
    protected final List<E> findIn(Table<?> source, Condition condition, OrderField<?>... order) {
        // the stamps and the version are no part of the entity: parsing 300,000 timestamps is a tenth of opening
        Result<R> rows = dsl().select(valueFields).from(source).where(condition).orderBy(order).fetchInto(table);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<ChildRows<?, ?>, Map<UUID, ? extends List<?>>> byTable = new HashMap<>();
        for (ChildRows<E, ?> child : children) {
            byTable.put(child, child.load(dsl(), source, id, condition));
        }
        LoadedChildren loaded = new LoadedChildren(byTable);
        List<E> entities = new ArrayList<>(rows.size());
        for (R row : rows) {
            entities.add(toEntity(row, loaded));
        }
        return entities;
    }

    @Override
    public void insert(E entity) {
        insertAll(List.of(entity));
    }

    @Override
    public void insertAll(Collection<E> entities) {
        if (entities.isEmpty()) {
            return;
        }
        OffsetDateTime now = context.now();
        List<R> rows = new ArrayList<>(entities.size());
        List<ChangeRecord> log = new ArrayList<>(entities.size());
        for (E entity : entities) {
            R row = toRecord(entity);
            rows.add(row);
            // the inserted values need no copy in the log: they are the row's, less the later updates' old values
            log.add(change(row.get(id), WHOLE_ROW, ChangeRecord.Kind.INSERT, null, null, now));
        }
        log.sort(Comparator.comparing(ChangeRecord::entityId, IndexOrder.UUIDS));
        List<Object[]> values = new ArrayList<>(rows.size());
        for (R row : inInsertOrder(rows)) {
            Object[] rowValues = BatchInsert.values(row);
            rowValues[createdAtIndex] = now;
            rowValues[modifiedAtIndex] = now;
            rowValues[versionIndex] = 0L;
            values.add(rowValues);
        }
        BatchInsert.rows(dsl(), table, allFields, values);
        for (ChildRows<E, ?> child : children) {
            child.insert(dsl(), entities, now);
        }
        changeLog.append(log);
    }

    @Override
    public void update(E before, E after) {
        R beforeRow = toRecord(before);
        R afterRow = toRecord(after);
        UUID key = afterRow.get(id);
        if (!key.equals(beforeRow.get(id))) {
            throw new IllegalArgumentException("an update keeps the id: " + beforeRow.get(id) + " -> " + key);
        }
        requireStored(before, beforeRow);
        OffsetDateTime now = context.now();
        Map<Field<?>, Object> changed = new LinkedHashMap<>();
        List<ChangeRecord> log = new ArrayList<>();
        for (Field<?> field : valueFields) {
            String oldText = CanonicalText.of(beforeRow.get(field));
            String newText = CanonicalText.of(afterRow.get(field));
            if (!Objects.equals(oldText, newText)) {
                changed.put(field, afterRow.get(field));
                log.add(change(key, logName(field), ChangeRecord.Kind.UPDATE, oldText, newText, now));
            }
        }
        for (ChildRows<E, ?> child : children) {
            List<String> oldKeys = child.keys(before);
            List<String> newKeys = child.keys(after);
            if (!oldKeys.equals(newKeys)) {
                child.replace(dsl(), key, after, now);
                log.add(change(key, child.field(), ChangeRecord.Kind.UPDATE, FieldText.of(oldKeys),
                        FieldText.of(newKeys), now));
            }
        }
        if (log.isEmpty()) {
            return;
        }
        dsl().update(table).set(version, version.plus(1)).set(modifiedAt, now).set(changed)
                .where(id.eq(key)).execute();
        changeLog.append(log);
    }

    /**
     * Checks all rows against their {@code before} with one read per chunk (no lock: the version read is the
     * optimistic check), then writes them with one prepared {@code UPDATE ... WHERE id = ? AND version = ?}
     * per set of changed columns, bound for each row, and logs them in one append: the same log rows, numbers
     * and priors as {@link #update} called for each in turn. A repeated id is written after the run before it.
     */
    @Override
    public void updateAll(List<E> befores, List<E> afters) {
        if (befores.size() != afters.size()) {
            throw new IllegalArgumentException("one after for each before: " + befores.size() + " vs " + afters.size());
        }
        Set<UUID> inRun = new HashSet<>();
        int from = 0;
        for (int i = 0; i < befores.size(); i++) {
            if (!inRun.add(key(toRecord(afters.get(i))))) {
                updateRun(befores.subList(from, i), afters.subList(from, i));
                inRun.clear();
                inRun.add(key(toRecord(afters.get(i))));
                from = i;
            }
        }
        updateRun(befores.subList(from, befores.size()), afters.subList(from, afters.size()));
    }

    private UUID key(R row) {
        return row.get(id);
    }

    /** {@link #updateAll} of rows with distinct ids. */
    private void updateRun(List<E> befores, List<E> afters) {
        if (befores.size() <= 1) {
            if (!befores.isEmpty()) {
                update(befores.getFirst(), afters.getFirst());
            }
            return;
        }
        List<R> beforeRows = new ArrayList<>(befores.size());
        List<R> afterRows = new ArrayList<>(afters.size());
        for (int i = 0; i < befores.size(); i++) {
            R beforeRow = toRecord(befores.get(i));
            R afterRow = toRecord(afters.get(i));
            if (!key(afterRow).equals(key(beforeRow))) {
                throw new IllegalArgumentException("an update keeps the id: " + key(beforeRow) + " -> " + key(afterRow));
            }
            beforeRows.add(beforeRow);
            afterRows.add(afterRow);
        }
        Map<UUID, Long> versions = requireAllStored(befores, beforeRows);
        OffsetDateTime now = context.now();
        Map<List<Field<?>>, List<Object[]>> byColumns = new LinkedHashMap<>();
        List<ChangeRecord> log = new ArrayList<>();
        for (int i = 0; i < befores.size(); i++) {
            UUID key = key(afterRows.get(i));
            List<Field<?>> columns = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            values.add(now);
            boolean logged = false;
            for (Field<?> field : valueFields) {
                String oldText = CanonicalText.of(beforeRows.get(i).get(field));
                String newText = CanonicalText.of(afterRows.get(i).get(field));
                if (!Objects.equals(oldText, newText)) {
                    columns.add(field);
                    values.add(afterRows.get(i).get(field));
                    log.add(change(key, logName(field), ChangeRecord.Kind.UPDATE, oldText, newText, now));
                    logged = true;
                }
            }
            for (ChildRows<E, ?> child : children) {
                List<String> oldKeys = child.keys(befores.get(i));
                List<String> newKeys = child.keys(afters.get(i));
                if (!oldKeys.equals(newKeys)) {
                    child.replace(dsl(), key, afters.get(i), now);
                    log.add(change(key, child.field(), ChangeRecord.Kind.UPDATE, FieldText.of(oldKeys),
                            FieldText.of(newKeys), now));
                    logged = true;
                }
            }
            if (logged) {
                values.add(key);
                values.add(versions.get(key));
                byColumns.computeIfAbsent(List.copyOf(columns), c -> new ArrayList<>()).add(values.toArray());
            }
        }
        byColumns.forEach(this::updateBatch);
        changeLog.append(log);
    }

    /** The stored versions of the rows, each checked to say what its expected entity says. */
    private Map<UUID, Long> requireAllStored(List<E> expected, List<R> expectedRows) {
        List<UUID> keys = expectedRows.stream().map(this::key).toList();
        Map<UUID, R> stored = new HashMap<>();
        List<Map<UUID, List<?>>> storedChildren = new ArrayList<>();
        children.forEach(child -> storedChildren.add(new HashMap<>()));
        for (List<UUID> chunk : Chunks.of(keys)) {
            Condition condition = id.in(chunk);
            dsl().selectFrom(table).where(condition).fetch().forEach(row -> stored.put(key(row), row));
            for (int c = 0; c < children.size(); c++) {
                storedChildren.get(c).putAll(children.get(c).load(dsl(), table, id, condition));
            }
        }
        Map<UUID, Long> versions = HashMap.newHashMap(keys.size());
        for (int i = 0; i < expectedRows.size(); i++) {
            R expectedRow = expectedRows.get(i);
            UUID key = key(expectedRow);
            R row = stored.get(key);
            boolean same = row != null && sameValues(row, expectedRow);
            for (int c = 0; same && c < children.size(); c++) {
                same = childKeys(children.get(c), storedChildren.get(c).get(key))
                        .equals(children.get(c).keys(expected.get(i)));
            }
            if (!same) {
                throw new StaleDataException(entityType, key);
            }
            versions.put(key, row.get(version));
        }
        return versions;
    }

    @SuppressWarnings("unchecked")
    private static <C extends UpdatableRecord<C>> List<String> childKeys(ChildRows<?, C> child, List<?> rows) {
        return child.keys(rows == null ? List.<C>of() : (List<C>) rows);
    }

    private boolean sameValues(R stored, R expected) {
        for (Field<?> field : valueFields) {
            if (!Objects.equals(CanonicalText.of(stored.get(field)), CanonicalText.of(expected.get(field)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * One prepared statement for rows that change the same columns; bound per row as (modified_at, the new
     * values, id, the version read). A row count of 0 means another writer got there since the read.
     */
    private void updateBatch(List<Field<?>> columns, List<Object[]> rows) {
        Map<Field<?>, Object> placeholders = new LinkedHashMap<>();
        columns.forEach(column -> placeholders.put(column, null));
        var statement = dsl().update(table).set(version, version.plus(DSL.inline(1L)))
                .set(modifiedAt, (OffsetDateTime) null).set(placeholders)
                .where(id.eq(DSL.val(null, id))).and(version.eq(DSL.val(null, version)));
        int keyIndex = columns.size() + 1;
        for (int from = 0; from < rows.size(); from += UPDATE_CHUNK) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + UPDATE_CHUNK));
            BatchBindStep batch = dsl().batch(statement);
            for (Object[] row : chunk) {
                batch = batch.bind(row);
            }
            int[] counts = batch.execute();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    throw new StaleDataException(entityType, (UUID) chunk.get(i)[keyIndex]);
                }
            }
        }
    }

    @Override
    public void delete(E entity) {
        R row = toRecord(entity);
        UUID key = row.get(id);
        requireStored(entity, row);
        dsl().deleteFrom(table).where(id.eq(key)).execute();
        OffsetDateTime now = context.now();
        changeLog.append(List.of(change(key, WHOLE_ROW, ChangeRecord.Kind.DELETE, rowText(row, entity), null, now)));
    }

    /** The entity kind as the change log names it: the table's name in lower case. */
    final String entityType() {
        return entityType;
    }

    /** The fields of a row as texts: the value columns but the id, then the child collections. */
    final List<String> fieldNames() {
        return rowTextNames;
    }

    /** The stored rows with these ids as canonical field texts, by id; ids without a row are absent. */
    final Map<UUID, Map<String, String>> rowTexts(Collection<UUID> keys) {
        Map<UUID, Map<String, String>> texts = new HashMap<>();
        for (List<UUID> chunk : Chunks.of(keys)) {
            texts.putAll(rowTextsWhere(Chunks.in(id, chunk)));
        }
        return texts;
    }

    final Map<UUID, Map<String, String>> allRowTexts() {
        return rowTextsWhere(DSL.noCondition());
    }

    private Map<UUID, Map<String, String>> rowTextsWhere(Condition condition) {
        Map<UUID, Map<String, String>> texts = new HashMap<>();
        Result<R> rows = dsl().selectFrom(table).where(condition).fetch();
        if (rows.isEmpty()) {
            return texts;
        }
        List<Map<UUID, ? extends List<?>>> loaded = new ArrayList<>();
        for (ChildRows<E, ?> child : children) {
            loaded.add(child.load(dsl(), table, id, condition));
        }
        for (R row : rows) {
            Map<String, String> fields = new HashMap<>();
            for (Field<?> field : valueFields) {
                if (!field.getName().equals(id.getName())) {
                    fields.put(logName(field), CanonicalText.of(row.get(field)));
                }
            }
            for (int i = 0; i < children.size(); i++) {
                fields.put(children.get(i).field(), childText(children.get(i), loaded.get(i).get(row.get(id))));
            }
            texts.put(row.get(id), fields);
        }
        return texts;
    }

    @SuppressWarnings("unchecked")
    private static <C extends UpdatableRecord<C>> String childText(ChildRows<?, C> child, List<?> rows) {
        return child.text(rows == null ? List.of() : (List<C>) rows);
    }

    /**
     * Makes the stored row say {@code texts} (a row that arrived in a plan package): inserted when absent,
     * otherwise the differing fields written and the version raised, so an editor holding the old row is
     * refused ({@link StaleDataException}) rather than overwriting it. Not logged: the caller records the
     * changes that led here under their own identities.
     *
     * @throws IllegalArgumentException when a text is not a value of its field
     */
    final void writeTexts(UUID key, Map<String, String> texts) {
        OffsetDateTime now = context.now();
        R stored = dsl().selectFrom(table).where(id.eq(key)).forUpdate().fetchOne();
        if (stored == null) {
            R row = dsl().newRecord(table);
            set(row, id, key);
            for (Field<?> field : valueFields) {
                if (!field.getName().equals(id.getName())) {
                    set(row, field, FieldParse.value(field, texts.get(logName(field))));
                }
            }
            set(row, createdAt, now);
            set(row, modifiedAt, now);
            set(row, version, 0L);
            row.insert();
        } else {
            Map<Field<?>, Object> changed = new LinkedHashMap<>();
            for (Field<?> field : valueFields) {
                String text = texts.get(logName(field));
                if (!field.getName().equals(id.getName()) && !Objects.equals(CanonicalText.of(stored.get(field)), text)) {
                    changed.put(field, FieldParse.value(field, text));
                }
            }
            dsl().update(table).set(version, version.plus(1)).set(modifiedAt, now).set(changed)
                    .where(id.eq(key)).execute();
        }
        for (ChildRows<E, ?> child : children) {
            String text = texts.get(child.field());
            if (stored == null || !child.storedText(dsl(), key).equals(text)) {
                child.replaceText(dsl(), key, text == null ? "[]" : text, now);
            }
        }
    }

    /**
     * Inserts rows that arrived as texts and are known to be absent, in the given order (parents before
     * children), with one prepared statement per table: a first full import inserts the whole plan this way.
     * Not logged, as {@link #writeTexts}.
     *
     * @throws IllegalArgumentException when a text is not a value of its field
     */
    final void insertTexts(List<EntityRow> rows) {
        OffsetDateTime now = context.now();
        List<Object[]> values = new ArrayList<>(rows.size());
        for (EntityRow row : rows) {
            values.add(fitted(row, () -> rowValues(row, now)));
        }
        BatchInsert.rows(dsl(), table, allFields, values);
        for (ChildRows<E, ?> child : children) {
            insertChildren(child, rows, now);
        }
    }

    private <C extends UpdatableRecord<C>> void insertChildren(ChildRows<E, C> child, List<EntityRow> rows,
                                                               OffsetDateTime now) {
        List<C> records = new ArrayList<>();
        for (EntityRow row : rows) {
            records.addAll(fitted(row, () -> child.newRows(row.id(), row.fields().get(child.field()), now)));
        }
        child.insertAll(dsl(), records);
    }

    /** Runs a conversion of a row's texts; a text that does not fit is named with the row it belongs to. */
    private <T> T fitted(EntityRow row, Supplier<T> conversion) {
        try {
            return conversion.get();
        } catch (IllegalArgumentException unfit) {
            throw new UnfitValueException(entityType, row.id(), unfit.getMessage(), unfit);
        }
    }

    private Object[] rowValues(EntityRow row, OffsetDateTime now) {
        Object[] rowValues = new Object[allFields.size()];
        for (int i = 0; i < rowValues.length; i++) {
            Field<?> field = allFields.get(i);
            if (i == createdAtIndex || i == modifiedAtIndex) {
                rowValues[i] = now;
            } else if (i == versionIndex) {
                rowValues[i] = 0L;
            } else if (field.getName().equals(id.getName())) {
                rowValues[i] = row.id();
            } else {
                rowValues[i] = FieldParse.value(field, row.fields().get(logName(field)));
            }
        }
        return rowValues;
    }

    /**
     * Some value columns of every stored row as canonical texts, by id: what a merge needs of the whole plan
     * (the item tree, the link graph) without reading every column of every row.
     */
    final Map<UUID, Map<String, String>> columnTexts(Collection<String> names) {
        List<Field<?>> wanted = new ArrayList<>();
        wanted.add(id);
        for (Field<?> field : valueFields) {
            if (names.contains(logName(field))) {
                wanted.add(field);
            }
        }
        Map<UUID, Map<String, String>> texts = new HashMap<>();
        for (org.jooq.Record row : dsl().select(wanted).from(table).fetch()) {
            Map<String, String> fields = new HashMap<>();
            for (int i = 1; i < wanted.size(); i++) {
                fields.put(logName(wanted.get(i)), CanonicalText.of(row.get(i)));
            }
            texts.put(row.get(id), fields);
        }
        return texts;
    }

    /** Deletes the row a plan package deleted; not logged, as {@link #writeTexts}. */
    final void removeRow(UUID key) {
        dsl().deleteFrom(table).where(id.eq(key)).execute();
    }

    @SuppressWarnings("unchecked")
    private static void set(org.jooq.Record row, Field<?> field, Object value) {
        row.set((Field<Object>) field, value);
    }

    /** Locks the stored row and refuses when it, or its children, no longer say what {@code expected} says. */
    private void requireStored(E expected, R expectedRow) {
        UUID key = expectedRow.get(id);
        R stored = dsl().selectFrom(table).where(id.eq(key)).forUpdate().fetchOne();
        boolean same = stored != null && sameValues(stored, expectedRow);
        for (int i = 0; same && i < children.size(); i++) {
            ChildRows<E, ?> child = children.get(i);
            same = child.storedKeys(dsl(), key).equals(child.keys(expected));
        }
        if (!same) {
            throw new StaleDataException(entityType, key);
        }
    }

    private String rowText(R row, E entity) {
        List<Object> values = new ArrayList<>(rowTextNames.size());
        for (Field<?> field : valueFields) {
            if (!field.getName().equals(id.getName())) {
                values.add(row.get(field));
            }
        }
        for (ChildRows<E, ?> child : children) {
            values.add(child.keys(entity));
        }
        return CanonicalText.row(rowTextNames, values);
    }

    private ChangeRecord change(UUID key, String field, ChangeRecord.Kind kind, String oldValue, String newValue,
                                OffsetDateTime at) {
        return context.change(entityType, key, field, kind, oldValue, newValue, at);
    }

    private static String logName(Field<?> field) {
        return field.getName().toLowerCase(Locale.ROOT);
    }
}
