package org.coplan.domain;

import java.util.Objects;
import java.util.UUID;

/** A thematic direction a programme funds, such as ICT or biotechnology. */
public record PriorityArea(UUID id, String code, LocalizedName name) {

    public PriorityArea {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        code = Text.required(code, "field.code", 20);
    }
}
