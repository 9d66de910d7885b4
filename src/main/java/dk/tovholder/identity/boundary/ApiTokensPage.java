package dk.tovholder.identity.boundary;

import dk.tovholder.identity.entity.ApiToken;
import dk.tovholder.language.Messages;
import dk.tovholder.layout.FacesMessages;
import dk.tovholder.refusal.Refusal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.util.List;

/**
 * The "API tokens" section of account/profile.xhtml: make a token (its secret
 * is shown in the answer to that request only, never again), see mine with
 * when each was last used, revoke one (after a confirmation). Actions update
 * the section in place; nothing of the secret is kept in the session.
 */
@Named
@RequestScoped
public class ApiTokensPage {

    @Inject
    ApiTokens tokens;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesMessages messages;

    private String name;
    private ApiToken issued;
    private List<ApiToken> list;

    public List<ApiToken> getTokens() {
        if (list == null) {
            list = tokens.of(currentUser.caller());
        }
        return list;
    }

    public void create() {
        try {
            issued = tokens.create(currentUser.caller(), name);
            name = null;
            list = null;
            info("apiToken.createdMessage", issued.getName());
        } catch (Refusal refusal) {
            messages.show(refusal, "apiTokens");
        } catch (ConstraintViolationException invalid) {
            messages.show(invalid, "apiTokens");
        }
    }

    public void revoke(Long tokenId) {
        try {
            ApiToken revoked = tokens.revoke(tokenId, currentUser.caller());
            list = null;
            info("apiToken.revokedMessage", revoked.getName());
        } catch (Refusal refusal) {
            list = null;
            messages.show(refusal, null);
        }
    }

    /** The question before revoking the token, naming it. */
    public String revokeQuestion(ApiToken token) {
        return text("apiToken.revoke.confirm", token.getName());
    }

    /** The token just made, with its secret; null on every other request. */
    public ApiToken getIssued() {
        return issued;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** A message for this answer only (not kept for the next request, as FacesMessages.info does for redirects). */
    private static void info(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
    }

    private static String text(String key, Object... arguments) {
        return Messages.get(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key, arguments);
    }
}
