package dk.tovholder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The resource exchange over the API against the deployed app: posting with
 * its rules, filters, "new since my last visit", answering once per
 * organisation (the poster gets an e-mail over real SMTP), the answers seen
 * only by the two organisations, closing, and announcing a post in a
 * network group's next meeting. Each test posts its own posts.
 */
class ExchangeIT {


    @RegisterExtension
    static GreenMailExtension smtp = Mails.server();

    private static LocalDate today() {
        return ServerDay.today();
    }

    private static String form(String kind, String category, String title, LocalDate expiresOn) {
        return Json.createObjectBuilder().add("kind", kind).add("category", category).add("title", title)
                .add("description", "Beskrivelse af " + title).add("targetGroup", "Unge i området")
                .add("expiresOn", expiresOn.toString()).build().toString();
    }

    private static JsonObject post(String user, String kind, String category, String title) {
        HttpResponse<String> made = Server.send(user, "POST", "api/exchange/posts",
                form(kind, category, title, today().plusDays(20)));
        assertEquals(201, made.statusCode(), made::body);
        assertTrue(made.headers().firstValue("Location").orElseThrow().endsWith(
                "/api/exchange/posts/" + Server.json(made).asJsonObject().getJsonNumber("id")));
        return Server.json(made).asJsonObject();
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    private static List<JsonObject> list(String user, String query) {
        String encoded = Arrays.stream(query.split("&")).map(pair -> {
            int eq = pair.indexOf('=');
            return eq < 0 ? pair : pair.substring(0, eq + 1)
                    + URLEncoder.encode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        }).collect(Collectors.joining("&"));
        HttpResponse<String> listed = Server.get("api/exchange/posts?" + encoded, user);
        assertEquals(200, listed.statusCode(), listed::body);
        return Server.json(listed).asJsonArray().getValuesAs(JsonObject.class);
    }

    /** JSON-B leaves out what is null. */
    private static boolean absent(JsonObject o, String key) {
        return !o.containsKey(key) || o.isNull(key);
    }

    private static List<String> titles(List<JsonObject> posts) {
        return posts.stream().map(p -> p.getString("title")).toList();
    }

    private static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aPostIsListedNewestFirstAndFoundByItsKindCategoryAndWords() {
        String word = "Kagebagning" + UUID.randomUUID().toString().substring(0, 6);
        JsonObject offer = post("booker", "OFFER", "ROOMS", "Køkken til " + word);
        JsonObject request = post("deltager", "REQUEST", "VOLUNTEERS", "Hjælpere til " + word);

        assertEquals("OPEN", offer.getString("status"));
        assertEquals("Medborgercentret Norden Plads", offer.getJsonObject("organisation").getString("name"));
        assertTrue(offer.getBoolean("mayEdit"), "the poster's own organisation edits it");
        assertEquals(List.of("Hjælpere til " + word, "Køkken til " + word), titles(list("varmemester", "q=" + word)),
                "newest first");
        assertEquals(List.of("Køkken til " + word), titles(list("varmemester", "q=" + word + "&kind=OFFER")));
        assertEquals(List.of("Hjælpere til " + word),
                titles(list("varmemester", "q=" + word.toLowerCase() + "&category=VOLUNTEERS")));
        JsonObject seen = list("varmemester", "q=" + word).get(0);
        assertFalse(seen.getBoolean("mayEdit"), "another organisation's post");
        assertTrue(seen.getBoolean("mayAnswer"));
        assertTrue(absent(seen, "answers"), "how many answered is the poster's business");
        assertEquals(id(request), id(seen));
    }

    @Test
    void aPostWithoutTitleOrWithAnExpiryInThePastOrTooFarAheadIsRefusedAndNothingIsStored() {
        String title = unique("Fejlopslag");
        HttpResponse<String> past = Server.send("deltager", "POST", "api/exchange/posts",
                form("REQUEST", "GOODS", title, today().minusDays(1)));
        assertEquals(400, past.statusCode(), past::body);
        assertTrue(past.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        assertTrue(past.body().contains("Udløbsdatoen er passeret."), past.body());

        HttpResponse<String> far = Server.send("deltager", "POST", "api/exchange/posts",
                form("REQUEST", "GOODS", title, today().plusDays(400)));
        assertEquals(400, far.statusCode(), far::body);
        assertTrue(far.body().contains("365"), far.body());

        HttpResponse<String> untitled = Server.send("deltager", "POST", "api/exchange/posts",
                form("REQUEST", "GOODS", " ", today().plusDays(3)));
        assertEquals(400, untitled.statusCode(), untitled::body);

        HttpResponse<String> badKind = Server.send("deltager", "POST", "api/exchange/posts",
                form("MAYBE", "GOODS", title, today().plusDays(3)));
        assertEquals(400, badKind.statusCode(), badKind::body);
        assertTrue(list("deltager", "all=true&q=" + title).isEmpty(), "nothing was stored");
    }

    @Test
    void onlyTheOwnOrganisationPostsForItselfAndEditsUnderTheOptimisticLock() {
        JsonObject post = post("deltager", "REQUEST", "ROOMS", unique("Lokale til syklub"));
        long id = id(post);
        long version = post.getJsonNumber("version").longValue();

        HttpResponse<String> foreign = Server.send("booker", "PUT", "api/exchange/posts/" + id + "?version=" + version,
                form("REQUEST", "ROOMS", "Kapret", today().plusDays(5)));
        assertEquals(403, foreign.statusCode(), foreign::body);

        HttpResponse<String> changed = Server.send("deltager", "PUT", "api/exchange/posts/" + id + "?version=" + version,
                form("REQUEST", "ROOMS", "Lokale til syklubben", today().plusDays(40)));
        assertEquals(200, changed.statusCode(), changed::body);
        assertEquals("Lokale til syklubben", Server.json(changed).asJsonObject().getString("title"));
        assertEquals(today().plusDays(40).toString(), Server.json(changed).asJsonObject().getString("expiresOn"));

        HttpResponse<String> stale = Server.send("deltager", "PUT", "api/exchange/posts/" + id + "?version=" + version,
                form("REQUEST", "ROOMS", "Overskrevet", today().plusDays(5)));
        assertEquals(409, stale.statusCode(), "the first version read is stale now");
        assertEquals("Lokale til syklubben",
                Server.json(Server.get("api/exchange/posts/" + id, "deltager")).asJsonObject().getString("title"));

        String forOther = Json.createObjectBuilder(Json.createReader(new StringReader(
                form("OFFER", "OTHER", unique("På andres vegne"), today().plusDays(5)))).readObject())
                .add("organisationId", Server.json(Server.get("api/me", "booker")).asJsonObject()
                        .getJsonNumber("organisationId").longValue()).build().toString();
        HttpResponse<String> onBehalf = Server.send("deltager", "POST", "api/exchange/posts", forOther);
        assertEquals(403, onBehalf.statusCode(), onBehalf::body);
    }

    /** With If-Match (RFC 9110): the ETag the post was read with, instead of ?version=. */
    private static HttpResponse<String> putIfMatch(long id, String query, String ifMatch, String json) {
        return Server.send(Server.request("api/exchange/posts/" + id + query, "deltager")
                .header("Origin", Server.url().replaceAll("/$", "")).header("Content-Type", "application/json")
                .header("If-Match", ifMatch).PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    @Test
    void aPostCarriesItsVersionAsETagAndAChangeMaySendItAsIfMatch() {
        long id = id(post("deltager", "OFFER", "GOODS", unique("Borde til udlån")));
        HttpResponse<String> read = Server.get("api/exchange/posts/" + id, "deltager");
        String etag = read.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag"));
        assertEquals("\"" + Server.json(read).asJsonObject().getJsonNumber("version") + "\"", etag,
                "the ETag is the version, quoted");

        HttpResponse<String> changed = putIfMatch(id, "", etag, form("OFFER", "GOODS", "Seks borde til udlån",
                today().plusDays(20)));
        assertEquals(200, changed.statusCode(), changed::body);
        String newTag = changed.headers().firstValue("ETag").orElseThrow();
        assertNotEquals(etag, newTag, "a new version, a new ETag");

        HttpResponse<String> stale = putIfMatch(id, "", etag, form("OFFER", "GOODS", "Overskrevet", today().plusDays(5)));
        assertEquals(412, stale.statusCode(), "the ETag first read no longer matches: " + stale.body());
        assertTrue(stale.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        assertTrue(stale.body().contains("En anden har gemt"), stale.body());

        HttpResponse<String> weak = putIfMatch(id, "", "W/" + newTag, form("OFFER", "GOODS", "Svag", today().plusDays(5)));
        assertEquals(400, weak.statusCode(), "a weak ETag cannot guard a change: " + weak.body());
        assertTrue(weak.body().contains("If-Match"), weak.body());
        HttpResponse<String> disagree = putIfMatch(id, "?version=1", newTag, form("OFFER", "GOODS", "Uenig",
                today().plusDays(5)));
        assertEquals(400, disagree.statusCode(), "If-Match and version= disagree: " + disagree.body());
        assertEquals("Seks borde til udlån",
                Server.json(Server.get("api/exchange/posts/" + id, "deltager")).asJsonObject().getString("title"),
                "none of the refused changes was stored");
    }

    @Test
    void anAnswerReachesThePosterByMailIsReadOnlyByTheTwoOrganisationsAndIsGivenOnce() throws Exception {
        String title = unique("Frivillige til sommerfesten");
        long id = id(post("deltager", "REQUEST", "VOLUNTEERS", title));
        String message = "Vi kommer med fire frivillige " + UUID.randomUUID();

        HttpResponse<String> own = Server.send("deltager", "POST", "api/exchange/posts/" + id + "/answers",
                Json.createObjectBuilder().add("message", "Selvsvar").build().toString());
        assertEquals(400, own.statusCode(), "an organisation does not answer its own post");

        HttpResponse<String> answered = Server.send("booker", "POST", "api/exchange/posts/" + id + "/answers",
                Json.createObjectBuilder().add("message", message).build().toString());
        assertEquals(201, answered.statusCode(), answered::body);

        HttpResponse<String> again = Server.send("booker", "POST", "api/exchange/posts/" + id + "/answers",
                Json.createObjectBuilder().add("message", "Igen").build().toString());
        assertEquals(409, again.statusCode(), "once per organisation");

        List<JsonObject> posterReads = Server.json(Server.get("api/exchange/posts/" + id + "/answers", "deltager"))
                .asJsonArray().getValuesAs(JsonObject.class);
        assertEquals(List.of(message), posterReads.stream().map(a -> a.getString("message")).toList());
        assertEquals("Medborgercentret Norden Plads",
                posterReads.get(0).getJsonObject("organisation").getString("name"));
        assertTrue(Server.json(Server.get("api/exchange/posts/" + id + "/answers", "booker")).toString()
                .contains(message), "the answering organisation reads its own answer");
        assertFalse(Server.get("api/exchange/posts/" + id + "/answers", "varmemester").body().contains(message),
                "a third organisation does not");
        JsonObject asPoster = Server.json(Server.get("api/exchange/posts/" + id, "deltager")).asJsonObject();
        assertEquals(1, asPoster.getInt("answers"));
        JsonObject asAnswerer = Server.json(Server.get("api/exchange/posts/" + id, "booker")).asJsonObject();
        assertTrue(asAnswerer.getBoolean("answeredByMine"));
        assertFalse(asAnswerer.getBoolean("mayAnswer"));

        MimeMessage mail = Mails.await(smtp, "deltager@example.dk", title);
        assertTrue(mail.getSubject().startsWith("Svar på jeres opslag"), mail.getSubject());
        String body = Mails.text(mail);
        assertTrue(body.contains("Medborgercentret Norden Plads") && body.contains("fire frivillige"), body);
    }

    @Test
    void aClosedPostLeavesTheListAndIsNotAnsweredAnyMore() {
        String title = unique("Brugte cykler");
        JsonObject post = post("booker", "OFFER", "GOODS", title);
        long id = id(post);
        HttpResponse<String> foreign = Server.send("deltager", "POST",
                "api/exchange/posts/" + id + "/close?version=" + post.getJsonNumber("version"), null);
        assertEquals(403, foreign.statusCode());
        HttpResponse<String> closed = Server.send("booker", "POST",
                "api/exchange/posts/" + id + "/close?version=" + post.getJsonNumber("version"), null);
        assertEquals(200, closed.statusCode(), closed::body);
        assertEquals("CLOSED", Server.json(closed).asJsonObject().getString("status"));

        assertTrue(list("deltager", "q=" + title).isEmpty(), "the list shows open posts");
        assertEquals(List.of(title), titles(list("deltager", "all=true&q=" + title)), "unless asked for all");
        HttpResponse<String> late = Server.send("deltager", "POST", "api/exchange/posts/" + id + "/answers",
                Json.createObjectBuilder().add("message", "For sent?").build().toString());
        assertEquals(409, late.statusCode(), late::body);
        assertTrue(late.body().contains("Opslaget er lukket."), late.body());
    }

    @Test
    void postsNewerThanMyLastVisitToTheListAreMarkedNew() {
        WebSession varmemester = WebSession.of("varmemester");
        assertEquals(200, varmemester.get("exchange/posts.xhtml").statusCode()); // the visit
        String title = unique("Nyt efter besøget");
        post("booker", "OFFER", "ACTIVITY", title);

        List<JsonObject> newOnes = list("varmemester", "new=true");
        assertTrue(titles(newOnes).contains(title), () -> "new since the visit: " + titles(newOnes));
        assertTrue(newOnes.stream().allMatch(p -> p.getBoolean("isNew")));
        assertFalse(titles(newOnes).contains("Frivillige til lektiecaféen"), "the demo's posts are older");

        String page = varmemester.get("exchange/posts.xhtml").body();
        assertTrue(page.contains(title) && page.contains("post-new"), "the page marks it new");
        assertTrue(list("varmemester", "new=true&q=" + title).isEmpty(), "opening the list was a new visit");
    }

    @Test
    void aCoordinatorPutsAPostOnTheNextAgendaAndAParticipantProposesIt() {
        String title = unique("Lektiehjælpere søges");
        long id = id(post("deltager", "REQUEST", "VOLUNTEERS", title));
        long group = OwnMeeting.groupId();
        // a meeting of the test's own: the group's next meeting's agenda is other tests' business
        long own = OwnMeeting.schedule("Møde med opslag");

        HttpResponse<String> added = Server.send("koordinator", "POST",
                "api/exchange/posts/" + id + "/announcements?group=" + group + "&meeting=" + own, null);
        assertEquals(201, added.statusCode(), added::body);
        JsonObject announcement = Server.json(added).asJsonObject();
        assertTrue(announcement.getBoolean("added"), "the group's administrator edits the agenda");
        assertEquals(own, announcement.getJsonNumber("meetingId").longValue());
        JsonObject agenda = Server.json(Server.get("api/meetings/" + own, "koordinator")).asJsonObject();
        assertTrue(agenda.toString().contains("Ressourcebørs (Efterlysning): " + title), agenda::toString);
        assertTrue(agenda.toString().contains("Bydelsmødre"), "the item says who posted it");

        HttpResponse<String> proposed = Server.send("deltager", "POST",
                "api/exchange/posts/" + id + "/announcements?group=" + group + "&meeting=" + own, null);
        assertEquals(201, proposed.statusCode(), proposed::body);
        assertFalse(Server.json(proposed).asJsonObject().getBoolean("added"), "a participant proposes it");
        assertEquals(1, Server.json(Server.get("api/meetings/" + own, "koordinator")).asJsonObject()
                .getJsonArray("agenda").size(), "a proposal is not on the agenda until the coordinator accepts it");

        long safety = Server.json(Server.get("api/groups", "admin")).asJsonArray().getValuesAs(JsonObject.class)
                .stream().filter(g -> g.getString("name").equals("Tryghedsgruppen for unge")).findFirst()
                .map(g -> g.getJsonNumber("id").longValue()).orElseThrow();
        HttpResponse<String> scheduled = Server.send("koordinator", "POST", "api/groups/" + safety + "/meetings",
                Json.createObjectBuilder().add("title", "Tryghedsmøde med opslag")
                        .add("day", today().plusMonths(8).toString()).add("start", "10:00").add("minutes", 60)
                        .build().toString());
        assertEquals(201, scheduled.statusCode(), scheduled::body);
        HttpResponse<String> otherGroup = Server.send("koordinator", "POST", "api/exchange/posts/" + id
                + "/announcements?group=" + group + "&meeting=" + id(Server.json(scheduled).asJsonObject()), null);
        assertEquals(400, otherGroup.statusCode(), "a meeting of another group: " + otherGroup.body());
        HttpResponse<String> hidden = Server.send("deltager", "POST",
                "api/exchange/posts/" + id + "/announcements?group=" + safety, null);
        assertEquals(404, hidden.statusCode(), "a members-only group the participant is not in does not exist");
    }

    @Test
    void contactDetailsShowOnlyWithConsentAndTheListCostsAFixedNumberOfStatements() {
        JsonObject pharmacy = list("deltager", "q=Fritidsjob til to unge").get(0);
        assertTrue(absent(pharmacy, "contact"), "the pharmacy has not consented");
        JsonObject meny = list("deltager", "all=true&q=Overskudsvarer hver fredag").get(0);
        assertEquals("domusvista@example.dk", meny.getJsonObject("contact").getString("email"));

        int before = Server.statementsOf("api/exchange/posts?all=true", "deltager");
        for (int i = 0; i < 3; i++) {
            long id = id(post("booker", "OFFER", "OTHER", unique("Fyld")));
            Server.send("varmemester", "POST", "api/exchange/posts/" + id + "/answers",
                    Json.createObjectBuilder().add("message", "Ja tak").build().toString());
        }
        int after = Server.statementsOf("api/exchange/posts?all=true", "deltager");
        assertEquals(before, after, "more posts and answers cost no more statements");
        assertTrue(after <= 6, () -> "statements for the list: " + after);
        assertTrue(Server.statementsOf("exchange/posts.xhtml?seen=0", "deltager") <= 8);
    }
}
