package dk.tovholder.bench;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.h2.engine.Constants;

/**
 * The benchmark harness: for each scale, generates the dataset (once),
 * starts the packaged WAR on Payara Micro against a fresh copy of it,
 * measures the time to ready, logs in, counts the SQL statements each
 * scenario's request costs, loads each scenario with wrk (16 connections
 * over loopback, after a warm-up), reads the heap after a full GC, and
 * writes {@code report.json} and {@code report.md}. It reports; it asserts
 * nothing about speed.
 *
 * <p>Settings (system properties): {@code bench.scales} (default
 * {@code 0.01,1}), {@code bench.seed} (42), {@code bench.seconds} (20 per
 * scenario), {@code bench.warmup} (5), {@code bench.connections} (16),
 * {@code bench.sessions} (one per connection), {@code bench.only} (scenarios to run, all by
 * default), {@code bench.port} (18181), {@code bench.dir}
 * ({@code target/bench}), {@code bench.war}, {@code bench.payara} (the Payara
 * Micro jar), {@code bench.heap} ({@code 2g}), {@code bench.database}
 * ({@code h2}, or {@code postgresql}: the dataset in a PostgreSQL database,
 * see {@link PostgreSqlServer} for its settings; the reports then are
 * {@code report-postgresql.json} and {@code .md}).
 */
public final class Benchmark {

    /** What a scenario asks, and which answers count as served. */
    record Scenario(String name, String title, String method, String path, boolean participant, Set<Integer> ok,
            List<String> bookingArgs) {
    }

    /** One scenario's numbers. */
    record Result(double scale, Scenario scenario, long requests, double seconds, double throughput, double p50Ms,
            double p99Ms, double meanMs, long errors, Map<String, Long> statuses, Integer sqlPerRequest,
            Profile profile) {

        Result(double scale, Scenario scenario, long requests, double seconds, double throughput, double p50Ms,
                double p99Ms, double meanMs, long errors, Map<String, Long> statuses, Integer sqlPerRequest) {
            this(scale, scenario, requests, seconds, throughput, p50Ms, p99Ms, meanMs, errors, statuses,
                    sqlPerRequest, null);
        }

        Result withProfile(Profile with) {
            return new Result(scale, scenario, requests, seconds, throughput, p50Ms, p99Ms, meanMs, errors, statuses,
                    sqlPerRequest, with);
        }

        long served() {
            return statuses.entrySet().stream().filter(e -> scenario.ok().contains(Integer.valueOf(e.getKey())))
                    .mapToLong(Map.Entry::getValue).sum();
        }
    }

    /** One scale's run, on a database ({@code h2} or {@code postgresql}) of a version. */
    record Run(String database, String databaseVersion, Dataset.Manifest manifest, boolean generatedNow,
            double startToReadySeconds, double heapAfterMib, List<Result> results, List<SoakSample> soak) {

        Result ceiling() {
            return results.stream().filter(r -> r.scenario().name().equals(CEILING)).findFirst().orElseThrow();
        }
    }

    /**
     * One minute of the soak, every scenario loaded at once: the answers, the
     * server's CPU time per request, each scenario's median latency, and the
     * server's heap after a full GC, open file descriptors (sockets, files,
     * database) and threads afterwards.
     */
    record SoakSample(int minute, long requests, long serverErrors, double cpuMsPerRequest, Map<String, Double> p50Ms,
            double heapAfterGcMib, int openFiles, int threads) {
    }

    /**
     * The soak's last minutes against its first (five each, or a third of a
     * shorter soak): CPU per request, each scenario's median latency (the
     * worst ratio), and the heap after GC.
     */
    record SoakTrend(int window, double cpuFirst, double cpuLast, String worstScenario, double p50Ratio,
            double heapFirst, double heapLast) {

        static SoakTrend of(List<SoakSample> samples) {
            int window = Math.max(1, Math.min(5, samples.size() / 3));
            List<SoakSample> first = samples.subList(0, window);
            List<SoakSample> last = samples.subList(samples.size() - window, samples.size());
            String worst = null;
            double ratio = 0;
            for (String scenario : samples.get(0).p50Ms().keySet()) {
                double r = p50(last, scenario) / p50(first, scenario);
                if (worst == null || r > ratio) {
                    worst = scenario;
                    ratio = r;
                }
            }
            return new SoakTrend(window, cpu(first), cpu(last), worst, ratio, heap(first), heap(last));
        }

        double cpuRatio() {
            return cpuLast / cpuFirst;
        }

        private static double cpu(List<SoakSample> window) {
            long requests = window.stream().mapToLong(SoakSample::requests).sum();
            double cpu = window.stream().mapToDouble(w -> w.cpuMsPerRequest() * w.requests()).sum();
            return cpu / requests;
        }

        private static double p50(List<SoakSample> window, String scenario) {
            return window.stream().mapToDouble(w -> w.p50Ms().get(scenario)).average().orElse(Double.NaN);
        }

        private static double heap(List<SoakSample> window) {
            return window.stream().mapToDouble(SoakSample::heapAfterGcMib).average().orElse(Double.NaN);
        }
    }

    static final String CEILING = "ceiling";
    /** Linux's clock ticks a second, the unit of /proc's CPU times ({@code getconf CLK_TCK}). */
    static final long CLOCK_TICKS = 100;
    /** The agenda JSON with HTTP Basic credentials on every request instead of a session. */
    static final String BASIC = "agenda-json-basic";
    /** The agenda JSON with a personal API token on every request instead of a session. */
    static final String BEARER = "agenda-json-token";
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

