package dk.tovholder.schema;

import java.sql.SQLException;
import java.util.Locale;

/**
 * Recognises the database refusing a row by one named unique constraint
 * (SQLState {@code 23505}, the constraint's name in the message: PostgreSQL
 * names the constraint, H2 the constraint's index, which starts with its
 * name; an unnamed primary key is named after its table on both). Boundaries
 * turn exactly that refusal into the user's message ("the name is taken",
 * "answered already") and let every other failure through, so a database
 * error is never reported as something the user did.
 */
public final class Constraints {

    /** The SQLState of a unique or primary key violation (PostgreSQL and H2 alike). */
    public static final String UNIQUE_VIOLATION = "23505";

    private Constraints() {
    }

    /** Whether the failure, or one of its causes, is a unique violation of the constraint of that name. */
    public static boolean violated(Throwable failure, String constraint) {
        String name = constraint.toLowerCase(Locale.ROOT);
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (UNIQUE_VIOLATION.equals(next.getSQLState()) && next.getMessage() != null
                            && next.getMessage().toLowerCase(Locale.ROOT).contains(name)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
