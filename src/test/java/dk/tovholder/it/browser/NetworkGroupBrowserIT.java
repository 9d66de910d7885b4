package dk.tovholder.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tovholder.it.Server;
import dk.tovholder.it.ServerDay;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The network group page and the rotating coordinator duty, as coordinators and participants use them. */
@ExtendWith(Browser.class)
class NetworkGroupBrowserIT {

    private static final String NETWORK_GROUP = "Netværksgruppen i Søndermarkskvarteret";
    private static final String SAFETY_GROUP = "Tryghedsgruppen for unge";
    private static final By UPCOMING_HOLDERS = By.cssSelector("#rota\\:upcoming .turn-holder");
    private static final By UPCOMING_KINDS = By.cssSelector("#rota\\:upcoming .turn-kind");

    @BeforeEach
    void freshVisitor() {
        Browser.forgetVisitor();
    }

    private static void openNetworkGroup() {
        Browser.navigate(By.id("nav-groups"));
        Browser.navigate(By.linkText(NETWORK_GROUP));
        assertEquals(NETWORK_GROUP, Browser.heading());
    }

    private static List<String> texts(By by) {
        return Browser.driver().findElements(by).stream().map(WebElement::getText).toList();
    }

    @Test
    void aParticipantSeesWhoHoldsTheDutyNowAndNextButCannotChangeTheRota() {
        LoginPage.logIn("deltager", Server.PASSWORD);
        Browser.navigate(By.id("nav-groups"));
        String lists = Browser.find(By.tagName("main")).getText();
        assertTrue(lists.contains(NETWORK_GROUP), lists);
        assertFalse(lists.contains(SAFETY_GROUP), "a members-only group stays hidden from non-members");
        Browser.assertAccessible();

        Browser.navigate(By.linkText(NETWORK_GROUP));
        String now = Browser.find(By.cssSelector("#duty-now .duty-holder")).getText();
        String next = Browser.find(By.cssSelector("#duty-next .duty-holder")).getText();
        assertFalse(now.isBlank(), "who holds the duty now");
        assertFalse(next.isBlank(), "who holds it next");
        assertEquals(now, texts(UPCOMING_HOLDERS).get(0), "the first coming turn is the current holder's");
        assertTrue(Browser.find(By.id("cadence")).getText().contains("tirsdag"), "the rhythm in Danish");
        assertTrue(Browser.driver().findElements(By.cssSelector(".skip-button")).isEmpty(), "no skip for a participant");
        assertTrue(Browser.driver().findElements(By.id("members:addMember")).isEmpty(), "no member changes");
        assertTrue(Browser.driver().findElements(By.id("editGroup")).isEmpty(), "no editing");
        assertTrue(texts(By.cssSelector("#history td")).size() > 10, "a year of history");
        Browser.assertAccessible();
    }

    @Test
    void aMembersOnlyGroupIsNotFoundForANonMember() {
        LoginPage.logIn("koordinator", Server.PASSWORD);
        Browser.navigate(By.id("nav-groups"));
        Browser.navigate(By.linkText(SAFETY_GROUP));
        String url = Browser.driver().getCurrentUrl();
        LoginPage.logOut();
        LoginPage.logIn("deltager", Server.PASSWORD);
        Browser.driver().get(url);
        assertEquals("Siden findes ikke", Browser.heading(), "not even a hint that it exists");
    }

