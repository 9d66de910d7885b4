package dk.tovholder.refusal;

/** The caller is known but may not do this. */
public class Forbidden extends Refusal {

    public Forbidden(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public int status() {
        return 403;
    }
}
