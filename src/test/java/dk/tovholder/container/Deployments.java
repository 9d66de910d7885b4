package dk.tovholder.container;

import java.io.File;
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

    static WebArchive tovholder(Class<?>... testClasses) {
        File war = new File(System.getProperty("tovholder.war", "target/tovholder.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("package the WAR first (mvn verify does): " + war);
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war)
                .addClasses(testClasses)
                .addAsLibrary(ShrinkWrap.create(JavaArchive.class, "arquillian-test-runner-access.jar")
                        .addAsManifestResource(new StringAsset(OPEN_TEST_RUNNER), "web-fragment.xml"));
    }
}
