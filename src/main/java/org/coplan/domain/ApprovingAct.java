package org.coplan.domain;

import java.time.LocalDate;

/** The act that approved a programme, e.g. executive order No. 1218-r of 16 May 2025; every part optional. */
public record ApprovingAct(String title, String number, LocalDate date) {

    public static final ApprovingAct NONE = new ApprovingAct(null, null, null);

    public ApprovingAct {
        title = Text.optional(title, "field.act-title", 500);
        number = Text.optional(number, "field.act-number", 100);
    }

    public boolean isEmpty() {
        return title == null && number == null && date == null;
    }
}
