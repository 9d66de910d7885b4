package dk.tovholder.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tovholder.it.Server;
import dk.tovholder.it.ServerDay;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.pagefactory.ByChained;

/**
 * Rooms and bookings as people use them: find a free room and book it, a second booker finds it taken, the room
 * owner approves and rejects requests, a coordinator books a room for a meeting in two clicks, and a participant
 * only looks.
 * <p>
 * Data no other browser test uses: the booker of Medborgercentret (booker), Wednesdays four months ahead (after the
 * demo bookings, which end two months ahead), the demo's pending requests for Store sal, and the fourth coming
 * meeting of "Tryghedsgruppen for unge" (the group page of the network group lists six meetings, and the other
 * browser tests use all six).
 */
@ExtendWith(Browser.class)
class RoomBrowserIT {

    private static final Locale DANISH = Locale.forLanguageTag("da");
    private static final DateTimeFormatter MESSAGE_DAY = DateTimeFormatter.ofPattern("d.M.yyyy");
    private static final String CENTRE = "Medborgercentret Norden Plads";
    private static final String PROGRAMME = "Boligsocial helhedsplan for Søndermarkskvarteret";
    private static final String HOUSING = "Frederiksberg Forenede Boligselskaber (FFB)";
    private static final String SAFETY_GROUP = "Tryghedsgruppen for unge";
    private static final String HALL = "Store sal";
    private static final String ROOM_1 = "Mødelokale 1";
    private static final String ROOM_2 = "Mødelokale 2";
    private static final String PROJECT_ROOM = "Projektlokalet";
    private static final By MAIN = By.tagName("main");
    private static final By FREE_NAMES = By.cssSelector("[id='find:free'] .room-name");