    final Path dir;
    final long seed;
    final int seconds;
    final int warmup;
    final int connections;
    final int sessions;
    final int port;
    final Path war;
    final Path payara;
    final String heap;
    /** Extra options of the server's JVM, space-separated (e.g. a flight recording). */
    final String jvm;
    final Path script;
    /** Scenarios to run (besides the ceiling); empty runs them all. */
    final Set<String> only;
    /** Seconds of soak after the scenarios of the last scale (0: none). */
    final int soak;
    /** Whether each scenario's measured seconds are recorded by the server's flight recorder ({@link Profile}). */
    final boolean profile;
    /** {@code h2} or {@code postgresql}. */
    final String database;
    /** The PostgreSQL server, when the database is {@code postgresql}. */
    final PostgreSqlServer postgres;
    /** The server's version (PostgreSQL's when it is checked, the H2 of the test classpath otherwise). */
    String databaseVersion = Constants.FULL_VERSION;

    Benchmark(Properties p) {
        dir = Path.of(p.getProperty("bench.dir", "target/bench")).toAbsolutePath();
        seed = Long.parseLong(p.getProperty("bench.seed", "42"));
        seconds = Integer.parseInt(p.getProperty("bench.seconds", "20"));
        warmup = Integer.parseInt(p.getProperty("bench.warmup", "5"));
        connections = Integer.parseInt(p.getProperty("bench.connections", "16"));
        sessions = Integer.parseInt(p.getProperty("bench.sessions", String.valueOf(connections)));
        port = Integer.parseInt(p.getProperty("bench.port", "18181"));
        war = Path.of(p.getProperty("bench.war", "target/tovholder.war")).toAbsolutePath();
        payara = Path.of(p.getProperty("bench.payara")).toAbsolutePath();
        heap = p.getProperty("bench.heap", "2g");
        jvm = p.getProperty("bench.jvm", "");
        script = Path.of(p.getProperty("bench.script", "src/test/bench/tovholder.lua")).toAbsolutePath();
        soak = Integer.parseInt(p.getProperty("bench.soak", "0"));
        profile = Boolean.parseBoolean(p.getProperty("bench.profile", "false"));
        only = Stream.of(p.getProperty("bench.only", "").split(",")).map(String::strip).filter(n -> !n.isEmpty())
                .collect(Collectors.toSet());
        database = p.getProperty("bench.database", "h2").strip().toLowerCase(Locale.ROOT);
        if (!database.equals("h2") && !database.equals("postgresql")) {
            throw new IllegalArgumentException("bench.database is h2 or postgresql, not " + database);
        }
        postgres = postgresql() ? PostgreSqlServer.of(p) : null;
    }

    boolean postgresql() {
        return database.equals("postgresql");
    }

    /** The reports' name: {@code report}, or {@code report-postgresql} beside the H2 one. */
    String reportName() {
        return postgresql() ? "report-postgresql" : "report";
    }

    String base() {
        return "http://localhost:" + port;
    }

    // ---------------------------------------------------------------- a whole run

