package dk.tovholder.refusal;

/** The thing does not exist, or the caller may not know that it does. */
public class NotFound extends Refusal {

    public NotFound(String what, Object id) {
        super("refusal.notFound", what, id);
    }

    @Override
    public int status() {
        return 404;
    }
}
