package org.coplan.report;

import java.util.Locale;

/** The language a report is written in, chosen apart from the language of the screens. */
public enum ReportLanguage {
    EN(Locale.ENGLISH), RU(Locale.forLanguageTag("ru"));

    private final Locale locale;

    ReportLanguage(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** Russian for a Russian locale, English for every other. */
    public static ReportLanguage of(Locale locale) {
        return "ru".equals(locale.getLanguage()) ? RU : EN;
    }
}
