package dk.tovholder.container;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The packaged WAR as the build made it, opened for Arquillian's test runner. */
final class Deployments {

    /**
     * Everything in the app needs a login; Arquillian's servlet, which runs
     * the tests inside the server, is let through by this fragment.
     */
    private static final String OPEN_TEST_RUNNER = """
            <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0" metadata-complete="true">
                <name>arquillian_test_runner</name>
                <security-constraint>
                    <web-resource-collection>
                        <web-resource-name>arquillian</web-resource-name>
                        <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                        <url-pattern>/ArquillianServletRunner</url-pattern>
                    </web-resource-collection>
                </security-constraint>
            </web-fragment>
            """;

    private Deployments() {
    }

    /** Whether this run's database has been emptied (once, before its one server starts). */
    private static boolean emptied;

    /**
     * The WAR with every in-container test class and its test data: one archive, the same for
     * each test class, so that one server runs them all ({@code oneserver.OneServer}).
     */
    static synchronized WebArchive tovholder() {
        if (!emptied) {
            emptyPostgreSql();
            emptied = true;
        }
        File war = new File(System.getProperty("tovholder.war", "target/tovholder.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("package the WAR first (mvn verify does): " + war);
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war)
                .addPackage(Deployments.class.getPackage())
                .addAsLibrary(ShrinkWrap.create(JavaArchive.class, "arquillian-test-runner-access.jar")
                        .addAsManifestResource(new StringAsset(OPEN_TEST_RUNNER), "web-fragment.xml"));
    }

    /**
     * The run gets a database of its own, as its server's in-memory H2 is on the default profile:
     * on PostgreSQL (the postgresql profile) the shared database's schema is emptied before the
     * server starts, and the server migrates it and loads the demo afresh. Arquillian asks for the
     * first test class's deployment just before it starts the server.
     */
    private static void emptyPostgreSql() {
        String file = System.getProperty("tovholder.arq.properties");
        if (file == null) {
            return;
        }
        Properties settings = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of(file))) {
            settings.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String url = settings.getProperty("tovholder.db.url", "");
        if (!url.startsWith("jdbc:postgresql:")) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(url, settings.getProperty("tovholder.db.user"),
                settings.getProperty("tovholder.db.password"));
                Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists public cascade");
            statement.execute("create schema public");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty the test database " + url, e);
        }
    }
}
