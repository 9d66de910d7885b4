package dk.tovholder.api;

import dk.tovholder.layout.PlainText;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * Every JSON body the API reads passes here first, before JSON-B or JSON-P
 * sees it: it is read whole (at most {@link #MAX_BYTES}; more is 413), must be
 * well-formed UTF-8 JSON to its end, nested at most {@link #MAX_DEPTH} deep,
 * and hold no control characters other than tab and line breaks and no
 * unpaired UTF-16 surrogates in its strings (400, naming the field). Only
 * then is it handed on, from memory.
 *
 * <p>Why here: JSON-B skips the members a type does not know with the JSON-P
 * parser's {@code skipObject}/{@code skipArray}, which never return on a body
 * that ends inside the skipped value ({@code {"x":{}), so a six-byte request
 * tied up a server thread for good. A complete, checked body cannot end early.
 */
@Provider
public class JsonBodyGuard implements ReaderInterceptor {

    /** The largest body the API reads: far above any real request (an agenda item, a booking series). */
    static final int MAX_BYTES = 256 * 1024;
    /** The deepest nesting of objects and arrays: the API's bodies are two or three levels deep. */
    static final int MAX_DEPTH = 32;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (isJson(context.getMediaType())) {
            byte[] body = readAtMost(context.getInputStream());
            check(body);
            context.setInputStream(new ByteArrayInputStream(body));
        }
        return context.proceed();
    }

    static boolean isJson(MediaType type) {
        return type != null && ("json".equalsIgnoreCase(type.getSubtype())
                || type.getSubtype().toLowerCase(Locale.ROOT).endsWith("+json"));
    }

    private byte[] readAtMost(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int total = 0;
        for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
            total += n;
            if (total > MAX_BYTES) {
                throw refused(413, "problem.title.413", "problem.body.tooLarge", null, MAX_BYTES / 1024);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private void check(byte[] body) {
        InputStreamReader reader = new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8
                .newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        Deque<String> names = new ArrayDeque<>();
        String name = null;
        try (JsonParser parser = Json.createParser(reader)) {
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                switch (event) {
                    case START_OBJECT, START_ARRAY -> {
                        if (names.size() >= MAX_DEPTH) {
                            throw refused(400, "problem.title.400", "problem.body.tooDeep", null, MAX_DEPTH);
                        }
                        names.push(name == null ? "" : name);
                        name = null;
                    }
                    case END_OBJECT, END_ARRAY -> name = names.isEmpty() ? null : names.pop();
                    case KEY_NAME -> {
                        name = parser.getString();
                        checkText(name, name);
                    }
                    case VALUE_STRING -> checkText(parser.getString(), name != null ? name : names.peek());
                    default -> {
                        // numbers, true, false, null: their form is JSON's own
                    }
                }
            }
        } catch (JsonException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw refused(400, "problem.title.400", "problem.body.encoding", null);
            }
            throw refused(400, "problem.title.400", "problem.body.invalid", null);
        }
    }

    private void checkText(String text, String field) {
        PlainText.Flaw flaw = PlainText.flawOf(text);
        if (flaw != null) {
            throw refused(400, "problem.title.400", flaw == PlainText.Flaw.CONTROL ? "problem.body.control"
                    : "problem.body.surrogate", field == null || field.isEmpty() ? "body" : field);
        }
    }

    private WebApplicationException refused(int status, String title, String detail, String field, Object... args) {
        Problem problem = Problem.of(status, ApiLanguage.of(headers), title, detail,
                uri.getRequestUri().getRawPath(), field == null ? args : new Object[] {field});
        if (field != null) {
            problem = problem.withErrors(List.of(new Problem.FieldError(field, problem.detail())));
        }
        return new WebApplicationException(problem.toResponse());
    }
}
