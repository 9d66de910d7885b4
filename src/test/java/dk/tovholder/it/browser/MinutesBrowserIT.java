package dk.tovholder.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tovholder.it.Server;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Minutes with a decision and an action item that follows the group to its next agenda until done. */
@ExtendWith(Browser.class)
class MinutesBrowserIT {

    private static final String NETWORK_GROUP = "Netværksgruppen i Søndermarkskvarteret";

    @BeforeEach
    void freshVisitor() {
        Browser.forgetVisitor();
    }

    private static void openMeeting(int nth) {
        Browser.navigate(By.id("nav-groups"));
        Browser.navigate(By.linkText(NETWORK_GROUP));
        Browser.navigate(By.xpath("(//ul[@id='groupMeetings']//a)[" + nth + "]"));
    }

    @Test
    void theCoordinatorWritesMinutesAndTheActionItemFollowsUntilItIsDone() {
        LoginPage.logIn("koordinator", Server.PASSWORD);
        openMeeting(1);
        String meetingUrl = Browser.driver().getCurrentUrl();
        Browser.type(By.id("item:title"), "Lektiecaféen");
        Browser.type(By.id("item:minutes"), "30");
        Browser.navigate(By.id("item:add"));
        Browser.awaitText(By.tagName("main"), "Punktet er tilføjet.");

        WebElement notes = Browser.find(By.cssSelector("textarea.notes-text"));
        notes.sendKeys("Der mangler frivillige om torsdagen.");
        Browser.navigate(By.cssSelector("input.save-notes"));
        Browser.awaitText(By.tagName("main"), "Noterne er gemt.");

        new Select(Browser.find(By.id("decision:decisionItem"))).selectByVisibleText("1. Lektiecaféen");
        Browser.type(By.id("decision:decisionText"), "Lektiecaféen holder åbent til kl. 18 fra januar.");
        Browser.navigate(By.id("decision:addDecision"));
        Browser.awaitText(By.id("decisions"), "Lektiecaféen holder åbent til kl. 18 fra januar.");

        Browser.type(By.id("action:what"), "Find to frivillige til torsdagene");
        new Select(Browser.find(By.id("action:responsible"))).selectByVisibleText("Bydelsmødre");
        Browser.type(By.id("action:dueDate"), "01011999");
        Browser.navigate(By.id("action:addAction"));
        assertTrue(Browser.find(By.tagName("main")).getText().contains("Fristen for en ny opgave kan ikke ligge i fortiden."),
                "a new action item cannot be due in the past");
        LocalDate due = LocalDate.now(ZoneId.of("Europe/Copenhagen")).plusWeeks(3);
        ((org.openqa.selenium.JavascriptExecutor) Browser.driver()).executeScript(
                "document.getElementById('action:dueDate').value = arguments[0];", due.toString());
        Browser.navigate(By.id("action:addAction"));
        Browser.awaitText(By.id("actions"), "Find to frivillige til torsdagene");
        Browser.assertAccessible();

        Browser.navigate(By.id("minutes:circulate"));
        Browser.awaitText(By.tagName("main"), "sendt til deltagerne til kommentering");
        LoginPage.logOut();
        LoginPage.logIn("deltager", Server.PASSWORD);
        Browser.driver().get(meetingUrl);
        assertTrue(Browser.find(By.id("minutesView")).getText().contains("Der mangler frivillige om torsdagen."),
                "participants read the circulated draft");
        Browser.navigate(By.id("comment:addComment"));
        assertTrue(Browser.find(By.tagName("main")).getText().contains("Skriv din kommentar."), "an empty comment is refused");
        Browser.type(By.id("comment:text"), "Bydelsmødrene kan måske hjælpe om torsdagen.");
        Browser.navigate(By.id("comment:addComment"));
        Browser.awaitText(By.id("comments"), "Bydelsmødrene kan måske hjælpe om torsdagen.");
        Browser.assertAccessible();
        LoginPage.logOut();
        LoginPage.logIn("koordinator", Server.PASSWORD);
        Browser.driver().get(meetingUrl);
        assertTrue(Browser.find(By.id("comments")).getText().contains("Amina Yusuf"), "the coordinator reads the comments");

        Browser.navigate(By.id("minutes:approve"));
        Browser.awaitText(By.tagName("main"), "Referatet er godkendt");
        assertTrue(Browser.driver().findElements(By.id("decision:addDecision")).isEmpty(), "approved minutes are read-only");

        openMeeting(2);
        assertTrue(Browser.find(By.id("agenda:followUp")).getText().contains("Find to frivillige til torsdagene"),
                "the open action item appears on the next agenda");

        LoginPage.logOut();
        LoginPage.logIn("deltager", Server.PASSWORD);
        Browser.driver().get(meetingUrl);
        assertTrue(Browser.find(By.id("minutesView")).getText().contains("Lektiecaféen holder åbent til kl. 18"),
                "participants read the approved minutes");
        assertTrue(Browser.find(By.id("versions")).getText().contains("Version 1"), "kept as the first version");
        Browser.assertAccessible();
        Browser.navigate(By.id("nav-search"));
        Browser.type(By.id("q"), "åbent til kl. 18");
        Browser.navigate(By.cssSelector("#search button"));
        assertTrue(Browser.find(By.id("hits")).getText().contains("Beslutning"), "the decision is found");
        assertTrue(Browser.find(By.id("hits")).getText().contains("Lektiecaféen holder åbent til kl. 18 fra januar."));
        Browser.assertAccessible();
        Browser.navigate(By.id("nav-actions"));
        Browser.assertAccessible();
        WebElement row = Browser.find(By.xpath("//tr[.//span[@class='action-what' and normalize-space()="
                + "'Find to frivillige til torsdagene']]"));
        row.findElement(By.tagName("input")).sendKeys("Amina og Fatima tager torsdagene");
        Browser.navigate(By.xpath("//tr[.//span[@class='action-what' and normalize-space()="
                + "'Find to frivillige til torsdagene']]//input[contains(@class, 'mark-done')]"));
        Browser.awaitText(By.tagName("main"), "Opgaven er markeret som udført.");
        assertEquals("Udført", Browser.find(By.xpath("//tr[.//span[@class='action-what' and normalize-space()="
                + "'Find to frivillige til torsdagene']]//span[@class='action-status']")).getText());

        LoginPage.logOut();
        LoginPage.logIn("koordinator", Server.PASSWORD);
        openMeeting(2);
        assertTrue(Browser.driver().findElements(By.id("agenda:followUp")).isEmpty()
                || !Browser.find(By.id("agenda:followUp")).getText().contains("Find to frivillige"),
                "a done action item no longer follows the group");
    }
}
