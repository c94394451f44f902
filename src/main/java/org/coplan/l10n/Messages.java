package org.coplan.l10n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Every user-visible string, looked up by key in {@code org/coplan/l10n/messages*.properties}.
 * One instance is made at start-up for the chosen language and handed to whoever shows text;
 * changing the language takes a restart, so an instance never changes.
 */
public final class Messages {

    static final String BUNDLE = "org.coplan.l10n.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    public static Messages forLocale(Locale locale) {
        Locale language = UiLanguage.forLocale(locale).locale();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language, ResourceBundle.Control
                .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(bundle, language);
    }

    public static Messages english() {
        return forLocale(Locale.ENGLISH);
    }

    public Locale locale() {
        return locale;
    }

    public UiLanguage language() {
        return UiLanguage.forLocale(locale);
    }

    /**
     * The text for {@code key} with {@code {0}}, {@code {1}} … replaced by the arguments. A missing key is
     * shown as itself in brackets rather than failing, so a forgotten translation never breaks a screen
     * (the consistency test catches it before release).
     */
    public String tr(String key, Object... arguments) {
        Objects.requireNonNull(key, "key");
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException missing) {
            return "[" + key + "]";
        }
        if (arguments.length == 0) {
            return pattern;
        }
        Object[] shown = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            // a nested problem (a field's name, an enum's label) is translated in the same language
            shown[i] = arguments[i] instanceof Problem nested ? nested.text(this) : arguments[i];
        }
        return new MessageFormat(pattern, locale).format(shown);
    }

    public String text(Problem problem) {
        return problem.text(this);
    }
}
