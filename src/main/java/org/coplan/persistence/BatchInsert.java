package org.coplan.persistence;

import java.util.Collections;
import java.util.List;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/**
 * Inserts many rows with one prepared statement bound again for each row (a JDBC batch), in chunks, so
 * the generator's 100,000 items cost one SQL rendering instead of 100,000.
 */
final class BatchInsert {

    private static final int CHUNK = 2_000;

    private BatchInsert() {
    }

    /** Every column of the table, taken from each record. */
    static <R extends Record> void records(DSLContext dsl, Table<R> table, List<R> records) {
        List<Field<?>> fields = List.of(table.fields());
        rows(dsl, table, fields, records.stream().map(BatchInsert::values).toList());
    }

    /** The record's values by position (cheaper than {@code intoArray}, which maps through a converter). */
    static Object[] values(Record record) {
        Object[] values = new Object[record.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = record.get(i);
        }
        return values;
    }

    /** The given columns, one value array per row in the same order. */
    static void rows(DSLContext dsl, Table<?> table, List<Field<?>> fields, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(table).columns(fields).values(Collections.nCopies(fields.size(), null));
        for (int from = 0; from < rows.size(); from += CHUNK) {
            BatchBindStep batch = dsl.batch(insert);
            for (Object[] row : rows.subList(from, Math.min(rows.size(), from + CHUNK))) {
                batch = batch.bind(row);
            }
            batch.execute();
        }
    }
}
