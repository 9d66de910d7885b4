package dk.tovholder.api;

import dk.tovholder.language.Language;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** The API answers in the first supported language of Accept-Language, else Danish. */
public final class ApiLanguage {

    private ApiLanguage() {
    }

    public static Locale of(HttpHeaders headers) {
        if (headers != null) {
            for (Locale wanted : headers.getAcceptableLanguages()) {
                for (Language language : Language.values()) {
                    if (language.code().equals(wanted.getLanguage())) {
                        return language.locale();
                    }
                }
            }
        }
        return Language.DEFAULT.locale();
    }
}
