package org.coplan.domain;

import java.time.LocalDate;
import java.util.Objects;

/** A named non-working day of a calendar. */
public record Holiday(LocalDate date, String name) {

    public Holiday {
        Objects.requireNonNull(date, "date");
        name = Text.required(name, "field.name", 200);
    }
}
