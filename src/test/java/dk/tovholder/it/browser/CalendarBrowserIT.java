package dk.tovholder.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tovholder.it.Server;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Calendar subscriptions as a participant makes them in the browser: from the profile to the list of
 * subscriptions, subscribe to my own calendar (once: a second click shows the one I have), copy its address, open it
 * as webcal, fetch the secret address as a calendar app does (no cookie), revoke it, and the address is dead. The
 * page fits a phone and passes axe in Danish and English.
 * <p>
 * Data: deltager's own feeds only. Other tests (CalendarFeedsIT, AccessMatrixIT) may have left deltager's own
 * calendar subscribed, so the test works with whichever is there and revokes it at the end.
 */
@ExtendWith(Browser.class)
class CalendarBrowserIT {

    private static final By ADDRESSES = By.cssSelector("[id='feeds:list'] input.feed-address");
    private static final By EMPTY = By.id("feedsNone");
    private static final String MINE = "Min kalender";
    private static final String NONE = "Du har ingen kalenderabonnementer endnu.";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void freshVisitor() {
        Browser.forgetVisitor();
    }

    @Test
    void aParticipantSubscribesToTheirCalendarOnceCopiesItFetchesItWithoutLoginAndRevokesIt() throws Exception {
        LoginPage.logIn("deltager", Server.PASSWORD);
        Browser.navigate(By.id("nav-profile"));
        Browser.navigate(By.id("calendars"));
        assertEquals("Kalenderabonnementer", Browser.heading());
        assertTrue(Browser.path().startsWith("/account/calendars.xhtml"), Browser.path());

        Set<String> before = addresses();
        if (before.isEmpty()) {
            assertEquals(NONE, Browser.find(EMPTY).getText().trim(), "the list says there are no subscriptions");
        } else {
            assertTrue(Browser.driver().findElements(EMPTY).isEmpty(), "no 'none' message above existing rows");
        }
        boolean had = !minePanels().isEmpty();

        WebElement mine = Browser.find(By.id("subscribe:mine"));
        assertTrue(mine.getText().startsWith("Min kalender"), mine.getText());
        Browser.navigate(By.id("subscribe:mine"));
        Browser.awaitText(By.cssSelector(".message-info"), had
                ? "Du abonnerer allerede på denne kalender."
                : "Abonnementet er oprettet. Kopiér adressen ind i din kalender.");
        assertTrue(Browser.path().startsWith("/account/calendars.xhtml"), "back on the list: " + Browser.path());
        assertEquals(1, minePanels().size(), "one subscription of my calendar");
        Set<String> after = addresses();
        assertEquals(before.size() + (had ? 0 : 1), after.size(), after::toString);
        String address = minePanels().get(0).findElement(By.cssSelector("input.feed-address")).getAttribute("value");

        // a second click: the same one, no new row
        Browser.navigate(By.id("subscribe:mine"));
        Browser.awaitText(By.cssSelector(".message-info"), "Du abonnerer allerede på denne kalender.");
        assertEquals(after, addresses(), "no second row");
        assertTrue(Browser.driver().findElements(EMPTY).isEmpty(), "no 'none' message once there is a row");
        assertTrue(address.endsWith(".ics"), address);
        assertTrue(address.startsWith(Server.url() + "calendar/"), "the address points to this server: " + address);

        WebElement panel = panel(address);
        WebElement field = panel.findElement(By.cssSelector("input.feed-address"));
        assertTrue(field.getAttribute("readonly") != null, "the address field is read-only");
        assertEquals(address.replaceFirst("^https?://", "webcal://"),
                panel.findElement(By.className("webcal-link")).getAttribute("href"), "the webcal link");
        Browser.click(By.xpath(panelXpath(address) + "//button[contains(@class, 'copy-button')]"));
        Browser.awaitText(By.xpath(panelXpath(address) + "//*[contains(@class, 'copy-status')]"), "Kopieret");
        assertEquals("status", panel.findElement(By.className("copy-status")).getAttribute("role"), "announced");

        HttpResponse<String> feed = fetch(address);
        assertEquals(200, feed.statusCode(), "a calendar app fetches the feed without any login");
        String type = feed.headers().firstValue("Content-Type").orElse("");
        assertTrue(type.startsWith("text/calendar"), type);
        assertTrue(feed.body().contains("BEGIN:VCALENDAR"), feed.body());
        assertTrue(feed.body().contains("Netværksgruppen i Søndermarkskvarteret"),
                "deltager's meetings of the network group are in the feed: " + feed.body());

        Browser.click(By.cssSelector("#calendarHelp summary"));
        assertTrue(Browser.find(By.id("calendarHelp")).getText().contains("Google Kalender"), "how to subscribe");
        Browser.assertAccessible();
        Browser.width(1366);
        Browser.guideShot("calendars-1366");
        Browser.width(360);
        try {
            Browser.assertFitsWidth();
            Browser.guideShot("calendars-360");
        } finally {
            Browser.width(1280);
        }
        List<String> console = Browser.consoleErrors();
        assertTrue(console.isEmpty(), () -> "console: " + console);

        Browser.navigate(By.id("languageForm:lang-en"));
        try {
            Browser.awaitText(By.tagName("h1"), "Calendar subscriptions");
            assertTrue(Browser.find(By.id("calendarHelp")).getText().contains("How to subscribe"));
            Browser.assertAccessible();
        } finally {
            Browser.navigate(By.id("languageForm:lang-da"));
            Browser.awaitText(By.tagName("h1"), "Kalenderabonnementer");
        }

        Browser.click(By.xpath(panelXpath(address) + "//*[contains(@id, ':revoke')]"));
        Browser.confirm(); // the address stops working: it asks first
        Browser.awaitLoaded();
        Browser.awaitText(By.cssSelector(".message-info"), "Abonnementet er tilbagekaldt; adressen virker ikke mere.");
        Set<String> left = addresses();
        assertFalse(left.contains(address), "the revoked one is gone: " + left);
        after.remove(address);
        assertEquals(after, left, "the other subscriptions are untouched");
        if (left.isEmpty()) {
            assertEquals(NONE, Browser.find(EMPTY).getText().trim());
        }

        HttpResponse<String> revoked = fetch(address);
        assertEquals(404, revoked.statusCode(), "a revoked address no longer works");
        assertFalse(revoked.body().contains("BEGIN:VCALENDAR"));
    }

    /** The feed addresses in the list, as their read-only fields hold them. */
    private static Set<String> addresses() {
        Browser.find(By.id("feeds:list"));
        List<String> values = Browser.driver().findElements(ADDRESSES).stream()
                .map(input -> input.getAttribute("value")).toList();
        Set<String> distinct = new HashSet<>(values);
        assertEquals(values.size(), distinct.size(), "every subscription has its own address: " + values);
        return distinct;
    }

    private static List<WebElement> minePanels() {
        return Browser.driver().findElements(By.xpath("//*[@id='feeds:list']//li[contains(@class, 'feed')]"
                + "[.//h3[normalize-space()='" + MINE + "']]"));
    }

    private static String panelXpath(String address) {
        return "//*[@id='feeds:list']//li[contains(@class, 'feed')][.//input[contains(@class, 'feed-address') and @value='"
                + address + "']]";
    }

    private static WebElement panel(String address) {
        return Browser.find(By.xpath(panelXpath(address)));
    }

    /** Fetched as a calendar app does: a fresh client, no cookie, no credentials. */
    private static HttpResponse<String> fetch(String address) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(address)).timeout(Duration.ofSeconds(15)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
