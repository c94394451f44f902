package org.coplan.service;

import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The canonical text of a field value in the change log: the same value always gives the same text on every
 * replica (sorted sets, ISO dates, enum names), so logs can be compared and merged.
 */
public final class FieldText {

    private FieldText() {
    }

    public static String of(Object value) {
        return switch (value) {
            case null -> null;
            case Enum<?> constant -> constant.name();
            case LocalDate date -> date.toString();
            case UUID id -> id.toString();
            case Collection<?> values -> values.stream().map(FieldText::of).sorted()
                    .collect(Collectors.joining(",", "[", "]"));
            default -> value.toString();
        };
    }
}
