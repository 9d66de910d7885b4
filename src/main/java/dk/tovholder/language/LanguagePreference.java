package dk.tovholder.language;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/**
 * The language of this session's pages: Danish until the user picks another
 * or logs in (then their profile's choice). The language switch and the login
 * page set it; {@code Profile} stores the choice on the account.
 */
@Named("language")
@SessionScoped
public class LanguagePreference implements Serializable {

    private static final long serialVersionUID = 1L;

    private Language current = Language.DEFAULT;

    public Locale getLocale() {
        return current.locale();
    }

    public Language getCurrent() {
        return current;
    }

    public String getCode() {
        return current.code();
    }

    public void use(Language language) {
        current = language == null ? Language.DEFAULT : language;
    }

    public Language[] getAvailable() {
        return Language.values();
    }
}
