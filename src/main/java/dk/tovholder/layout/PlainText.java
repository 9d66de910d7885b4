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

    /** Whether the text holds only printable characters, tabs and line breaks, in whole UTF-16 pairs. */
    public static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