    List<Run> run(List<Double> scales) throws Exception {
        Files.createDirectories(dir);
        if (postgresql()) {
            databaseVersion = postgres.check(); // before anything else: what to do when it is not there
            log("PostgreSQL " + databaseVersion + " at " + postgres.host() + ":" + postgres.port());
        }
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < scales.size(); i++) {
            runs.add(runScale(scales.get(i), i == scales.size() - 1 && soak > 0));
        }
        writeReports(runs);
        return runs;
    }

    /**
     * A scale's dataset made ready for a run: the settings of the server's
     * database, the folder of the run's files, and what to undo after it.
     */
    record Prepared(Dataset.Manifest manifest, boolean generatedNow, Path data, List<String> settings,
            Cleanup cleanup) {
    }

    interface Cleanup {
        void run() throws Exception;
    }

    /** The dataset of today in its folder, generated by the current migrations; null when there is none. */
    private static Dataset.Manifest cached(Path manifestFile) throws Exception {
        if (Files.exists(manifestFile) && LocalDate.now(Dataset.ZONE).equals(readManifest(manifestFile).today())
                && Files.getLastModifiedTime(manifestFile).toInstant().isAfter(newestMigration())) {
            return readManifest(manifestFile);
        }
        return null;
    }

    /** An H2 file generated once a day, copied for the run. */
    Prepared prepareH2(double scale, String label) throws Exception {
        Path dataset = dir.resolve("dataset-" + label + "-" + seed);
        boolean generatedNow = false;
        Path manifestFile = dataset.resolve("manifest.json");
        Dataset.Manifest manifest = cached(manifestFile);
        if (manifest != null) {
            log("scale " + label + ": the dataset of today in " + dataset);
        } else {
            delete(dataset);
            Files.createDirectories(dataset);
            log("scale " + label + ": generating the dataset into " + dataset);
            manifest = new Dataset(scale, seed, LocalDate.now(Dataset.ZONE)).generate(dataset);
            Files.writeString(manifestFile, toJson(manifest).toString());
            generatedNow = true;
            log("scale " + label + ": " + manifest);
        }
        Path data = dir.resolve("run-" + label);
        delete(data);
        Files.createDirectories(data);
        Files.copy(dataset.resolve("tovholder.mv.db"), data.resolve("tovholder.mv.db"),
                StandardCopyOption.REPLACE_EXISTING);
        return new Prepared(manifest, generatedNow, data, List.of(
                "tovholder.db.class=org.h2.jdbcx.JdbcDataSource",
                "tovholder.db.url=" + Dataset.url(data) + ";WRITE_DELAY=0", // as shipped (config/)
                "tovholder.db.user=sa",
                "tovholder.db.password="), () -> { });
    }

    /**
     * A PostgreSQL template database generated once a day (its manifest in
     * {@code dataset-postgresql-<scale>-<seed>/}), copied into the run's own
     * database, which is dropped after the run.
     */
    Prepared preparePostgresql(double scale, String label) throws Exception {
        Path dataset = dir.resolve("dataset-postgresql-" + label + "-" + seed);
        String template = PostgreSqlServer.templateName(label, seed);
        boolean generatedNow = false;
        Path manifestFile = dataset.resolve("manifest.json");
        Dataset.Manifest manifest = postgres.exists(template) ? cached(manifestFile) : null;
        if (manifest != null) {
            log("scale " + label + ": the dataset of today in the database " + template);
        } else {
            delete(dataset); // without its manifest, a template half made is never used
            Files.createDirectories(dataset);
            log("scale " + label + ": generating the dataset into the database " + template);
            postgres.create(template);
            manifest = new Dataset(scale, seed, LocalDate.now(Dataset.ZONE))
                    .generate(new TargetDatabase.PostgreSql(postgres, template));
            Files.writeString(manifestFile, toJson(manifest).toString());
            generatedNow = true;
            log("scale " + label + ": " + manifest);
        }
        String run = PostgreSqlServer.runName(port);
        postgres.copy(template, run);
        Path data = dir.resolve("run-postgresql-" + label);
        delete(data);
        Files.createDirectories(data);
        return new Prepared(manifest, generatedNow, data, List.of(
                "tovholder.db.class=org.postgresql.ds.PGSimpleDataSource",
                "tovholder.db.url=" + postgres.url(run),
                "tovholder.db.user=" + postgres.user(),
                "tovholder.db.password=" + postgres.password()), () -> postgres.drop(run));
    }

    Run runScale(double scale, boolean soakAfter) throws Exception {
        String label = label(scale);
        Prepared prepared = postgresql() ? preparePostgresql(scale, label) : prepareH2(scale, label);
        try {
            return runScale(scale, label, prepared, soakAfter);
        } finally {
            prepared.cleanup().run();
        }
    }

    private Run runScale(double scale, String label, Prepared prepared, boolean soakAfter) throws Exception {
        Dataset.Manifest manifest = prepared.manifest();
        Path properties = prepared.data().resolve("bench.properties");
        List<String> settings = new ArrayList<>(prepared.settings());
        settings.addAll(List.of(
                "tovholder.demo-data=false",
                "tovholder.mail.enabled=false",
                "tovholder.diagnostics=true",
                "tovholder.public-url=" + base() + "/"));
        Files.writeString(properties, String.join("\n", settings) + "\n");
        Path log = dir.resolve("server-" + (postgresql() ? "postgresql-" : "") + label + ".log");
        Instant started = Instant.now();
        List<String> command = new ArrayList<>(List.of(javaBin(), "-Xmx" + heap));
        Stream.of(jvm.split(" ")).filter(a -> !a.isBlank()).forEach(command::add);
        command.addAll(List.of("-jar", payara.toString(), "--deploy", war.toString(), "--contextroot", "/", "--port", String.valueOf(port), "--nocluster",
                "--systemproperties", properties.toString(),
                "--prebootcommandfile", Path.of("config/pre-boot-commands.asadmin").toAbsolutePath().toString()));
        Process server = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            awaitReady(server, log);
            double ready = Duration.between(started, Instant.now()).toMillis() / 1000.0;
            log("scale " + label + ": ready after " + ready + " s");
            List<SoakSample> soaked = new ArrayList<>();
            List<Result> results = scenarios(scale, manifest, server.pid(), soakAfter, soaked);
            double heapMib = heapAfterGc(server.pid());
            return new Run(database, databaseVersion, manifest, prepared.generatedNow(), ready, heapMib, results,
                    soaked);
        } finally {
            server.destroy();
            if (!server.waitFor(60, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor();
            }
        }
    }

    /** The scenarios one after the other on the server of {@code pid}; then the soak (samples into {@code soaked}). */
    private List<Result> scenarios(double scale, Dataset.Manifest manifest, long pid, boolean soakAfter,
            List<SoakSample> soaked) throws Exception {
        // by default each connection is a user of its own: one session per connection for the participant and
        // the booker; with fewer bench.sessions the connections share them in turn (see docs/performance.md)
        List<HttpClient> participants = new ArrayList<>();
        List<HttpClient> bookers = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            participants.add(loggedIn("deltager"));
            bookers.add(loggedIn("booker"));
        }
        HttpClient participant = participants.get(0);
        HttpClient booker = bookers.get(0);
        String participantCookie = participants.stream().map(Benchmark::cookie).collect(Collectors.joining(","));
        String bookerCookie = bookers.stream().map(Benchmark::cookie).collect(Collectors.joining(","));
        LocalDate tuesday = manifest.today().with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
        LocalDate weekStart = manifest.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        long room = manifest.projectorRooms().isEmpty() ? 1 : manifest.projectorRooms().get(0);
        List<String> days = new ArrayList<>();
        for (LocalDate d = manifest.today().plusDays(1); days.size() < 40; d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                days.add(d.toString());
            }
        }
        String rooms = Stream.iterate(1, r -> r <= manifest.rooms(), r -> r + 1).map(String::valueOf)
                .collect(Collectors.joining(","));
        Set<Integer> ok = Set.of(200);
        // the ceiling first: a slow scenario's requests still queued afterwards would lower it
        List<Scenario> scenarios = List.of(
                new Scenario(CEILING, "Ceiling: a small static resource of the app", "GET",
                        "/resources/css/tovholder.css", false, ok, null),
                new Scenario("agenda-page", "Agenda page (HTML, logged in)", "GET",
                        "/meeting/meeting.xhtml?id=" + manifest.nextMeetingId(), true, ok, null),
                new Scenario("agenda-json", "Agenda as JSON (API)", "GET", "/api/meetings/" + manifest.nextMeetingId(),
                        true, ok, null),
                new Scenario("room-week", "A room's week calendar (the bookings the calendar shows)", "GET",
                        "/api/rooms/" + room + "/bookings?from=" + weekStart + "&to=" + weekStart.plusDays(7), true,
                        ok, null),
                new Scenario("free-room", "Find a free room: 12 people, projector, next Tuesday 10-12", "GET",
                        "/api/rooms/free?day=" + tuesday + "&start=10:00&end=12:00&people=12&facility=PROJECTOR",
                        true, ok, null),
                new Scenario("book", "Create a booking, with its conflict check (free and taken slots)", "POST",
                        "/api/bookings", false, Set.of(201, 409), List.of(rooms, String.join(",", days))),
                new Scenario("feed", "A busy person's iCalendar feed", "GET",
                        "/calendar/" + manifest.feedToken() + ".ics", false, ok, null),
                new Scenario(BASIC, "Agenda as JSON, HTTP Basic credentials on every request (no session)", "GET",
                        "/api/meetings/" + manifest.nextMeetingId(), true, ok, null),
                new Scenario(BEARER, "Agenda as JSON, a personal API token on every request (no session)", "GET",
                        "/api/meetings/" + manifest.nextMeetingId(), true, ok, null),
                new Scenario("day-overview", "A room owner's day: all its rooms on a busy weekday (HTML)", "GET",
                        "/room/day.xhtml?owner=1&date=" + tuesday, false, ok, null),
                new Scenario("room-page", "A room's page with its week calendar (HTML)", "GET",
                        "/room/room.xhtml?id=" + room, false, ok, null),
                new Scenario("search", "Search minutes and decisions for a word", "GET",
                        "/api/search?q=" + URLEncoder.encode(manifest.searchWord(), StandardCharsets.UTF_8), true, ok,
                        null));
        String bearer = "Bearer " + token(participant);
        List<Result> results = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            if (!only.isEmpty() && !scenario.name().equals(CEILING) && !only.contains(scenario.name())) {
                continue;
            }
            String cookie = scenario.name().equals(CEILING) || scenario.name().equals("feed") ? null
                    : scenario.name().equals(BASIC) ? basic("deltager")
                    : scenario.name().equals(BEARER) ? bearer
                    : scenario.participant() ? participantCookie : bookerCookie;
            if (warmup > 0) {
                wrk(scale, scenario, cookie, warmup, null);
            }
            // counted after the warm-up: what a request costs once the caches hold what every request shares
            HttpClient prober = scenario.participant() ? participant : booker;
            if (!scenario.name().equals(CEILING) && !scenario.method().equals("POST")) {
                // a read is counted with warm caches: a first probe warms them whatever the warm-up reached
                // (on a busy machine a one-second warm-up can leave the agenda page's caches cold)
                statements(scenario, prober);
            }
            Integer sql = scenario.name().equals(CEILING) ? null : statements(scenario, prober);
            if (sql == null && !scenario.name().equals(CEILING)) {
                log(scenario.name() + ": the probe got no answer within its time; loading it all the same");
            }
            String recording = "bench-" + scenario.name();
            if (profile) {
                run(jcmd(), String.valueOf(pid), "JFR.start", "name=" + recording, "settings=profile");
            }
            Result result = wrk(scale, scenario, cookie, seconds, sql);
            if (profile) {
                result = result.withProfile(profile(pid, recording, scale, scenario));
            }
            drain();
            log(String.format(Locale.ROOT, "scale %s %-12s %8.1f req/s  p50 %7.2f ms  p99 %7.2f ms  sql %s  %s",
                    label(scale), scenario.name(), result.throughput(), result.p50Ms(), result.p99Ms(), sql,
                    result.statuses()));
            results.add(result);
        }
        if (soakAfter) {
            long soakPid = pid;
            List<Scenario> mixed = scenarios.stream().filter(sc -> !sc.name().equals(CEILING)
                    && !sc.name().equals("search")).toList();
            int minutes = Math.max(1, soak / 60);
            int each = Math.max(1, connections / mixed.size() + (connections % mixed.size() == 0 ? 0 : 1));
            log("scale " + label(scale) + ": soak of " + minutes + " min, every minute all " + mixed.size()
                    + " scenarios at once, " + each + " connections each");
            for (int minute = 1; minute <= minutes; minute++) {
                long cpuBefore = cpuMillis(soakPid);
                List<Process> loads = new ArrayList<>();
                for (Scenario scenario : mixed) {
                    String cookie = scenario.name().equals("feed") ? null
                            : scenario.name().equals(BASIC) ? basic("deltager")
                            : scenario.name().equals(BEARER) ? bearer
                            : scenario.participant() ? participantCookie : bookerCookie;
                    loads.add(startWrk(scenario, cookie, 60, each));
                }
                Map<String, Double> p50 = new LinkedHashMap<>();
                long requests = 0;
                long serverErrors = 0;
                for (int i = 0; i < mixed.size(); i++) {
                    Result load = finishWrk(scale, mixed.get(i), loads.get(i), null);
                    p50.put(mixed.get(i).name(), load.p50Ms());
                    requests += load.requests();
                    serverErrors += load.statuses().entrySet().stream().filter(e -> e.getKey().startsWith("5"))
                            .mapToLong(Map.Entry::getValue).sum();
                }
                drain();
                double cpuPerRequest = requests == 0 ? 0 : (cpuMillis(soakPid) - cpuBefore) / (double) requests;
                SoakSample sample = new SoakSample(minute, requests, serverErrors, cpuPerRequest, p50,
                        heapAfterGc(soakPid), openFiles(soakPid), threads(soakPid));
                soaked.add(sample);
                log(String.format(Locale.ROOT, "soak minute %2d: %7d requests, %d 5xx, %.2f ms CPU a request,"
                        + " heap %.0f MiB, %d open files, %d threads", minute, sample.requests(),
                        sample.serverErrors(), cpuPerRequest, sample.heapAfterGcMib(), sample.openFiles(),
                        sample.threads()));
            }
        }
        return results;
    }

    /** The CPU time the process has used (user and system), from {@code /proc/<pid>/stat}. */
    static long cpuMillis(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
        // the fields after the command's closing parenthesis; utime and stime are the 14th and 15th of the line
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * 1000 / CLOCK_TICKS;
    }

    /** The process's open file descriptors: sockets, database and log files. */
    static int openFiles(long pid) throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc", String.valueOf(pid), "fd"))) {
            return (int) fds.count();
        }
    }

    static int threads(long pid) throws IOException {
        return Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")).stream()
                .filter(l -> l.startsWith("Threads:")).map(l -> Integer.parseInt(l.substring(8).strip()))
                .findFirst().orElse(-1);
    }

    // ---------------------------------------------------------------- the parts

    /** A personal API token of the logged-in client's person, made for the run (its secret). */
    private String token(HttpClient client) throws Exception {
        HttpResponse<String> made = client.send(HttpRequest.newBuilder(URI.create(base() + "/api/me/tokens"))
                .header("Origin", base()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Benchmark " + UUID.randomUUID() + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (made.statusCode() != 201) {
            throw new IllegalStateException("no API token: " + made.statusCode() + " " + made.body());
        }
        return Json.createReader(new StringReader(made.body())).readObject().getString("secret");
    }

    /** The header value of HTTP Basic credentials of a dataset login. */
    private static String basic(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + Dataset.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    /**
     * One request of the scenario with a probe: the SQL statements the server
     * counted for it; null when the request got no answer in time (a scenario
     * too slow to serve is reported as such, not the end of the run).
     */
    private Integer statements(Scenario scenario, HttpClient client) throws Exception {
        String probe = UUID.randomUUID().toString();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + scenario.path()))
                .header("X-Tovholder-Probe", probe).timeout(Duration.ofSeconds(60));
        if (scenario.method().equals("POST")) {
            List<String> roomIds = List.of(scenario.bookingArgs().get(0).split(","));
            List<String> days = List.of(scenario.bookingArgs().get(1).split(","));
            // a weekday after the generated bookings: always free, so the count is that of a booking made
            LocalDate free = LocalDate.parse(days.get(0)).plusMonths(Dataset.MONTHS_AHEAD + 1)
                    .with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
            String body = String.format(Locale.ROOT,
                    "{\"roomId\":%s,\"day\":\"%s\",\"start\":\"13:00\",\"end\":\"15:00\",\"people\":8,"
                            + "\"purpose\":\"Benchmark\"}", roomIds.get(0), free);
            request.header("Origin", base()).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
        }
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException tooSlow) {
            return null;
        }
        if (!scenario.ok().contains(response.statusCode())) {
            throw new IllegalStateException(scenario.name() + " answered " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(500, response.body().length())));
        }
        // the server records the count after the response has gone (a filter's finally): a quick client can ask
        // before it is there (the smoke on a busy CI machine, 5 December), so it asks again for up to five seconds
        HttpRequest ask = HttpRequest.newBuilder(URI.create(base() + "/api/diagnostics/statements/" + probe))
                .header("Authorization", basic("admin")).build();
        HttpResponse<String> count = http11().send(ask, HttpResponse.BodyHandlers.ofString());
        for (int attempt = 0; count.statusCode() == 404 && attempt < 50; attempt++) {
            Thread.sleep(100);
            count = http11().send(ask, HttpResponse.BodyHandlers.ofString());
        }
        if (count.statusCode() != 200) {
            throw new IllegalStateException("no statement count for " + scenario.name() + ": " + count.body());
        }
        return Json.createReader(new StringReader(count.body())).readObject().getInt("statements");
    }

    /**
     * Stops the server's recording of a scenario into
     * {@code profile-[postgresql-]<scale>-<scenario>.jfr} and writes its
     * summary beside it ({@code .txt}).
     */
    private Profile profile(long pid, String recording, double scale, Scenario scenario) throws Exception {
        String name = "profile-" + (postgresql() ? "postgresql-" : "") + label(scale) + "-" + scenario.name();
        Path file = dir.resolve(name + ".jfr");
        Files.deleteIfExists(file);
        run(jcmd(), String.valueOf(pid), "JFR.stop", "name=" + recording, "filename=" + file);
        Profile summary = Profile.of(file, 25);
        Files.writeString(dir.resolve(name + ".txt"), summary.text(scenario.title() + ", scale " + label(scale)
                + (postgresql() ? ", PostgreSQL" : ", H2")));
        log(scenario.name() + ": " + summary.line(summary.layers(), 4) + "; Tovholder: "
                + summary.line(summary.appFrames(), 3));
        return summary;
    }

    private Result wrk(double scale, Scenario scenario, String cookie, int duration, Integer sql) throws Exception {
        return finishWrk(scale, scenario, startWrk(scenario, cookie, duration, connections), sql);
    }

    private Process startWrk(Scenario scenario, String cookie, int duration, int clients) throws IOException {
        // one wrk thread per connection, so that each connection keeps its own session (one user each)
        List<String> command = new ArrayList<>(List.of("wrk", "-t" + clients, "-c" + clients,
                "-d" + duration + "s", "--timeout", "30s", "-s", script.toString(), base() + scenario.path(), "--",
                scenario.method(), cookie == null ? "-" : cookie, scenario.method().equals("POST") ? base() : "-"));
        if (scenario.bookingArgs() != null) {
            command.add("book");
            command.addAll(scenario.bookingArgs());
        }
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private Result finishWrk(double scale, Scenario scenario, Process wrk, Integer sql) throws Exception {
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (wrk.waitFor() != 0) {
            throw new IllegalStateException("wrk failed for " + scenario.name() + ":\n" + output);
        }
        if (System.getenv("BENCH_DEBUG") != null) {
            output.lines().filter(l -> l.startsWith("first ")).forEach(l -> log(scenario.name() + ": " + l));
        }
        String line = output.lines().filter(l -> l.startsWith("BENCH-JSON ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no summary from wrk:\n" + output));
        JsonObject json = Json.createReader(new StringReader(line.substring("BENCH-JSON ".length()))).readObject();
        Map<String, Long> statuses = new LinkedHashMap<>();
        json.getJsonObject("statuses").forEach((k, v) -> statuses.put(k, ((JsonNumber) v).longValue()));
        long requests = json.getJsonNumber("requests").longValue();
        double secs = json.getJsonNumber("duration_us").longValue() / 1e6;
        long errors = json.getInt("connect_errors") + json.getInt("read_errors") + json.getInt("write_errors")
                + json.getInt("timeouts");
        return new Result(scale, scenario, requests, secs, requests / secs, json.getJsonNumber("p50_us").longValue()
                / 1000.0, json.getJsonNumber("p99_us").longValue() / 1000.0,
                json.getJsonNumber("mean_us").doubleValue() / 1000.0, errors, statuses, sql);
    }

    /**
     * Waits until the server has worked off what wrk left queued (requests
     * still running when the load stopped): until the static file comes back
     * within 100 ms, for at most two minutes.
     */
    private void drain() throws Exception {
        HttpClient client = http11();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            long start = System.nanoTime();
            client.send(HttpRequest.newBuilder(URI.create(base() + "/resources/css/tovholder.css"))
                    .timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.discarding());
            if (System.nanoTime() - start < TimeUnit.MILLISECONDS.toNanos(100)) {
                return;
            }
            Thread.sleep(500);
        }
    }

    /**
     * A client speaking HTTP/1.1 only. The JDK client's default first request is an HTTP/1.1 one offering an h2c
     * upgrade; Payara Micro has answered such a request by closing the connection ("EOF reached while reading",
     * CI of 4 December 2026) or not at all (CI of 2 December 2026).
     */
    private static HttpClient http11() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2))
                .build();
    }

    /** Logs in through the login page, as a browser does; the client keeps the session cookie. */
    HttpClient loggedIn(String username) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base() + "/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher state = VIEW_STATE.matcher(page.body());
        if (!state.find()) {
            throw new IllegalStateException("no login form: " + page.statusCode());
        }
        // the page's CSP nonce goes back with the form, as PrimeFaces' script sends it
        Matcher nonce = Pattern.compile("<script[^>]*\\snonce=\"([^\"]+)\"").matcher(page.body());
        String form = Map.of("login", "login", "login:username", username, "login:password", Dataset.PASSWORD,
                "login:submit", "", "jakarta.faces.ViewState", state.group(1), "primefaces.nonce",
                nonce.find() ? nonce.group(1) : "").entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> after = client.send(HttpRequest.newBuilder(URI.create(base() + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", base())
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> profile = client.send(HttpRequest.newBuilder(
                URI.create(base() + "/account/profile.xhtml")).build(), HttpResponse.BodyHandlers.ofString());
        if (profile.statusCode() != 200 || !profile.body().contains("id=\"profile-username\">" + username)) {
            Matcher message = Pattern.compile("class=\"ui-message[^\"]*\"[^>]*>(.{0,200})").matcher(after.body());
            throw new IllegalStateException("could not log in as " + username + ": " + after.statusCode() + " "
                    + after.uri() + (message.find() ? " " + message.group(1) : "") + ", then " + profile.statusCode()
                    + " " + profile.uri());
        }
        return client;
    }

    private static String cookie(HttpClient client) {
        CookieManager manager = (CookieManager) client.cookieHandler().orElseThrow();
        return manager.getCookieStore().getCookies().stream().map(HttpCookie::toString)
                .collect(Collectors.joining("; "));
    }

    /** Waits for {@code /health/ready}, over HTTP/1.1 as every client here. */
    private void awaitReady(Process server, Path log) throws Exception {
        HttpClient client = http11();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        String last = "no answer yet";
        while (System.nanoTime() < deadline) {
            if (!server.isAlive() || Files.readString(log, StandardCharsets.ISO_8859_1)
                    .contains("Exception while loading the app")) {
                throw new IllegalStateException("the server stopped or the app failed to deploy; see " + log);
            }
            try {
                int status = client.send(HttpRequest.newBuilder(URI.create(base() + "/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200) {
                    return;
                }
                last = "HTTP " + status;
            } catch (IOException notYet) {
                last = notYet.toString(); // not listening yet, or no answer
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("not ready within 10 minutes (the last answer: " + last + "); see " + log);
    }

    /** The heap in use after a full collection, read with jcmd. */
    static double heapAfterGc(long pid) throws Exception {
        run(jcmd(), String.valueOf(pid), "GC.run");
        String info = run(jcmd(), String.valueOf(pid), "GC.heap_info");
        Matcher used = Pattern.compile("total (\\d+)K, used (\\d+)K").matcher(info);
        return used.find() ? Long.parseLong(used.group(2)) / 1024.0 : -1;
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String jcmd() {
        return Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
    }

    // ---------------------------------------------------------------- the reports

    void writeReports(List<Run> runs) throws IOException {
        JsonArrayBuilder scenarios = Json.createArrayBuilder();
        JsonArrayBuilder scales = Json.createArrayBuilder();
        for (Run run : runs) {
            Result ceiling = run.ceiling();
            for (Result r : run.results()) {
                JsonObjectBuilder o = Json.createObjectBuilder().add("database", run.database())
                        .add("scale", r.scale())
                        .add("scenario", r.scenario().name()).add("title", r.scenario().title())
                        .add("requests", r.requests()).add("throughput", round(r.throughput()));
                if (r.requests() == 0) {
                    o.addNull("p50").addNull("p99").addNull("mean"); // nothing came back within the run
                } else {
                    o.add("p50", round(r.p50Ms())).add("p99", round(r.p99Ms())).add("mean", round(r.meanMs()));
                }
                o.add("ratio_to_ceiling", round(r.throughput() / ceiling.throughput())).add("errors", r.errors())
                        .add("served", r.served());
                JsonObjectBuilder statuses = Json.createObjectBuilder();
                r.statuses().forEach(statuses::add);
                o.add("statuses", statuses);
                if (r.sqlPerRequest() == null) {
                    o.addNull("sql_per_request");
                } else {
                    o.add("sql_per_request", r.sqlPerRequest());
                }
                if (r.profile() != null) {
                    o.add("profile", toJson(r.profile()));
                }
                scenarios.add(o);
            }
            JsonArrayBuilder soakSamples = Json.createArrayBuilder();
            for (SoakSample sample : run.soak()) {
                JsonObjectBuilder p50 = Json.createObjectBuilder();
                sample.p50Ms().forEach((scenario, ms) -> p50.add(scenario, round(ms)));
                soakSamples.add(Json.createObjectBuilder().add("minute", sample.minute())
                        .add("requests", sample.requests()).add("server_errors", sample.serverErrors())
                        .add("cpu_ms_per_request", round(sample.cpuMsPerRequest())).add("p50", p50)
                        .add("heap_after_gc_mib", round(sample.heapAfterGcMib()))
                        .add("open_files", sample.openFiles()).add("threads", sample.threads()));
            }
            JsonObjectBuilder trend = Json.createObjectBuilder();
            if (!run.soak().isEmpty()) {
                SoakTrend t = SoakTrend.of(run.soak());
                trend.add("window_minutes", t.window()).add("cpu_ms_per_request_first", round(t.cpuFirst()))
                        .add("cpu_ms_per_request_last", round(t.cpuLast())).add("cpu_ratio", round(t.cpuRatio()))
                        .add("worst_p50_scenario", t.worstScenario()).add("worst_p50_ratio", round(t.p50Ratio()))
                        .add("heap_after_gc_first_mib", round(t.heapFirst()))
                        .add("heap_after_gc_last_mib", round(t.heapLast()));
            }
            scales.add(Json.createObjectBuilder().add("database", run.database())
                    .add("database_version", run.databaseVersion()).add("scale", run.manifest().scale())
                    .add("soak", soakSamples).add("soak_trend", trend)
                    .add("dataset", toJson(run.manifest())).add("dataset_generated_now", run.generatedNow())
                    .add("start_to_ready_s", round(run.startToReadySeconds()))
                    .add("heap_after_mib", round(run.heapAfterMib())));
        }
        JsonArrayBuilder targets = Json.createArrayBuilder();
        for (Targets.Verdict v : Targets.of(runs)) {
            targets.add(Json.createObjectBuilder().add("target", v.target()).add("measured", v.measured())
                    .add("met", v.met()));
        }
        JsonObject report = Json.createObjectBuilder().add("database", database)
                .add("database_version", databaseVersion).add("machine", machine())
                .add("load", Json.createObjectBuilder()
                .add("tool", "wrk").add("connections", connections).add("threads", connections)
                .add("sessions_per_user", sessions).add("seconds_per_scenario", seconds)
                .add("warmup_seconds", warmup)).add("runs", scales)
                .add("scenarios", scenarios).add("targets", targets).build();
        StringWriter json = new StringWriter();
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(json).write(report);
        Files.writeString(dir.resolve(reportName() + ".json"), json.toString());
        Files.writeString(dir.resolve(reportName() + ".md"), markdown(runs));
        log("wrote " + dir.resolve(reportName() + ".json") + " and " + reportName() + ".md");
    }

    String markdown(List<Run> runs) {
        StringBuilder md = new StringBuilder();
        md.append(postgresql() ? "PostgreSQL " + databaseVersion + " (" + postgres.host() + ":" + postgres.port() + ")"
                : "H2 " + databaseVersion + " (a file, embedded)").append(":\n\n");
        md.append("| scale | scenario | req/s | p50 ms | p99 ms | ratio to ceiling | SQL/request | answers |\n")
                .append("|---|---|---:|---:|---:|---:|---:|---|\n");
        for (Run run : runs) {
            Result ceiling = run.ceiling();
            for (Result r : run.results()) {
                md.append(String.format(Locale.ROOT, "| %s | %s | %.0f | %s | %s | %s | %s | %s |%n",
                        label(r.scale()), r.scenario().name(), r.throughput(), ms(r, r.p50Ms()), ms(r, r.p99Ms()),
                        r == ceiling ? "1" : r.requests() == 0 ? "–" : String.format(Locale.ROOT, "1/%.1f",
                                ceiling.throughput() / r.throughput()), r.sqlPerRequest() == null ? "–" : r.sqlPerRequest(),
                        r.statuses().entrySet().stream().map(e -> e.getKey() + "×" + e.getValue())
                                .collect(Collectors.joining(" "))
                                + (r.errors() > 0 ? " errors×" + r.errors() : "")));
            }
        }
        md.append("\n| scale | organisations | people | groups | meetings | agenda items | rooms | bookings"
                + " | generated in s | start to ready s | heap after run MiB |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Run run : runs) {
            Dataset.Manifest m = run.manifest();
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d | %d | %.1f | %.1f | %.0f |%n",
                    label(m.scale()), m.organisations(), m.people(), m.groups(), m.meetings(), m.agendaItems(),
                    m.rooms(), m.bookings(), m.millis() / 1000.0, run.startToReadySeconds(), run.heapAfterMib()));
        }
        if (runs.size() > 1) {
            Run small = runs.get(0);
            Run large = runs.get(runs.size() - 1);
            md.append("\n| scenario | p50 growth | p99 growth |\n|---|---:|---:|\n");
            for (int i = 0; i < small.results().size(); i++) {
                Result a = small.results().get(i);
                Result b = large.results().get(i);
                md.append(a.requests() == 0 || b.requests() == 0
                        ? "| " + a.scenario().name() + " | – | – |\n"
                        : String.format(Locale.ROOT, "| %s | %.2f× | %.2f× |%n", a.scenario().name(),
                                b.p50Ms() / a.p50Ms(), b.p99Ms() / a.p99Ms()));
            }
        }
        if (runs.stream().flatMap(r -> r.results().stream()).anyMatch(r -> r.profile() != null)) {
            md.append("\nWhere the server's CPU went (flight recordings of the measured seconds; the whole of each"
                    + " in profile-*.txt):\n\n| scale | scenario | samples | layers | Tovholder's methods |\n"
                    + "|---|---|---:|---|---|\n");
            for (Run run : runs) {
                for (Result r : run.results()) {
                    if (r.profile() != null) {
                        md.append("| ").append(label(r.scale())).append(" | ").append(r.scenario().name())
                                .append(" | ").append(r.profile().samples()).append(" | ")
                                .append(r.profile().line(r.profile().layers(), 4)).append(" | ")
                                .append(r.profile().line(r.profile().appFrames(), 3)).append(" |\n");
                    }
                }
            }
        }
        md.append("\nAgainst the targets (issue 23, meant for scale 1; judged at scale ")
                .append(label(runs.get(runs.size() - 1).manifest().scale()))
                .append("):\n\n| target | measured | |\n|---|---|---|\n");
        for (Targets.Verdict v : Targets.of(runs)) {
            md.append("| ").append(v.target()).append(" | ").append(v.measured()).append(" | ")
                    .append(v.met() ? "met" : "missed").append(" |\n");
        }
        for (Run run : runs) {
            if (run.soak().isEmpty()) {
                continue;
            }
            SoakTrend t = SoakTrend.of(run.soak());
            md.append("\nSoak at scale ").append(label(run.manifest().scale()))
                    .append(" (every minute all scenarios at once):\n\n| minute | requests | 5xx | CPU ms a request |"
                            + " heap after GC MiB | open files | threads |\n|---:|---:|---:|---:|---:|---:|---:|\n");
            for (SoakSample sample : run.soak()) {
                md.append(String.format(Locale.ROOT, "| %d | %d | %d | %.2f | %.0f | %d | %d |%n", sample.minute(),
                        sample.requests(), sample.serverErrors(), sample.cpuMsPerRequest(), sample.heapAfterGcMib(),
                        sample.openFiles(), sample.threads()));
            }
            md.append(String.format(Locale.ROOT, "%nLast %d minutes against the first %d: CPU a request %.2f → %.2f ms"
                    + " (%.2f×); median latency at most %.2f× (%s); heap after GC %.0f → %.0f MiB.%n", t.window(),
                    t.window(), t.cpuFirst(), t.cpuLast(), t.cpuRatio(), t.p50Ratio(), t.worstScenario(),
                    t.heapFirst(), t.heapLast()));
        }
        return md.toString();
    }

    /** A latency, or a dash when no request came back within the run. */
    private static String ms(Result r, double value) {
        return r.requests() == 0 ? "–" : String.format(Locale.ROOT, "%.2f", value);
    }

    private static JsonObject machine() {
        return Json.createObjectBuilder().add("cores", Runtime.getRuntime().availableProcessors())
                .add("os", System.getProperty("os.name") + " " + System.getProperty("os.version"))
                .add("java", System.getProperty("java.version")).add("date", Instant.now().toString()).build();
    }

    static JsonObject toJson(Profile profile) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("samples", profile.samples());
        o.add("layers", toJson(profile, profile.layers())).add("app_frames", toJson(profile, profile.appFrames()))
                .add("self_frames", toJson(profile, profile.selfFrames()));
        return o.build();
    }

    private static JsonArrayBuilder toJson(Profile profile, List<Profile.Entry> entries) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        entries.forEach(e -> a.add(Json.createObjectBuilder().add("name", e.name()).add("samples", e.samples())
                .add("percent", round(e.percentOf(profile.samples())))));
        return a;
    }

    static JsonObject toJson(Dataset.Manifest m) {
        JsonArrayBuilder rooms = Json.createArrayBuilder();
        m.projectorRooms().forEach(rooms::add);
        return Json.createObjectBuilder().add("scale", m.scale()).add("seed", m.seed()).add("today", m.today().toString())
                .add("organisations", m.organisations()).add("people", m.people()).add("groups", m.groups())
                .add("meetings", m.meetings()).add("agendaItems", m.agendaItems()).add("rooms", m.rooms())
                .add("bookings", m.bookings()).add("nextMeetingId", m.nextMeetingId()).add("feedToken", m.feedToken())
                .add("projectorRooms", rooms).add("searchWord", m.searchWord()).add("millis", m.millis()).build();
    }

    static Dataset.Manifest readManifest(Path file) throws IOException {
        JsonObject o = Json.createReader(new StringReader(Files.readString(file))).readObject();
        return new Dataset.Manifest(o.getJsonNumber("scale").doubleValue(), o.getJsonNumber("seed").longValue(),
                LocalDate.parse(o.getString("today")), o.getInt("organisations"), o.getInt("people"),
                o.getInt("groups"), o.getJsonNumber("meetings").longValue(),
                o.getJsonNumber("agendaItems").longValue(), o.getInt("rooms"), o.getJsonNumber("bookings").longValue(),
                o.getJsonNumber("nextMeetingId").longValue(), o.getString("feedToken"),
                o.getJsonArray("projectorRooms").getValuesAs(JsonNumber.class).stream()
                        .map(JsonNumber::longValue).toList(), o.getString("searchWord"),
                o.getJsonNumber("millis").longValue());
    }

    /** When the newest schema migration was built: a dataset older than that is generated again. */
    private static Instant newestMigration() throws Exception {
        URL dir = Benchmark.class.getClassLoader().getResource("db/migration");
        if (dir == null || !"file".equals(dir.getProtocol())) {
            return Instant.EPOCH;
        }
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            return files.map(f -> {
                try {
                    return Files.getLastModifiedTime(f).toInstant();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).max(Instant::compareTo).orElse(Instant.EPOCH);
        }
    }

    static String label(double scale) {
        return scale == Math.rint(scale) ? String.valueOf((long) scale) : String.valueOf(scale);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static void delete(Path path) throws IOException {
        if (Files.exists(path)) {
            try (Stream<Path> files = Files.walk(path)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> {
                    try {
                        Files.delete(f);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }

    static void log(String message) {
        System.out.println("[bench] " + message);
    }

    public static void main(String[] args) throws Exception {
        main(System.getProperties(), Stream.of(System.getProperty("bench.scales", "0.01,1").split(","))
                .map(String::strip).map(Double::parseDouble).toList());
    }

    /** Runs the scales with the settings; prints the Markdown table. */
    public static void main(Properties settings, List<Double> scales) throws Exception {
        Benchmark benchmark = new Benchmark(settings);
        benchmark.run(scales);
        System.out.println(Files.readString(benchmark.dir.resolve(benchmark.reportName() + ".md")));
    }
}
