package dk.tovholder.protection;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses a state-changing request that a browser says comes from another
 * site (its {@code Origin}, or failing that its {@code Referer}, names another
 * host than the one addressed). A second line behind the JSF view state, and
 * the protection of the stateless login form against login CSRF. A request
 * without either header passes only when it does not ride on a session
 * cookie (API clients, curl with HTTP Basic): every browser sends the Origin
 * of a POST, so a session without one is not ours to trust. {@code Origin:
 * null} (a sandboxed frame, a file, a redirect from another site) names no
 * site at all and passes only with this site's Referer.
 */
@WebFilter(urlPatterns = "/*")
public class OriginCheck extends HttpFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!SAFE.contains(request.getMethod()) && !sameOrigin(request)) {
            // a plain answer, not the error page: that would open a session for the foreign request
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("403 - Anmodningen kom fra et andet websted og er afvist."
                    + " / The request came from another site and was refused.\n");
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean sameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        String source = origin == null || origin.equals("null") ? request.getHeader("Referer") : origin;
        String host = request.getHeader("Host");
        if (source == null) {
            return origin == null && !request.isRequestedSessionIdFromCookie();
        }
        if (host == null) {
            return false;
        }
        try {
            URI uri = new URI(source);
            if (uri.getHost() == null) {
                return false;
            }
            String authority = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return normalise(authority, uri.getScheme()).equals(normalise(host, request.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** host[:port] in lower case, without the scheme's default port. */
    private static String normalise(String authority, String scheme) {
        String lower = authority.toLowerCase(Locale.ROOT);
        if (lower.endsWith(":80") && "http".equalsIgnoreCase(scheme)
                || lower.endsWith(":443") && "https".equalsIgnoreCase(scheme)) {
            return lower.substring(0, lower.lastIndexOf(':'));
        }
        return lower;
    }
}
