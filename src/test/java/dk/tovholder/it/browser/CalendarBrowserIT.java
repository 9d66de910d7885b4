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
 * subscriptions, subscribe to my own calendar, fetch the secret address as a calendar app does (no cookie), revoke
 * it, and the address is dead.
 * <p>
 * Data: deltager's own feeds only. Other tests (CalendarFeedsIT) may have left feeds of deltager behind, so the
 * test counts the rows before and after and only revokes the feed it made.
 */
@ExtendWith(Browser.class)
class CalendarBrowserIT {

    private static final By ADDRESSES = By.cssSelector("[id='feeds:list'] input.feed-address");
    private static final By EMPTY = By.cssSelector("[id='feeds:list'] .ui-datatable-empty-message");
    private static final String NONE = "Du har ingen kalenderabonnementer endnu.";
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void freshVisitor() {
        Browser.forgetVisitor();
    }

    @Test
    void aParticipantSubscribesToTheirCalendarFetchesItWithoutLoginAndRevokesIt() throws Exception {
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

        WebElement mine = Browser.find(By.id("subscribe:mine"));
        assertTrue(mine.getText().startsWith("Min kalender"), mine.getText());
        Browser.navigate(By.id("subscribe:mine"));
        Browser.awaitText(By.cssSelector(".message-info"), "Abonnementet er oprettet. Kopiér adressen ind i din kalender.");
        assertTrue(Browser.path().startsWith("/account/calendars.xhtml"), "back on the list: " + Browser.path());

        Set<String> after = addresses();
        assertEquals(before.size() + 1, after.size(), "one new row: " + after);
        assertTrue(Browser.driver().findElements(EMPTY).isEmpty(), "no 'none' message once there is a row");
        after.removeAll(before);
        assertEquals(1, after.size(), "exactly one new address: " + after);
        String address = after.iterator().next();
        assertTrue(address.endsWith(".ics"), address);
        assertTrue(address.startsWith(Server.url() + "calendar/"), "the address points to this server: " + address);

        WebElement field = row(address).findElement(By.cssSelector("input.feed-address"));
        assertTrue(field.getAttribute("readonly") != null, "the address field is read-only");
        assertTrue(row(address).getText().contains("Min kalender"), row(address).getText());

        HttpResponse<String> feed = fetch(address);
        assertEquals(200, feed.statusCode(), "a calendar app fetches the feed without any login");
        String type = feed.headers().firstValue("Content-Type").orElse("");
        assertTrue(type.startsWith("text/calendar"), type);
        assertTrue(feed.body().contains("BEGIN:VCALENDAR"), feed.body());
        assertTrue(feed.body().contains("Netværksgruppen i Søndermarkskvarteret"),
                "deltager's meetings of the network group are in the feed: " + feed.body());

        Browser.assertAccessible();

        Browser.navigate(By.xpath(rowXpath(address) + "//*[contains(@id, ':revoke')]"));
        Browser.awaitText(By.cssSelector(".message-info"), "Abonnementet er tilbagekaldt; adressen virker ikke mere.");
        Set<String> left = addresses();
        assertFalse(left.contains(address), "the revoked row is gone: " + left);
        assertEquals(before, left, "the other subscriptions are untouched");
        if (before.isEmpty()) {
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

    private static String rowXpath(String address) {
        return "//*[@id='feeds:list']//tr[.//input[contains(@class, 'feed-address') and @value='" + address + "']]";
    }

    private static WebElement row(String address) {
        return Browser.find(By.xpath(rowXpath(address)));
    }

    /** Fetched as a calendar app does: a fresh client, no cookie, no credentials. */
    private static HttpResponse<String> fetch(String address) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(address)).timeout(Duration.ofSeconds(15)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
