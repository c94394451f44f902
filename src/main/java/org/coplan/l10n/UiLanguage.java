package org.coplan.l10n;

import java.util.Locale;

/** The languages Coplan's user interface speaks; the others fall back to English. */
public enum UiLanguage {
    ENGLISH(Locale.ENGLISH),
    RUSSIAN(Locale.forLanguageTag("ru"));

    private final Locale locale;

    UiLanguage(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public static UiLanguage forLocale(Locale locale) {
        for (UiLanguage language : values()) {
            if (language.locale.getLanguage().equals(locale.getLanguage())) {
                return language;
            }
        }
        return ENGLISH;
    }

    public static UiLanguage forTag(String tag) {
        return forLocale(Locale.forLanguageTag(tag));
    }

    public String tag() {
        return locale.toLanguageTag();
    }
}
