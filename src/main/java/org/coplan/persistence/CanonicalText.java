package org.coplan.persistence;

import java.math.BigDecimal;
import java.util.List;
import org.coplan.service.FieldText;

/**
 * Column values as the change log writes them ({@link FieldText}), plus the compact text of a whole row for
 * inserts and deletes: a flat JSON object, so a later reader (sync, an audit view) can parse it back.
 */
final class CanonicalText {

    private CanonicalText() {
    }

    /** Money compares by value, not by scale: 100 and 100.00 are the same amount. */
    static String of(Object value) {
        if (value instanceof BigDecimal amount) {
            return amount.signum() == 0 ? "0" : amount.stripTrailingZeros().toPlainString();
        }
        return FieldText.of(value);
    }

    /** {@code ["value",...]}: the key of a child row of several columns (a holiday's date and name). */
    static String array(List<Object> values) {
        StringBuilder json = new StringBuilder(16 * values.size()).append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            Object value = values.get(i);
            if (value == null) {
                json.append("null");
            } else {
                quote(json, of(value));
            }
        }
        return json.append(']').toString();
    }

    /** {@code {"name":"value",...}}; a {@code null} value is JSON null, a list becomes a JSON array. */
    static String row(List<String> names, List<Object> values) {
        StringBuilder json = new StringBuilder(32 * names.size()).append('{');
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            quote(json, names.get(i)).append(':');
            Object value = values.get(i);
            if (value instanceof List<?> list) {
                json.append('[');
                for (int j = 0; j < list.size(); j++) {
                    if (j > 0) {
                        json.append(',');
                    }
                    quote(json, (String) list.get(j));
                }
                json.append(']');
            } else if (value == null) {
                json.append("null");
            } else {
                quote(json, of(value));
            }
        }
        return json.append('}').toString();
    }

    private static StringBuilder quote(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }
}
