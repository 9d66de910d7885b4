package dk.tovholder.refusal;

import java.util.Arrays;

/**
 * A request that Tovholder turns down for a reason the user can act on. It
 * carries a message key of the resource bundle (and its arguments), so pages
 * show it as a faces message and the API as a problem, both in the user's
 * language. Thrown inside a boundary's transaction it rolls everything back.
 */
public class Refusal extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;
    private final String field;

    public Refusal(String messageKey, Object... arguments) {
        this(messageKey, arguments, null);
    }

    /** A refusal that belongs to one input field (shown next to it). */
    public static Refusal onField(String field, String messageKey, Object... arguments) {
        return new Refusal(messageKey, arguments, field);
    }

    protected Refusal(String messageKey, Object[] arguments, String field) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
        this.field = field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** The input field the refusal concerns, or null. */
    public String field() {
        return field;
    }

    /** The HTTP status the API answers with. */
    public int status() {
        return 400;
    }
}
