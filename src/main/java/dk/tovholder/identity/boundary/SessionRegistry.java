package dk.tovholder.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The live sessions of each user on this node, so that deactivating an
 * account or resetting its password ends the sessions it has open.
 */
@ApplicationScoped
public class SessionRegistry {

    private static final String USERNAME = "tovholder.username";

    private final Map<String, Set<HttpSession>> byUser = new ConcurrentHashMap<>();

    void register(String username, HttpSession session) {
        session.setAttribute(USERNAME, username);
        byUser.computeIfAbsent(username, u -> ConcurrentHashMap.newKeySet()).add(session);
    }

    void forget(HttpSession session) {
        Object username = session.getAttribute(USERNAME);
        if (username != null) {
            Set<HttpSession> sessions = byUser.get(username.toString());
            if (sessions != null) {
                sessions.remove(session);
            }
        }
    }

    /** Ends every session of the user; returns how many were open. */
    public int endAll(String username) {
        Set<HttpSession> sessions = byUser.remove(username);
        if (sessions == null) {
            return 0;
        }
        int ended = 0;
        for (HttpSession session : sessions) {
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
