package dk.tovholder.language;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Locale;

/**
 * A Bean Validation message in the reader's language. The validator writes
 * its messages in the server's default language; this interpolates the same
 * message template again for the page's or the API caller's locale.
 */
public final class ValidationText {

    private static final MessageInterpolator INTERPOLATOR =
            Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();

    private ValidationText() {
    }

    public static String of(ConstraintViolation<?> violation, Locale locale) {
        MessageInterpolator.Context context = new MessageInterpolator.Context() {
            @Override
            public ConstraintDescriptor<?> getConstraintDescriptor() {
                return violation.getConstraintDescriptor();
            }

            @Override
            public Object getValidatedValue() {
                return violation.getInvalidValue();
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                throw new ValidationException("cannot unwrap to " + type);
            }
        };
        try {
            return INTERPOLATOR.interpolate(violation.getMessageTemplate(), context, Language.of(locale).locale());
        } catch (RuntimeException e) {
            return violation.getMessage();
        }
    }

    /** The field a violation concerns, as the user knows it: the last named node of its path (null: none). */
    public static String field(ConstraintViolation<?> violation) {
        String name = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getName() != null && node.getKind() != ElementKind.METHOD) {
                name = node.getName();
            }
        }
        return name;
    }
}
