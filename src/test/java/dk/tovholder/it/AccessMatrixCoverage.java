package dk.tovholder.it;

import jakarta.servlet.annotation.WebServlet;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the matrix must cover, found in the build rather than written down:
 * every page ({@code .xhtml} under {@code src/main/webapp}, outside
 * {@code WEB-INF}), every JAX-RS resource method (by reflection over the
 * compiled classes: class and method {@code @Path} under the
 * {@code @ApplicationPath}, with its HTTP method), every {@code @WebServlet},
 * and the health check.
 */
public final class AccessMatrixCoverage {

    /** Served by Payara Micro itself (MicroProfile Health), opened in web.xml. */
    static final List<String> HEALTH = List.of("GET /health", "GET /health/*");

    private static final Pattern PARAMETER = Pattern.compile("\\{[^}]*}");

    private AccessMatrixCoverage() {
    }

    /** One thing to cover: {@code GET /api/groups/{id}}, {@code GET /network/group.xhtml}, {@code GET /calendar/*}. */
    public record Target(String method, String template) {

        /** Whether a row of the matrix asks for this: its route fits the template, placeholders fitting parameters. */
        boolean fits(AccessMatrix.Row row) {
            return method.equals(row.method()) && pattern().matcher(row.route()).matches();
        }

        private Pattern pattern() {
            StringBuilder regex = new StringBuilder();
            Matcher parameter = PARAMETER.matcher(template);
            int at = 0;
            while (parameter.find()) {
                regex.append(Pattern.quote(template.substring(at, parameter.start()))).append("[^/]+");
                at = parameter.end();
            }
            String rest = template.substring(at);
            if (rest.endsWith("/*")) {
                regex.append(Pattern.quote(rest.substring(0, rest.length() - 1))).append(".+");
            } else {
                regex.append(Pattern.quote(rest));
            }
            return Pattern.compile(regex.toString());
        }

        /** The literal characters: JAX-RS prefers the template with most of them ({@code mine} over {@code {id}}). */
        int literals() {
            return PARAMETER.matcher(template).replaceAll("").replace("*", "").length();
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    /** Everything that must have a row. */
    public static List<Target> targets() {
        List<Target> targets = new ArrayList<>();
        pages().forEach(page -> targets.add(new Target("GET", page)));
        targets.addAll(endpoints());
        HEALTH.forEach(h -> targets.add(new Target(h.substring(0, h.indexOf(' ')), h.substring(h.indexOf(' ') + 1))));
        return targets;
    }

    /**
     * What is wrong with the matrix: targets without a row, and rows that fit
     * no target (a page or endpoint that is gone, or a typo). Empty when complete.
     */
    public static List<String> gaps(AccessMatrix matrix) {
        List<Target> targets = targets();
        List<String> gaps = new ArrayList<>();
        TreeSet<String> covered = new TreeSet<>();
        for (AccessMatrix.Row row : matrix.rows()) {
            Optional<Target> best = targets.stream().filter(t -> t.fits(row))
                    .max(Comparator.comparingInt(Target::literals));
            if (best.isEmpty()) {
                gaps.add("line " + row.line() + ", " + row + ": no such page or endpoint (any more)");
            } else {
                covered.add(best.get().toString());
            }
        }
        targets.stream().map(Target::toString).filter(t -> !covered.contains(t))
                .forEach(t -> gaps.add(t + ": no row in " + AccessMatrix.RESOURCE));
        return gaps;
    }

    // ---------------------------------------------------------------- pages

    static List<String> pages() {
        java.nio.file.Path webapp = basedir().resolve("src/main/webapp");
        try (Stream<java.nio.file.Path> files = Files.walk(webapp)) {
            return files.filter(f -> f.toString().endsWith(".xhtml"))
                    .map(f -> "/" + webapp.relativize(f).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("/WEB-INF/"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- endpoints and servlets

    static List<Target> endpoints() {
        return endpoints(method -> true);
    }

    /** The API's methods that read a JSON request body (an entity parameter), found from the resources. */
    public static List<Target> jsonBodyEndpoints() {
        return endpoints(method -> {
            if (method == null) {
                return false; // a servlet
            }
            Consumes consumes = Optional.ofNullable(method.getAnnotation(Consumes.class))
                    .orElse(method.getDeclaringClass().getAnnotation(Consumes.class));
            boolean json = consumes == null || Stream.of(consumes.value()).anyMatch(c -> c.contains("json"));
            return json && Stream.of(method.getParameters()).anyMatch(p -> Stream.of(p.getAnnotations())
                    .noneMatch(a -> a.annotationType().getPackageName().startsWith("jakarta.ws.rs")));
        }).stream().filter(t -> !t.method().equals("GET")).toList();
    }

    private static List<Target> endpoints(Predicate<Method> wanted) {
        java.nio.file.Path classes = basedir().resolve("target/classes");
        List<Class<?>> annotated = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                if (bytes.contains("jakarta/ws/rs/") || bytes.contains("jakarta/servlet/annotation/WebServlet")) {
                    String name = classes.relativize(file).toString().replace('\\', '/').replace('/', '.');
                    annotated.add(load(name.substring(0, name.length() - ".class".length())));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String root = annotated.stream().map(c -> c.getAnnotation(ApplicationPath.class)).filter(a -> a != null)
                .map(ApplicationPath::value).findFirst()
                .orElseThrow(() -> new AssertionError("no @ApplicationPath in " + classes));
        List<Target> targets = new ArrayList<>();
        for (Class<?> type : annotated) {
            WebServlet servlet = type.getAnnotation(WebServlet.class);
            if (servlet != null && wanted.test(null)) {
                Stream.concat(Stream.of(servlet.value()), Stream.of(servlet.urlPatterns()))
                        .forEach(pattern -> targets.add(new Target("GET", pattern)));
            }
            Path base = type.getAnnotation(Path.class);
            if (base == null) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                Path sub = method.getAnnotation(Path.class);
                for (Annotation a : method.getAnnotations()) {
                    HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
                    if (http != null && wanted.test(method)) {
                        targets.add(new Target(http.value(), join(root, base.value(), sub == null ? "" : sub.value())));
                    }
                }
            }
        }
        return targets.stream().sorted(Comparator.comparing(Target::template).thenComparing(Target::method))
                .toList();
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, AccessMatrixCoverage.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new AssertionError("cannot read the annotations of " + name, e);
        }
    }

    /** {@code /api/groups/{id}}: the parts joined by single slashes, parameter regexes kept. */
    static String join(String... parts) {
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            String p = part.strip();
            while (p.startsWith("/")) {
                p = p.substring(1);
            }
            while (p.endsWith("/")) {
                p = p.substring(0, p.length() - 1);
            }
            if (!p.isEmpty()) {
                path.append('/').append(p);
            }
        }
        return path.length() == 0 ? "/" : path.toString();
    }

    private static java.nio.file.Path basedir() {
        return Paths.get(System.getProperty("basedir", System.getProperty("user.dir")));
    }
}
