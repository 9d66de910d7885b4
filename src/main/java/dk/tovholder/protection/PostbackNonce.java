package dk.tovholder.protection;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A page's form sent back without the page's CSP nonce (which PrimeFaces'
 * script adds to every form it submits) is a stale page, a browser without
 * JavaScript, or a forgery: PrimeFaces would fail it with an exception. It is
 * sent to the page afresh instead (303), and nothing is done.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class PostbackNonce extends HttpFilter {

    static final String NONCE = "primefaces.nonce";
    static final String VIEW_STATE = "jakarta.faces.ViewState";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // a request from another site is left to OriginCheck (filters run in no declared order)
        if ("POST".equals(request.getMethod()) && OriginCheck.sameOrigin(request)
                && request.getParameter(VIEW_STATE) != null && request.getParameter(NONCE) == null) {
            String query = request.getQueryString();
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getRequestURI() + (query == null ? "" : "?" + query));
            return;
        }
        chain.doFilter(request, response);
    }
}
