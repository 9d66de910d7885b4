package dk.tovholder.language;

import java.util.Locale;

/** The languages Tovholder speaks; Danish is the default. */
public enum Language {
    DA(Locale.forLanguageTag("da")),
    EN(Locale.ENGLISH);

    public static final Language DEFAULT = DA;

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return locale.getLanguage();
    }

    /** The supported language for a code or locale tag, Danish when unknown. */
    public static Language of(String codeOrTag) {
        if (codeOrTag != null) {
            String language = Locale.forLanguageTag(codeOrTag.replace('_', '-')).getLanguage();
            for (Language candidate : values()) {
                if (candidate.code().equals(language)) {
                    return candidate;
                }
            }
        }
        return DEFAULT;
    }

    public static Language of(Locale locale) {
        return locale == null ? DEFAULT : of(locale.toLanguageTag());
    }
}
