package dk.tovholder.diagnostics;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.queries.Call;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL calls EclipseLink sends to the database on the current thread
 * (registered in persistence.xml as a session event listener). A request runs
 * on one thread, so resetting at its start and reading at its end gives the
 * statements that request cost, and which they were.
 */
public class StatementCounter extends SessionEventAdapter {

    /** The statements of the measured request on this thread; null when none is measured. */
    private static final ThreadLocal<List<String>> STATEMENTS = new ThreadLocal<>();

    @Override
    public void preExecuteCall(SessionEvent event) {
        List<String> statements = STATEMENTS.get();
        if (statements != null) {
            Call call = event.getCall();
            // the SQL of a database call (EclipseLink's internal class: diagnostics only)
            statements.add(call instanceof DatabaseCall sql ? sql.getSQLString() : String.valueOf(call));
        }
    }

    /** Starts measuring on this thread (a probed request, or an in-container test), from nothing. */
    public static void reset() {
        STATEMENTS.set(new ArrayList<>());
    }

    /** The statements since {@link #reset()} on this thread, so far. */
    public static int count() {
        List<String> statements = STATEMENTS.get();
        return statements == null ? 0 : statements.size();
    }

    /** Stops measuring: the statements since {@link #reset()}. */
    public static List<String> stop() {
        List<String> statements = STATEMENTS.get();
        STATEMENTS.remove();
        return statements == null ? List.of() : statements;
    }
}
