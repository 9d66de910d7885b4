package dk.tovholder.it.browser;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dk.tovholder.it.AccessMatrix;
import dk.tovholder.it.AccessMatrix.Expect;
import dk.tovholder.it.AccessMatrix.Row;
import dk.tovholder.it.AccessMatrixIT;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Every page of the access matrix, as a user who may see it, on a phone
 * (360 px) and a laptop (1366 px): no page scrolls sideways, axe finds
 * nothing serious in Danish nor in English; with {@code -Dtovholder.pageshots=true}
 * each page leaves a screenshot at both widths in {@code target/screenshots/pages/}
 * (the user guide's come from there). Each page is seen by the role with the most on it (the
 * coordinator where allowed: editing forms, rota, checklists) and, at 360 px,
 * also by the least privileged role that may open it.
 */
@ExtendWith(Browser.class)
class EveryPageBrowserIT {

    private static final Set<Expect> SEES = EnumSet.of(Expect.ALLOW, Expect.SHOWN, Expect.REDACTED);
    /** Who looks first: the roles with the most on their pages. */
    private static final List<String> FULLEST = List.of("koordinator", "admin", "booker", "varmemester", "deltager",
            AccessMatrix.ANONYMOUS);
    private static String loggedIn;

    @TestFactory
    Stream<DynamicTest> everyPageFitsAPhoneAndALaptopInBothLanguages() {
        AccessMatrix matrix = AccessMatrix.load();
        AccessMatrixIT.Fixture fixture = AccessMatrixIT.Fixture.shared();
        // role → the pages it looks at (in the matrix's order), and whether it is the page's main viewer
        Map<String, Map<Row, Boolean>> byRole = new LinkedHashMap<>();
        FULLEST.forEach(role -> byRole.put(role, new LinkedHashMap<>()));
        for (Row row : matrix.rows()) {
            if (!row.isPage() || !"GET".equals(row.method())) {
                continue;
            }
            List<String> viewers = FULLEST.stream().filter(r -> SEES.contains(row.cells().get(r))).toList();
            if (viewers.isEmpty()) {
                continue;
            }
            byRole.get(viewers.get(0)).put(row, true);
            byRole.get(viewers.get(viewers.size() - 1)).putIfAbsent(row, false);
        }
        List<DynamicTest> tests = new ArrayList<>();
        byRole.forEach((role, rows) -> {
            rows.forEach((row, main) -> tests.add(dynamicTest(row + " as " + role + (main ? " at 360 and 1366 px"
                    : " at 360 px"), () -> look(fixture.path(row.path()), name(row), role, main))));
            List<Row> mains = rows.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
            if (!mains.isEmpty() && !AccessMatrix.ANONYMOUS.equals(role)) {
                tests.add(dynamicTest("in English, as " + role, () -> inEnglish(fixture, mains, role)));
            }
        });
        return tests.stream();
    }

    @AfterAll
    static void danishAgain() {
        if (loggedIn != null && !AccessMatrix.ANONYMOUS.equals(loggedIn)) {
            switchLanguage("da");
        }
        loggedIn = null;
    }

    private static void look(String path, String name, String role, boolean main) {
        become(role);
        Browser.width(360);
        Browser.open(path.substring(1));
        Browser.awaitLoaded();
        Browser.assertFitsWidth();
        if (main) {
            Browser.assertAccessible();
            Browser.pageShot(name + "-360");
            Browser.width(1366);
            Browser.open(path.substring(1));
            Browser.awaitLoaded();
            Browser.assertFitsWidth();
            Browser.pageShot(name + "-1366");
        }
    }

    private static void inEnglish(AccessMatrixIT.Fixture fixture, List<Row> rows, String role) {
        become(role);
        switchLanguage("en");
        try {
            Browser.width(360);
            List<String> failures = new ArrayList<>();
            for (Row row : rows) {
                String path = fixture.path(row.path());
                Browser.open(path.substring(1));
                Browser.awaitLoaded();
                try {
                    Browser.assertFitsWidth();
                    Browser.assertAccessible();
                } catch (AssertionError e) {
                    failures.add(e.getMessage());
                }
            }
            if (!failures.isEmpty()) {
                throw new AssertionError(String.join("\n", failures));
            }
        } finally {
            switchLanguage("da");
        }
    }

    /** Logs in as the role (or out, for anonymous) unless the browser already is that user. */
    private static void become(String role) {
        if (role.equals(loggedIn)) {
            return;
        }
        Browser.forgetVisitor();
        if (!AccessMatrix.ANONYMOUS.equals(role)) {
            LoginPage.logIn(role, "demo");
        }
        loggedIn = role;
    }

    /** The language switch in the header (remembered on the user's profile). */
    private static void switchLanguage(String code) {
        Browser.width(1366);
        Browser.open("account/profile.xhtml");
        By button = By.id("languageForm:lang-" + code);
        if (Browser.find(button).isEnabled()) {
            Browser.navigate(button);
        }
    }

    /** The screenshot's name: the page's path and its placeholders, e.g. meeting-meeting-openMeeting. */
    private static String name(Row row) {
        return row.path().replaceFirst("^/", "").replace(".xhtml", "").replaceAll("[^A-Za-z0-9]+", "-")
                .replaceAll("-+$", "");
    }
}
