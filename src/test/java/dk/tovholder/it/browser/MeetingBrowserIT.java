package dk.tovholder.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tovholder.it.OwnMeeting;
import dk.tovholder.it.Server;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The coordinator builds and publishes an agenda; a participant reads it. */
@ExtendWith(Browser.class)
class MeetingBrowserIT {

    private static final String NETWORK_GROUP = "Netværksgruppen i Søndermarkskvarteret";
    /** the items' titles and start times in the editor's table, or in a participant's read view */
    private static final By TITLES = By.cssSelector("#agenda\\:items .item-title, #agendaRead .item-title");
    private static final By STARTS = By.cssSelector("#agenda\\:items .item-start, #agendaRead .item-start");

    @BeforeEach
    void freshVisitor() {
        Browser.forgetVisitor();
    }

    private static List<String> texts(By by) {
        return Browser.driver().findElements(by).stream().map(WebElement::getText).toList();
    }

    private static void addItem(String title, String type, int minutes) {
        Browser.type(By.id("agenda:title"), title);
        new Select(Browser.find(By.id("agenda:type"))).selectByVisibleText(type);
        Browser.type(By.id("agenda:minutes"), String.valueOf(minutes));
        Browser.ajax(By.id("agenda:add"));
        Browser.awaitText(By.id("agenda:items"), title);
    }

