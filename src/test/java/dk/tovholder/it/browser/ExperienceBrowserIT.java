package dk.tovholder.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tovholder.it.Server;
import dk.tovholder.it.ServerDay;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Experience groups as people use them: a coordinator creates a group of four and runs the programme through its
 * four steps to the joint project and the final report; a participant of the demo group adds their own contribution;
 * someone outside the groups sees the progress only; and the three pages pass axe.
 * <p>
 * Data: the main flow creates its own group with a unique name. The demo group "Erfaringsgruppen Tartuhus" (at
 * step 2, 1/4 done) keeps its progress: the caretaker's contribution is changed and then given back its demo text.
 */
@ExtendWith(Browser.class)
class ExperienceBrowserIT {

    private static final String DEMO_GROUP = "Erfaringsgruppen Tartuhus";
    private static final String CARETAKER = "Karsten Møller";
    private static final String CARETAKER_COMPETENCES = "Kender bygningerne, installationerne og beboerne i hverdagen";
    private static final String CARETAKER_BRINGS = "Varsler beboerne om arbejde i opgangene og melder problemer tidligt";
    private static final String COUNSELLOR = "Beboerrådgiver, FFB";
    private static final String COUNSELLOR_COMPETENCES = "Rådgivning af beboere, kendskab til sårbare familier";
    private static final String FACILITATOR = "Mette Holm";
    private static final String LOCKED = "Arbejdsarket åbner, når det forrige trin er gennemført.";
    private static final String OPEN = "Arbejdsarket er åbent.";
    private static final String DONE = "Trinnet er gennemført.";
    private static final String RECORD_ANYWAY = "Sessionen er ikke holdt endnu — registrer alligevel?";
    private static final String CLOSE_ANYWAY = "Sessionen er ikke holdt endnu — afslut alligevel?";
    private static final By MAIN = By.tagName("main");
    private static final By INFO = By.cssSelector(".message-info");
    private static final By ERROR = By.cssSelector(".message-error");
    private static final By ADVICE = By.cssSelector("form[id='advice'] li.advice");
    private static final By SELECTED_ADVICE = By.cssSelector("form[id='advice'] li.advice-selected");
    private static final By MATRIX_ROWS = By.cssSelector("#matrix tbody tr");
    private static final List<String> COMPLETE_BUTTONS = List.of("step1:complete", "step2:complete", "step3:complete",
            "step4:complete");

    @BeforeEach
    void freshVisitor() {
        Browser.forgetVisitor();
    }

    private static List<String> texts(By by) {
        return Browser.driver().findElements(by).stream().map(WebElement::getText).toList();
    }

    private static boolean absent(String id) {
        return Browser.driver().findElements(By.id(id)).isEmpty();
    }

    private static String main() {
        return Browser.find(MAIN).getText();
    }

    private static String stepState(int step) {
        return Browser.find(By.cssSelector("section#stepSection" + step + " .step-state")).getText();
    }

    private static String progress() {
        return Browser.find(By.id("progress")).getText();
    }

    private static String status() {
        return Browser.find(By.id("status")).getText();
    }

    /** Clicks a non-AJAX button and waits for the info message of the next page. */
    private static void submit(By button, String info) {
        Browser.navigate(button);
        Browser.awaitText(INFO, info);
    }

    /**
     * Completes a step (or, with the close button, closes) before its session: the dialog asks whether to record it
     * anyway and for a reason; the reason is given and confirmed.
     */
    private static void recordEarly(By button, String title, String reason, String info) {
        Browser.navigate(button);
        awaitOverrideDialog(title);
        Browser.type(By.id("override:overrideReason"), reason);
        submit(By.id("override:confirm"), info);
    }

