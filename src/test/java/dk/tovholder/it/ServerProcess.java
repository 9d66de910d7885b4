package dk.tovholder.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A Tovholder of a test's own: the packaged WAR on Payara Micro, in a process
 * of its own on its own port, with a file database in a directory of the
 * test's choosing, so that a test can kill it hard and start it again on the
 * same data. (The suite's shared server is {@link Server}.)
 */
public final class ServerProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final int port;
    private final Path log;

    private ServerProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * The database URL the shipped configuration uses ({@code config/tovholder.properties}),
     * with its file moved into the directory: what production runs with.
     */
    public static String shippedDatabaseUrl(Path directory) {
        Properties shipped = new Properties();
        try (var in = Files.newBufferedReader(Path.of("config/tovholder.properties"), StandardCharsets.UTF_8)) {
            shipped.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String url = shipped.getProperty("tovholder.db.url");
        return url.replace("./data/", directory.toAbsolutePath().toString().replace('\\', '/') + "/");
    }

    /** Starts the server alone ({@code --nocluster}) and waits until it is ready (at most three minutes). */
    public static ServerProcess start(Path directory, int port, Map<String, String> settings) {
        return start(directory, port, settings, List.of("--nocluster"));
    }

    /**
     * Starts the server with the Payara Micro options given (a cluster's: {@code --clustermode},
     * {@code --name}, …) and waits until it is ready (at most three minutes).
     */
    public static ServerProcess start(Path directory, int port, Map<String, String> settings, List<String> options) {
        try {
            Files.createDirectories(directory);
            Path properties = directory.resolve("server-" + port + ".properties");
            StringBuilder text = new StringBuilder();
            settings.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
            text.append("tovholder.public-url=http://localhost:").append(port).append("/\n");
            Files.writeString(properties, text.toString(), StandardCharsets.UTF_8);
            Path log = directory.resolve("server-" + port + "-" + System.currentTimeMillis() + ".log");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                    // a test's server lives minutes: the quick compiler only, half the CPU to start on 2 cores
                    "-XX:TieredStopAtLevel=1", "-jar",
                    System.getProperty("bench.payara"), "--deploy",
                    System.getProperty("bench.war", "target/tovholder.war"), "--contextroot", "/", "--port",
                    String.valueOf(port), "--systemproperties", properties.toString(),
                    // a single node keeps its sessions in memory; a cluster's nodes keep them in the grid
                    "--prebootcommandfile", Path.of(options.contains("--nocluster") ? "config/pre-boot-commands.asadmin"
                            : "config/pre-boot-commands-cluster.asadmin").toAbsolutePath().toString()));
            command.addAll(options);
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                    .start();
            ServerProcess server = new ServerProcess(process, port, log);
            server.awaitReady();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the server stopped while starting; see " + log);
            }
            try {
                HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(uri("health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the server was not ready within three minutes; see " + log);
    }

    /** A request as the demo user (HTTP Basic), from the app's own origin, with a JSON body or none. */
    public HttpResponse<String> send(String user, String method, String path, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", Server.basic(user)).header("Origin", origin());
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + "/" + (path.startsWith("/") ? path.substring(1) : path));
    }

    public String origin() {
        return "http://localhost:" + port;
    }

    /** The server's log so far. */
    public String log() {
        try {
            return Files.readString(log, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Kills the process without warning (SIGKILL): nothing gets to shut down. */
    public void kill() {
        process.destroyForcibly();
        waitForExit();
    }

    /** Asks the process to stop (SIGTERM) and waits until it has. */
    public void stop() {
        process.destroy();
        waitForExit();
    }

    private void waitForExit() {
        try {
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }
}
