package dk.tovholder.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import dk.tovholder.it.OwnMeeting;
import dk.tovholder.it.Server;
import dk.tovholder.it.ServerDay;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The meeting's life on its page, as the coordinator and a participant live
 * it: the agenda built and changed in place, the minutes written beside each
 * item (every item's notes kept, whatever the order), approval that locks the
 * meeting, a correction as a new version; the time rule and its override; two
 * writers of the same notes. After each save the page is loaded anew and the
 * API and the PDF are asked what was stored.
 */
@ExtendWith(Browser.class)
class MinutesBrowserIT {

    private static final By NOTES = By.cssSelector("textarea.notes-text");

    @BeforeEach
    void freshVisitor() {
        Browser.forgetVisitor();
        Browser.width(1366);
    }

    @AfterEach
    void usualWindow() {
        Browser.width(1280);
    }

    private static void openMeeting(long id) {
        Browser.open("meeting/meeting.xhtml?id=" + id);
        Browser.awaitLoaded();
    }

    /** Adds an item with the form at the top of the agenda (in place). */
    private static void addItem(String title, int minutes) {
        Browser.type(By.id("agenda:title"), title);
        Browser.type(By.id("agenda:minutes"), String.valueOf(minutes));
        Browser.ajax(By.id("agenda:add"));
        Browser.awaitText(By.id("agenda:items"), title);
    }

    /** Moves the meeting to yesterday at 10:00, as a coordinator recording a meeting that took place. */
    private static void heldYesterday() {
        Browser.click(By.cssSelector(".meeting-change summary"));
        ((JavascriptExecutor) Browser.driver()).executeScript(
                "document.getElementById('change:day').value = arguments[0];"
                        + "document.getElementById('change:start').value = '10:00';",
                ServerDay.today().minusDays(1).toString());
        Browser.navigate(By.id("change:saveChange"));
        Browser.awaitText(By.tagName("main"), "Mødet er ændret.");
    }

    private static List<String> notesOnPage() {
        return Browser.driver().findElements(NOTES).stream().map(e -> e.getAttribute("value")).toList();
    }

    private static JsonObject minutesFromApi(long meeting) {
        return Server.json(Server.get("api/meetings/" + meeting + "/minutes", "koordinator")).asJsonObject();
    }

    private static String pdfText(long meeting) throws Exception {
        HttpResponse<byte[]> pdf = Server.sendBytes(Server.request("api/meetings/" + meeting + "/pdf?lang=da",
                "koordinator").GET().build());
        assertEquals(200, pdf.statusCode());
        PdfReader reader = new PdfReader(pdf.body());
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        return text.toString().replaceAll("\\s+", " ");
    }

    @Test
    void theCoordinatorBuildsTheAgendaWritesEveryItemsMinutesAndApprovalLocksTheMeeting() throws Exception {
        long meeting = OwnMeeting.schedule("Netværksmøde med referat");
        LoginPage.logIn("koordinator", Server.PASSWORD);
        openMeeting(meeting);
        assertTrue(Browser.find(By.cssSelector(".phase-current")).getText().contains("Før mødet"));

        // before: the agenda, built at the top of the page, in place
        addItem("Velkommen", 10);
        addItem("Lektiecaféen", 30);
        addItem("Højskoledagene", 20);
        Browser.ajax(By.xpath("//tr[.//*[contains(@class,'item-title') and contains(., 'Lektiecaféen')]]"
                + "//button[contains(@class,'edit-item')]"));
        assertEquals("Lektiecaféen", Browser.find(By.id("agenda:title")).getAttribute("value"), "the item in the form");
        Browser.type(By.id("agenda:title"), "Lektiecaféen om torsdagen");
        Browser.type(By.id("agenda:description"), "Der mangler frivillige.");
        Browser.ajax(By.id("agenda:add"));
        Browser.awaitText(By.tagName("main"), "Punktet er ændret.");
        Browser.ajax(By.id("agenda:publish"));
        Browser.awaitText(By.tagName("main"), "Dagsordenen er udsendt til deltagerne.");
        Browser.ajax(By.id("invitation:send"));
        Browser.awaitText(By.tagName("main"), "Indkaldelsen er sendt til");
        Browser.guideShot("meeting-before-coordinator");
        openMeeting(meeting);
        assertTrue(Browser.find(By.id("invitation:invitationState")).getText().startsWith("Indkaldelse sendt"),
                "the invitation is recorded as sent");
        assertFalse(Server.json(Server.get("api/meetings/" + meeting, "koordinator")).asJsonObject()
                .isNull("invitationSentAt"), "and the API says when");
        assertEquals(List.of("1. Velkommen", "2. Lektiecaféen om torsdagen", "3. Højskoledagene"),
                Browser.driver().findElements(By.cssSelector("#agenda\\:items .item-title")).stream()
                        .map(WebElement::getText).toList(), "kept after a reload, changed item included");
        Browser.assertAccessible();

        // the meeting took place: the page turns to the minutes
        heldYesterday();
        assertTrue(Browser.find(By.cssSelector(".phase-current")).getText().contains("referat"));
        List<WebElement> notes = Browser.driver().findElements(NOTES);
        assertEquals(3, notes.size(), "a notes field beside every item");
        String[] written = {"Alle bød velkommen.", "Der mangler to frivillige om torsdagen.", "Uge 14 er fastlagt."};
        for (int i : new int[] {2, 0, 1}) { // in any order; each saves itself on leaving the field
            Browser.click(By.xpath("(//textarea[contains(@class,'notes-text')])[" + (i + 1) + "]"));
            Browser.find(By.xpath("(//textarea[contains(@class,'notes-text')])[" + (i + 1) + "]")).sendKeys(written[i]);
        }
        Browser.click(By.id("minutesHeading"));
        Browser.awaitAjax();
        Browser.awaitTexts(By.cssSelector(".notes-saved"), 3);

        Browser.type(By.xpath("(//textarea[contains(@class,'decision-text')])[2]"), "Røde Kors spørger sine frivillige.");
        Browser.ajax(By.xpath("(//button[contains(@class,'add-decision')])[2]"));
        Browser.awaitText(By.tagName("main"), "Beslutningen er tilføjet.");
        Browser.click(By.xpath("(//details[contains(@class,'action-add')]/summary)[2]"));
        Browser.type(By.xpath("(//input[contains(@class,'action-what')])[2]"), "Find to frivillige til torsdagene");
        new Select(Browser.find(By.xpath("(//select[contains(@class,'action-responsible')])[2]")))
                .selectByVisibleText("Bydelsmødre");
        ((JavascriptExecutor) Browser.driver()).executeScript(
                "document.querySelectorAll('input.action-due')[1].value = arguments[0];",
                ServerDay.today().plusWeeks(3).toString());
        Browser.ajax(By.xpath("(//button[contains(@class,'add-action')])[2]"));
        Browser.awaitText(By.tagName("main"), "Opgaven er tilføjet.");
        Browser.guideShot("meeting-minutes-coordinator");

        openMeeting(meeting);
        assertEquals(List.of(written[0], written[1], written[2]), notesOnPage(), "every item's notes, after a reload");
        assertTrue(Browser.find(By.id("minutesSection")).getText().contains("Røde Kors spørger sine frivillige."));
        assertTrue(Browser.find(By.id("minutesSection")).getText().contains("Find to frivillige til torsdagene"));
        Browser.assertAccessible();
        List<String> fromApi = minutesFromApi(meeting).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getString("notes", "")).toList();
        assertEquals(List.of(written[0], written[1], written[2]), fromApi, "and in the API");
        String pdf = pdfText(meeting);
        for (String text : written) {
            assertTrue(pdf.contains(text), "and in the PDF: " + text + " in " + pdf);
        }

        // the draft goes to the participants for comments
        Browser.navigate(By.id("minutesActions:circulate"));
        Browser.awaitText(By.tagName("main"), "sendt til deltagerne til kommentering");
        LoginPage.logOut();
        LoginPage.logIn("deltager", Server.PASSWORD);
        openMeeting(meeting);
        assertTrue(Browser.find(By.id("minutesView")).getText().contains(written[1]), "participants read the draft");
        assertTrue(Browser.driver().findElements(NOTES).isEmpty(), "as a read view");
        Browser.navigate(By.id("comment:addComment"));
        assertTrue(Browser.find(By.tagName("main")).getText().contains("Skriv din kommentar."), "an empty comment is refused");
        Browser.type(By.id("comment:text"), "Bydelsmødrene kan måske hjælpe om torsdagen.");
        Browser.navigate(By.id("comment:addComment"));
        Browser.awaitText(By.id("comments"), "Bydelsmødrene kan måske hjælpe om torsdagen.");
        Browser.assertAccessible();
        LoginPage.logOut();
        LoginPage.logIn("koordinator", Server.PASSWORD);
        openMeeting(meeting);
        assertTrue(Browser.find(By.id("comments")).getText().contains("Amina Yusuf"), "the coordinator reads the comments");

        // approval asks first, then locks the meeting
        Browser.click(By.id("minutesActions:approve"));
        Browser.confirm();
        Browser.awaitText(By.tagName("main"), "Referatet er godkendt");
        assertTrue(Browser.find(By.cssSelector(".phase-current")).getText().contains("godkendt"));
        assertTrue(Browser.driver().findElements(NOTES).isEmpty(), "no notes fields in the approved record");
        assertTrue(Browser.driver().findElements(By.cssSelector(".remove-item, #agenda\\:publish")).isEmpty(),
                "no removing items, no publishing the agenda again");
        assertTrue(Browser.find(By.id("minutesView")).getText().contains(written[1]));
        JsonObject view = Server.json(Server.get("api/meetings/" + meeting, "koordinator")).asJsonObject();
        assertEquals("APPROVED", view.getString("phase"));
        long itemId = view.getJsonArray("agenda").getJsonObject(0).getJsonNumber("id").longValue();
        HttpResponse<String> locked = Server.send("koordinator", "PUT", "api/meetings/" + meeting + "/agenda/items/"
                + itemId + "/notes?version=" + view.getJsonNumber("version"), "{\"notes\":\"Ændret bagefter\"}");
        assertEquals(409, locked.statusCode(), "the API refuses to change approved minutes");
        assertTrue(locked.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        HttpResponse<String> removed = Server.send("koordinator", "DELETE", "api/meetings/" + meeting
                + "/agenda/items/" + itemId + "?version=" + view.getJsonNumber("version"), null);
        assertEquals(409, removed.statusCode(), "nor an item removed");
        assertEquals(written[0], minutesFromApi(meeting).getJsonArray("items").getJsonObject(0).getString("notes"),
                "nothing changed");

        long next = Server.json(Server.get("api/groups/" + OwnMeeting.groupId() + "/meetings", "koordinator"))
                .asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(m -> !m.getString("phase").equals("CANCELLED")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        openMeeting(next);
        assertTrue(Browser.find(By.id("agenda:followUp")).getText().contains("Find to frivillige til torsdagene"),
                "the open action item is on the group's next agenda");

        // a participant reads the record, on a phone
        LoginPage.logOut();
        LoginPage.logIn("deltager", Server.PASSWORD);
        Browser.width(390);
        openMeeting(meeting);
        String record = Browser.find(By.id("minutesView")).getText();
        for (String text : written) {
            assertTrue(record.contains(text), "the participant reads " + text);
        }
        assertTrue(Browser.driver().findElements(By.cssSelector("textarea, #correct\\:reopen")).isEmpty(),
                "a clean read view, no forms");
        Browser.assertFitsWidth();
        Browser.assertAccessible();
        Browser.guideShot("meeting-approved-participant-phone");
        Browser.width(1366);

        // the action item follows the group to its next agenda until the responsible organisation marks it done
        Browser.navigate(By.id("nav-search"));
        Browser.type(By.id("q"), "spørger sine frivillige");
        Browser.navigate(By.cssSelector("#search button"));
        assertTrue(Browser.find(By.id("hits")).getText().contains("Røde Kors spørger sine frivillige."),
                "the approved decision is found");
        Browser.navigate(By.id("nav-actions"));
        By action = By.xpath("//tr[.//span[@class='action-what' and normalize-space()='Find to frivillige til torsdagene']]");
        assertTrue(Browser.find(action).findElement(By.tagName("td")).getText()
                .startsWith("Find to frivillige til torsdagene (fra mødet)"), "a space before the link (issue 21)");
        Browser.assertFitsAPhone();
        Browser.find(action).findElement(By.tagName("input")).sendKeys("Amina og Fatima tager torsdagene");
        Browser.navigate(By.xpath("//tr[.//span[@class='action-what' and normalize-space()="
                + "'Find to frivillige til torsdagene']]//input[contains(@class, 'mark-done')]"));
        Browser.awaitText(By.tagName("main"), "Opgaven er markeret som udført.");
        LoginPage.logOut();
        LoginPage.logIn("koordinator", Server.PASSWORD);
        openMeeting(next);
        assertTrue(Browser.driver().findElements(By.id("agenda:followUp")).isEmpty()
                || !Browser.find(By.id("agenda:followUp")).getText().contains("Find to frivillige"),
                "a done action item no longer follows the group");
        LoginPage.logOut();
        LoginPage.logIn("koordinator", Server.PASSWORD);

        // a correction: a reason, then a new version that says who and why
        openMeeting(meeting);
        Browser.type(By.id("correct:reason"), "Forkert uge for Højskoledagene");
        Browser.navigate(By.id("correct:reopen"));
        Browser.awaitText(By.tagName("main"), "ny version");
        WebElement third = Browser.find(By.xpath("(//textarea[contains(@class,'notes-text')])[3]"));
        third.clear();
        third.sendKeys("Uge 15 er fastlagt.");
        Browser.click(By.id("minutesHeading"));
        Browser.awaitAjax();
        Browser.click(By.id("minutesActions:approve"));
        Browser.confirm();
        Browser.awaitText(By.tagName("main"), "Referatet er godkendt");
        String versions = Browser.find(By.id("versions")).getText();
        assertTrue(versions.contains("Version 2") && versions.contains("Forkert uge for Højskoledagene")
                && versions.contains("Mette Holm"), versions);
        assertTrue(versions.contains("Version 1"), "the first version stays readable");
        assertTrue(pdfText(meeting).contains("Uge 15 er fastlagt."));
    }

    @Test
    void minutesBeforeTheMeetingNeedAReasonWhichTheHistoryKeeps() {
        long meeting = OwnMeeting.schedule("Møde med tidligt referat");
        LoginPage.logIn("koordinator", Server.PASSWORD);
        openMeeting(meeting);
        addItem("Status på lektiecaféen", 15);
        Browser.navigate(By.id("writeEarly"));
        assertTrue(Browser.find(By.id("earlyNotice")).getText().contains("ikke begyndt"));
        Browser.find(NOTES).sendKeys("Skrevet på forhånd.");
        Browser.click(By.id("minutesHeading"));
        Browser.awaitAjax();

        Browser.click(By.id("minutesActions:approve"));
        Browser.confirm();
        Browser.awaitLoaded();
        assertTrue(Browser.find(By.tagName("main")).getText().contains("Mødet er ikke begyndt endnu"),
                "refused without a reason, in the user's language");
        JsonObject view = Server.json(Server.get("api/meetings/" + meeting, "koordinator")).asJsonObject();
        assertFalse(view.getBoolean("minutesApproved"), "nothing approved");
        HttpResponse<String> api = Server.send("koordinator", "POST", "api/meetings/" + meeting
                + "/minutes/approve?version=" + view.getJsonNumber("version"), "{}");
        assertEquals(409, api.statusCode(), "the API refuses it too");

        Browser.type(By.id("minutesActions:override"), "Mødet blev holdt som telefonmøde i går");
        Browser.click(By.id("minutesActions:approve"));
        Browser.confirm();
        Browser.awaitText(By.tagName("main"), "Referatet er godkendt");
        HttpResponse<String> history = Server.get("api/audit?group=" + OwnMeeting.groupId() + "&kind=MEETING",
                "koordinator");
        assertTrue(history.body().contains("MEETING_TIME_RULE_OVERRIDDEN")
                && history.body().contains("Mødet blev holdt som telefonmøde i går"), "the history keeps the reason");
    }

    @Test
    void aSecondWriterOfTheSameNotesIsShownTheOtherTextAndOverwritesNothingSilently() {
        long meeting = OwnMeeting.schedule("Møde med to referenter");
        LoginPage.logIn("koordinator", Server.PASSWORD);
        openMeeting(meeting);
        addItem("Fælles indsatser", 20);
        Browser.navigate(By.id("writeEarly"));
        WebElement mine = Browser.find(NOTES);
        mine.sendKeys("Min version af noterne.");

        // meanwhile the administrator saves other notes for the same item
        JsonObject view = Server.json(Server.get("api/meetings/" + meeting, "admin")).asJsonObject();
        long itemId = view.getJsonArray("agenda").getJsonObject(0).getJsonNumber("id").longValue();
        HttpResponse<String> theirs = Server.send("admin", "PUT", "api/meetings/" + meeting + "/agenda/items/" + itemId
                + "/notes?version=" + view.getJsonNumber("version"),
                Json.createObjectBuilder().add("notes", "Administratorens noter.").build().toString());
        assertEquals(200, theirs.statusCode(), theirs::body);

        Browser.click(By.id("minutesHeading")); // leaving the field saves the draft: it meets the other's text
        Browser.awaitAjax();
        Browser.awaitText(By.cssSelector(".notes-conflict"), "Administratorens noter.");
        assertTrue(Browser.find(By.cssSelector(".notes-conflict")).getText().contains("har gemt andre noter til punktet"),
                "told at the item who saved other notes meanwhile");
        assertEquals("Min version af noterne.", Browser.find(NOTES).getAttribute("value"), "my text stays in the field");
        assertEquals("Administratorens noter.", minutesFromApi(meeting).getJsonArray("items").getJsonObject(0)
                .getString("notes"), "and theirs is not overwritten");
        Browser.assertAccessible();

        WebElement field = Browser.find(NOTES);
        field.clear();
        field.sendKeys("Administratorens noter. Min tilføjelse.");
        Browser.ajax(By.cssSelector("button.save-notes"));
        Browser.awaitText(By.tagName("main"), "Noterne er gemt.");
        openMeeting(meeting);
        assertEquals("Administratorens noter. Min tilføjelse.", Browser.find(NOTES).getAttribute("value"));
    }
}
