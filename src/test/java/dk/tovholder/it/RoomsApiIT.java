package dk.tovholder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rooms and bookings through the API, as the demo users see them: one booking
 * per slot however many ask at once, refusals that say why (and what is free
 * instead), who may see and change what, the owner's approval, recurring
 * bookings and the free-room search.
 *
 * <p>Every test books on days of its own, more than three months ahead (after
 * the demo bookings, which reach two months ahead, and the hall's blocked week
 * three months ahead), so the tests are independent of each other and of their
 * order. Week numbers below count from {@link #BASE}.
 */
class RoomsApiIT {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private static final LocalDate TODAY = ServerDay.today();
    /** A Monday four months ahead: week 0 of the days the tests book on. */
    private static final LocalDate BASE = TODAY.plusMonths(4).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    private static final DateTimeFormatter SHOWN_DAY = DateTimeFormatter.ofPattern("d.M.yyyy");

    private static final String HALL = "Store sal";
    private static final String ROOM_1 = "Mødelokale 1";
    private static final String ROOM_2 = "Mødelokale 2";
    /** Owned by koordinator's organisation (the programme); booker's centre neither owns nor manages it. */
    private static final String PROJECT_ROOM = "Projektlokalet";

    // ------------------------------------------------------------------ helpers

    /** The weekday of the week {@code week} weeks after {@link #BASE}. */
    private static LocalDate day(int week, DayOfWeek weekday) {
        return BASE.plusWeeks(week).plusDays(weekday.getValue() - 1L);
    }

    private static long roomId(String name) {
        return Server.json(Server.get("api/rooms", "booker")).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no room " + name)).getJsonNumber("id").longValue();
    }

    private static String origin() {
        return Server.url().replaceAll("/$", "");
    }

    private static JsonObjectBuilder booking(long room, LocalDate day, String start, String end, int people,
            String purpose) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("roomId", room).add("day", day.toString())
                .add("start", start).add("end", end).add("people", people);
        if (purpose != null) {
            json.add("purpose", purpose);
        }
        return json;
    }

    private static HttpRequest.Builder post(String path, String user, String language, String json) {
        HttpRequest.Builder request = Server.request(path, user).header("Content-Type", "application/json")
                .header("Origin", origin()).POST(HttpRequest.BodyPublishers.ofString(json));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return request;
    }

    private static HttpResponse<String> book(String user, JsonObjectBuilder json) {
        return Server.send(post("api/bookings", user, null, json.build().toString()).build());
    }

    private static HttpResponse<String> book(String user, String language, JsonObjectBuilder json) {
        return Server.send(post("api/bookings", user, language, json.build().toString()).build());
    }

    /** Books and expects success. */
    private static JsonObject booked(String user, JsonObjectBuilder json) {
        HttpResponse<String> response = book(user, json);
        assertEquals(201, response.statusCode(), response::body);
        return Server.json(response).asJsonObject();
    }

    private static HttpResponse<String> delete(String path, String user) {
        return Server.send(Server.request(path, user).header("Origin", origin()).DELETE().build());
    }

    private static HttpResponse<String> postEmpty(String path, String user) {
        return Server.send(Server.request(path, user).header("Origin", origin())
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private static JsonObject bookingOf(long id, String user) {
        HttpResponse<String> response = Server.get("api/bookings/" + id, user);
        assertEquals(200, response.statusCode(), response::body);
        return Server.json(response).asJsonObject();
    }

    private static long id(JsonObject json) {
        return json.getJsonNumber("id").longValue();
    }

    private static long version(JsonObject json) {
        return json.getJsonNumber("version").longValue();
    }

    /** The room's pending and confirmed bookings from {@code from} up to (not including) {@code to}. */
    private static List<JsonObject> bookingsOf(long room, LocalDate from, LocalDate to) {
        HttpResponse<String> response = Server.get("api/rooms/" + room + "/bookings?from=" + from + "&to=" + to,
                "booker");
        assertEquals(200, response.statusCode(), response::body);
        return Server.json(response).asJsonArray().getValuesAs(JsonObject.class);
    }

    private static List<JsonObject> bookingsOn(long room, LocalDate day) {
        return bookingsOf(room, day, day.plusDays(1));
    }

    private static List<Long> ids(List<JsonObject> bookings) {
        return bookings.stream().map(RoomsApiIT::id).toList();
    }

    /** Whether the booking overlaps the wall-clock time [start, end) on the day. */
    private static boolean overlaps(JsonObject booking, LocalDate day, LocalTime start, LocalTime end) {
        OffsetDateTime s = OffsetDateTime.parse(booking.getString("start"));
        OffsetDateTime e = OffsetDateTime.parse(booking.getString("end"));
        return s.isBefore(day.atTime(end).atZone(COPENHAGEN).toOffsetDateTime())
                && e.isAfter(day.atTime(start).atZone(COPENHAGEN).toOffsetDateTime());
    }

    /** "Mødelokale 2 6.4.2027 09:00–10:00", as an alternative is named in a problem's detail. */
    private static String described(JsonObject alternative) {
        return alternative.getString("roomName") + " "
                + LocalDate.parse(alternative.getString("day")).format(SHOWN_DAY) + " "
                + LocalTime.parse(alternative.getString("start")) + "–" + LocalTime.parse(alternative.getString("end"));
    }

    /** Whether the member is left out or null. */
    private static boolean hidden(JsonObject json, String member) {
        return !json.containsKey(member) || json.isNull(member);
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response::body);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                () -> "a problem, not " + response.headers().firstValue("Content-Type") + ": " + response.body());
        JsonObject problem = Server.json(response).asJsonObject();
        assertEquals(status, problem.getInt("status"), response::body);
        assertFalse(problem.getString("detail", "").isBlank(), "the problem explains itself: " + response.body());
    }

    // ------------------------------------------------------------------ 1. one slot, twenty at once

    /**
     * Twenty requests for the same free slot, released at the same instant:
     * one gets it, nineteen are told it is taken and what is free instead.
     * Slots: sixteen distinct weekdays of weeks 0–3, at varying times.
     */
    @RepeatedTest(value = 16, name = "slot {currentRepetition} of {totalRepetitions}")
    void twentyAtOnceForOneSlotGiveOneBookingAndNineteenConflictsWithAlternatives(RepetitionInfo repetition)
            throws Exception {
        int slot = repetition.getCurrentRepetition() - 1;
        LocalDate day = BASE.plusWeeks(slot / 5).plusDays(slot % 5);
        LocalTime start = LocalTime.of(8 + slot % 12, slot % 2 * 30);
        LocalTime end = start.plusHours(1);
        long room = roomId(ROOM_2);
        assertTrue(bookingsOn(room, day).stream().noneMatch(b -> overlaps(b, day, start, end)),
                "the slot " + day + " " + start + " is free to begin with");

        int parallel = 20;
        CountDownLatch ready = new CountDownLatch(parallel);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(parallel);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < parallel; i++) {
                String user = i % 2 == 0 ? "booker" : "koordinator";
                HttpRequest request = post("api/bookings", user, null,
                        booking(room, day, start.toString(), end.toString(), 4, "Samtidig booking " + i)
                                .build().toString()).build();
                answers.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return Server.send(request);
                }));
            }
            assertTrue(ready.await(30, TimeUnit.SECONDS), "all twenty threads are waiting at the gate");
            go.countDown();
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                responses.add(answer.get(90, TimeUnit.SECONDS));
            }

            Map<Integer, Long> byStatus = responses.stream()
                    .collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
            assertEquals(Map.of(201, 1L, 409, 19L), byStatus, () -> "one 201 and nineteen 409 for " + day + " "
                    + start + ", got " + byStatus + "; e.g. " + responses.stream()
                            .filter(r -> r.statusCode() != 201 && r.statusCode() != 409).map(HttpResponse::body)
                            .findFirst().orElse(""));

            JsonObject made = Server.json(responses.stream().filter(r -> r.statusCode() == 201).findFirst()
                    .orElseThrow()).asJsonObject();
            assertEquals("CONFIRMED", made.getString("status"));
            for (HttpResponse<String> taken : responses.stream().filter(r -> r.statusCode() == 409).toList()) {
                assertProblem(taken, 409);
                JsonObject problem = Server.json(taken).asJsonObject();
                assertTrue(problem.containsKey("alternatives") && problem.get("alternatives") instanceof JsonArray,
                        taken::body);
                List<JsonObject> alternatives = problem.getJsonArray("alternatives").getValuesAs(JsonObject.class);
                assertFalse(alternatives.isEmpty(), "a taken slot offers alternatives: " + taken.body());
                String detail = problem.getString("detail");
                assertTrue(detail.startsWith(ROOM_2 + " er optaget " + day.format(SHOWN_DAY)),
                        "says in Danish (the default) that the room is taken then: " + detail);
                assertTrue(alternatives.stream().anyMatch(a -> detail.contains(described(a))),
                        "the detail names an alternative: " + detail);
                assertTrue(alternatives.stream().noneMatch(a -> a.getJsonNumber("roomId").longValue() == room
                        && LocalDate.parse(a.getString("day")).equals(day)
                        && LocalTime.parse(a.getString("start")).equals(start)),
                        "the taken slot itself is no alternative: " + taken.body());
            }

            List<JsonObject> inSlot = bookingsOn(room, day).stream().filter(b -> overlaps(b, day, start, end))
                    .toList();
            assertEquals(1, inSlot.size(), () -> "exactly one booking in the slot: " + inSlot);
            assertEquals(id(made), id(inSlot.get(0)));
            assertEquals("CONFIRMED", inSlot.get(0).getString("status"));
        } finally {
            threads.shutdownNow();
        }
    }

    // ------------------------------------------------------------------ 2. bad input

    /** The last Sunday of March still to come: the night the clocks go forward from 02:00 to 03:00. */
    private static LocalDate springForward() {
        LocalDate lastSunday = LocalDate.of(TODAY.getYear(), Month.MARCH, 31)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
        return lastSunday.isAfter(TODAY) ? lastSunday
                : LocalDate.of(TODAY.getYear() + 1, Month.MARCH, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
    }

    /**
     * Requests for Mødelokale 2 (8 seats, open 08–21 on weekdays, closed on
     * Sundays, at most 365 days ahead): {@code name, day, start, end, people,
     * purpose, language, field, expected text of the detail or of the field's
     * message}. Week 5.
     */
    static Stream<Arguments> badRequests() {
        LocalDate tuesday = day(5, DayOfWeek.TUESDAY);
        LocalDate sunday = day(5, DayOfWeek.SUNDAY);
        LocalDate past = TODAY.minusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.TUESDAY));
        LocalDate farAhead = TODAY.plusYears(100).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        LocalDate gap = springForward();
        return Stream.of(
                Arguments.of("end before start", tuesday, "11:00", "10:00", 4, "Forkert rækkefølge", "da", "end",
                        "Slut skal ligge efter start."),
                Arguments.of("zero length", tuesday, "10:00", "10:00", 4, "Ingen tid", "en", "end",
                        "The end must be after the start."),
                Arguments.of("outside the opening hours", tuesday, "06:00", "07:00", 4, "Morgenmøde", "da", "start",
                        "Lokalet har åbent 08:00–21:00 den " + tuesday.format(SHOWN_DAY)),
                Arguments.of("a Sunday", sunday, "10:00", "11:00", 4, "Søndagsmøde", "en", "start",
                        "The room is closed on " + sunday.format(SHOWN_DAY)),
                Arguments.of("a past date", past, "10:00", "11:00", 4, "For sent", "da", "start",
                        "Tidspunktet er allerede passeret."),
                Arguments.of("more people than seats", tuesday, "12:00", "13:00", 9, "For mange", "en", "people",
                        "The room holds 8 people, not 9."),
                Arguments.of("a hundred years ahead", farAhead, "10:00", "11:00", 4, "Om hundrede år", "da", "start",
                        "Lokalet kan højst bookes 365 dage frem."),
                Arguments.of("no purpose", tuesday, "14:00", "15:00", 4, null, "da", "purpose",
                        "Skriv hvad lokalet skal bruges til."),
                Arguments.of("a blank purpose", tuesday, "14:00", "15:00", 4, "   ", "en", "purpose", null),
                Arguments.of("the hour that does not exist when summer time starts (da)", gap, "02:00", "03:00", 4,
                        "Natmøde", "da", "start", "Klokken 02:00 findes ikke den " + gap.format(SHOWN_DAY)),
                Arguments.of("the hour that does not exist when summer time starts (en)", gap, "02:30", "04:00", 4,
                        "Night meeting", "en", "start", "02:30 does not exist on " + gap.format(SHOWN_DAY)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    @SuppressWarnings("checkstyle:ParameterNumber")
    void badInputIsA400ProblemInTheCallersLanguageAndSavesNothing(String name, LocalDate day, String start,
            String end, int people, String purpose, String language, String field, String expected) {
        long room = roomId(ROOM_2);
        List<Long> before = ids(bookingsOn(room, day));
        HttpResponse<String> refused = book("booker", language, booking(room, day, start, end, people, purpose));

        assertProblem(refused, 400);
        JsonObject problem = Server.json(refused).asJsonObject();
        List<JsonObject> errors = problem.containsKey("errors")
                ? problem.getJsonArray("errors").getValuesAs(JsonObject.class) : List.of();
        JsonObject error = errors.stream().filter(e -> e.getString("field").equals(field)).findFirst()
                .orElseThrow(() -> new AssertionError("the problem names the field " + field + ": " + refused.body()));
        if (expected != null) {
            assertTrue(problem.getString("detail").contains(expected) || error.getString("message").contains(expected),
                    () -> "'" + expected + "' in " + refused.body());
        }
        if ("en".equals(language)) {
            assertFalse(refused.body().contains("Skal ") || refused.body().contains("Lokalet "),
                    "English, not Danish: " + refused.body());
        }
        assertEquals(before, ids(bookingsOn(room, day)), "nothing was saved");
    }

    /**
     * Strings that are not a time, a date or a number, each in an otherwise
     * complete request (Mødelokale 2, week 5): {@code name, member, value}.
     */
    static Stream<Arguments> unreadableRequests() {
        return Stream.of(
                Arguments.of("a time that does not exist on any day", "start", "25:00"),
                Arguments.of("a date that does not exist", "day", day(5, DayOfWeek.WEDNESDAY).getYear() + "-02-30"),
                Arguments.of("a number of people in words", "people", "mange"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadableRequests")
    void aValueThatIsNotATimeDateOrNumberIsA400ProblemNotAServerError(String name, String member, String value) {
        long room = roomId(ROOM_2);
        LocalDate wednesday = day(5, DayOfWeek.WEDNESDAY);
        List<Long> before = ids(bookingsOn(room, wednesday));
        JsonObject good = booking(room, wednesday, "10:00", "11:00", 4, "Ulæselig tid").build();
        String body = Json.createObjectBuilder(good).add(member, value).build().toString();
        HttpResponse<String> refused = Server.send(post("api/bookings", "booker", "en", body).build());

        assertProblem(refused, 400);
        assertEquals(before, ids(bookingsOn(room, wednesday)), "nothing was saved");
    }

    // ------------------------------------------------------------------ 3. permissions

    @Test
    void onlyBookersMayBookOnlyTheBookingOrganisationMayCancelAndAPrivatePurposeStaysPrivate() {
        long project = roomId(PROJECT_ROOM);
        LocalDate tuesday = day(6, DayOfWeek.TUESDAY);

        HttpResponse<String> participant = book("deltager",
                booking(project, tuesday, "13:00", "14:00", 3, "Bydelsmødrenes møde"));
        assertProblem(participant, 403);
        assertTrue(bookingsOn(project, tuesday).isEmpty(), "the participant booked nothing");

        JsonObject made = booked("koordinator", booking(project, tuesday, "10:00", "11:00", 3,
                "Samtale med en beboer om en bekymring").add("privatePurpose", true));
        assertEquals("CONFIRMED", made.getString("status"), "the owner's own room needs no approval");
        long id = id(made);

        assertTrue(ids(Server.json(Server.get("api/bookings/mine", "koordinator")).asJsonArray()
                .getValuesAs(JsonObject.class)).contains(id), "among the organisation's own bookings");
        assertFalse(ids(Server.json(Server.get("api/bookings/mine", "booker")).asJsonArray()
                .getValuesAs(JsonObject.class)).contains(id), "not among another organisation's");

        JsonObject asOwnOrganisation = bookingOf(id, "koordinator");
        assertEquals("Samtale med en beboer om en bekymring", asOwnOrganisation.getString("purpose", null));
        assertTrue(asOwnOrganisation.getBoolean("mayChange"));
        JsonObject asOther = bookingOf(id, "booker");
        assertTrue(hidden(asOther, "purpose"),
                "another organisation does not see a private purpose: " + asOther);
        assertEquals("Boligsocial helhedsplan for Søndermarkskvarteret", asOther.getString("organisation"),
                "but sees who has the room");
        assertFalse(asOther.getBoolean("mayChange"));
        JsonObject inCalendar = bookingsOn(project, tuesday).stream().filter(b -> id(b) == id).findFirst()
                .orElseThrow();
        assertTrue(hidden(inCalendar, "purpose"),
                "nor in the room's calendar: " + inCalendar);
        JsonObject asParticipant = bookingOf(id, "deltager");
        assertTrue(hidden(asParticipant, "purpose"), asParticipant::toString);

        HttpResponse<String> foreign = delete("api/bookings/" + id + "?version=" + version(made), "booker");
        assertProblem(foreign, 403);
        assertEquals("CONFIRMED", bookingOf(id, "koordinator").getString("status"), "the booking stays");

        HttpResponse<String> own = delete("api/bookings/" + id + "?version=" + version(made) + "&reason=Aflyst",
                "koordinator");
        assertEquals(200, own.statusCode(), own::body);
        List<JsonObject> cancelled = Server.json(own).asJsonArray().getValuesAs(JsonObject.class);
        assertEquals(List.of(id), ids(cancelled));
        assertEquals("CANCELLED", cancelled.get(0).getString("status"));
        assertEquals("CANCELLED", bookingOf(id, "koordinator").getString("status"));
        assertTrue(bookingsOn(project, tuesday).isEmpty(), "the room is free again");

        HttpResponse<String> unknown = Server.get("api/bookings/987654321", "booker");
        assertProblem(unknown, 404);
        assertProblem(Server.get("api/bookings/" + id, null), 401);
        assertProblem(Server.send(post("api/bookings", null, null,
                booking(project, tuesday, "15:00", "16:00", 3, "Anonym").build().toString()).build()), 401);
        assertTrue(bookingsOn(project, tuesday).isEmpty(), "nor did the anonymous request book anything");
    }

    // ------------------------------------------------------------------ 4. approval

    @Test
    void theOwnerApprovesOneOfTwoOverlappingRequestsAndTheOtherIsRejectedAsSuperseded() {
        long hall = roomId(HALL);
        LocalDate wednesday = day(7, DayOfWeek.WEDNESDAY);

        HttpResponse<String> first = book("koordinator", booking(hall, wednesday, "10:00", "12:00", 25, "Temadag"));
        HttpResponse<String> second = book("koordinator", booking(hall, wednesday, "11:00", "13:00", 30,
                "Stormøde"));
        assertEquals(201, first.statusCode(), first::body);
        assertEquals(201, second.statusCode(), second::body);
        JsonObject a = Server.json(first).asJsonObject();
        JsonObject b = Server.json(second).asJsonObject();
        assertEquals("PENDING", a.getString("status"), "the hall needs the owner's approval");
        assertEquals("PENDING", b.getString("status"), "overlapping requests may wait side by side");

        List<Long> pending = ids(Server.json(Server.get("api/bookings/pending", "booker")).asJsonArray()
                .getValuesAs(JsonObject.class));
        assertTrue(pending.containsAll(List.of(id(a), id(b))), "the owner sees both requests: " + pending);
        assertTrue(Server.json(Server.get("api/bookings/pending", "koordinator")).asJsonArray().getValuesAs(JsonObject.class)
                .stream().noneMatch(p -> id(p) == id(a) || id(p) == id(b)), "the requester is not asked to decide");

        assertProblem(postEmpty("api/bookings/" + id(a) + "/approve?version=" + version(a), "koordinator"), 403);
        assertEquals("PENDING", bookingOf(id(a), "koordinator").getString("status"), "refused, nothing decided");

        HttpResponse<String> approved = postEmpty("api/bookings/" + id(a) + "/approve?version=" + version(a),
                "booker");
        assertEquals(200, approved.statusCode(), approved::body);
        assertEquals("CONFIRMED", Server.json(approved).asJsonObject().getString("status"));
        assertEquals("CONFIRMED", bookingOf(id(a), "koordinator").getString("status"));

        JsonObject other = bookingOf(id(b), "koordinator");
        assertEquals("REJECTED", other.getString("status"), "the overlapping request lost the time");
        assertEquals(id(a), other.getJsonNumber("supersededBy").longValue(), other::toString);

        assertProblem(postEmpty("api/bookings/" + id(b) + "/approve?version=" + version(b), "booker"), 409);
        assertEquals("REJECTED", bookingOf(id(b), "koordinator").getString("status"), "a decided request stays decided");

        List<Long> stillPending = ids(Server.json(Server.get("api/bookings/pending", "booker")).asJsonArray()
                .getValuesAs(JsonObject.class));
        assertFalse(stillPending.contains(id(a)) || stillPending.contains(id(b)), stillPending::toString);
        List<JsonObject> calendar = bookingsOn(hall, wednesday);
        assertEquals(List.of(id(a)), ids(calendar), "only the approved booking holds the hall");
    }

    // ------------------------------------------------------------------ 5. recurring bookings

    @Test
    void aWeeklySeriesShowsTheTakenDateBooksTheFreeOnesOnRequestAndCancelsFromADateOn() {
        long room = roomId(ROOM_1);
        List<LocalDate> dates = List.of(day(8, DayOfWeek.WEDNESDAY), day(9, DayOfWeek.WEDNESDAY),
                day(10, DayOfWeek.WEDNESDAY), day(11, DayOfWeek.WEDNESDAY));
        LocalDate from = day(8, DayOfWeek.MONDAY);
        LocalDate to = day(12, DayOfWeek.MONDAY);
        assertTrue(bookingsOf(room, from, to).isEmpty(), "weeks 8–11 are free to begin with");

        JsonObject taken = booked("booker", booking(room, dates.get(2), "16:30", "17:30", 6, "Bestyrelsesmøde"));
        JsonObject series = booking(room, dates.get(0), "16:00", "17:30", 10, "Sprogcafé")
                .add("repeat", "WEEKLY").add("until", dates.get(3).toString()).build();

        HttpResponse<String> preview = Server.send(post("api/bookings/preview", "koordinator", "da",
                series.toString()).build());
        assertEquals(200, preview.statusCode(), preview::body);
        List<JsonObject> report = Server.json(preview).asJsonArray().getValuesAs(JsonObject.class);
        assertEquals(dates, report.stream().map(d -> LocalDate.parse(d.getString("day"))).toList());
        for (JsonObject date : report) {
            boolean isTaken = LocalDate.parse(date.getString("day")).equals(dates.get(2));
            assertEquals(!isTaken, date.getBoolean("free"), date::toString);
            if (isTaken) {
                assertFalse(date.getString("problem", "").isBlank(), "the report says why: " + date);
                assertTrue(date.getString("problem").contains("Optaget"), date::toString);
            } else {
                assertTrue(hidden(date, "problem"), date::toString);
            }
        }

        HttpResponse<String> refused = Server.send(post("api/bookings/series", "koordinator", "en",
                series.toString()).build());
        assertProblem(refused, 409);
        assertTrue(Server.json(refused).asJsonObject().getString("detail").contains("1 of 4 dates"), refused::body);
        assertEquals(List.of(id(taken)), ids(bookingsOf(room, from, to)), "nothing of the series was booked");

        HttpResponse<String> made = Server.send(post("api/bookings/series", "koordinator", null,
                Json.createObjectBuilder(series).add("skipConflicts", true).build().toString()).build());
        assertEquals(201, made.statusCode(), made::body);
        List<JsonObject> booked = Server.json(made).asJsonArray().getValuesAs(JsonObject.class);
        assertEquals(dates.size() - 1, booked.size(), "one booking fewer than dates");
        assertEquals(List.of(dates.get(0), dates.get(1), dates.get(3)),
                booked.stream().map(b -> OffsetDateTime.parse(b.getString("start")).toLocalDate()).toList());
        assertTrue(booked.stream().allMatch(b -> b.getString("status").equals("CONFIRMED")));
        assertEquals(1, booked.stream().map(b -> b.get("seriesId")).distinct().count(), "one series");
        assertNotNull(booked.get(0).getJsonNumber("seriesId"));

        JsonObject second = booked.get(1);
        HttpResponse<String> following = delete("api/bookings/" + id(second) + "?version=" + version(second)
                + "&scope=FOLLOWING", "koordinator");
        assertEquals(200, following.statusCode(), following::body);
        List<JsonObject> cancelled = Server.json(following).asJsonArray().getValuesAs(JsonObject.class);
        assertEquals(List.of(id(booked.get(1)), id(booked.get(2))).stream().sorted().toList(),
                ids(cancelled).stream().sorted().toList(), "the 2nd and the later dates");
        assertTrue(cancelled.stream().allMatch(b -> b.getString("status").equals("CANCELLED")));

        assertEquals("CONFIRMED", bookingOf(id(booked.get(0)), "koordinator").getString("status"), "the 1st stays");
        assertEquals("CANCELLED", bookingOf(id(booked.get(1)), "koordinator").getString("status"));
        assertEquals("CANCELLED", bookingOf(id(booked.get(2)), "koordinator").getString("status"));
        assertEquals("CONFIRMED", bookingOf(id(taken), "booker").getString("status"),
                "another organisation's booking on a date of the series is not touched");
        assertEquals(List.of(id(booked.get(0)), id(taken)), ids(bookingsOf(room, from, to)));
    }

    // ------------------------------------------------------------------ 6. free-room search

    @Test
    void theFreeRoomSearchListsARoomAsFreeUntilItIsBookedAndThenOffersItsNearestFreeTimes() {
        LocalDate thursday = day(12, DayOfWeek.THURSDAY);
        String search = "api/rooms/free?day=" + thursday + "&start=13:00&end=14:30&people=12&facility=PROJECTOR";

        HttpResponse<String> before = Server.get(search, "koordinator");
        assertEquals(200, before.statusCode(), before::body);
        JsonObject found = Server.json(before).asJsonObject();
        List<String> free = found.getJsonArray("free").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("name")).toList();
        assertTrue(free.contains(ROOM_1), "Mødelokale 1 holds 12 and has a projector: " + found);
        assertFalse(free.contains(ROOM_2), "Mødelokale 2 holds 8 and has no projector: " + found);
        assertTrue(found.getJsonArray("taken").getValuesAs(JsonObject.class).stream()
                .noneMatch(t -> t.getString("room").equals(ROOM_1)), found::toString);

        long room = roomId(ROOM_1);
        booked("koordinator", booking(room, thursday, "13:00", "14:30", 12, "Workshop med projektor"));

        JsonObject after = Server.json(Server.get(search, "koordinator")).asJsonObject();
        assertFalse(after.getJsonArray("free").getValuesAs(JsonObject.class).stream()
                .anyMatch(r -> r.getString("name").equals(ROOM_1)), "no longer free: " + after);
        JsonObject taken = after.getJsonArray("taken").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("room").equals(ROOM_1)).findFirst()
                .orElseThrow(() -> new AssertionError("Mødelokale 1 is listed as taken: " + after));
        List<JsonObject> slots = taken.getJsonArray("slots").getValuesAs(JsonObject.class);
        assertFalse(slots.isEmpty(), "with its nearest free times: " + taken);
        for (JsonObject slot : slots) {
            LocalTime start = LocalTime.parse(slot.getString("start"));
            LocalTime end = LocalTime.parse(slot.getString("end"));
            assertEquals(90, Duration.between(start, end).toMinutes(), "as long as asked: " + slot);
            assertFalse(LocalDate.parse(slot.getString("day")).equals(thursday)
                    && start.isBefore(LocalTime.of(14, 30)) && end.isAfter(LocalTime.of(13, 0)),
                    "a free time does not overlap the booking: " + slot);
        }
    }

    // ------------------------------------------------------------------ 7. SQL statements

    @Test
    void aRoomsWeekCostsTheSameStatementsWithOneBookingAsWithFive() {
        long room = roomId(ROOM_2);
        LocalDate quiet = day(13, DayOfWeek.MONDAY);
        LocalDate busy = day(14, DayOfWeek.MONDAY);
        booked("booker", booking(room, quiet.plusDays(1), "09:00", "10:00", 4, "Teammøde"));
        String[] users = {"booker", "koordinator", "booker", "koordinator", "booker"};
        for (int i = 0; i < 5; i++) {
            JsonObjectBuilder json = booking(room, busy.plusDays(i), "1" + i + ":00", "1" + i + ":45", 3 + i,
                    "Møde " + i);
            booked(users[i], i == 3 ? json.add("privatePurpose", true) : json);
        }
        assertEquals(1, bookingsOf(room, quiet, quiet.plusWeeks(1)).size());
        assertEquals(5, bookingsOf(room, busy, busy.plusWeeks(1)).size());

        String one = "api/rooms/" + room + "/bookings?from=" + quiet + "&to=" + quiet.plusWeeks(1);
        String five = "api/rooms/" + room + "/bookings?from=" + busy + "&to=" + busy.plusWeeks(1);
        for (String user : List.of("booker", "koordinator")) {
            Server.statementsOf(one, user); // warm
            Server.statementsOf(five, user);
            int withOne = Server.statementsOf(one, user);
            int withFive = Server.statementsOf(five, user);
            assertEquals(withOne, withFive, "statements as " + user + " for a week with 1 booking and with 5");
        }
    }
}