    /** A weekday after all demo bookings (they end two months ahead), where every room is free. */
    private static LocalDate freeWednesday(int weeksLater) {
        return ServerDay.today().plusMonths(4).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY))
                .plusWeeks(weeksLater);
    }

    @BeforeEach
    void freshVisitor() {
        Browser.forgetVisitor();
    }

    private static List<String> texts(By by) {
        return Browser.driver().findElements(by).stream().map(WebElement::getText).toList();
    }

    private static String main() {
        return Browser.find(MAIN).getText();
    }

    private static void checkFacility(String label) {
        WebElement text = Browser.find(By.xpath("//*[@id='find:facilities']//label[normalize-space()='" + label + "']"));
        WebElement box = Browser.find(By.id(text.getAttribute("for")));
        if (!box.isSelected()) {
            text.click();
        }
        assertTrue(box.isSelected(), label);
    }

    /** Searches for a free room from rooms.xhtml. */
    private static void search(LocalDate day, String start, String end, int people, String... facilities) {
        Browser.navigate(By.id("nav-rooms"));
        Browser.setValue(By.id("find:day"), day.toString());
        Browser.setValue(By.id("find:start"), start);
        Browser.setValue(By.id("find:end"), end);
        Browser.type(By.id("find:people"), String.valueOf(people));
        for (String facility : facilities) {
            checkFacility(facility);
        }
        Browser.navigate(By.id("find:search"));
        Browser.awaitText(MAIN, "Ledige lokaler");
    }

    private static By bookButton(String room) {
        return By.xpath("//*[@id='find:free']//tr[.//a[normalize-space()='" + room + "']]//button[contains(@id, 'book')]");
    }

    /** The centre's booker opens one of the centre's rooms' form from the room list. */
    private static void openRoomFormAsOwner(String room) {
        LoginPage.logIn("booker", Server.PASSWORD);
        Browser.navigate(By.id("nav-rooms"));
        Browser.navigate(By.linkText(room));
        Browser.navigate(By.id("editRoom"));
    }

    private static By pendingRow(String text) {
        return By.xpath("//*[@id='pending:requests']//tbody/tr[contains(., '" + text + "')]");
    }

    @Test
    void aBookerFindsAFreeRoomWithAProjectorBooksItAndASecondBookerFindsItTaken() {
        LocalDate day = freeWednesday(0);
        String purpose = "Temamøde om fritidsjob " + System.nanoTime();
        LoginPage.logIn("booker", Server.PASSWORD);
        search(day, "10:00", "12:00", 12, "Projektor/skærm");
        List<String> free = texts(FREE_NAMES);
        assertTrue(free.contains(ROOM_1), "a free room for 12 with a projector: " + free);
        assertTrue(free.contains(PROJECT_ROOM), "the programme's room fits too: " + free);
        assertFalse(free.contains(ROOM_2), "Mødelokale 2 has 8 seats and no projector: " + free);
        assertFalse(free.contains("Caféen"), "the café has no projector: " + free);

        Browser.navigate(bookButton(ROOM_1));
        assertEquals("Skriv hvad lokalet skal bruges til.",
                Browser.find(By.cssSelector("[id='find'] .field .ui-message-error")).getText(), "next to the purpose");
        Browser.type(By.id("find:purpose"), purpose);
        Browser.navigate(bookButton(ROOM_1));
        String expected = ROOM_1 + " er booket " + day.format(MESSAGE_DAY) + " 10:00–12:00.";
        Browser.awaitText(By.cssSelector(".message-info"), expected);
        assertTrue(Browser.path().startsWith("/room/bookings.xhtml"), Browser.path());
        WebElement row = Browser.find(By.xpath("//*[@id='mine:bookings']//tbody/tr[contains(., '" + purpose + "')]"));
        assertTrue(row.getText().contains(ROOM_1), row.getText());
        assertTrue(row.getText().contains("Bekræftet"), "an instant room is confirmed at once: " + row.getText());
        assertTrue(row.getText().contains("10.00") && row.getText().contains("12.00"), row.getText());
        assertFalse(row.findElements(By.xpath(".//button[contains(@id, 'cancel')]")).isEmpty(), "it can be cancelled");
        assertTrue(main().contains("Min organisations bookinger"));

        LoginPage.logOut();
        LoginPage.logIn("koordinator", Server.PASSWORD);
        search(day, "10:00", "12:00", 12, "Projektor/skærm");
        free = texts(FREE_NAMES);
        assertFalse(free.contains(ROOM_1), "no longer free: " + free);
        assertTrue(free.contains(PROJECT_ROOM), free.toString());
        WebElement taken = Browser.find(By.xpath("//ul[@id='find:taken' or @id='taken']/li[contains(., '" + ROOM_1 + "')]"));
        assertTrue(taken.getText().contains(CENTRE), taken.getText());
        List<WebElement> slots = taken.findElements(By.cssSelector("button.slot"));
        assertFalse(slots.isEmpty(), "the nearest free times of the taken room: " + taken.getText());
        String takenTime = day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(DANISH))
                + " 10:00–12:00";
        for (WebElement slot : slots) {
            assertFalse(slot.getText().equals(takenTime), "a slot is not the taken time: " + slot.getText());
        }
    }

    @Test
    void theRoomOwnerApprovesOneRequestAndRejectsAnotherWithAReason() {
        LoginPage.logIn("booker", Server.PASSWORD);
        Browser.navigate(By.id("nav-bookings"));
        assertTrue(main().contains("Anmodninger til godkendelse"), main());
        List<WebElement> requests = Browser.driver().findElements(pendingRow("Beboermøde i afdelingen"));
        assertFalse(requests.isEmpty(), "FFB's resident meetings more than three weeks ahead wait for approval");
        int pending = Browser.driver().findElements(By.cssSelector("[id='pending:requests'] tbody tr")).size();
        WebElement first = requests.get(0);
        assertTrue(first.getText().contains(HALL) && first.getText().contains(HOUSING), first.getText());
        String when = first.findElement(By.xpath("td[2]")).getText();

        first.findElement(By.xpath(".//button[contains(@id, 'approve')]")).click();
        Browser.awaitGone(first);
        Browser.awaitText(By.cssSelector(".message-info"), "Bookingen fra " + HOUSING + " er godkendt.");
        assertTrue(Browser.driver().findElements(pendingRow(when)).isEmpty(), "the approved request left the list: " + when);
        assertEquals(pending - 1, Browser.driver().findElements(By.cssSelector("[id='pending:requests'] tbody tr")).size());

        By networkDay = pendingRow("Netværksdag for områdets organisationer");
        WebElement request = Browser.find(networkDay);
        assertTrue(request.getText().contains(PROGRAMME), request.getText());
        request.findElement(By.xpath(".//button[contains(@id, 'reject')]")).click();
        Browser.awaitGone(request);
        assertTrue(Browser.find(By.cssSelector(".message-error")).getText().contains("Skriv en begrundelse for afvisningen."),
                "a rejection needs a reason: " + main());
        assertFalse(Browser.driver().findElements(networkDay).isEmpty(), "and without one it stays");

        request = Browser.find(networkDay);
        WebElement reason = request.findElement(By.cssSelector("input[id$='reason']"));
        reason.clear();
        reason.sendKeys("Salen er lovet ud til Højskoledagene");
        request.findElement(By.xpath(".//button[contains(@id, 'reject')]")).click();
        Browser.awaitGone(request);
        Browser.awaitText(By.cssSelector(".message-info"), "Bookingen fra " + PROGRAMME + " er afvist.");
        assertTrue(Browser.driver().findElements(networkDay).isEmpty(), "the rejected request left the list");

        LoginPage.logOut();
        LoginPage.logIn("koordinator", Server.PASSWORD);
        Browser.navigate(By.id("nav-bookings"));
        WebElement mine = Browser.find(By.xpath("//*[@id='mine:bookings']//tbody/tr[contains(., 'Netværksdag')]"));
        assertTrue(mine.getText().contains("Afvist") && mine.getText().contains("Salen er lovet ud til Højskoledagene"),
                "the requester reads the answer and the reason: " + mine.getText());
    }

    @Test
    void theCoordinatorBooksARoomForAMeetingInTwoClicks() {
        LoginPage.logIn("koordinator", Server.PASSWORD);
        Browser.navigate(By.id("nav-groups"));
        Browser.navigate(By.linkText(SAFETY_GROUP));
        // the fourth coming meeting: the API tests use the first three and the fifth and sixth
        Browser.navigate(By.xpath("(//ul[@id='groupMeetings']//a)[4]"));
        String meetingPath = Browser.path();
        assertTrue(Browser.driver().findElements(By.tagName("h1")).stream().noneMatch(h -> h.getText()
                .equals("Der skete en fejl")), "the meeting page opens, not the error page");
        String time = Browser.find(By.id("meeting-time")).getText();
        assertEquals("Der er ikke booket et lokale til mødet.", Browser.find(By.id("noRoom")).getText());

        Browser.navigate(By.id("findRoom"));
        assertTrue(Browser.path().startsWith("/room/rooms.xhtml?meeting="), Browser.path());
        assertTrue(Browser.find(By.id("forMeeting")).getText().startsWith("Til mødet:"));
        assertEquals("14:00", Browser.find(By.id("find:start")).getAttribute("value"), "searched at the meeting's time");
        assertEquals("15:30", Browser.find(By.id("find:end")).getAttribute("value"));
        assertTrue(texts(FREE_NAMES).contains(ROOM_2), "searched at once: " + texts(FREE_NAMES));

        Browser.navigate(bookButton(ROOM_2));
        assertEquals(meetingPath, Browser.path(), "back on the meeting page");
        Browser.awaitText(By.cssSelector(".message-info"), ROOM_2 + " er booket");
        String section = Browser.find(By.id("roomSection")).getText();
        assertTrue(section.contains(ROOM_2) && section.contains("Nordens Plads 1"), section);
        assertTrue(section.contains("Bekræftet"), section);
        assertTrue(section.contains(time.replaceAll(" - .*", "")), "booked for the meeting's time " + time + ": " + section);
        assertTrue(Browser.driver().findElements(By.id("findRoom")).isEmpty(), "one room per meeting");
        assertTrue(Browser.driver().findElements(By.id("noRoom")).isEmpty());
    }

    @Test
    void aParticipantSeesTheRoomsButCannotBookThem() {
        LoginPage.logIn("deltager", Server.PASSWORD);
        Browser.navigate(By.id("nav-rooms"));
        String all = Browser.find(By.id("allRooms")).getText();
        for (String room : List.of(HALL, ROOM_1, ROOM_2, PROJECT_ROOM)) {
            assertTrue(all.contains(room), room + " in " + all);
        }
        assertTrue(Browser.driver().findElements(By.id("createRoom")).isEmpty(), "no new room for a participant");
        Browser.setValue(By.id("find:day"), freeWednesday(1).toString());
        Browser.navigate(By.id("find:search"));
        Browser.awaitText(MAIN, "Ledige lokaler");
        assertFalse(texts(FREE_NAMES).isEmpty(), "a participant may look for free rooms");
        assertTrue(Browser.driver().findElements(By.xpath("//*[@id='find:free']//button")).isEmpty(),
                "but has no book buttons");
        assertTrue(Browser.driver().findElements(By.cssSelector("button.slot")).isEmpty(), "nor slot buttons");

        Browser.navigate(By.linkText(ROOM_1));
        assertEquals(ROOM_1, Browser.heading());
        assertEquals(CENTRE, Browser.find(By.id("owner")).getText());
        assertEquals("12", Browser.find(By.id("capacity")).getText());
        assertTrue(Browser.find(By.id("facilities")).getText().contains("Projektor/skærm"));
        assertTrue(Browser.driver().findElements(By.id("book")).isEmpty(), "no booking form");
        assertTrue(Browser.driver().findElements(By.id("book:submit")).isEmpty());
        assertTrue(Browser.driver().findElements(By.id("editRoom")).isEmpty(), "no editing");
    }

    @Test
    void theFindPageWithResultsIsAccessibleInDanishAndEnglish() {
        LoginPage.logIn("booker", Server.PASSWORD);
        search(freeWednesday(2), "13:00", "14:00", 4);
        assertFalse(texts(FREE_NAMES).isEmpty());
        assertFalse(texts(By.xpath("//*[@id='find:free']//button")).isEmpty(), "with book buttons");
        Browser.assertAccessible();

        Browser.navigate(By.id("languageForm:lang-en"));
        try {
            Browser.awaitText(By.id("findHeading"), "Find a free room");
            assertEquals("Meeting rooms", Browser.heading());
            assertEquals("Search", Browser.find(By.id("find:search")).getText());
            Browser.setValue(By.id("find:day"), freeWednesday(2).toString());
            Browser.navigate(By.id("find:search"));
            Browser.awaitText(MAIN, "Free rooms");
            assertEquals("Book", Browser.find(bookButton(ROOM_1)).getText());
            Browser.assertAccessible();
        } finally {
            // the language is remembered on the profile: give the booker Danish back
            Browser.navigate(By.id("languageForm:lang-da"));
            Browser.awaitText(By.id("findHeading"), "Find et ledigt lokale");
        }
    }

    @Test
    void theRoomPageWithItsCalendarAndBookingFormIsAccessible() {
        LoginPage.logIn("booker", Server.PASSWORD);
        Browser.navigate(By.id("nav-rooms"));
        Browser.navigate(By.linkText(ROOM_1));
        assertEquals(ROOM_1, Browser.heading());
        Browser.find(By.cssSelector("[id='calendar:schedule'] .fc-view-harness"));
        assertEquals(1, Browser.driver().findElements(By.id("book:submit")).size(), "the booker may book");
        Browser.assertAccessible();
    }

    @Test
    void theRoomCalendarShowsTheBookingsAtDanishTime() {
        LoginPage.logIn("booker", Server.PASSWORD);
        Browser.navigate(By.id("nav-rooms"));
        Browser.navigate(By.linkText(ROOM_1));
        // Røde Kors has Mødelokale 1 every Tuesday 15:00-18:00 (Copenhagen), this week too
        WebElement event = Browser.find(By.xpath("//*[@id='calendar:schedule']//*[contains(@class, 'fc-event')"
                + " and .//*[contains(@class, 'fc-event-title') and contains(., 'Lektiecafé')]]"));
        String time = event.findElement(By.cssSelector(".fc-event-time")).getText();
        assertEquals("15.00 - 18.00", time, "Røde Kors' homework café as booked");
    }

    @Test
    void theOwnersRoomFormIsAccessible() {
        openRoomFormAsOwner(ROOM_2);
        assertTrue(Browser.path().startsWith("/room/edit.xhtml?id="), Browser.path());
        assertEquals("Ret lokale: " + ROOM_2, Browser.heading());
        assertEquals(ROOM_2, Browser.find(By.id("room:name")).getAttribute("value"));
        Browser.assertAccessible();
    }

    @Test
    void anOwnerBlocksARoomOnlyWithAReasonAndTheBlockIsStored() {
        openRoomFormAsOwner(ROOM_2);
        LocalDate from = ServerDay.today().plusYears(2); // after every booking the other tests make
        Browser.setValue(By.id("blocks:from"), from.toString());
        Browser.setValue(By.id("blocks:to"), from.plusDays(4).toString());
        Browser.navigate(By.id("blocks:addBlock"));
        assertEquals("Skriv hvorfor lokalet er spærret (fx ferie, renovering).",
                Browser.find(By.cssSelector("[id='blocks'] .ui-message-error")).getText(), "next to the reason field");
        assertFalse(Browser.find(By.id("blockList")).getText().contains(String.valueOf(from.getYear())),
                "no block without a reason: " + Browser.find(By.id("blockList")).getText());

        Browser.type(By.id("blocks:reason"), "Maling af vægge");
        Browser.navigate(By.id("blocks:addBlock"));
        Browser.driver().navigate().refresh();
        By block = By.xpath("//ul[@id='blockList']/li[contains(., 'Maling af vægge')]");
        assertTrue(Browser.find(block).getText().contains(String.valueOf(from.getYear())), Browser.find(block).getText());

        Browser.navigate(new ByChained(block, By.tagName("button")));
        Browser.driver().navigate().refresh();
        assertFalse(Browser.find(By.id("blockList")).getText().contains("Maling af vægge"), "removed again");
    }

    @Test
    void theBookingsPageOfARoomOwnerIsAccessible() {
        LoginPage.logIn("booker", Server.PASSWORD);
        Browser.navigate(By.id("nav-bookings"));
        String page = main();
        assertTrue(page.contains("Anmodninger til godkendelse") && page.contains("Min organisations bookinger")
                && page.contains("Udlån: timer pr. låner pr. måned"), page);
        Browser.find(By.id("statistics"));
        Browser.assertAccessible();
    }

    @Test
    void theDayOverviewOfARoomOwnerIsAccessible() {
        LoginPage.logIn("booker", Server.PASSWORD);
        Browser.navigate(By.id("nav-bookings"));
        Browser.navigate(By.id("dayOverview"));
        String list = Browser.find(By.cssSelector(".room-day-list")).getText();
        assertTrue(list.contains(HALL) && list.contains(ROOM_1) && list.contains(ROOM_2), list);
        assertFalse(list.contains(PROJECT_ROOM), "only the centre's rooms: " + list);
        List<String> rows = Browser.awaitTexts(By.cssSelector("[id='timeline'] .vis-labelset .vis-label"), 3);
        assertEquals(3, rows.size(), "the timeline has a row per room: " + rows);
        Browser.assertAccessible();
        Browser.navigate(By.id("next"));
        assertTrue(Browser.path().contains("date=" + ServerDay.today().plusDays(1)), Browser.path());
    }
}
