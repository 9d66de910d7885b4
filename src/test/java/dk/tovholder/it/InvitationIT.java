package dk.tovholder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Send indkaldelse" over the API, with the mail it sends caught by a real
 * SMTP server (GreenMail, port 3025 or 3035, where the test server sends): the
 * coordinator sends the invitation of a coming meeting whose duty the
 * programme holds; every participant with an address gets one mail in their
 * own language with the meeting as an iTIP request (text/calendar,
 * METHOD:REQUEST, the coordinator as ORGANIZER and the recipient as ATTENDEE);
 * the coordinator's checklist has "invitation sent" ticked; sending again is
 * allowed and says so; a participant may not send it. (A cancelled or started
 * meeting, and a coordinator without an address: the container's InvitationsIT.)
 */
class InvitationIT {

    private static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    private static final String PROGRAMME = "Boligsocial helhedsplan for Søndermarkskvarteret";
    private static final Locale DANISH = Locale.forLanguageTag("da");

    @RegisterExtension
    static GreenMailExtension smtp = Mails.server();

    /** The latest coming meeting of the open group on a day the programme (the coordinator's) holds the duty. */
    private static JsonObject oursComing(long groupId) {
        LocalDate today = ServerDay.today();
        Set<LocalDate> ours = Server.json(Server.get("api/groups/" + groupId + "/rotation?from=" + today + "&to="
                + today.plusMonths(3), "koordinator")).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(t -> !t.isNull("holderName") && t.getString("holderName").equals(PROGRAMME))
                .map(t -> LocalDate.parse(t.getString("date"))).collect(Collectors.toSet());
        List<JsonObject> meetings = Server.json(Server.get("api/groups/" + groupId + "/meetings", "koordinator"))
                .asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(m -> !m.getString("status").equals("CANCELLED"))
                .filter(m -> start(m).isAfter(OffsetDateTime.now().plusDays(1)))
                .filter(m -> ours.contains(start(m).toLocalDate())).toList();
        assertFalse(meetings.isEmpty(), () -> "a coming meeting on one of our duty days " + ours);
        return meetings.get(meetings.size() - 1);
    }

    private static OffsetDateTime start(JsonObject meeting) {
        return OffsetDateTime.parse(meeting.getString("start"));
    }

    /** The checklist button "invitation sent" of the duty on that day, as the coordinator's duties page shows it. */
    private static String invitationItem(WebSession coordinator, LocalDate day) {
        String date = day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(DANISH));
        HttpResponse<String> page = coordinator.get("network/duties.xhtml");
        assertEquals(200, page.statusCode());
        Element row = Jsoup.parse(page.body()).select("tr").stream()
                .filter(r -> r.select("a").stream().anyMatch(a -> a.text().equals(OwnMeeting.GROUP)))
                .filter(r -> r.select(".duty-date").text().contains(date)).findFirst()
                .orElseThrow(() -> new AssertionError("no duty on " + date + " on the duties page"));
        return row.select("input").stream().map(i -> i.attr("value")).filter(v -> v.contains("Indkaldelse sendt"))
                .findFirst().orElseThrow();
    }

    private static void language(String user, String code) {
        WebSession session = WebSession.of(user);
        HttpResponse<String> switched = JsfForm.of(session.get("meeting/mine.xhtml"), "languageForm")
                .submit(session, "languageForm:lang-" + code);
        assertEquals(302, switched.statusCode(), switched::body);
    }

    private static HttpResponse<String> send(String user, long meetingId, long version) {
        return Server.send(user, "POST", "api/meetings/" + meetingId + "/invitation?version=" + version, null);
    }

    private static List<MimeMessage> received(String to, String subject) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(to))
                        && m.getSubject().equals(subject);
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    /** The text/calendar part of the mail (an alternative of the plain text and HTML), its raw text. */
    private static BodyPart calendarPart(MimeMessage message) throws Exception {
        MimeMultipart parts = (MimeMultipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).getContentType().toLowerCase(Locale.ROOT).startsWith("text/calendar")) {
                return parts.getBodyPart(i);
            }
        }
        throw new AssertionError("no text/calendar part in " + message.getSubject());
    }

    /** Checks the invitation's calendar part and returns its SEQUENCE. */
    private static int checkCalendar(MimeMessage message, JsonObject meeting, String attendee) throws Exception {
        BodyPart part = calendarPart(message);
        assertTrue(part.getContentType().toLowerCase(Locale.ROOT).contains("method=request"), part.getContentType());
        String ics = new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "lines folded at 75 octets: " + line);
        }
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertEquals("REQUEST", calendar.getProperty(Property.METHOD).orElseThrow().getValue());
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(1, events.size(), ics);
        VEvent event = events.get(0);
        assertEquals("meeting-" + meeting.getJsonNumber("id").longValue() + "@tovholder",
                event.getUid().orElseThrow().getValue());
        assertEquals(start(meeting).toInstant(), ZonedDateTime.from(event.getDateTimeStart().get().getDate()).toInstant());
        assertEquals(meeting.getString("title"), event.getSummary().orElseThrow().getValue());
        assertEquals("mailto:koordinator@example.dk", event.getProperty(Property.ORGANIZER).orElseThrow().getValue());
        assertEquals(List.of("mailto:" + attendee), event.getProperties(Property.ATTENDEE).stream()
                .map(Property::getValue).toList(), "the recipient is the attendee");
        return Integer.parseInt(event.getProperty(Property.SEQUENCE).orElseThrow().getValue());
    }

    private static MimeMessage one(String to, String subject) throws Exception {
        Mails.await(smtp, to, subject);
        List<MimeMessage> mails = received(to, subject);
        assertEquals(1, mails.size(), () -> "one mail to " + to + ": " + subject);
        return mails.get(0);
    }

    @Test
    void theCoordinatorSendsTheInvitationToEveryParticipantInTheirLanguageAndTheChecklistTicksItself()
            throws Exception {
        long groupId = OwnMeeting.groupId();
        JsonObject meeting = oursComing(groupId);
        long id = meeting.getJsonNumber("id").longValue();
        LocalDate day = start(meeting).toLocalDate();
        WebSession coordinator = WebSession.of("koordinator");
        assertTrue(invitationItem(coordinator, day).startsWith("☐"), "not sent yet");

        HttpResponse<String> participant = send("deltager", id, meeting.getJsonNumber("version").longValue());
        assertEquals(403, participant.statusCode(), participant::body);
        assertTrue(participant.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        HttpResponse<String> stale = send("koordinator", id, -1);
        assertEquals(409, stale.statusCode(), stale::body);
        assertTrue(invitationItem(coordinator, day).startsWith("☐"), "refused: nothing ticked");

        language("booker", "en");
        try {
            HttpResponse<String> sent = send("koordinator", id, meeting.getJsonNumber("version").longValue());
            assertEquals(200, sent.statusCode(), sent::body);
            JsonObject result = Server.json(sent).asJsonObject();
            assertFalse(result.getBoolean("again"));
            assertTrue(result.getInt("recipients") >= 3, "koordinator, deltager and booker have addresses: " + result);
            assertFalse(result.isNull("sentAt"));
            JsonObject reloaded = Server.json(Server.get("api/meetings/" + id, "koordinator")).asJsonObject();
            assertEquals(result.getJsonNumber("version").longValue(), reloaded.getJsonNumber("version").longValue(),
                    "the version the answer gives is the meeting's");

            ZonedDateTime local = start(meeting).atZoneSameInstant(ZONE);
            String when = local.getDayOfMonth() + "." + local.getMonthValue() + "." + local.getYear() + " "
                    + local.toLocalTime().format(DateTimeFormatter.ofPattern("HH:mm"));
            String title = meeting.getString("title");
            MimeMessage danish = one("deltager@example.dk", "Indkaldelse: " + title + " " + when);
            assertTrue(Mails.text(danish).contains("Du er indkaldt til " + title), Mails.text(danish));
            assertTrue(Mails.text(danish).contains("meeting/meeting.xhtml?id=" + id), "a link to the meeting");
            int sequence = checkCalendar(danish, meeting, "deltager@example.dk");
            MimeMessage english = one("booker@example.dk", "Invitation: " + title + " " + when);
            assertTrue(Mails.text(english).contains("You are invited to " + title), Mails.text(english));
            checkCalendar(english, meeting, "booker@example.dk");
            checkCalendar(one("koordinator@example.dk", "Indkaldelse: " + title + " " + when), meeting,
                    "koordinator@example.dk");

            assertTrue(invitationItem(coordinator, day).startsWith("☑"), "sending ticks the checklist by itself");

            HttpResponse<String> again = send("koordinator", id, result.getJsonNumber("version").longValue());
            assertEquals(200, again.statusCode(), again::body);
            assertTrue(Server.json(again).asJsonObject().getBoolean("again"), "sent again, and it says so");
            MimeMessage changed = one("deltager@example.dk", "Ændret indkaldelse: " + title + " " + when);
            assertTrue(checkCalendar(changed, meeting, "deltager@example.dk") > sequence,
                    "a higher SEQUENCE: calendars replace the earlier entry");
            one("booker@example.dk", "Updated invitation: " + title + " " + when);
            assertEquals(1, received("deltager@example.dk", "Indkaldelse: " + title + " " + when).size(),
                    "the first one is not sent twice");
        } finally {
            language("booker", "da");
        }
    }
}
