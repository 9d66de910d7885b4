package dk.tovholder.layout;

import dk.tovholder.language.Messages;
import dk.tovholder.language.ValidationText;
import dk.tovholder.refusal.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

/**
 * Messages for pages in the user's language: refusals next to the field
 * they concern (when the page names that field's client id), else at the top.
 */
@ApplicationScoped
public class FacesMessages {

    public void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, arguments));
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    public void error(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    /** Shows a refusal; {@code formId} prefixes the field name to find its input. */
    public void show(Refusal refusal, String formId) {
        String clientId = null;
        if (refusal.field() != null && formId != null) {
            clientId = formId + ":" + refusal.field();
            UIComponent component = FacesContext.getCurrentInstance().getViewRoot().findComponent(clientId);
            if (component == null) {
                clientId = null;
            }
        }
        add(clientId, FacesMessage.SEVERITY_ERROR, text(refusal.messageKey(), refusal.arguments()));
        FacesContext.getCurrentInstance().validationFailed();
    }

    public void show(ConstraintViolationException exception) {
        for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
            add(null, FacesMessage.SEVERITY_ERROR, ValidationText.of(violation,
                    FacesContext.getCurrentInstance().getViewRoot().getLocale()));
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static String text(String key, Object... arguments) {
        return Messages.get(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key, arguments);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
