package dk.tovholder.protection;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers on every response: no MIME sniffing, no framing by other sites, no
 * content from other sites, no full URLs leaked to other sites, and no caching
 * of pages with personal data.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

    /** Everything but scripts: own origin only; inline styles stay allowed (PrimeFaces widgets set them). */
    static final String POLICY = "frame-ancestors 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " img-src 'self' data:; font-src 'self' data:; style-src 'self' 'unsafe-inline'; connect-src 'self'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        // scripts: PrimeFaces adds its own policy with a nonce to each page (web.xml, primefaces.CSP);
        // a script rule here would be enforced as well and refuse those nonces
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/jakarta.faces.resource/") && !path.startsWith("/resources/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
