package dk.tovholder.identity.boundary;

import dk.tovholder.cluster.boundary.Cluster;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The live sessions of each user on this node, so that deactivating an
 * account or resetting its password ends the sessions it has open. In a
 * cluster a session lives on every node it has been used on (Payara keeps it
 * in the data grid), so a node learns of it on each request it serves, and
 * the order to end a user's sessions goes to every node.
 */
@ApplicationScoped
public class SessionRegistry {

    static final String END_SESSIONS = "tovholder.sessions.end";
    private static final String USERNAME = "tovholder.username";

    /** username → session id → session */
    private final Map<String, Map<String, HttpSession>> byUser = new ConcurrentHashMap<>();

    @Inject
    Cluster cluster;

    void listen(@Observes @Initialized(ApplicationScoped.class) Object started) {
        cluster.listen(END_SESSIONS, this::endHere);
    }

    void register(String username, HttpSession session) {
        session.setAttribute(USERNAME, username);
        remember(username, session);
    }

    /** A request on this node used the user's session (perhaps begun on another node). */
    void remember(String username, HttpSession session) {
        byUser.computeIfAbsent(username, u -> new ConcurrentHashMap<>()).put(session.getId(), session);
    }

    void forget(HttpSession session) {
        Object username = session.getAttribute(USERNAME);
        if (username != null) {
            Map<String, HttpSession> sessions = byUser.get(username.toString());
            if (sessions != null) {
                sessions.remove(session.getId());
            }
        }
    }

    /** Ends every session of the user, on every node. */
    public void endAll(String username) {
        cluster.publish(END_SESSIONS, username);
    }

    /** Ends the user's sessions this node knows of; returns how many were open. */
    int endHere(String username) {
        Map<String, HttpSession> sessions = byUser.remove(username);
        if (sessions == null) {
            return 0;
        }
        int ended = 0;
        for (HttpSession session : sessions.values()) {
            try {
                session.invalidate();
                ended++;
            } catch (IllegalStateException alreadyInvalid) {
                // ended meanwhile
            }
        }
        return ended;
    }

    @WebListener
    public static class Listener implements HttpSessionListener {

        @Inject
        SessionRegistry registry;

        @Override
        public void sessionDestroyed(HttpSessionEvent event) {
            registry.forget(event.getSession());
        }
    }
}
