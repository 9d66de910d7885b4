package dk.tovholder.layout;

import dk.tovholder.language.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;

/**
 * Every text field of every page (a default validator, faces-config.xml):
 * no control characters but tab and line breaks, and no half UTF-16
 * characters. They would end up raw in the agenda's PDF, the mails and the
 * calendar files, or be stored as "?". The API refuses the same in
 * {@code api.JsonBodyGuard}.
 */
@FacesValidator(PlainText.ID)
public class PlainText implements Validator<Object> {

    public static final String ID = "tovholder.PlainText";

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        if (value instanceof String text && !isPlain(text)) {
            String message = Messages.get(context.getViewRoot().getLocale(), "validation.plainText");
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        }
    }

    /** What is wrong with a text that is not plain. */
    public enum Flaw {
        /** a control character other than tab and line breaks */
        CONTROL,
        /** half of a UTF-16 surrogate pair */
        HALF_CHARACTER
    }

    /** Whether the text holds only printable characters, tabs and line breaks, in whole UTF-16 pairs. */
    public static boolean isPlain(String text) {
        return flawOf(text) == null;
    }

    /** The first flaw of the text, or null when it is plain. */
    public static Flaw flawOf(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                return Flaw.CONTROL;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return Flaw.HALF_CHARACTER;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return Flaw.HALF_CHARACTER;
            }
        }
        return null;
    }
}