    /** The override dialog, shown, with its title. */
    private static WebElement awaitOverrideDialog(String title) {
        WebElement dialog = Browser.await(15)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("overrideDialog")));
        Browser.awaitText(By.id("overrideDialog"), title);
        Browser.await(15)
                .until(ExpectedConditions.elementToBeClickable(By.id("override:overrideReason")));
        return dialog;
    }

    /** A screenshot of the page for a person to look at, under target/screenshots. */
    private static void screenshot(String name) throws IOException {
        Path folder = Path.of(System.getProperty("tovholder.screenshots", "target/screenshots"));
        Files.createDirectories(folder);
        Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) Browser.driver())
                .getScreenshotAs(OutputType.BYTES));
    }

    /**
     * Ticks a box with the keyboard (focus and space). A click can miss: while a ticked box's focus ring fades in
     * (about 0.2 s), headless Chromium draws the box 31 px instead of 13 px tall every other frame, so the rows
     * below jump up and down and a second click right after lands between two boxes.
     */
    private static void check(String name, String value) {
        WebElement box = Browser.find(By.cssSelector("input[name='" + name + "'][value='" + value + "']"));
        if (!box.isSelected()) {
            box.sendKeys(Keys.SPACE);
        }
        assertTrue(box.isSelected(), name + " " + value);
    }

    private static By adviceButton(String text) {
        return By.xpath("//form[@id='advice']//li[contains(@class, 'advice') and contains(., '" + text + "')]"
                + "//button[contains(@class, 'select-advice')]");
    }

    private static WebElement listRow(String group) {
        return Browser.find(By.xpath("//*[@id='experienceGroups']//tbody/tr[.//a[normalize-space()='" + group + "']]"));
    }

    private static By matrixRow(String name) {
        return By.xpath("//table[@id='matrix']/tbody/tr[th[contains(., '" + name + "')]]");
    }

    private static void openDemoGroup() {
        Browser.navigate(By.id("nav-experience"));
        Browser.navigate(By.linkText(DEMO_GROUP));
        assertEquals(DEMO_GROUP, Browser.heading());
    }

    private static void contribute(String personId, String competences, String brings) {
        new Select(Browser.find(By.id("contribution:contributor"))).selectByValue(personId);
        Browser.type(By.id("contribution:competences"), competences);
        Browser.type(By.id("contribution:brings"), brings);
        submit(By.id("contribution:saveContribution"), "Bidraget er gemt.");
    }

    /** Fetches the URL with the browser's session, as a click on the link would. */
    private static HttpResponse<byte[]> fetchWithBrowserSession(String url) throws IOException, InterruptedException {
        String cookies = Browser.driver().manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
        Cookie session = Browser.driver().manage().getCookieNamed("JSESSIONID");
        assertTrue(session != null, "the browser has a session cookie: " + cookies);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Cookie", cookies).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void theCoordinatorRunsAGroupOfFourThroughTheFourStepsToTheJointProjectAndTheReport() throws Exception {
        String name = "Erfaringsgruppe Browsertest " + System.nanoTime();
        LoginPage.logIn("koordinator", Server.PASSWORD);
        Browser.navigate(By.id("nav-experience"));
        assertEquals("Erfaringsgrupper", Browser.heading());

        // create the group
        Browser.navigate(By.id("createExperience"));
        assertEquals("Ny erfaringsgruppe", Browser.heading());
        assertTrue(new Select(Browser.find(By.id("experience:facilitator"))).getFirstSelectedOption().getText()
                .startsWith(FACILITATOR + " ("), "the coordinator facilitates by default");
        Browser.type(By.id("experience:name"), name);
        Browser.type(By.id("experience:renovation"), "Renovering af Nordens Plads 3-7 (afdeling 12)");
        Browser.type(By.id("experience:socialEffort"), "Boligsocial helhedsplan for Søndermarkskvarteret");
        submit(By.id("experience:save"), name + " er gemt.");
        assertTrue(Browser.path().startsWith("/experience/group.xhtml?id="), Browser.path());
        assertEquals(name, Browser.heading());
        assertEquals("Under planlægning", status());
        assertEquals("0/4", progress());
        assertEquals(FACILITATOR, Browser.find(By.id("facilitator")).getText());

        // four participants, from operations, construction and the housing-social work
        Select people = new Select(Browser.find(By.id("participants:person")));
        Map<String, String> participants = new LinkedHashMap<>(); // person id -> name
        for (WebElement option : people.getOptions()) {
            String text = option.getText();
            String value = option.getAttribute("value");
            if (value.isEmpty() || text.startsWith(FACILITATOR) || text.startsWith("Amina Yusuf")
                    || text.startsWith(CARETAKER) || !text.contains(" (")) {
                continue; // the placeholder, the facilitator, and the demo's participant logins
            }
            participants.put(value, text.substring(0, text.indexOf(" (")));
            if (participants.size() == 4) {
                break;
            }
        }
        assertEquals(4, participants.size(), "four people to add: " + people.getOptions().size() + " options");
        List<String> ids = new ArrayList<>(participants.keySet());
        String[][] roles = {{"Varmemester", "Drift"}, {"Byggeleder", "Byggeri"}, {"Beboerrådgiver", "Boligsocialt"},
            {"Genhusningskonsulent", "Boligsocialt"}};
        for (int i = 0; i < 4; i++) {
            new Select(Browser.find(By.id("participants:person"))).selectByValue(ids.get(i));
            new Select(Browser.find(By.id("participants:role"))).selectByVisibleText(roles[i][0]);
            new Select(Browser.find(By.id("participants:department"))).selectByVisibleText(roles[i][1]);
            submit(By.id("participants:addParticipant"), "Deltageren er tilføjet.");
        }
        assertEquals("Deltagere (4)", Browser.find(By.id("participantsHeading")).getText());
        String members = Browser.find(By.id("participants:members")).getText();
        for (int i = 0; i < 4; i++) {
            assertTrue(members.contains(participants.get(ids.get(i))) && members.contains(roles[i][0]), members);
        }
        submit(By.id("participants:start"), "Programmet er startet; trin 1 er åbent.");
        assertEquals("I gang", status());
        assertTrue(absent("participants:start"), "started once");
        assertEquals(OPEN, stepState(1));
        assertEquals(LOCKED, stepState(2));

        // step 1: five pieces of advice, three chosen
        List<String> advice = List.of("Gå en tur i afdelingen sammen hver måned",
                "Aftal budskaber til beboerne før beboermøder", "Ring i stedet for at skrive",
                "Inviter driften med til byggemøderne", "Del kalenderen for arbejdet i opgangene");
        Browser.type(By.id("advice:text"), "   ");
        Browser.navigate(By.id("advice:propose"));
        assertEquals("Skal udfyldes.", Browser.find(By.cssSelector("[id='advice'] .ui-message-error")).getText(),
                "next to the advice field, in Danish");
        assertTrue(texts(ADVICE).isEmpty(), "nothing proposed: " + texts(ADVICE));
        for (String text : advice) {
            Browser.type(By.id("advice:text"), text);
            submit(By.id("advice:propose"), "Rådet er foreslået.");
        }
        assertEquals(5, texts(ADVICE).size(), texts(ADVICE).toString());
        submit(adviceButton(advice.get(0)), "Rådet er valgt.");
        submit(adviceButton(advice.get(2)), "Rådet er valgt.");
        assertEquals("Valgte råd: 2/3", Browser.find(By.id("selectedCount")).getText());

        // completing with two chosen is refused in plain Danish, and nothing is lost
        Browser.navigate(By.id("step1:complete"));
        Browser.awaitText(ERROR, "Vælg præcis 3 gode råd for at gennemføre trinnet (valgt nu: 2).");
        assertEquals(5, texts(ADVICE).size(), "all five proposals are still there: " + texts(ADVICE));
        List<String> selected = texts(SELECTED_ADVICE);
        assertEquals(2, selected.size(), selected.toString());
        assertTrue(selected.get(0).contains(advice.get(0)) || selected.get(1).contains(advice.get(0)), selected.toString());
        assertTrue(selected.get(0).contains(advice.get(2)) || selected.get(1).contains(advice.get(2)), selected.toString());
        assertEquals("Valgte råd: 2/3", Browser.find(By.id("selectedCount")).getText());
        assertEquals(OPEN, stepState(1));
        assertEquals("0/4", progress());

        submit(adviceButton(advice.get(4)), "Rådet er valgt.");
        assertEquals("Valgte råd: 3/3", Browser.find(By.id("selectedCount")).getText());

        // the first session is a week ahead: completing asks whether to record it anyway, and why
        LocalDate sessionDay = ServerDay.today().plusWeeks(1);
        Browser.setValue(By.id("sessions:day"), sessionDay.toString());
        Browser.setValue(By.id("sessions:start"), "13:00");
        submit(By.id("sessions:schedule"), "Mødet for trin 1 er planlagt med dagsorden fra facilitatorguiden.");
        Browser.navigate(By.id("step1:complete"));
        WebElement dialog = awaitOverrideDialog(RECORD_ANYWAY);
        String when = sessionDay.getDayOfMonth() + "." + sessionDay.getMonthValue() + "." + sessionDay.getYear();
        assertTrue(dialog.getText().contains("Mødet for trin 1 begynder " + when + " 13:00."), dialog.getText());
        Browser.assertAccessible();
        for (int width : new int[] {1366, 360}) {
            Browser.width(width);
            screenshot("experience-override-dialog-" + width);
        }
        Browser.size(new Dimension(1280, 1000));
        // a reason is required
        Browser.navigate(By.id("override:confirm"));
        awaitOverrideDialog(RECORD_ANYWAY);
        Browser.awaitText(By.id("overrideDialog"), "Skriv en begrundelse.");
        assertEquals("0/4", progress(), "nothing recorded without a reason");
        // cancelling records nothing
        Browser.navigate(By.id("override:cancel"));
        assertTrue(absent("overrideDialog"));
        assertEquals("0/4", progress());
        assertEquals(OPEN, stepState(1));
        String reason = "Vi mødtes på byggepladsen i dag i stedet for næste uge";
        recordEarly(By.id("step1:complete"), RECORD_ANYWAY, reason,
                "Trin 1 er gennemført før mødet; begrundelsen står i historikken.");
        Browser.driver().navigate().refresh();
        Browser.awaitLoaded();
        assertTrue(absent("overrideDialog"), "no dialog after the reload");
        assertEquals("1/4", progress(), "recorded");

        // the history of the group shows the reason
        Browser.navigate(By.id("experienceHistory"));
        String history = Browser.find(By.id("entries")).getText();
        screenshot("experience-history-1280");
        assertTrue(history.contains("Tidsregel tilsidesat (møde)") && history.contains(reason)
                && history.contains(FACILITATOR), history);
        Browser.driver().navigate().back();
        Browser.awaitLoaded();
        Browser.driver().navigate().refresh();
        Browser.awaitLoaded();
        assertEquals("1/4", progress());
        assertEquals(DONE, stepState(1));
        assertEquals(3, texts(SELECTED_ADVICE).size(), "the three chosen stay marked: " + texts(ADVICE));
        assertTrue(Browser.driver().findElements(By.cssSelector("form[id='advice'] button")).isEmpty(),
                "the finished worksheet takes no more changes");
        assertEquals(OPEN, stepState(2));

        // step 3 cannot be skipped to
        assertEquals(LOCKED, stepState(3), "step 3 opens when step 2 is complete");
        assertEquals(LOCKED, stepState(4));
        assertTrue(absent("step3:complete"), "no way to complete step 3 yet");
        assertTrue(absent("agreement:addAgreement"), "the step 3 worksheet takes no entries yet");
        assertTrue(absent("step4:complete"));
        assertTrue(absent("expectation:addExpectation"));

        // step 2: the facilitator writes down everyone's contribution; completing waits for the last one
        for (int i = 0; i < 3; i++) {
            contribute(ids.get(i), "Kompetencer hos " + participants.get(ids.get(i)),
                    "Bidrag fra " + participants.get(ids.get(i)));
        }
        Browser.navigate(By.id("step2:complete"));
        Browser.awaitText(ERROR, "Alle deltagere skal have bidraget; mangler: " + participants.get(ids.get(3)) + ".");
        assertEquals("1/4", progress());
        contribute(ids.get(3), "Kompetencer hos " + participants.get(ids.get(3)), "Bidrag fra " + participants.get(ids.get(3)));
        assertEquals(4, texts(MATRIX_ROWS).size(), texts(MATRIX_ROWS).toString());
        for (String id : ids) {
            String row = Browser.find(matrixRow(participants.get(id))).getText();
            assertTrue(row.contains("Kompetencer hos " + participants.get(id)) && row.contains("Bidrag fra "
                    + participants.get(id)), "each participant's own contribution in the matrix: " + row);
        }
        // no session is scheduled for steps 2-4: the group met before it was in the system
        recordEarly(By.id("step2:complete"), RECORD_ANYWAY, "Holdt før systemet kom i brug",
                "Trin 2 er gennemført før mødet; begrundelsen står i historikken.");
        assertEquals("2/4", progress());
        assertEquals(OPEN, stepState(3));
        assertTrue(absent("contribution:saveContribution"), "step 2 is done");

        // step 3: an agreement with a responsible person
        Browser.type(By.id("agreement:what"), "Fælles gåtur i afdelingen");
        Browser.type(By.id("agreement:when"), "Første mandag i måneden");
        check("agreement:responsible", ids.get(0));
        submit(By.id("agreement:addAgreement"), "Aftalen er tilføjet.");
        String agreement = Browser.find(By.cssSelector("li.agreement")).getText();
        assertTrue(agreement.contains("Fælles gåtur i afdelingen") && agreement.contains("Første mandag i måneden")
                && agreement.contains(participants.get(ids.get(0))), agreement);
        recordEarly(By.id("step3:complete"), RECORD_ANYWAY, "Holdt før systemet kom i brug",
                "Trin 3 er gennemført før mødet; begrundelsen står i historikken.");
        assertEquals("3/4", progress());
        assertEquals(OPEN, stepState(4));

        // step 4: an expectation
        Browser.type(By.id("expectation:toWhom"), "Driftschefen");
        Browser.type(By.id("expectation:what"), "Tid i kalenderen til møderne");
        new Select(Browser.find(By.id("expectation:priority"))).selectByVisibleText("Høj");
        submit(By.id("expectation:addExpectation"), "Forventningen er tilføjet.");
        String expectation = Browser.find(By.cssSelector("li.expectation")).getText();
        assertTrue(expectation.contains("Driftschefen") && expectation.contains("Tid i kalenderen til møderne")
                && expectation.contains("Høj"), expectation);
        recordEarly(By.id("step4:complete"), RECORD_ANYWAY, "Holdt før systemet kom i brug",
                "Trin 4 er gennemført før mødet; begrundelsen står i historikken.");
        assertEquals("4/4", progress());
        assertEquals("I gang", status(), "open until the joint project is done");
        for (int step = 1; step <= 4; step++) {
            assertEquals(DONE, stepState(step), "step " + step);
        }

        // the joint project, and closing
        String date = ServerDay.today().plusMonths(2).toString();
        Browser.type(By.id("project:title"), "Fælles velkomst til genhusede beboere");
        Browser.type(By.id("project:goal"), "Alle genhusede familier får besøg af drift og boligsocial sammen");
        Browser.type(By.id("project:firstSteps"), "Liste over genhusede; plan for besøg");
        Browser.setValue(By.id("project:date"), date);
        check("project:people", ids.get(0));
        check("project:people", ids.get(2));
        submit(By.id("project:saveProject"), "Projektet er gemt.");
        assertEquals("Fælles velkomst til genhusede beboere", Browser.find(By.id("project:title")).getAttribute("value"));
        assertEquals(date, Browser.find(By.id("project:date")).getAttribute("value"));
        assertTrue(Browser.find(By.cssSelector("input[name='project:people'][value='" + ids.get(2) + "']")).isSelected());
        assertFalse(Browser.find(By.cssSelector("input[name='project:people'][value='" + ids.get(1) + "']")).isSelected());

        // closing asks first, and before the last session also for a reason
        Browser.click(By.id("project:close"));
        Browser.awaitText(By.cssSelector(".ui-confirm-dialog"), "kan ikke ændres bagefter");
        Browser.navigate(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
        assertTrue(awaitOverrideDialog(CLOSE_ANYWAY).getText().contains("Det sidste møde (trin 4) er ikke planlagt endnu."));
        assertEquals("I gang", status(), "not closed yet");
        Browser.type(By.id("override:overrideReason"), "Projektet går i gang nu");
        submit(By.id("override:confirm"), "Programmet er afsluttet før det sidste møde; begrundelsen står i historikken.");
        assertEquals("Afsluttet", status());
        assertEquals("4/4", progress());
        assertTrue(absent("project:close") && absent("project:saveProject"), "a closed programme is done");
        assertFalse(Browser.find(By.id("project:title")).isEnabled(), "and read-only");

        // the final report
        String report = Browser.find(By.id("report")).getAttribute("href");
        assertTrue(report.contains("/api/experience-groups/") && report.contains("/report"), report);
        HttpResponse<byte[]> pdf = fetchWithBrowserSession(report);
        assertEquals(200, pdf.statusCode(), () -> new String(pdf.body(), StandardCharsets.UTF_8));
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        assertTrue(new String(pdf.body(), 0, Math.min(5, pdf.body().length), StandardCharsets.ISO_8859_1)
                .startsWith("%PDF"), "a PDF");

        // and the list shows it done
        Browser.navigate(By.id("allExperienceGroups"));
        String row = listRow(name).getText();
        assertTrue(row.contains("4/4") && row.contains("Afsluttet"), row);
    }

    @Test
    void aParticipantAddsTheirOwnContributionButDoesNotRunTheProgramme() {
        LoginPage.logIn("varmemester", Server.PASSWORD);
        openDemoGroup();
        assertEquals("1/4", progress());
        assertEquals(OPEN, stepState(2));
        List<String> rows = texts(MATRIX_ROWS);
        assertEquals(4, rows.size(), "the contribution matrix of all four: " + rows);
        assertTrue(Browser.find(matrixRow(CARETAKER)).getText().contains(CARETAKER_COMPETENCES), rows.toString());
        assertTrue(Browser.find(matrixRow(COUNSELLOR)).getText().contains(COUNSELLOR_COMPETENCES), rows.toString());

        // no running of the programme
        for (String button : COMPLETE_BUTTONS) {
            assertTrue(absent(button), "no " + button + " for a participant");
        }
        assertTrue(absent("participants:person") && absent("participants:addParticipant"), "no adding of participants");
        assertTrue(Browser.driver().findElements(By.cssSelector("[id^='participants:members'] button")).isEmpty(),
                "no removing of participants");
        assertTrue(absent("participants:start"));
        assertTrue(absent("sessions:schedule") && absent("editExperience"));
        assertTrue(absent("project:saveProject") && absent("project:close"));

        // their own contribution only
        Select contributor = new Select(Browser.find(By.id("contribution:contributor")));
        assertEquals(CARETAKER, contributor.getFirstSelectedOption().getText());
        assertFalse(Browser.find(By.id("contribution:contributor")).isEnabled(), "cannot pick another participant");
        try {
            String competences = "Varme, vand og ventilation i alle opgange " + System.nanoTime();
            Browser.type(By.id("contribution:competences"), competences);
            Browser.type(By.id("contribution:brings"), "Viser rundt i kældrene");
            submit(By.id("contribution:saveContribution"), "Bidraget er gemt.");
            String mine = Browser.find(matrixRow(CARETAKER)).getText();
            assertTrue(mine.contains(competences) && mine.contains("Viser rundt i kældrene"), mine);

            // even a select enabled by hand changes only their own row
            ((JavascriptExecutor) Browser.driver()).executeScript("arguments[0].disabled = false;",
                    Browser.find(By.id("contribution:contributor")));
            new Select(Browser.find(By.id("contribution:contributor"))).selectByVisibleText(COUNSELLOR);
            Browser.type(By.id("contribution:competences"), "Skrevet i en andens navn");
            Browser.type(By.id("contribution:brings"), "Skrevet i en andens navn");
            Browser.navigate(By.id("contribution:saveContribution"));
            String counsellor = Browser.find(matrixRow(COUNSELLOR)).getText();
            assertTrue(counsellor.contains(COUNSELLOR_COMPETENCES), "another's contribution is untouched: " + counsellor);
            assertFalse(counsellor.contains("Skrevet i en andens navn"), counsellor);
            assertEquals("1/4", progress());
        } finally {
            // give the demo its caretaker's contribution back
            Browser.navigate(By.id("allExperienceGroups"));
            Browser.navigate(By.linkText(DEMO_GROUP));
            Browser.type(By.id("contribution:competences"), CARETAKER_COMPETENCES);
            Browser.type(By.id("contribution:brings"), CARETAKER_BRINGS);
            submit(By.id("contribution:saveContribution"), "Bidraget er gemt.");
        }
        assertTrue(Browser.find(matrixRow(CARETAKER)).getText().contains(CARETAKER_COMPETENCES));
    }

    @Test
    void someoneOutsideTheGroupSeesItsProgressButNotItsWorksheets() {
        LoginPage.logIn("deltager", Server.PASSWORD);
        Browser.navigate(By.id("nav-experience"));
        assertTrue(absent("createExperience"), "only coordinators create experience groups");
        WebElement row = listRow(DEMO_GROUP);
        assertEquals("1/4", row.findElement(By.cssSelector(".progress-text")).getText(), row.getText());
        assertTrue(row.getText().contains("I gang"), row.getText());

        Browser.navigate(By.linkText(DEMO_GROUP));
        assertEquals(DEMO_GROUP, Browser.heading());
        assertEquals("1/4", progress());
        assertEquals("Kun gruppens facilitator og deltagere ser arbejdsarkene. Du kan se gruppens fremdrift.",
                Browser.find(By.id("progressOnly")).getText());
        for (String worksheet : List.of("stepSection1", "stepSection2", "stepSection3", "stepSection4", "matrix", "adviceList", "participants",
                "projectSection", "report")) {
            assertTrue(absent(worksheet), "no " + worksheet + " for someone outside the group");
        }
        String page = main();
        assertFalse(page.contains(CARETAKER_COMPETENCES), "no contributions");
        assertFalse(page.contains("Ring i stedet for at skrive"), "no advice");
    }

    @Test
    void theListOfExperienceGroupsIsAccessible() {
        LoginPage.logIn("koordinator", Server.PASSWORD);
        Browser.navigate(By.id("nav-experience"));
        assertTrue(listRow(DEMO_GROUP).getText().contains("1/4"));
        Browser.find(By.id("createExperience"));
        Browser.assertAccessible();
    }

    @Test
    void theFormForANewExperienceGroupIsAccessible() {
        LoginPage.logIn("koordinator", Server.PASSWORD);
        Browser.navigate(By.id("nav-experience"));
        Browser.navigate(By.id("createExperience"));
        assertEquals("Ny erfaringsgruppe", Browser.heading());
        Browser.find(By.id("experience:save"));
        Browser.assertAccessible();
    }

    @Test
    void theFacilitatorsPageOfTheDemoGroupIsAccessible() {
        LoginPage.logIn("koordinator", Server.PASSWORD);
        openDemoGroup();
        assertFalse(absent("step2:complete"), "the facilitator's page with its forms");
        assertFalse(absent("contribution:saveContribution"));
        Browser.assertAccessible();
    }
}