    @Test
    void theCoordinatorSkipsATurnWithAReasonAfterConfirmingAndTheNextInLineTakesIt() {
        LoginPage.logIn("koordinator", Server.PASSWORD);
        openNetworkGroup();
        Browser.assertAccessible();
        List<String> before = texts(UPCOMING_HOLDERS);
        assertNotEquals(before.get(0), before.get(1));

        // without a reason: asked to confirm, then told a reason is needed, and nothing changes
        Browser.click(By.id("skip:skipTurnButton"));
        Browser.awaitText(By.cssSelector(".ui-confirm-dialog"), "Vil du springe turen over?");
        Browser.navigate(By.id("skip:skipYes"));
        Browser.awaitText(By.tagName("main"), "Skriv hvorfor turen springes over.");
        assertEquals(before, texts(UPCOMING_HOLDERS), "no turn skipped without a reason");

        // with a reason, but the coordinator thinks again
        Browser.type(By.id("skip:reason"), "Sygdom i teamet");
        Browser.click(By.id("skip:skipTurnButton"));
        Browser.awaitText(By.cssSelector(".ui-confirm-dialog"), "Vil du springe turen over?");
        Browser.click(By.id("skip:skipNo"));
        Browser.driver().navigate().refresh();
        Browser.awaitLoaded();
        assertEquals(before, texts(UPCOMING_HOLDERS), "cancelled: nothing changed");

        Browser.type(By.id("skip:reason"), "Sygdom i teamet");
        Browser.click(By.id("skip:skipTurnButton"));
        Browser.awaitText(By.cssSelector(".ui-confirm-dialog"), "Vil du springe turen over?");
        Browser.navigate(By.id("skip:skipYes"));
        Browser.awaitText(By.tagName("main"), "er givet videre til den næste i rækken");

        Browser.driver().navigate().refresh();
        Browser.awaitLoaded();
        List<String> after = texts(UPCOMING_HOLDERS);
        assertEquals(before.get(1), after.get(0), "the next in line takes the turn");
        assertEquals("Dækker for en forhindret", texts(UPCOMING_KINDS).get(0));
        assertEquals(before.get(0), after.get(1), "the skipped one keeps its place and takes the next turn");
        assertEquals(before.subList(2, 4), after.subList(2, 4), "the others keep their turns");
        String reasonShown = Browser.find(By.cssSelector("#rota\\:upcoming .skip-reason")).getText();
        assertTrue(reasonShown.contains("Sygdom i teamet") && reasonShown.contains(before.get(0)),
                "the rota shows who skipped and why: " + reasonShown);
        assertTrue(Browser.find(By.id("log")).getText().contains("Sygdom i teamet"), "the reason is in the history");
        Browser.assertAccessible();
    }

