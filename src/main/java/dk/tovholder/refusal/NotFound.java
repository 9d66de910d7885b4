package dk.tovholder.refusal;

/** The thing does not exist, or the caller may not know that it does. */
public class NotFound extends Refusal {

    public NotFound(String what, Object id) {
        super("refusal.notFound." + what, String.valueOf(id)); // an id, not a number to group in thousands
    }

    @Override
    public int status() {
        return 404;
    }
}
