package dk.tovholder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/**
 * Calendar feeds as a calendar app fetches them (no login, the token in the
 * address): parsed back with ical4j, wall-clock times across summer time, no
 * members-only meetings for outsiders, revoked tokens gone, cancellations kept.
 */
class CalendarFeedsIT {

    private static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    private static final String NETWORK_GROUP = "Netværksgruppen i Søndermarkskvarteret";
    private static final String SAFETY_GROUP = "Tryghedsgruppen for unge";

    private static String origin() {
        return Server.url().replaceAll("/$", "");
    }

    private static JsonObject subscribe(String user, String kind, Long target) {
        HttpResponse<String> created = Server.send(Server.request("api/calendar/feeds?kind=" + kind
                + (target == null ? "" : "&target=" + target), user).header("Origin", origin())
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertTrue(created.statusCode() == 201 || created.statusCode() == 200, created.statusCode() + " " + created.body());
        return Server.json(created).asJsonObject();
    }

    /** The feed fetched as a calendar app does: no credentials at all. */
    private static HttpResponse<String> fetch(String url) {
        String path = url.substring(url.indexOf("calendar/"));
        return Server.send(Server.request(path, null).build());
    }

    private static Calendar parse(HttpResponse<String> response) throws Exception {
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        return new CalendarBuilder().build(new StringReader(response.body()));
    }

    private static long groupId(String name, String user) {
        return Server.json(Server.get("api/groups", user)).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(g -> g.getString("name").equals(name)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private static ZonedDateTime startOf(VEvent e) {
        return ZonedDateTime.from(e.getDateTimeStart().get().getDate()).withZoneSameInstant(ZONE);
    }

    @Test
    void aPersonalFeedCostsTheSameStatementsHoweverManyGroupsThePersonBelongsTo() {
        JsonObject feed = subscribe("koordinator", "PERSON", null);
        String url = feed.getString("url");
        String path = url.substring(url.indexOf("calendar/"));
        Server.statementsOf(path, null); // warm: what every request shares is cached
        List<String> before = Server.sqlOf(path, null);
        WebSession koordinator = WebSession.of("koordinator");
        for (int i = 0; i < 2; i++) {
            JsfForm create = JsfForm.of(koordinator.get("network/edit.xhtml"), "edit");
            HttpResponse<String> created = create.set("edit:name", "Kalendergruppen " + Long.toString(System.nanoTime(), 36))
                    .set("edit:purpose", "To grupper mere i koordinatorens kalender").submit(koordinator, "edit:save");
            assertEquals(302, created.statusCode(), () -> "the group is created: " + created.body());
        }
        Server.statementsOf(path, null); // the new groups read once, as the first one was
        List<String> after = Server.sqlOf(path, null);
        assertEquals(before.size(), after.size(), () -> "two groups more cost no more statements: before "
                + String.join("\n", before) + "\nafter " + String.join("\n", after));
    }

    @Test
    void myFeedHasMyGroupsMeetingsAtNineLocalTimeInWinterAndSummerAndNothingMembersOnlyOfOthers() throws Exception {
        JsonObject feed = subscribe("deltager", "PERSON", null);
        HttpResponse<String> response = fetch(feed.getString("url"));
        Calendar calendar = parse(response);
        assertTrue(response.body().contains("TZID:Europe/Copenhagen"), "the zone's definition is in the feed");
        List<VEvent> events = calendar.getComponents("VEVENT");
        List<VEvent> network = events.stream()
                .filter(e -> e.getSummary().get().getValue().equals(NETWORK_GROUP)).toList();
        assertFalse(network.isEmpty(), "the open group's meetings");
        assertTrue(network.stream().anyMatch(e -> startOf(e).getOffset().getTotalSeconds() == 3600 && startOf(e).getHour() == 9),
                "a winter meeting at 09:00 local");
        assertTrue(network.stream().anyMatch(e -> startOf(e).getOffset().getTotalSeconds() == 7200 && startOf(e).getHour() == 9),
                "a summer meeting at 09:00 local");
        assertTrue(events.stream().allMatch(e -> e.getUid().get().getValue().matches("(meeting|booking)-\\d+@tovholder")));
        assertFalse(response.body().contains(SAFETY_GROUP), "a members-only group's meetings never reach a non-member");
        network.forEach(e -> assertTrue(e.getProperty("URL").get().getValue().contains("/meeting/meeting.xhtml?id="),
                "a link back to the page"));

        JsonObject coordinators = subscribe("koordinator", "PERSON", null);
        assertTrue(fetch(coordinators.getString("url")).body().contains(SAFETY_GROUP), "its members see it");
    }

    @Test
    void aGroupFeedIsForItsMembersOnlyAndARevokedOrUnknownTokenIsA404() throws Exception {
        long safety = groupId(SAFETY_GROUP, "koordinator");
        HttpResponse<String> outsider = Server.send(Server.request("api/calendar/feeds?kind=GROUP&target=" + safety,
                "deltager").header("Origin", origin()).POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(404, outsider.statusCode(), "the group does not exist for a non-member");

        JsonObject feed = subscribe("koordinator", "GROUP", safety);
        Calendar calendar = parse(fetch(feed.getString("url")));
        assertFalse(calendar.getComponents("VEVENT").isEmpty());
        HttpResponse<String> revoked = Server.send(Server.request("api/calendar/feeds/" + feed.getInt("id"), "koordinator")
                .header("Origin", origin()).DELETE().build());
        assertEquals(204, revoked.statusCode());
        HttpResponse<String> gone = fetch(feed.getString("url"));
        assertEquals(404, gone.statusCode());
        assertEquals("", gone.body(), "no detail");
        assertEquals(404, Server.send(Server.request("calendar/not-a-token.ics", null).build()).statusCode());
        assertEquals(404, Server.send(Server.request("calendar/" + "A".repeat(43) + ".ics", null).build()).statusCode());
    }

    @Test
    void aCancelledBookingStaysInTheRoomsFeedAsCancelledWithAHigherSequence() throws Exception {
        long room = Server.json(Server.get("api/rooms", "booker")).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("name").equals("Mødelokale 2")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        LocalDate day = ServerDay.today().plusMonths(7).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        if (day.isAfter(ServerDay.today().plusDays(300))) {
            day = ServerDay.today().plusDays(200).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        }
        String body = Json.createObjectBuilder().add("roomId", room).add("day", day.toString()).add("start", "08:00")
                .add("end", "09:00").add("people", 3).add("purpose", "Kalendertest").build().toString();
        HttpResponse<String> booked = Server.send(Server.request("api/bookings", "booker").header("Origin", origin())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertEquals(201, booked.statusCode(), booked.body());
        long id = Server.json(booked).asJsonObject().getJsonNumber("id").longValue();
        String uid = "booking-" + id + "@tovholder";

        JsonObject feed = subscribe("booker", "ROOM", room);
        VEvent before = find(parse(fetch(feed.getString("url"))), uid);
        assertEquals("CONFIRMED", before.getProperty("STATUS").get().getValue());

        HttpResponse<String> cancelled = Server.send(Server.request("api/bookings/" + id, "booker")
                .header("Origin", origin()).DELETE().build());
        assertEquals(200, cancelled.statusCode(), cancelled.body());
        VEvent after = find(parse(fetch(feed.getString("url"))), uid);
        assertEquals("CANCELLED", after.getProperty("STATUS").get().getValue(), "not a silent disappearance");
        assertTrue(Integer.parseInt(after.getProperty("SEQUENCE").get().getValue())
                > Integer.parseInt(before.getProperty("SEQUENCE").get().getValue()), "SEQUENCE raised on the change");
        assertTrue(after.getProperty("LOCATION").get().getValue().contains("Nordens Plads"), "the room's address");

        HttpResponse<String> download = Server.get("api/calendar/bookings/" + id + ".ics", "booker");
        assertEquals(200, download.statusCode());
        assertTrue(download.body().contains("METHOD:PUBLISH") && download.body().contains(uid), download.body());
    }

    @Test
    void subscribingTwiceToOneCalendarAnswersTheSubscriptionOneHasAndARevokeMakesRoomForANewAddress() throws Exception {
        long network = groupId(NETWORK_GROUP, "koordinator");
        HttpResponse<String> first = post("koordinator", "GROUP", network);
        assertTrue(first.statusCode() == 201 || first.statusCode() == 200, first.body());
        JsonObject feed = Server.json(first).asJsonObject();
        HttpResponse<String> again = post("koordinator", "GROUP", network);
        assertEquals(200, again.statusCode(), "the one there is, not a new one: " + again.body());
        JsonObject same = Server.json(again).asJsonObject();
        assertEquals(feed.getJsonNumber("id").longValue(), same.getJsonNumber("id").longValue());
        assertEquals(feed.getString("url"), same.getString("url"));
        assertEquals(1, Server.json(Server.get("api/calendar/feeds", "koordinator")).asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(f -> f.getString("kind").equals("GROUP")
                        && f.getJsonNumber("targetId").longValue() == network).count(), "one row");
        assertEquals(feed.getString("url").replaceFirst("^https?://", "webcal://"), feed.getString("webcal"),
                "the same address with the webcal scheme");
        assertFalse(parse(fetch(feed.getString("url"))).getComponents("VEVENT").isEmpty(), "a valid calendar");

        assertEquals(204, Server.send(Server.request("api/calendar/feeds/" + feed.getInt("id"), "koordinator")
                .header("Origin", origin()).DELETE().build()).statusCode());
        HttpResponse<String> renewed = post("koordinator", "GROUP", network);
        assertEquals(201, renewed.statusCode(), "after a revoke, a new subscription: " + renewed.body());
        assertFalse(Server.json(renewed).asJsonObject().getString("url").equals(feed.getString("url")), "a new address");
        assertEquals(404, fetch(feed.getString("url")).statusCode(), "the old one is dead");
    }

    private static HttpResponse<String> post(String user, String kind, long target) {
        return Server.send(Server.request("api/calendar/feeds?kind=" + kind + "&target=" + target, user)
                .header("Origin", origin()).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private static VEvent find(Calendar calendar, String uid) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getUid().get().getValue().equals(uid)).findFirst()
                .orElseThrow(() -> new AssertionError(uid + " not in the feed"));
    }
}
