package org.coplan.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.jooq.Field;

/**
 * The inverse of {@link CanonicalText#of}: a column's value from its canonical text, for rows that arrive as
 * texts (a plan package). A text that is not a value of the column is refused, never guessed.
 */
final class FieldParse {

    private FieldParse() {
    }

    /** @throws IllegalArgumentException naming the column when {@code text} is not one of its values */
    static Object value(Field<?> column, String text) {
        if (text == null) {
            return null;
        }
        Class<?> type = column.getType();
        try {
            if (type == String.class) {
                return text;
            } else if (type == UUID.class) {
                return UUID.fromString(text);
            } else if (type == LocalDate.class) {
                return LocalDate.parse(text);
            } else if (type == Integer.class) {
                return Integer.valueOf(text);
            } else if (type == Long.class) {
                return Long.valueOf(text);
            } else if (type == Boolean.class) {
                return booleanOf(text);
            } else if (type == BigDecimal.class) {
                return new BigDecimal(text);
            } else if (type == OffsetDateTime.class) {
                return OffsetDateTime.parse(text);
            }
        } catch (NumberFormatException | DateTimeParseException failure) {
            throw refused(column, text);
        }
        throw new IllegalStateException("no canonical text form for column " + column.getName() + " of " + type);
    }

    private static Boolean booleanOf(String text) {
        return switch (text) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new NumberFormatException(text);
        };
    }

    static IllegalArgumentException refused(Field<?> column, String text) {
        String shown = text.length() > 60 ? text.substring(0, 60) + "…" : text;
        return new IllegalArgumentException(column.getName().toLowerCase(java.util.Locale.ROOT) + " = " + shown);
    }
}
