package dk.tovholder.calendar.boundary;

import dk.tovholder.calendar.control.IcsWriter;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Calendar feeds for calendar apps: {@code /calendar/<token>.ics}, without a
 * login (web.xml opens this path). An unknown, malformed or revoked token is
 * a plain 404 without any detail.
 */
@WebServlet(urlPatterns = "/calendar/*")
public class CalendarFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern FEED = Pattern.compile("/([A-Za-z0-9_-]{43})\\.ics");

    @Inject
    transient Calendars calendars;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        var matcher = path == null ? null : FEED.matcher(path);
        Optional<String> feed = matcher != null && matcher.matches() ? calendars.feed(matcher.group(1)) : Optional.empty();
        if (feed.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentLength(0);
            return;
        }
        byte[] body = feed.get().getBytes(StandardCharsets.UTF_8);
        response.setContentType(IcsWriter.MEDIA_TYPE + "; charset=UTF-8");
        response.setHeader("Cache-Control", "private, max-age=300");
        response.setHeader("Content-Disposition", "inline; filename=\"tovholder.ics\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
