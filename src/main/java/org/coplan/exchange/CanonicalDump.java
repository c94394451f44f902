package org.coplan.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.coplan.service.port.SyncDatabase;
import org.coplan.service.port.SyncStore;
import org.coplan.service.sync.EntityRow;

/**
 * The whole plan as sorted text, one line per field: {@code work_item/<id>/name="Design"}. Two replicas that
 * hold the same plan print the same lines, whatever order their changes came in, so comparing dumps is how
 * tests (and people) check convergence. Bookkeeping (stamps, row versions) and the replica's own history and
 * conflicts are left out: they differ between replicas by design.
 */
public final class CanonicalDump {

    private CanonicalDump() {
    }

    public static List<String> lines(SyncDatabase database) {
        List<String> lines = new ArrayList<>();
        write(database, lines::add);
        return lines;
    }

    public static void write(SyncDatabase database, Consumer<String> out) {
        database.readSync(store -> {
            for (String type : store.entityTypes().stream().sorted().toList()) {
                writeType(store, type, out);
            }
            return null;
        });
    }

    private static void writeType(SyncStore store, String type, Consumer<String> out) {
        List<EntityRow> rows = new ArrayList<>(store.rows(type));
        rows.sort(Comparator.comparing(row -> row.id().toString()));
        for (EntityRow row : rows) {
            String prefix = type + "/" + row.id() + "/";
            for (Map.Entry<String, String> field : row.fields().entrySet()) {
                out.accept(prefix + field.getKey() + "=" + quoted(field.getValue()));
            }
        }
    }

    /** {@code null}, or the text in double quotes with backslash, quote and line breaks escaped: one line per field. */
    static String quoted(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder text = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '"' -> text.append("\\\"");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
        return text.append('"').toString();
    }
}
