package dk.tovholder.refusal;

/** The request clashes with the current state: a duplicate, or someone saved first. */
public class Conflict extends Refusal {

    public Conflict(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments, field);
    }

    @Override
    public int status() {
        return 409;
    }
}