    @Test
    void theCoordinatorBuildsReordersAndPublishesTheAgendaAndAParticipantReadsIt() {
        LoginPage.logIn("koordinator", Server.PASSWORD);
        // a coming meeting whose duty the programme (the coordinator's organisation) holds: which one that is
        // depends on today's date and the rota, so the duties page says which days are ours
        Browser.navigate(By.id("nav-duties"));
        Set<String> ourDays = Browser.driver().findElements(By.xpath("//tr[.//a[normalize-space()='" + NETWORK_GROUP
                + "']]//*[contains(@class,'duty-date')]")).stream().map(WebElement::getText).collect(Collectors.toSet());
        Browser.navigate(By.id("nav-groups"));
        Browser.navigate(By.linkText(NETWORK_GROUP));
        List<WebElement> meetings = Browser.driver().findElements(By.cssSelector("#groupMeetings a"));
        assertTrue(meetings.size() >= 4, "the coming meetings of the group");
        // the latest of ours with no agenda yet: other tests give some of the group's meetings items (which ones
        // are ours depends on the date)
        List<String[]> ours = meetings.stream().filter(m -> ourDays.contains(m.getText()))
                .map(m -> new String[] {m.getText(), m.getAttribute("href")}).toList();
        assertFalse(ours.isEmpty(), () -> "a coming meeting on one of our duty days " + ourDays);
        String start = null;
        for (int i = ours.size() - 1; i >= 0 && start == null; i--) {
            Browser.driver().get(ours.get(i)[1]);
            Browser.find(By.id("meeting-status"));
            if (texts(TITLES).isEmpty()) {
                start = ours.get(i)[0];
            }
        }
        if (start == null) { // every one of ours has items already: the coordinator clears the latest
            start = ours.get(ours.size() - 1)[0];
            Browser.driver().get(ours.get(ours.size() - 1)[1]);
            for (int left = texts(TITLES).size(); left > 0; left--) {
                Browser.click(By.xpath("(//*[@id='agenda:items']//button[contains(@class, 'remove-item')])[1]"));
                Browser.confirm();
                Browser.awaitAjax();
            }
            assertEquals(List.of(), texts(TITLES), "the coordinator removed the items");
        }
        String day = start.replaceAll(" \\d\\d\\.\\d\\d.*", "");
        String meetingUrl = Browser.driver().getCurrentUrl();
        Browser.assertAccessible();

        addItem("Velkommen og referat", "Orientering", 10);
        addItem("Lektiecaféen i foråret", "Drøftelse", 45);
        addItem("Højskoledagene: datoer", "Beslutning", 20);
        assertEquals(List.of("1. Velkommen og referat", "2. Lektiecaféen i foråret", "3. Højskoledagene: datoer"),
                texts(TITLES));
        assertEquals(List.of("09.00", "09.10", "09.55"), texts(STARTS), "each item starts when the one before ends");

        Browser.ajax(By.xpath("//tr[.//*[contains(@class,'item-title') and contains(., 'Højskoledagene')]]"
                + "//button[contains(@class, 'move-up')]"));
        assertEquals(List.of("1. Velkommen og referat", "2. Højskoledagene: datoer", "3. Lektiecaféen i foråret"),
                texts(TITLES));
        assertEquals(List.of("09.00", "09.10", "09.30"), texts(STARTS));
        assertTrue(Browser.find(By.id("estimated-end")).getText().contains("10.15"));
        Browser.assertAccessible();

        Browser.ajax(By.id("agenda:publish"));
        Browser.awaitText(By.tagName("main"), "Dagsordenen er udsendt til deltagerne.");
        Browser.driver().navigate().refresh();
        assertEquals("Dagsorden udsendt", Browser.find(By.id("meeting-status")).getText());
        assertEquals(List.of("1. Velkommen og referat", "2. Højskoledagene: datoer", "3. Lektiecaféen i foråret"),
                texts(TITLES), "the order is kept after a reload");

        Browser.navigate(By.id("nav-duties"));
        WebElement duty = Browser.find(By.xpath("//tr[contains(., '" + day + "') and .//a[normalize-space()='"
                + NETWORK_GROUP + "']]"));
        assertEquals("☑ Dagsorden offentliggjort", duty.findElement(By.xpath(".//li[contains(@class, 'done')]//input[contains(@value, 'Dagsorden')]"))
                .getAttribute("value"), "publishing ticks the coordinator's checklist by itself");

        LoginPage.logOut();
        LoginPage.logIn("deltager", Server.PASSWORD);
        Browser.navigate(By.id("nav-meetings"));
        Browser.assertAccessible();
        Browser.driver().get(meetingUrl);
        assertEquals(List.of("1. Velkommen og referat", "2. Højskoledagene: datoer", "3. Lektiecaféen i foråret"),
                texts(TITLES), "the participant reads the published agenda");
        assertEquals(List.of("09.00", "09.10", "09.30"), texts(STARTS));
        assertTrue(Browser.driver().findElements(By.id("agenda:add")).isEmpty(), "and cannot change it");
        assertTrue(Browser.driver().findElements(By.cssSelector("textarea, .remove-item")).isEmpty(), "a read view");
        assertTrue(Browser.driver().findElements(By.cssSelector(".move-up")).isEmpty());
    }

    @Test
    void anEmptyTitleIsRefusedAndAnUnpublishedAgendaIsNotShownToParticipants() {
        LoginPage.logIn("koordinator", Server.PASSWORD);
        // a meeting of the test's own: the group's coming meetings are the other test's and other classes'
        Browser.driver().get(Server.url() + "meeting/meeting.xhtml?id=" + OwnMeeting.schedule("Udkast uden punkter"));
        String meetingUrl = Browser.driver().getCurrentUrl();
        Browser.type(By.id("agenda:minutes"), "-5");
        Browser.ajax(By.id("agenda:add"));
        String page = Browser.find(By.tagName("main")).getText();
        assertTrue(page.contains("Skal udfyldes."), page);
        assertTrue(Browser.driver().findElements(TITLES).isEmpty(), "nothing was added");

        addItem("Kun et udkast", "Orientering", 5);
        LoginPage.logOut();
        LoginPage.logIn("deltager", Server.PASSWORD);
        Browser.driver().get(meetingUrl);
        assertEquals("Dagsordenen er ikke udsendt endnu.", Browser.find(By.id("agendaNotYet")).getText());
        assertTrue(Browser.driver().findElements(TITLES).isEmpty());
    }