    @Test
    void aPastDutyLeadsToItsMeetingAndTheGroupPageHasItsPastMeetingsByYear() {
        LoginPage.logIn("koordinator", Server.PASSWORD);
        Browser.navigate(By.id("nav-groups"));
        Browser.navigate(By.id("createGroup"));
        String name = "Arkivgruppen " + System.nanoTime();
        LocalDate start = ServerDay.today().minusWeeks(3);
        Browser.type(By.id("edit:name"), name);
        new Select(Browser.find(By.id("edit:cadenceKind"))).selectByValue("WEEKLY");
        new Select(Browser.find(By.id("edit:day")))
                .selectByValue(start.getDayOfWeek().name());
        for (String field : List.of("edit:firstDate", "edit:rotaStart")) {
            ((JavascriptExecutor) Browser.driver()).executeScript(
                    "arguments[0].value = arguments[1];", Browser.find(By.id(field)), start.toString());
        }
        Browser.navigate(By.id("edit:save"));
        Browser.awaitText(By.tagName("main"), "Gruppen " + name + " er gemt.");

        Browser.navigate(By.id("nav-duties"));
        By pastRow = By.xpath("(//tr[.//a[normalize-space()='" + name + "']][.//li[contains(@class, 'late')]])[1]");
        assertTrue(Browser.find(pastRow).getText().contains("Forsinket"), "a past duty with late items");
        Browser.assertAccessible();
        Browser.navigate(By.xpath("(//tr[.//a[normalize-space()='" + name + "']][.//li[contains(@class, 'late')]])[1]"
                + "//a[contains(@class, 'duty-date')]"));
        assertTrue(Browser.path().startsWith("/meeting/meeting.xhtml?id="), "the duty's meeting: " + Browser.path());
        assertTrue(Browser.find(By.tagName("main")).getText().contains(name), "of the group");

        Browser.navigate(By.id("nav-groups"));
        Browser.navigate(By.linkText(name));
        Select year = new Select(
                Browser.find(By.id("archive:year")));
        List<String> years = year.getOptions().stream().map(WebElement::getText).toList();
        assertEquals(String.valueOf(ServerDay.today().getYear()), years.get(0), "the newest year first");
        List<String> newest = texts(By.cssSelector("#archive .archived-meeting"));
        assertTrue(!newest.isEmpty(), "the past meetings of the year");
        if (years.size() > 1) { // three weeks ago was last year: that year's meetings on choosing it
            year.selectByVisibleText(years.get(1));
            Browser.await(15)
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> !texts(By.cssSelector("#archive .archived-meeting")).equals(newest));
            assertTrue(texts(By.cssSelector("#archive .archived-meeting")).get(0).contains(years.get(1)),
                    "last year's meetings");
        }
        Browser.assertAccessible();
        Browser.navigate(By.cssSelector("#archive .archived-meeting a"));
        assertTrue(Browser.path().startsWith("/meeting/meeting.xhtml?id="), "an archived meeting opens");
    }

    @Test
    void aCoordinatorCreatesAGroupThatMeetsMonthlyAndSeesTheirDuties() {
        LoginPage.logIn("koordinator", Server.PASSWORD);
        Browser.navigate(By.id("nav-groups"));
        Browser.navigate(By.id("createGroup"));
        Browser.assertAccessible();
        Browser.navigate(By.id("edit:save"));
        assertTrue(Browser.find(By.tagName("main")).getText().contains("Skal udfyldes."), "the name is required");

        String name = "Lektiecafé-gruppen " + System.nanoTime();
        Browser.type(By.id("edit:name"), name);
        Browser.type(By.id("edit:purpose"), "Frivillige og skole koordinerer lektiecaféen.");
        new Select(Browser.find(By.id("edit:cadenceKind"))).selectByValue("MONTHLY");
        new Select(Browser.find(By.id("edit:day"))).selectByValue("WEDNESDAY");
        new Select(Browser.find(By.id("edit:weekOfMonth"))).selectByValue("1");
        Browser.navigate(By.id("edit:save"));
        Browser.awaitText(By.tagName("main"), "Gruppen " + name + " er gemt.");
        assertEquals(name, Browser.heading());
        assertTrue(Browser.find(By.id("cadence")).getText().startsWith("Den første onsdag i måneden kl. 09:00-11:00"),
                Browser.find(By.id("cadence")).getText());
        assertEquals("Boligsocial helhedsplan for Søndermarkskvarteret",
                Browser.find(By.cssSelector("#duty-now .duty-holder")).getText(), "the creator's organisation starts");

        Browser.navigate(By.id("nav-duties"));
        Browser.assertAccessible();
        WebElement row = Browser.find(By.xpath("//tr[.//a[normalize-space()='" + name + "']]"));
        assertTrue(row.getText().contains("onsdag") && row.getText().contains("09.00"), "the first Wednesday at 09:00: " + row.getText());
        Browser.navigate(By.xpath("//tr[.//a[normalize-space()='" + name + "']]//input[contains(@value, 'Indkaldelse sendt')]"));
        Browser.awaitText(By.tagName("main"), "Tjeklisten er opdateret.");
        assertEquals("☑ Indkaldelse sendt", Browser.find(By.xpath("(//tr[.//a[normalize-space()='" + name
                + "']])[1]//li[contains(@class, 'done')]//input")).getAttribute("value"), "the item is ticked");
    }

    @Test
    void theGroupAdministratorNamesWhoHoldsTheDutyInAnOrganisation() {
        LoginPage.logIn("koordinator", Server.PASSWORD);
        openNetworkGroup();
        By row = By.xpath("//table[@id='members:memberTable']//tr[.//a[normalize-space()="
                + "'Boligsocial helhedsplan for Søndermarkskvarteret']]");
        WebElement select = Browser.find(row).findElement(By.tagName("select"));
        new Select(select).selectByVisibleText("Lone Andersen");
        Browser.navigate(By.xpath("//table[@id='members:memberTable']//tr[.//a[normalize-space()="
                + "'Boligsocial helhedsplan for Søndermarkskvarteret']]//input[@type='submit' and contains(@class, 'save-duty-person')]"));
        Browser.awaitText(By.tagName("main"), "Tovholderen i organisationen er gemt.");
        assertEquals("Lone Andersen", new Select(Browser.find(row)
                .findElement(By.tagName("select"))).getFirstSelectedOption().getText());
        Browser.assertAccessible();

        LoginPage.logOut();
        LoginPage.logIn("deltager", Server.PASSWORD);
        openNetworkGroup();
        assertTrue(Browser.find(row).getText().contains("Lone Andersen"), "participants see who it is");
        assertTrue(Browser.find(row).findElements(By.tagName("select")).isEmpty(), "but cannot change it");
    }

    @Test
    void aHandoverNoteReachesTheNextCoordinatorAndAnEmptyNoteIsRefused() {
        LoginPage.logIn("koordinator", Server.PASSWORD);
        openNetworkGroup();
        Browser.navigate(By.id("handover:saveNote"));
        assertEquals("Skriv noten.", Browser.find(By.cssSelector("[id='handover'] .ui-message-error")).getText(),
                "an empty note is refused, next to the field");

        String note = "Lokalet er booket; dagsordenen mangler punktet om Højskoledagene " + System.nanoTime();
        Browser.type(By.id("handover:note"), note);
        Browser.navigate(By.id("handover:saveNote"));
        Browser.awaitText(By.tagName("main"), "Noten er gemt til den næste tovholder.");
        assertTrue(Browser.find(By.id("rota:upcoming")).getText().contains(note), "the note shows at its turn");
        assertTrue(Browser.find(By.id("log")).getText().contains(note), "and in the history");

        LoginPage.logOut();
        LoginPage.logIn("deltager", Server.PASSWORD);
        openNetworkGroup();
        assertTrue(Browser.find(By.id("rota:upcoming")).getText().contains(note), "participants read it too");
        assertTrue(Browser.driver().findElements(By.id("handover:saveNote")).isEmpty(), "but cannot write one");
    }

    @Test
    void theGroupPageFitsAPhoneAndLeavingIsASecondaryActionThatAsksFirst() {
        LoginPage.logIn("koordinator", Server.PASSWORD);
        openNetworkGroup();
        Browser.assertFitsAPhone();

        // a group of one's own, so that leaving it changes nothing the other tests use
        Browser.navigate(By.id("nav-groups"));
        Browser.navigate(By.id("createGroup"));
        String name = "Forlad-gruppen " + System.nanoTime();
        Browser.type(By.id("edit:name"), name);
        Browser.type(By.id("edit:purpose"), "En gruppe at forlade.");
        Browser.navigate(By.id("edit:save"));
        assertEquals(name, Browser.heading());
        WebElement leave = Browser.find(By.id("leaveGroup:leave"));
        assertFalse(leave.getAttribute("class").contains("ui-button-secondary"), "not a dark button");
        List<WebElement> buttons = Browser.driver().findElements(By.cssSelector("main .ui-button, main .button-link"));
        assertNotEquals(leave, buttons.get(0), "not the page's first action");
        assertTrue(leave.getLocation().getY() > Browser.find(By.id("membership")).getLocation().getY(),
                "after the group's main actions");

        Browser.click(By.id("leaveGroup:leave"));
        Browser.awaitText(By.cssSelector(".ui-confirm-dialog"), "du bliver ikke indkaldt til gruppens møder");
        WebElement dialog = Browser.find(By.cssSelector(".ui-confirm-dialog"));
        assertEquals("Ja, forlad gruppen", dialog.findElement(By.cssSelector(".ui-confirmdialog-yes")).getText());
        Browser.assertAccessible();
        Browser.click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-no"));
        Browser.await(10)
                .until(d -> !dialog.isDisplayed());
        assertTrue(Browser.find(By.cssSelector(".participants")).getText().contains("Mette Holm"), "still there");

        Browser.click(By.id("leaveGroup:leave"));
        Browser.confirm();
        Browser.awaitLoaded();
        Browser.awaitText(By.cssSelector(".message-info"), "Du har forladt gruppen.");
        Browser.navigate(By.linkText(name));
        assertFalse(Browser.find(By.cssSelector(".participants")).getText().contains("Mette Holm"), "left");
        assertTrue(Browser.driver().findElements(By.id("leaveGroup:leave")).isEmpty(), "nothing more to leave");
    }
}
