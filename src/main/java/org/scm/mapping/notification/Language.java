package org.scm.mapping.notification;

import java.util.Locale;

/** The languages notifications are written in; a user's is their directory {@code locale} attribute. */
public enum Language {
    ES,
    PT,
    EN;

    /** Spanish unless the locale is Portuguese or English (the realm's default language is Spanish). */
    public static Language of(String locale) {
        if (locale == null || locale.isBlank()) {
            return ES;
        }
        String language =
                Locale.forLanguageTag(locale.strip().replace('_', '-')).getLanguage();
        return switch (language) {
            case "pt" -> PT;
            case "en" -> EN;
            default -> ES;
        };
    }

    public Locale locale() {
        return Locale.forLanguageTag(name().toLowerCase(Locale.ROOT));
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
