package dk.tovholder.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tovholder.it.OwnMeeting;
import dk.tovholder.it.Server;
import dk.tovholder.it.ServerDay;
import jakarta.json.Json;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The handbook's tools in a real browser: the network map draws the demo
 * network with the Tartuhus resident board marked as standing apart and
 * saves itself as a PNG; a coordinator runs the value game in a meeting; an
 * organisation posts in the resource exchange and another answers. Every
 * page passes axe.
 */
@ExtendWith(Browser.class)
class HandbookToolsBrowserIT {

    private static final String TARTUHUS = "Afdelingsbestyrelsen i Tartuhus";

    @BeforeEach
    void freshVisitor() {
        Browser.forgetVisitor();
    }

    @Test
    void theMapDrawsTheDemoNetworkWithTartuhusStandingApartAndSavesAPng() {
        LoginPage.logIn("deltager", Server.PASSWORD);
        Browser.width(1366);
        Browser.navigate(By.id("nav-map"));
        WebElement map = Browser.find(By.id("map"));
        Browser.await(20)
                .until(d -> "true".equals(map.getAttribute("data-ready")) || map.getAttribute("data-error") != null);
        assertEquals(null, map.getAttribute("data-error"));
        assertTrue(Double.parseDouble(map.getAttribute("data-label-px")) >= 12,
                "labels readable on a laptop: " + map.getAttribute("data-label-px") + " px");
        List<String> types = Browser.driver().findElements(By.cssSelector("#typeLegend li")).stream()
                .map(WebElement::getText).toList();
        assertEquals(6, types.size(), "a colour for each type of organisation: " + types);
        assertTrue(types.contains("Beboerdreven forening") && types.contains("Erhvervsdrivende"), types::toString);
        assertTrue(Browser.find(By.id("markLegend")).getText().contains("kerneaktør"), "the thick border");
        assertTrue(Browser.find(By.id("markLegend")).getText().contains("står alene"), "the dashed border");
        Browser.guideShot("network-map-1366");
        int organisations = Browser.driver().findElements(By.cssSelector("#actors tbody tr")).size();
        assertTrue(organisations >= 10, "the demo's organisations");
        assertEquals(String.valueOf(organisations), map.getAttribute("data-nodes"), "every organisation is drawn");
        assertTrue(Integer.parseInt(map.getAttribute("data-ties")) >= 10, "and its collaborations");

        WebElement tartuhus = Browser.find(By.xpath("//table[@id='actors']//tr[.//a[normalize-space()='" + TARTUHUS
                + "']]"));
        assertTrue(tartuhus.getAttribute("class").contains("isolated"), "Tartuhus stands apart");
        assertEquals("1", tartuhus.findElement(By.className("degree")).getText());
        Boolean drawnApart = (Boolean) ((JavascriptExecutor) Browser.driver()).executeScript(
                "return window.cytoscape !== undefined");
        assertTrue(drawnApart);
        WebElement wanting = Browser.find(By.xpath("//ul[@id='wantingMore']/li[.//strong[normalize-space()='"
                + TARTUHUS + "']]"));
        assertFalse(wanting.findElements(By.className("suggestion")).isEmpty(), "with suggested partners");
        assertTrue(Browser.find(By.id("wantingMore")).getText().contains("Apoteket Lille Bjørn"),
                "the pharmacy wants more too");
        assertTrue(Browser.find(By.id("coreActors")).getText().contains("Medborgercentret Norden Plads"));
        Browser.assertAccessible();
        Browser.width(360);
        try {
            Browser.driver().navigate().refresh();
            WebElement small = Browser.find(By.id("map"));
            Browser.await(20).until(d -> "true".equals(small.getAttribute("data-ready")));
            assertTrue(Double.parseDouble(small.getAttribute("data-label-px")) >= 11, "and on a phone");
            Browser.assertFitsWidth();
            Browser.assertAccessible();
            Browser.guideShot("network-map-360");
        } finally {
            Browser.width(1366);
        }
        Browser.driver().navigate().refresh();
        WebElement again = Browser.find(By.id("map"));
        Browser.await(20).until(d -> "true".equals(again.getAttribute("data-ready")));

        Browser.click(By.id("exportPng"));
        String png = Browser.find(By.id("exportPng")).getAttribute("href");
        assertTrue(png.startsWith("data:image/png;base64,"), () -> png.substring(0, Math.min(60, png.length())));
        List<String> console = Browser.consoleErrors();
        assertTrue(console.isEmpty(), () -> "console: " + console);

        // a filter by kind: only room lending is drawn
        Browser.click(By.id("kind-ROOM_LENDING"));
        Browser.navigate(By.id("showMap"));
        WebElement filtered = Browser.find(By.id("map"));
        Browser.await(20)
                .until(d -> "true".equals(filtered.getAttribute("data-ready")));
        assertTrue(Integer.parseInt(filtered.getAttribute("data-ties")) >= 2);
        assertTrue(Browser.find(By.id("exportSvg")).getAttribute("href").contains("kind=ROOM_LENDING"),
                "the exports follow the filter");
        Browser.width(1280);
    }

