package dk.tovholder.identity.boundary;

import dk.tovholder.language.Language;
import dk.tovholder.language.LanguagePreference;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/**
 * The language switch in the page header: changes the session's language,
 * remembers it on the user's profile, and shows the same page again.
 */
@Named
@RequestScoped
public class LanguageSwitch {

    @Inject
    LanguagePreference preference;

    @Inject
    CurrentUser currentUser;

    @Inject
    Accounts accounts;

    public void switchTo(String code) throws IOException {
        Language language = Language.of(code);
        preference.use(language);
        if (currentUser.isLoggedIn()) {
            accounts.preferLanguage(currentUser.caller(), language);
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        String viewId = faces.getViewRoot().getViewId();
        String query = external.getRequestParameterMap().get("returnQuery");
        external.redirect(external.getRequestContextPath() + viewId
                + (query == null || query.isBlank() ? "" : "?" + query));
    }
}
