package org.ansim.web.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages the staff web speaks: Korean first, English by choice. */
public enum Language {
    KOREAN(Locale.KOREAN, "한국어"),
    ENGLISH(Locale.ENGLISH, "English");

    private final Locale locale;
    private final String nativeName;

    Language(Locale locale, String nativeName) {
        this.locale = locale;
        this.nativeName = nativeName;
    }

    /** The language spoken for {@code locale}: English for any English locale, Korean for everything else. */
    public static Language of(Locale locale) {
        return find(locale).orElse(KOREAN);
    }

    static Optional<Language> find(Locale locale) {
        if (locale == null) {
            return Optional.empty();
        }
        return Arrays.stream(values())
                .filter(language -> language.code().equals(locale.getLanguage()))
                .findFirst();
    }

    public Locale locale() {
        return locale;
    }

    /** The ISO 639 code, as used in {@code ?lang=} and the {@code lang} attribute. */
    public String code() {
        return locale.getLanguage();
    }

    /** The language's name in itself, as a language switcher shows it. */
    public String nativeName() {
        return nativeName;
    }
}