    @Test
    void aCoordinatorRunsTheValueGameInAMeetingAndAParticipantMarksTheirOwn() {
        long meeting = OwnMeeting.schedule("Værdispil " + UUID.randomUUID().toString().substring(0, 6));
        LoginPage.logIn("koordinator", Server.PASSWORD);
        Browser.driver().get(Server.url() + "meeting/meeting.xhtml?id=" + meeting);
        Browser.navigate(By.id("valueGameLink"));
        assertEquals("Værdispillet er ikke startet for dette møde.", Browser.find(By.id("notStarted")).getText());
        Browser.navigate(By.id("start:startButton"));
        Browser.awaitText(By.tagName("main"), "Værdispillet er startet.");
        Browser.assertAccessible();

        // facilitating: the citizens' centre says what it gets
        new Select(Browser.find(By.id("organisation"))).selectByVisibleText("Medborgercentret Norden Plads");
        Browser.navigate(By.id("chooseButton"));
        Browser.click(By.xpath("//label[normalize-space()='Stærkere grundlag for samarbejde']"));
        Browser.click(By.xpath("//label[normalize-space()='Adgang til flere ressourcer']"));
        Browser.type(By.id("answer:ownValue"), "Et levende hus");
        Browser.navigate(By.id("answer:saveAnswer"));
        Browser.awaitText(By.tagName("main"), "Svaret for Medborgercentret Norden Plads er gemt.");

        LoginPage.logOut();
        LoginPage.logIn("deltager", Server.PASSWORD);
        Browser.driver().get(Server.url() + "meeting/values.xhtml?meeting=" + meeting);
        assertTrue(Browser.driver().findElements(By.id("organisation")).isEmpty(), "a participant answers for "
                + "their own organisation only");
        Browser.click(By.xpath("//label[normalize-space()='Bredere målgruppe']"));
        Browser.navigate(By.id("answer:saveAnswer"));
        Browser.awaitText(By.tagName("main"), "Svaret for Bydelsmødre er gemt.");
        assertTrue(Browser.driver().findElements(By.id("close:closeButton")).isEmpty(), "nor closes the game");

        LoginPage.logOut();
        LoginPage.logIn("koordinator", Server.PASSWORD);
        Browser.driver().get(Server.url() + "meeting/values.xhtml?meeting=" + meeting);
        Browser.click(By.id("close:closeButton"));
        Browser.confirm(); // closing the game cannot be undone: it asks first
        Browser.awaitLoaded();
        Browser.awaitText(By.tagName("main"), "Værdispillet er afsluttet og gemt med referatet.");
        List<String> rays = Browser.driver().findElements(By.cssSelector("#sunList .ray-value")).stream()
                .map(WebElement::getText).toList();
        assertEquals(5, rays.size(), "one ray per value");
        assertTrue(rays.contains("Adgang til flere ressourcer (1)") && rays.contains("Bredere målgruppe (1)"), rays::toString);
        assertTrue(Browser.find(By.id("sunList")).getText().contains("Medborgercentret Norden Plads"));
        assertSunLabelsInside();
        Browser.width(1366);
        Browser.guideShot("value-game-1366");
        Browser.width(360);
        try {
            Browser.assertFitsWidth();
            assertSunLabelsInside();
            Browser.assertAccessible();
            Browser.guideShot("value-game-360");
        } finally {
            Browser.width(1280);
        }
        WebElement centre = Browser.find(By.xpath("//table[@id='answers']//tr[th[normalize-space()="
                + "'Medborgercentret Norden Plads']]"));
        assertEquals("Et levende hus", centre.findElement(By.className("own-value")).getText());
        assertTrue(Browser.driver().findElements(By.id("answer:saveAnswer")).isEmpty(), "closed: no more answers");
        Browser.assertAccessible();

        Browser.driver().get(Server.url() + "organisation/list.xhtml");
        Browser.navigate(By.linkText("Medborgercentret Norden Plads"));
        assertTrue(Browser.find(By.id("valueAnswers")).getText().contains("Et levende hus"),
                "the organisation's answers over time are on its profile");
    }

    @Test
    void anOrganisationPostsARequestAndAnotherAnswersIt() {
        String title = "Borde til loppemarkedet " + UUID.randomUUID().toString().substring(0, 6);
        LoginPage.logIn("deltager", Server.PASSWORD);
        Browser.navigate(By.id("nav-exchange"));
        Browser.assertAccessible();
        Browser.navigate(By.id("createPost"));
        Browser.navigate(By.id("post:save"));
        assertTrue(Browser.find(By.tagName("main")).getText().contains("Skal udfyldes."), "a title is needed");
        new Select(Browser.find(By.id("post:category"))).selectByVisibleText("Lokaler og faciliteter");
        Browser.type(By.id("post:title"), title);
        Browser.type(By.id("post:description"), "Vi mangler ti borde en lørdag i maj.");
        Browser.navigate(By.id("post:save"));
        Browser.awaitText(By.tagName("main"), "er gemt.");
        assertEquals("Efterlysning", Browser.find(By.id("postKind")).getText());
        Browser.assertAccessible();

        LoginPage.logOut();
        LoginPage.logIn("booker", Server.PASSWORD);
        Browser.navigate(By.id("nav-exchange"));
        Browser.navigate(By.linkText(title));
        Browser.type(By.id("answer:message"), "Vi har borde i kælderen; hent dem fredag.");
        Browser.navigate(By.id("answer:send"));
        Browser.awaitText(By.tagName("main"), "Jeres svar er sendt til Bydelsmødre.");
        assertTrue(Browser.find(By.id("answers")).getText().contains("hent dem fredag"));

        LoginPage.logOut();
        LoginPage.logIn("deltager", Server.PASSWORD);
        Browser.navigate(By.id("nav-exchange"));
        Browser.navigate(By.linkText(title));
        assertTrue(Browser.find(By.id("answers")).getText().contains("Medborgercentret Norden Plads"),
                "the poster reads the answer");
    }

