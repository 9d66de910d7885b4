package dk.tovholder.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The declared authorisation matrix, {@code src/test/resources/security/access-matrix.tsv}:
 * one line per page or endpoint, one column per role (a demo user), each cell
 * the answer that role must get. Read by {@link AccessMatrixIT} (which asks the
 * running app every cell) and by {@code AccessMatrixCompletenessTest} (which
 * fails when a page or endpoint has no line, or a line names one that is gone).
 */
public final class AccessMatrix {

    public static final String RESOURCE = "/security/access-matrix.tsv";
    /** The role column of the caller without a login. */
    public static final String ANONYMOUS = "anonymous";

    /** What a role gets. */
    public enum Expect {
        /** 2xx; a page renders (200). */
        ALLOW,
        /** 2xx, and the body holds every text of the line's {@code secret}. */
        SHOWN,
        /** 2xx, and the body holds none of the texts of the line's {@code secret}. */
        REDACTED,
        /** 400: the deliberately invalid request got past authorisation, and changed nothing. */
        ALLOW_INVALID,
        /** 409: the stale version (or taken name) got past authorisation, and changed nothing. */
        ALLOW_CONFLICT,
        /** Page: 302 to /login.xhtml. API: 401 application/problem+json. */
        LOGIN,
        /** 403. */
        DENY,
        /** 404, exactly like something that does not exist. */
        HIDDEN
    }

    /** One line: a request and what each role gets. {@code send} and {@code secret} are null when "-". */
    public record Row(int line, String method, String path, Map<String, Expect> cells, String send, String secret) {

        /** The path without its query. */
        public String route() {
            int query = path.indexOf('?');
            return query < 0 ? path : path.substring(0, query);
        }

        public boolean isPage() {
            return route().endsWith(".xhtml");
        }

        public boolean isApi() {
            return route().startsWith("/api/");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private final List<String> roles;
    private final List<Row> rows;

    private AccessMatrix(List<String> roles, List<Row> rows) {
        this.roles = List.copyOf(roles);
        this.rows = List.copyOf(rows);
    }

    /** The roles in the order of the columns (usernames, and {@value #ANONYMOUS}). */
    public List<String> roles() {
        return roles;
    }

    public List<Row> rows() {
        return rows;
    }

    public static AccessMatrix load() {
        try (InputStream in = AccessMatrix.class.getResourceAsStream(RESOURCE)) {
            Objects.requireNonNull(in, RESOURCE + " is not on the test class path");
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Columns are separated by tabs or runs of spaces; {@code #} starts a
     * comment. The first line that is not a comment names the columns:
     * {@code method path <role>... send secret}.
     */
    static AccessMatrix parse(String text) {
        List<String> header = null;
        List<String> roles = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = Arrays.asList(line.split("\\s+"));
            if (header == null) {
                header = fields;
                if (header.size() < 5 || !header.get(0).equals("method") || !header.get(1).equals("path")
                        || !header.get(header.size() - 2).equals("send")
                        || !header.get(header.size() - 1).equals("secret")) {
                    throw new IllegalArgumentException(RESOURCE + ":" + (i + 1)
                            + ": the header must be: method path <role>... send secret");
                }
                roles.addAll(header.subList(2, header.size() - 2));
                continue;
            }
            if (fields.size() != header.size()) {
                throw new IllegalArgumentException(RESOURCE + ":" + (i + 1) + ": " + fields.size()
                        + " columns where the header has " + header.size() + ": " + line);
            }
            Map<String, Expect> cells = new LinkedHashMap<>();
            for (int r = 0; r < roles.size(); r++) {
                String cell = fields.get(2 + r);
                try {
                    cells.put(roles.get(r), Expect.valueOf(cell));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(RESOURCE + ":" + (i + 1) + ": '" + cell + "' for "
                            + roles.get(r) + " is none of " + Arrays.toString(Expect.values()), e);
                }
            }
            String send = dash(fields.get(header.size() - 2));
            String secret = dash(fields.get(header.size() - 1));
            boolean needsSecret = cells.values().stream().anyMatch(e -> e == Expect.SHOWN || e == Expect.REDACTED);
            if (needsSecret != (secret != null)) {
                throw new IllegalArgumentException(RESOURCE + ":" + (i + 1)
                        + ": SHOWN and REDACTED need a secret, and a secret needs SHOWN or REDACTED: " + line);
            }
            rows.add(new Row(i + 1, fields.get(0), fields.get(1), cells, send, secret));
        }
        if (header == null) {
            throw new IllegalArgumentException(RESOURCE + " has no header line");
        }
        return new AccessMatrix(roles, rows);
    }

    private static String dash(String field) {
        return field.equals("-") ? null : field;
    }
}
