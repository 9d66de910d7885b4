package dk.tovholder.diagnostics;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Measures the SQL statements of a request that carries a probe id (diagnostics only). */
@WebFilter(urlPatterns = "/*")
public class StatementCounting extends HttpFilter {

    @Inject
    StatementLedger ledger;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String probe = request.getHeader(StatementLedger.PROBE_HEADER);
        if (probe == null || !ledger.enabled()) {
            chain.doFilter(request, response);
            return;
        }
        StatementCounter.reset();
        try {
            chain.doFilter(request, response);
        } finally {
            ledger.record(probe, StatementCounter.stop());
        }
    }
}