    @Test
    void aPostIsAnnouncedInAComingMeetingTheUserChoosesAmongThoseThatStillTakeIt() {
        String title = "Rollatorer til udlån " + UUID.randomUUID().toString().substring(0, 6);
        String json = Json.createObjectBuilder().add("kind", "OFFER").add("category", "OTHER")
                .add("title", title).add("description", "To rollatorer står klar.").add("targetGroup", "Ældre")
                .add("expiresOn", ServerDay.today().plusDays(20).toString()).build().toString();
        HttpResponse<String> made = Server.send("booker", "POST", "api/exchange/posts", json);
        assertEquals(201, made.statusCode(), made::body);
        long post = Server.json(made).asJsonObject().getJsonNumber("id").longValue();

        // the caretaker's organisation is a member, but he takes no part himself: he cannot propose items, so only
        // the meetings whose agenda his organisation writes are offered (not one that would then be refused)
        LoginPage.logIn("varmemester", Server.PASSWORD);
        Browser.open("exchange/post.xhtml?id=" + post);
        List<String> his = options();
        assertTrue(his.stream().allMatch(o -> o.endsWith("på dagsordenen")), his::toString);
        LoginPage.logOut();

        LoginPage.logIn("deltager", Server.PASSWORD);
        Browser.open("exchange/post.xhtml?id=" + post);
        List<String> offered = options();
        assertFalse(offered.isEmpty(), "the group's coming meetings");
        assertTrue(offered.stream().allMatch(o -> o.startsWith("Netværksgruppen i Søndermarkskvarteret · ")
                && o.endsWith("som forslag")), offered::toString);
        Browser.assertFitsAPhone();
        Browser.navigate(By.id("announce:announceButton"));
        Browser.awaitText(By.tagName("main"), "Vælg et møde.");
        Select meeting = new Select(Browser.find(By.id("announce:meeting")));
        String chosen = offered.get(offered.size() - 1); // the last: the nearest meetings are other tests' business
        meeting.selectByVisibleText(chosen);
        Browser.navigate(By.id("announce:announceButton"));
        Browser.awaitText(By.cssSelector(".message-info"), "Opslaget er foreslået til dagsordenen.");
        assertTrue(Browser.path().startsWith("/meeting/meeting.xhtml?id="), Browser.path());
        assertTrue(Browser.find(By.tagName("main")).getText().contains("Ressourcebørs (Tilbud): " + title),
                "among my proposals");
    }

    private static List<String> options() {
        return Browser.driver().findElements(By.cssSelector("select[id='announce:meeting'] option")).stream()
                .map(WebElement::getText).map(String::trim).filter(t -> !t.startsWith("Vælg")).toList();
    }

    /**
     * Every label the sun shows (the value with its count on a laptop, the ray's number and count on a phone) is
     * drawn inside the picture, and large enough to read (at least 11 px).
     */
    private static void assertSunLabelsInside() {
        @SuppressWarnings("unchecked")
        List<String> problems = (List<String>) ((JavascriptExecutor) Browser.driver()).executeScript(
                "var svg = document.getElementById('sun').getBoundingClientRect(); var out = [];"
                + "document.querySelectorAll('#sun .ray-label, #sun .ray-short').forEach(function (t) {"
                + "  if (getComputedStyle(t).display === 'none') { return; }"
                + "  var r = t.getBoundingClientRect();"
                + "  var px = parseFloat(getComputedStyle(t).fontSize) * svg.width / 1060;"
                + "  if (r.left < svg.left - 1 || r.right > svg.right + 1 || r.top < svg.top - 1 || r.bottom > svg.bottom + 1)"
                + "    { out.push('cut off: ' + t.textContent.trim()); }"
                + "  if (px < 11) { out.push(Math.round(px) + ' px: ' + t.textContent.trim()); } });"
                + "return out;");
        assertTrue(problems.isEmpty(), () -> "at " + Browser.driver().manage().window().getSize() + ": " + problems);
        assertEquals(5, ((Number) ((JavascriptExecutor) Browser.driver()).executeScript(
                "return Array.prototype.filter.call(document.querySelectorAll('#sun .ray-label, #sun .ray-short'),"
                + " function (t) { return getComputedStyle(t).display !== 'none'; }).length")).intValue(),
                "five labels drawn");
    }
}
