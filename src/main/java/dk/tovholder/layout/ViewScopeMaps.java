package dk.tovholder.layout;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes the two session maps in which Mojarra keeps the session's view scopes
 * when the session is made, before any request of it can race to make them.
 * Mojarra 4.0 (Payara 6) makes each on first use with a check that is not
 * repeated under its lock: two requests of a new session that reach their
 * first {@code @ViewScoped} bean at the same moment (tabs restored at once,
 * PrimeFaces' parallel requests) each put a map of their own, and the beans of
 * the request whose map was replaced are made again, empty, while its page
 * renders ({@code ConcurrentPagesIT} saw a page whose bean had lost what its
 * view action loaded). Mojarra only makes a map where none is, so these are
 * the ones it uses: the same types it would make (the view maps' LRU order is
 * its own; it evicts the eldest itself at {@code numberOfActiveViewMaps}).
 */
@WebListener
public class ViewScopeMaps implements HttpSessionListener {

    /** {@code com.sun.faces.application.view.ViewScopeManager.ACTIVE_VIEW_MAPS} */
    static final String ACTIVE_VIEW_MAPS = "com.sun.faces.application.view.activeViewMaps";

    /** {@code com.sun.faces.application.view.ViewScopeContextManager.ACTIVE_VIEW_CONTEXTS} */
    static final String ACTIVE_VIEW_CONTEXTS = "com.sun.faces.application.view.activeViewContexts";

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        HttpSession session = event.getSession();
        if (session.getAttribute(ACTIVE_VIEW_MAPS) == null) {
            session.setAttribute(ACTIVE_VIEW_MAPS,
                    Collections.synchronizedMap(new LinkedHashMap<String, Object>(16, 0.75f, true)));
        }
        if (session.getAttribute(ACTIVE_VIEW_CONTEXTS) == null) {
            session.setAttribute(ACTIVE_VIEW_CONTEXTS, new ConcurrentHashMap<Object, Object>());
        }
    }
}
