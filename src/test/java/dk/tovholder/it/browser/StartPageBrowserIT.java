package dk.tovholder.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tovholder.it.OwnMeeting;
import dk.tovholder.it.Server;
import dk.tovholder.it.ServerDay;
import jakarta.json.Json;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The start page as a coordinator reads it on a phone on the way to a meeting, and on a laptop. */
@ExtendWith(Browser.class)
class StartPageBrowserIT {

    private static final String PROGRAMME = "Boligsocial helhedsplan for Søndermarkskvarteret";
    private static final By SECTIONS = By.cssSelector(".home-cards > .home-section");

    @BeforeEach
    void freshVisitor() {
        Browser.forgetVisitor();
    }

    @Test
    void theCoordinatorsStartPageStacksOnAPhoneAndIsAGridOnALaptopInBothLanguages() {
        String action = "Send referatet til boligselskabet " + System.nanoTime() % 100000;
        actionItemOfTheProgramme(action);
        LoginPage.logIn("koordinator", Server.PASSWORD);
        try {
            Browser.width(360);
            Browser.open("index.xhtml");
            Browser.awaitText(By.id("homeActions"), action);
            assertTrue(Browser.find(By.id("homeDuties")).getText().contains("Mangler:"), "the duties with what is missing");
            List<WebElement> sections = Browser.driver().findElements(SECTIONS);
            assertTrue(sections.size() >= 4, "duties, action items, meetings, news: " + sections.size());
            assertEquals(1, sections.stream().map(s -> s.getLocation().getX()).distinct().count(),
                    "on a phone the sections are stacked");
            Browser.assertFitsWidth();
            Browser.assertAccessible();
            Browser.guideShot("start-page-360");

            Browser.width(1366);
            Browser.open("index.xhtml");
            Browser.awaitLoaded();
            Browser.assertFitsWidth();
            assertTrue(Browser.driver().findElements(SECTIONS).stream().map(s -> s.getLocation().getX()).distinct()
                    .count() >= 2, "on a laptop the sections stand side by side");
            Browser.guideShot("start-page-1366");

            Browser.navigate(By.id("languageForm:lang-en"));
            Browser.awaitText(By.id("homeDutiesHeading"), "Your coordinator duties");
            assertTrue(Browser.find(By.id("homeActions")).getText().contains("Due"), "in English");
            Browser.assertAccessible();
            Browser.width(360);
            Browser.assertFitsWidth();
        } finally {
            // the language is remembered on the profile: give the coordinator Danish back
            Browser.width(1280);
            Browser.navigate(By.id("languageForm:lang-da"));
            Browser.awaitText(By.id("homeDutiesHeading"), "Dine tovholderopgaver");
        }

        // each entry leads to where the job is done
        Browser.navigate(By.cssSelector("#homeActions a.home-link"));
        assertTrue(Browser.path().startsWith("/meeting/actions.xhtml"), Browser.path());
        Browser.awaitText(By.tagName("main"), action);
        Browser.open("index.xhtml");
        Browser.navigate(By.cssSelector("#homeMeetings a.home-link"));
        assertTrue(Browser.path().startsWith("/meeting/meeting.xhtml?id="), Browser.path());
        Browser.open("index.xhtml");
        Browser.navigate(By.cssSelector("#homeDuties a.home-link"));
        assertTrue(Browser.path().startsWith("/meeting/meeting.xhtml?id=") || Browser.path().startsWith(
                "/network/duties.xhtml"), Browser.path());
    }

    /**
     * An action item for the programme, written in the minutes of a meeting of
     * the test's own (the coordinator writes them early, before the meeting).
     */
    private static void actionItemOfTheProgramme(String what) {
        long meeting = OwnMeeting.schedule("Møde med en opgave");
        long version = Server.json(Server.get("api/meetings/" + meeting, "koordinator")).asJsonObject()
                .getJsonNumber("version").longValue();
        HttpResponse<String> item = Server.send("koordinator", "POST", "api/meetings/" + meeting
                + "/agenda/items?version=" + version, Json.createObjectBuilder().add("title", "Referatet")
                .add("minutes", 10).add("type", "DISCUSSION").build().toString());
        assertEquals(201, item.statusCode(), item::body);
        LoginPage.logIn("koordinator", Server.PASSWORD);
        Browser.open("meeting/meeting.xhtml?write=true&id=" + meeting);
        Browser.click(By.cssSelector("details.action-add > summary"));
        Browser.type(By.cssSelector("input.action-what"), what);
        new Select(Browser.find(By.cssSelector("select.action-responsible"))).selectByVisibleText(PROGRAMME);
        ((JavascriptExecutor) Browser.driver()).executeScript(
                "document.querySelector('input.action-due').value = arguments[0];",
                ServerDay.today().plusDays(3).toString());
        Browser.ajax(By.cssSelector("button.add-action"));
        Browser.awaitText(By.tagName("main"), "Opgaven er tilføjet.");
        LoginPage.logOut();
    }
}
