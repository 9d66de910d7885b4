package dk.tovholder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The start page answers "what do I need to do?" for each kind of user, each
 * entry leading to where the job is done, and costs the same few statements
 * however much data there is.
 */
class StartPageIT {

    private static final String HALL = "Store sal";
    private static final String SAFETY_GROUP = "Tryghedsgruppen for unge";
    /** the most statements the start page may cost (measured on H2, warm: 8 for a participant to 12) */
    private static final int AT_MOST = 16;

    @Test
    void aCoordinatorSeesTheDutiesOfTheirOrganisationWithWhatIsStillMissing() {
        WebSession koordinator = WebSession.of("koordinator");
        Document page = page(koordinator);
        Element duties = page.getElementById("homeDuties");
        assertNotNull(duties, "the programme holds coordinator duties in the demo network");
        List<Element> items = duties.select("li.home-duty");
        assertFalse(items.isEmpty());
        assertTrue(items.stream().anyMatch(li -> missing(li).equals(List.of("Indkaldelsen er ikke sendt",
                "Intet lokale booket", "Dagsordenen er ikke udsendt"))),
                () -> "a coming turn lacks the invitation, the room and the agenda, the minutes not yet due: "
                        + duties.text());
        Element first = items.get(0).selectFirst("a.home-link");
        assertTrue(first.attr("href").contains("/meeting/meeting.xhtml?id="), first.attr("href"));
        String group = first.text().substring(first.text().indexOf(" · ") + 3);
        String meetingPage = followed(koordinator, first);
        assertTrue(meetingPage.contains(group), "the duty's link leads to its meeting of " + group);
        assertTrue(followed(koordinator, page.getElementById("allDuties")).contains("Tjekliste"),
                "and the section to the whole checklist");
        assertLinksWork(koordinator, page);
    }

    @Test
    void aParticipantSeesTheNextMeetingsOfTheirGroupsOnlyAndNoRequests() {
        WebSession deltager = WebSession.of("deltager");
        Document page = page(deltager);
        Element meetings = page.getElementById("homeMeetings");
        assertNotNull(meetings, "Bydelsmødre belong to the open network group");
        assertTrue(meetings.text().contains("Netværksgruppen i Søndermarkskvarteret"), meetings::text);
        assertFalse(meetings.text().contains(SAFETY_GROUP), "a members-only group stays with its members");
        assertTrue(meetings.select(".home-stage").stream().allMatch(s -> !s.text().isBlank()),
                "each meeting says how far its agenda has come");
        Element firstMeeting = meetings.selectFirst("a.home-link");
        assertTrue(firstMeeting.attr("href").contains("/meeting/meeting.xhtml?id="));
        assertTrue(followed(deltager, firstMeeting).contains("Netværksgruppen i Søndermarkskvarteret"));
        assertNull(page.getElementById("homeRequests"), "a participant approves no rooms");
        assertNull(page.getElementById("noRequests"), "and is not told about requests at all");
        assertLinksWork(deltager, page);
    }

    @Test
    void aRoomOwnersBookerSeesTheRequestWaitingForTheirApproval() {
        JsonObject request = pendingRequestForTheHall("Forespørgsel " + UUID.randomUUID().toString().substring(0, 8));
        try {
            WebSession booker = WebSession.of("booker");
            Document page = page(booker);
            Element requests = page.getElementById("homeRequests");
            assertNotNull(requests, "the citizens' centre's booker is asked");
            assertTrue(requests.text().contains(request.getString("purpose")), requests::text);
            assertTrue(requests.text().contains("Boligsocial helhedsplan"), "who asks");
            Element link = requests.selectFirst("a.home-link");
            assertTrue(link.attr("href").contains("/room/bookings.xhtml"), link.attr("href"));
            String bookings = followed(booker, link);
            assertTrue(bookings.contains(request.getString("purpose")), "the link leads to where it is approved");
            assertTrue(requests.parent().children().indexOf(requests) == 0,
                    "someone waiting for an answer comes first");
            assertLinksWork(booker, page);
        } finally {
            Server.send("koordinator", "DELETE", "api/bookings/" + request.getJsonNumber("id") + "?version="
                    + request.getJsonNumber("version"), null);
        }
    }

    @Test
    void theCaretakerSeesTheExperienceGroupsNextSession() {
        WebSession varmemester = WebSession.of("varmemester");
        Document page = page(varmemester);
        Element sessions = page.getElementById("homeSessions");
        assertNotNull(sessions, "the caretaker takes part in the experience group");
        assertTrue(sessions.text().contains("Erfaringsgruppen Tartuhus"), sessions::text);
        assertTrue(sessions.text().matches(".*Møde [1-4]: .*"), () -> "the step of the next session: " + sessions.text());
        Element link = sessions.selectFirst("a.home-link");
        assertTrue(link.attr("href").contains("/experience/group.xhtml?id="), link.attr("href"));
        assertTrue(followed(varmemester, link).contains("Erfaringsgruppen Tartuhus"));
        assertLinksWork(varmemester, page);
    }

