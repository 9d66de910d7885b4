package dk.tovholder.layout;

import dk.tovholder.language.Messages;
import dk.tovholder.language.ValidationText;
import dk.tovholder.refusal.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
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
        add(clientId(formId, refusal.field()), FacesMessage.SEVERITY_ERROR, text(refusal.messageKey(), refusal.arguments()));
        FacesContext.getCurrentInstance().validationFailed();
    }

    public void show(ConstraintViolationException exception) {
        show(exception, null);
    }

    /**
     * Shows what Bean Validation refused, each message next to its field when the form
     * {@code formId} has an input of the field's (the parameter's or property's) name.
     */
    public void show(ConstraintViolationException exception, String formId) {
        for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
            add(clientId(formId, ValidationText.field(violation)), FacesMessage.SEVERITY_ERROR, text(violation));
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** A violation's message in the page's language. */
    public static String text(ConstraintViolation<?> violation) {
        return ValidationText.of(violation, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /** The client id of the form's input for the field, if the page has one. */
    private static String clientId(String formId, String field) {
        if (formId == null || field == null) {
            return null;
        }
        String clientId = formId + ":" + field;
        return FacesContext.getCurrentInstance().getViewRoot().findComponent(clientId) == null ? null : clientId;
    }

    private static String text(String key, Object... arguments) {
        return Messages.get(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key, arguments);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
