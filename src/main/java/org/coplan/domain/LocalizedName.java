package org.coplan.domain;

import java.util.Locale;

/** A name the model keeps in English and Russian (states, priority areas). */
public record LocalizedName(String en, String ru) {

    public LocalizedName {
        en = Text.required(en, "field.name-en", 200);
        ru = Text.required(ru, "field.name-ru", 200);
    }

    public String in(Locale locale) {
        return "ru".equals(locale.getLanguage()) ? ru : en;
    }
}