    @Test
    void aNewExchangePostByAnotherOrganisationIsNewUntilTheExchangeIsOpenedNotTheStartPage() {
        WebSession viewer = WebSession.of("varmemester");
        assertEquals(200, viewer.get("exchange/posts.xhtml").statusCode()); // a visit to the exchange
        String title = "Nyt til forsiden " + UUID.randomUUID().toString().substring(0, 8);
        long id = post("deltager", title);

        Element posts = page(viewer).getElementById("homePosts");
        assertNotNull(posts, "a post since the last visit");
        assertTrue(posts.text().contains(title) && posts.text().contains("Bydelsmødre"), posts::text);
        Element link = posts.select("a.home-link").stream().filter(a -> a.text().equals(title)).findFirst()
                .orElseThrow();
        assertTrue(link.attr("href").contains("/exchange/post.xhtml?id=" + id), link.attr("href"));
        assertTrue(followed(viewer, link).contains(title));
        assertTrue(page(viewer).getElementById("homePosts").text().contains(title),
                "showing the start page is no visit to the exchange");

        assertEquals(200, viewer.get("exchange/posts.xhtml").statusCode()); // the next visit
        Document after = page(viewer);
        assertTrue(after.getElementById("homePosts") == null || !after.getElementById("homePosts").text()
                .contains(title), "seen once the exchange was opened");
        assertNotNull(after.getElementById("noPosts"), "an empty section is one line");

        assertFalse(page(WebSession.of("deltager")).text().contains(title), "one's own posts are not news");
    }

    @Test
    void theStartPageCostsTheSameFewStatementsWithMoreData() {
        List<String> users = List.of("koordinator", "booker", "deltager", "varmemester");
        List<Integer> before = new ArrayList<>();
        for (String user : users) {
            Server.statementsOf("index.xhtml", user); // each once before counting: the caches fill
            before.add(Server.statementsOf("index.xhtml", user));
        }
        List<JsonObject> requests = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                OwnMeeting.schedule("Ekstra møde " + i);
                post("deltager", "Mere data " + i + " " + UUID.randomUUID().toString().substring(0, 8));
                post("booker", "Endnu mere data " + i + " " + UUID.randomUUID().toString().substring(0, 8));
            }
            for (int i = 0; i < 7; i++) {
                requests.add(pendingRequestForTheHall("Mange anmodninger " + i));
            }
            List<Integer> after = new ArrayList<>();
            for (String user : users) {
                Server.statementsOf("index.xhtml", user);
                after.add(Server.statementsOf("index.xhtml", user));
            }
            assertEquals(before, after, "statements of " + users + " before and after more meetings, posts, requests");
            assertTrue(after.stream().allMatch(n -> n <= AT_MOST), () -> "a few statements: " + after);
            Document booker = page(WebSession.of("booker"));
            assertEquals(5, booker.select("#homeRequests li").size(), "five requests shown");
            assertTrue(booker.getElementById("homeRequests").text().contains("Viser de første fem."),
                    "and a word that there are more");
        } finally {
            for (JsonObject r : requests) {
                Server.send("koordinator", "DELETE", "api/bookings/" + r.getJsonNumber("id") + "?version="
                        + r.getJsonNumber("version"), null);
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    private static Document page(WebSession session) {
        HttpResponse<String> response = session.get("index.xhtml");
        assertEquals(200, response.statusCode(), "the start page of " + session.username());
        return Jsoup.parse(response.body(), Server.url());
    }

    /** The missing items of a duty, without the "late" mark. */
    private static List<String> missing(Element duty) {
        return duty.select(".home-missing li").stream().map(li -> li.text().replace(" (Forsinket)", "")).toList();
    }

    /** The page a link leads to, once it answered 200. */
    private static String followed(WebSession session, Element link) {
        String href = link.attr("href");
        HttpResponse<String> response = session.get(href.replaceFirst("^/", "").replaceFirst("#.*$", ""));
        assertEquals(200, response.statusCode(), () -> href + " answered " + response.statusCode());
        assertFalse(response.body().contains("login:password"), () -> href + " asked for a login");
        return response.body();
    }

    /** Every link of the page's sections leads to a page (no 404, no 403, no login). */
    private static void assertLinksWork(WebSession session, Document page) {
        for (Element link : page.select("main .home-section a, main .home-quiet a")) {
            followed(session, link);
        }
    }

    private static long post(String user, String title) {
        String json = Json.createObjectBuilder().add("kind", "OFFER").add("category", "ACTIVITY").add("title", title)
                .add("description", "Beskrivelse af " + title).add("targetGroup", "Alle i området")
                .add("expiresOn", ServerDay.today().plusDays(20).toString()).build().toString();
        HttpResponse<String> made = Server.send(user, "POST", "api/exchange/posts", json);
        assertEquals(201, made.statusCode(), made::body);
        return Server.json(made).asJsonObject().getJsonNumber("id").longValue();
    }

    /**
     * A request of the programme for the citizens' centre's hall (which needs
     * the owner's approval), early in the morning of one of the next days: the
     * soonest requests are the ones the start page shows.
     */
    private static JsonObject pendingRequestForTheHall(String purpose) {
        long hall = Server.json(Server.get("api/rooms", "koordinator")).asJsonArray().getValuesAs(JsonObject.class)
                .stream().filter(r -> r.getString("name").equals(HALL)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        LocalDate today = ServerDay.today();
        for (int days = 1; days <= 10; days++) {
            String json = Json.createObjectBuilder().add("roomId", hall).add("day", today.plusDays(days).toString())
                    .add("start", "08:00").add("end", "08:45").add("people", 10).add("purpose", purpose)
                    .build().toString();
            HttpResponse<String> made = Server.send("koordinator", "POST", "api/bookings", json);
            if (made.statusCode() == 201) {
                JsonObject booking = Server.json(made).asJsonObject();
                assertEquals("PENDING", booking.getString("status"), "the hall needs the owner's approval");
                return booking;
            }
        }
        throw new AssertionError("no morning free in the hall the next ten days");
    }
}