    @Test
    void aParticipantSaysTheyAreComingAndTheCoordinatorSeesTheCount() {
        LoginPage.logIn("deltager", Server.PASSWORD);
        Browser.navigate(By.id("nav-groups"));
        Browser.navigate(By.linkText(NETWORK_GROUP));
        Browser.navigate(By.xpath("(//ul[@id='groupMeetings']//a)[6]"));
        String meetingUrl = Browser.driver().getCurrentUrl();
        String before = Browser.find(By.id("attendanceCounts")).getText();
        Browser.type(By.id("attendance:note"), "Jeg kommer lidt senere");
        Browser.ajax(By.id("attendance:coming"));
        Browser.awaitText(By.tagName("main"), "Dit svar er gemt: du kommer.");
        assertEquals("Dit svar: kommer", Browser.find(By.id("attendance:myAnswer")).getText());
        assertTrue(Browser.find(By.id("attendanceCounts")).getText().startsWith(
                (Integer.parseInt(before.split(" ")[0]) + 1) + " kommer"), "one more is coming");
        Browser.assertAccessible();

        LoginPage.logOut();
        LoginPage.logIn("koordinator", Server.PASSWORD);
        Browser.driver().get(meetingUrl);
        String answers = Browser.find(By.id("answers")).getText();
        assertTrue(answers.contains("Amina Yusuf") && answers.contains("Jeg kommer lidt senere"), answers);
    }

    @Test
    void aParticipantProposesItemsAndTheCoordinatorTakesOneAndDeclinesOneWithAReason() {
        LoginPage.logIn("deltager", Server.PASSWORD);
        Browser.navigate(By.id("nav-groups"));
        Browser.navigate(By.linkText(NETWORK_GROUP));
        Browser.navigate(By.xpath("(//ul[@id='groupMeetings']//a)[4]"));
        String meetingUrl = Browser.driver().getCurrentUrl();
        for (String title : List.of("Sommerfest i gården", "Nyt om bydelsmødrenes caféer")) {
            Browser.type(By.id("proposal:title"), title);
            Browser.type(By.id("proposal:minutes"), "20");
            Browser.ajax(By.id("proposal:propose"));
            Browser.awaitText(By.tagName("main"), "Dit forslag er sendt til mødets tovholder.");
        }
        Browser.driver().navigate().refresh();
        assertTrue(Browser.find(By.id("myProposals")).getText().contains("Sommerfest i gården"), "my proposals");
        Browser.assertAccessible();

        LoginPage.logOut();
        LoginPage.logIn("koordinator", Server.PASSWORD);
        Browser.driver().get(meetingUrl);
        By decline = By.xpath("//li[contains(., 'Nyt om bydelsmødrenes caféer')]//button[contains(@class, 'decline-proposal')]");
        Browser.ajax(decline);
        assertTrue(Browser.find(By.tagName("main")).getText().contains("Skriv en begrundelse for afvisningen."));
        Browser.find(By.xpath("//li[contains(., 'Nyt om bydelsmødrenes caféer')]//input[@type='text']"))
                .sendKeys("Tages på næste møde");
        Browser.ajax(decline);
        Browser.awaitText(By.tagName("main"), "Forslaget er afvist.");
        Browser.ajax(By.xpath("//li[contains(., 'Sommerfest i gården')]//button[contains(@class, 'accept-proposal')]"));
        Browser.awaitText(By.tagName("main"), "Forslaget er optaget på dagsordenen.");
        assertTrue(texts(TITLES).stream().anyMatch(t -> t.endsWith("Sommerfest i gården")), texts(TITLES).toString());
        assertTrue(Browser.find(By.id("agenda:items")).getText().contains("Amina Yusuf"), "the proposer presents it");

        LoginPage.logOut();
        LoginPage.logIn("deltager", Server.PASSWORD);
        Browser.driver().get(meetingUrl);
        String mine = Browser.find(By.id("myProposals")).getText();
        assertTrue(mine.contains("optaget") && mine.contains("afvist") && mine.contains("Tages på næste møde"), mine);
    }
}
