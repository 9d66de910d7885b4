package dk.tovholder.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tovholder.it.Server;
import dk.tovholder.it.ServerDay;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The room calendars as a room owner and a booker use them: the day overview as a timeline with the rooms as rows
 * (a click on a free stretch opens the booking form filled in), its week, its list per room, the room's week
 * calendar (Monday first, the opening hours, 24-hour time), the booking form's people field, and every room page on
 * a phone.
 * <p>
 * Data no other browser test uses: the citizens' centre's Mødelokale 1 and 2 on a Friday five months ahead or later
 * (after the demo bookings; RoomBrowserIT books Wednesdays four months ahead) whose week and the next are empty, so
 * that the test runs again on the same server.
 */
@ExtendWith(Browser.class)
class RoomCalendarBrowserIT {

    private static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    private static final String ROOM_1 = "Mødelokale 1";
    private static final String ROOM_2 = "Mødelokale 2";
    private static final By MAIN = By.tagName("main");
    private static final By ITEMS = By.cssSelector("[id='timeline'] .vis-item");

    @BeforeEach
    void freshVisitor() {
        Browser.forgetVisitor();
        Browser.width(1366);
    }

    /** A Friday after all demo bookings, where the centre's rooms are free. */
    private static LocalDate freeFriday(int weeksLater) {
        return ServerDay.today().plusMonths(5).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY))
                .plusWeeks(weeksLater);
    }

    private static JavascriptExecutor js() {
        return (JavascriptExecutor) Browser.driver();
    }

    private static String main() {
        return Browser.find(MAIN).getText();
    }

    /** Chooses the day with the date picker above the timeline. */
    private static void pickDay(LocalDate day) {
        Browser.setValue(By.id("pickDate"), day.toString());
        Browser.navigate(By.id("pickShow"));
        Browser.find(By.id("listHeading"));
    }

    /** Clicks the timeline's row of the room at the given Copenhagen time, as a mouse does. */
    private static void clickTimeline(String room, LocalDate day, LocalTime time) {
        // the timeline draws itself after the page has loaded
        List<WebElement> labels = Browser.await(15).until(d -> {
                    List<WebElement> found = d.findElements(By.cssSelector("[id='timeline'] .vis-labelset .vis-label"));
                    return !found.isEmpty() && found.stream().noneMatch(l -> l.getText().isBlank()) ? found : null;
                });
        int row = -1;
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i).getText().trim().equals(room)) {
                row = i;
            }
        }
        assertTrue(row >= 0, room + " is a row of the timeline");
        WebElement group = Browser.driver().findElements(By.cssSelector("[id='timeline'] .vis-foreground > .vis-group"))
                .get(row);
        long millis = day.atTime(time).atZone(ZONE).toInstant().toEpochMilli();
        Number x = (Number) js().executeScript(
                "return PF('roomTimeline').getInstance().body.util.toScreen(new Date(arguments[0]));", millis);
        int width = group.getSize().getWidth();
        WebElement before = Browser.find(By.tagName("html"));
        new Actions(Browser.driver()).moveToElement(group, x.intValue() - width / 2, 0).click().perform();
        Browser.awaitGone(before);
        Browser.awaitLoaded();
    }

    /** The texts of the timeline's spans, once it has drawn them. */
    private static List<String> spans(int count) {
        return Browser.await(15)
                .ignoring(StaleElementReferenceException.class).until(d -> {
                    List<String> texts = d.findElements(ITEMS).stream().map(e -> e.getAttribute("textContent").trim())
                            .toList();
                    return texts.size() == count && texts.stream().noneMatch(String::isBlank) ? texts : null;
                });
    }

    /** Books on the room page whose form the timeline filled in. */
    private static void book(String people, String purpose) {
        Browser.type(By.id("book:people"), people);
        assertEquals(people, Browser.find(By.id("book:people")).getAttribute("value"), "the people field keeps what is typed");
        Browser.type(By.id("book:purpose"), purpose);
        Browser.navigate(By.id("book:submit"));
        Browser.awaitText(By.cssSelector(".message-info"), "er booket");
    }

    /** A Friday whose week and the next have no bookings of the centre's rooms (earlier runs may have booked some). */
    private static LocalDate emptyFriday() {
        for (int weeks = 0; weeks < 40; weeks += 2) {
            LocalDate day = freeFriday(weeks);
            if (weekIsEmpty(day) && weekIsEmpty(day.plusWeeks(1))) {
                return day;
            }
        }
        throw new AssertionError("no free week five months ahead");
    }

    private static boolean weekIsEmpty(LocalDate day) {
        Browser.open("room/day.xhtml?view=week&date=" + day);
        Browser.find(By.id("listHeading"));
        return Browser.driver().findElements(By.cssSelector(".booking-entry")).isEmpty();
    }

    @Test
    void theOwnerBooksTwoRoomsFromTheTimelineAndSeesThemAsSpansAndInTheList() {
        String first = "Frivilligmøde " + System.nanoTime();
        String second = "Lektiehjælp, planlægning " + System.nanoTime();
        LoginPage.logIn("booker", Server.PASSWORD);
        LocalDate day = emptyFriday();
        Browser.navigate(By.id("nav-bookings"));
        Browser.navigate(By.id("dayOverview"));
        assertTrue(Browser.heading().startsWith("Dagsoversigt"), Browser.heading());
        pickDay(day);
        assertTrue(Browser.path().contains("date=" + day), "the date picker's day is the page's address: " + Browser.path());

        clickTimeline(ROOM_1, day, LocalTime.of(10, 20));
        assertEquals(ROOM_1, Browser.heading(), "the click opened the room's page");
        assertEquals(day.toString(), Browser.find(By.id("book:day")).getAttribute("value"), "the day filled in");
        assertEquals("10:00", Browser.find(By.id("book:start")).getAttribute("value"), "the hour clicked");
        assertEquals("11:00", Browser.find(By.id("book:end")).getAttribute("value"));
        assertEquals("", Browser.find(By.id("book:people")).getAttribute("value"), "the people field starts empty");
        book("12", first);

        Browser.open("room/day.xhtml?date=" + day);
        clickTimeline(ROOM_2, day, LocalTime.of(13, 40));
        assertEquals(ROOM_2, Browser.heading());
        assertEquals("13:00", Browser.find(By.id("book:start")).getAttribute("value"));
        book("6", second);

        Browser.open("room/day.xhtml?date=" + day);
        List<String> spans = spans(2);
        assertTrue(spans.stream().anyMatch(s -> s.contains(first)) && spans.stream().anyMatch(s -> s.contains(second)),
                "both bookings are spans of the timeline: " + spans);
        String list = Browser.find(By.cssSelector(".room-day-list")).getText();
        String room1 = Browser.find(By.xpath("//article[contains(@class, 'room-day')][.//h3[normalize-space()='"
                + ROOM_1 + "']]")).getText();
        assertTrue(room1.contains("10.00–11.00") && room1.contains(first), "the list under the room: " + room1);
        String room2 = Browser.find(By.xpath("//article[contains(@class, 'room-day')][.//h3[normalize-space()='"
                + ROOM_2 + "']]")).getText();
        assertTrue(room2.contains("13.00–14.00") && room2.contains(second), room2);
        assertTrue(list.contains("Ingen bookinger."), "Store sal is free that day: " + list);
        assertTrue(Browser.find(By.id("legend")).getText().contains("Medborgercentret"),
                "the legend names the organisation that booked: " + Browser.find(By.id("legend")).getText());
        Browser.assertAccessible();
        Browser.guideShot("room-day-1366");

        // a phone sees the list, and the page does not scroll sideways
        Browser.width(360);
        Browser.assertFitsWidth();
        assertFalse(Browser.find(By.cssSelector(".room-timeline-box")).isDisplayed(), "no timeline on a phone");
        assertTrue(Browser.find(By.cssSelector(".room-day-list")).getText().contains(first));
        Browser.guideShot("room-day-360");
        Browser.width(1366);

        // the week of the day: Monday to Sunday, both bookings, the day above them in the list
        Browser.navigate(By.id("weekView"));
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        assertTrue(Browser.path().contains("view=week"), Browser.path());
        assertTrue(Browser.heading().contains("Ugen fra"), Browser.heading());
        assertEquals(2, spans(2).size());
        assertTrue(Browser.find(By.cssSelector(".room-day-list")).getText().contains(first));
        Browser.navigate(By.id("next"));
        assertTrue(Browser.path().contains("date=" + day.plusWeeks(1)), "a week on: " + Browser.path());
        assertTrue(Browser.driver().findElements(ITEMS).isEmpty(), "nothing booked the week after: " + main());
        Browser.navigate(By.id("previous"));
        assertTrue(Browser.path().contains("date=" + day), Browser.path());
        assertTrue(Browser.heading().contains(String.valueOf(monday.getDayOfMonth())), "the week from Monday: "
                + Browser.heading());
    }

    @Test
    void theDayOverviewExplainsAnAddressItCannotRead() {
        LoginPage.logIn("booker", Server.PASSWORD);
        Browser.open("room/day.xhtml?date=garbage&owner=abc&view=month");
        String messages = Browser.find(By.id("messages")).getText();
        assertTrue(messages.contains("Datoen i adressen kan ikke læses"), messages);
        assertTrue(messages.contains("Organisationen i adressen kan ikke læses"), messages);
        assertTrue(Browser.heading().startsWith("Dagsoversigt"), "the page, not an error page: " + Browser.heading());
        assertTrue(main().contains(ROOM_1), "the booker's own rooms, today");

        Browser.open("room/room.xhtml?id=" + roomId(ROOM_1) + "&day=someday&start=25:99");
        assertTrue(Browser.find(By.id("messages")).getText().contains("kan ikke læses"), main());
        assertEquals(ROOM_1, Browser.heading());
    }

    private static String roomId(String room) {
        Browser.navigate(By.id("nav-rooms"));
        String href = Browser.find(By.xpath("//*[@id='allRooms']//a[normalize-space()='" + room + "']"))
                .getAttribute("href");
        return href.replaceAll(".*[?&]id=(\\d+).*", "$1");
    }

    @Test
    void theRoomsWeekStartsOnMondayAtOpeningTimeIn24HourTimeInBothLanguages() {
        LoginPage.logIn("booker", Server.PASSWORD);
        Browser.open("room/room.xhtml?id=" + roomId(ROOM_1));
        assertWeek("man");
        Browser.assertAccessible();
        Browser.guideShot("room-week-1366");
        Browser.navigate(By.id("languageForm:lang-en"));
        try {
            Browser.awaitText(By.id("bookHeading"), "Book the room");
            assertWeek("Mon");
            Browser.assertAccessible();
        } finally {
            Browser.navigate(By.id("languageForm:lang-da"));
        }
    }

    private static void assertWeek(String monday) {
        WebElement firstDay = Browser.find(By.cssSelector("[id='calendar:schedule'] .fc-col-header-cell"));
        assertTrue(firstDay.getText().startsWith(monday), "the week starts on Monday: " + firstDay.getText());
        List<String> slots = Browser.driver().findElements(By.cssSelector("[id='calendar:schedule'] .fc-timegrid-slot-label[data-time]"))
                .stream().map(e -> e.getAttribute("data-time")).toList();
        assertEquals("08:00:00", slots.get(0), "the first slot is the room's opening: " + slots);
        assertTrue(slots.get(slots.size() - 1).compareTo("21:00:00") < 0, "the last slot before closing: " + slots);
        List<String> labels = Browser.driver().findElements(By.cssSelector(
                "[id='calendar:schedule'] .fc-timegrid-slot-label-cushion")).stream().map(WebElement::getText)
                .filter(t -> !t.isBlank()).toList();
        assertFalse(labels.isEmpty());
        for (String label : labels) {
            assertTrue(label.matches("\\d\\d[.:]\\d\\d"), "24-hour time: " + labels);
        }
        assertTrue(labels.contains("08.00") || labels.contains("08:00"), labels.toString());
    }

    @Test
    void thePeopleFieldStartsEmptyAndSaysWhatIsWrongInTheReadersLanguage() {
        LoginPage.logIn("booker", Server.PASSWORD);
        Browser.open("room/room.xhtml?id=" + roomId(ROOM_2) + "&day=" + freeFriday(1) + "&start=09:00&end=10:00");
        WebElement people = Browser.find(By.id("book:people"));
        assertEquals("", people.getAttribute("value"));
        assertFalse(people.getAttribute("placeholder").isBlank(), "with a hint");
        people.click();
        people.sendKeys("12");
        assertEquals("12", people.getAttribute("value"), "12 stays 12");
        Browser.type(By.id("book:people"), "");
        Browser.type(By.id("book:purpose"), "Prøve");
        Browser.navigate(By.id("book:submit"));
        assertTrue(Browser.find(By.id("book")).getText().contains("Skal udfyldes."), "in Danish: " + main());
        Browser.type(By.id("book:people"), "0");
        Browser.navigate(By.id("book:submit"));
        assertTrue(Browser.find(By.id("book")).getText().contains("Der skal være mindst én deltager."), main());
    }

    @Test
    void aSearchNoRoomFitsSaysSoWithoutPointingToAnEmptyList() {
        LoginPage.logIn("booker", Server.PASSWORD);
        Browser.navigate(By.id("nav-rooms"));
        assertEquals("", Browser.find(By.id("find:people")).getAttribute("value"), "empty until typed");
        Browser.setValue(By.id("find:day"), freeFriday(2).toString());
        Browser.type(By.id("find:people"), "500");
        Browser.navigate(By.id("find:search"));
        String answer = Browser.find(By.cssSelector("[id='find:free'] .ui-datatable-empty-message")).getText();
        assertTrue(answer.startsWith("Intet lokale passer"), answer);
        assertFalse(answer.contains("nedenfor"), answer);
        assertTrue(Browser.driver().findElements(By.id("find:taken")).isEmpty());
        assertEquals("500", Browser.find(By.id("find:people")).getAttribute("value"));
    }

    @Test
    void theRejectReasonFitsItsCardOnAPhone() {
        LoginPage.logIn("booker", Server.PASSWORD);
        Browser.width(360);
        Browser.navigate(By.id("nav-bookings"));
        WebElement reason = Browser.find(By.cssSelector("[id='pending:requests'] input[id$='reason']"));
        WebElement cell = reason.findElement(By.xpath("ancestor::td[1]"));
        int right = reason.getLocation().getX() + reason.getSize().getWidth();
        int cellRight = cell.getLocation().getX() + cell.getSize().getWidth();
        assertTrue(right <= cellRight, "the reason box (" + right + ") inside its card (" + cellRight + ")");
        Browser.assertFitsWidth();
        WebElement reject = Browser.find(By.cssSelector("[id='pending:requests'] button[id$='reject']"));
        assertTrue(reject.getSize().getHeight() >= 44, "a touch target: " + reject.getSize());
    }

    @Test
    void everyRoomPageFitsAPhoneAndIsAccessibleInBothLanguages() {
        LoginPage.logIn("booker", Server.PASSWORD);
        String room = roomId(ROOM_1);
        List<String> pages = List.of("room/rooms.xhtml", "room/room.xhtml?id=" + room, "room/edit.xhtml?id=" + room,
                "room/bookings.xhtml", "room/day.xhtml", "room/day.xhtml?view=week");
        try {
            for (String language : List.of("da", "en")) {
                if ("en".equals(language)) {
                    // the language switch at a laptop's width (a phone's menu may fold it away)
                    Browser.width(1366);
                    Browser.open("room/rooms.xhtml");
                    Browser.navigate(By.id("languageForm:lang-en"));
                }
                Browser.width(360);
                for (String page : pages) {
                    Browser.open(page);
                    Browser.awaitLoaded();
                    Browser.find(By.tagName("h1"));
                    Browser.assertFitsWidth();
                    Browser.assertAccessible();
                }
            }
        } finally {
            Browser.width(1366);
            Browser.open("room/rooms.xhtml");
            if (Browser.find(By.id("languageForm:lang-da")).isEnabled()) {
                Browser.navigate(By.id("languageForm:lang-da"));
            }
        }
    }
}
