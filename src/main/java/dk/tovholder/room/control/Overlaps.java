package dk.tovholder.room.control;

import java.sql.SQLException;

/**
 * Recognises the database's own refusal of overlapping confirmed bookings: PostgreSQL's
 * exclusion constraint {@code booking_no_overlap} (migration V23) answers with SQLState
 * {@code 23P01}, {@code exclusion_violation}, somewhere in the persistence exception's causes.
 */
public final class Overlaps {

    /** PostgreSQL's SQLState for a row that an exclusion constraint refuses. */
    public static final String EXCLUSION_VIOLATION = "23P01";

    private Overlaps() {
    }

    public static boolean refusedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (EXCLUSION_VIOLATION.equals(next.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
