package dk.tovholder.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import dk.tovholder.mail.control.DeliveryReportsTest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * E-mail over a real SMTP server (GreenMail, port 3025 or 3035, see Mails.server, where the test
 * server sends): a booking request reaches the room's owner and the answer
 * the requester, in their language with a link; while the SMTP server is
 * down the messages wait in the outbox and go out once it is back; a bounce
 * that comes back to the bounce mailbox (GreenMail's IMAP, port 3143 or 3153) marks
 * the address as failing for the administrator.
 */
class MailIT {


    @RegisterExtension
    static GreenMailExtension smtp = Mails.server();

    private static String origin() {
        return Server.url().replaceAll("/$", "");
    }

    private static long roomId(String name) {
        return Server.json(Server.get("api/rooms", "booker")).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("name").equals(name)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private static JsonObject book(String user, long room, LocalDate day, String start, String end, String purpose) {
        String body = Json.createObjectBuilder().add("roomId", room).add("day", day.toString()).add("start", start)
                .add("end", end).add("people", 10).add("purpose", purpose).build().toString();
        HttpResponse<String> booked = Server.send(Server.request("api/bookings", user).header("Origin", origin())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertEquals(201, booked.statusCode(), booked.body());
        return Server.json(booked).asJsonObject();
    }

    private static MimeMessage awaitMail(String to, String subjectPart) throws Exception {
        return Mails.await(smtp, to, subjectPart);
    }

    private static String text(MimeMessage message) throws Exception {
        return Mails.text(message);
    }

    @Test
    void aRequestReachesTheRoomsOwnerAndTheAnswerTheRequesterWithALink() throws Exception {
        long hall = roomId("Store sal");
        LocalDate day = ServerDay.today().plusMonths(9).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        JsonObject request = book("koordinator", hall, day, "10:00", "12:00", "Mailtest " + System.nanoTime());
        assertEquals("PENDING", request.getString("status"));

        String when = day.getDayOfMonth() + "." + day.getMonthValue() + "." + day.getYear() + " 10:00–12:00";
        MimeMessage toOwner = awaitMail("booker@example.dk", "Store sal " + when);
        assertTrue(toOwner.getSubject().startsWith("Anmodning om Store sal"), "in the owner's language: "
                + toOwner.getSubject());
        String body = text(toOwner);
        assertTrue(body.contains("room/bookings.xhtml"), "a link to the page: " + body);
        assertTrue(toOwner.getContentType().startsWith("multipart/alternative"), "plain text and HTML");

        HttpResponse<String> approved = Server.send(Server.request("api/bookings/" + request.getInt("id")
                + "/approve?version=" + request.getInt("version"), "booker").header("Origin", origin())
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, approved.statusCode(), approved.body());
        MimeMessage toRequester = awaitMail("koordinator@example.dk", "Bekræftet: Store sal " + when);
        assertTrue(text(toRequester).contains("Nordens Plads"), "the address");
    }

    @Test
    void whileTheMailServerIsDownMessagesWaitAndGoOutWhenItIsBack() throws Exception {
        smtp.stop();
        long room = roomId("Mødelokale 1");
        LocalDate day = ServerDay.today().plusMonths(9).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        String purpose = "Nedetid " + System.nanoTime();
        JsonObject booking = book("booker", room, day, "09:00", "10:00", purpose);
        assertEquals("CONFIRMED", booking.getString("status"));
        String when = day.getDayOfMonth() + "." + day.getMonthValue() + "." + day.getYear() + " 09:00–10:00";
        // the sender tries (every second here) and fails: the message waits in the outbox with the error
        await("a failed attempt shown in the outbox").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> failedAttempts("booker@example.dk", "Bekræftet: Mødelokale 1 " + when), n -> n > 0);

        smtp.start();
        MimeMessage confirmation = awaitMail("booker@example.dk", "Bekræftet: Mødelokale 1 " + when);
        assertTrue(text(confirmation).contains("Din booking af Mødelokale 1"), text(confirmation));
        List<String> subjects = Arrays.stream(smtp.getReceivedMessages()).map(m -> {
            try {
                return m.getSubject();
            } catch (Exception e) {
                return "";
            }
        }).filter(s -> s.equals("Bekræftet: Mødelokale 1 " + when))
                .toList();
        assertEquals(1, subjects.size(), "sent once, not once per attempt: " + subjects);
    }

    @Test
    void aBounceInTheBounceMailboxMarksTheAddressAsFailingForTheAdministrator() throws Exception {
        String address = "bortflyttet" + System.nanoTime() + "@example.dk";
        GreenMailUser mailbox = smtp.setUser("bounces@localhost", "bounces", "bounces");
        mailbox.deliver(DeliveryReportsTest.bounce(address, "venter@example.dk"));

        String page = await("the failing address listed for the administrator").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500)).until(MailIT::outboxPage, p -> p.contains(address));
        assertTrue(page.contains("Kom retur") && page.contains("User unknown in local recipient table"),
                "with how and why");
        assertTrue(!page.contains("venter@example.dk"), "a delayed delivery is not a failure");
        await("the report deleted from the bounce mailbox once read").atMost(Duration.ofSeconds(30))
                .until(() -> inbox(mailbox), n -> n == 0);
        assertEquals(403, Server.get("admin/outbox.xhtml", "koordinator").statusCode(), "administrators only");
    }

    private static String outboxPage() {
        HttpResponse<String> outbox = Server.get("admin/outbox.xhtml", "admin");
        assertEquals(200, outbox.statusCode());
        return outbox.body();
    }

    /** The attempts the outbox shows for the message, if it shows an error for it; else 0. */
    private static int failedAttempts(String recipient, String subject) {
        return Mails.outboxRows(recipient).stream()
                .filter(row -> row.text().contains(subject) && !row.select(".hint").isEmpty())
                .mapToInt(row -> Integer.parseInt(row.select(".mail-status").first().parent().ownText()
                        .replaceAll("\\D", "")))
                .max().orElse(0);
    }

    private static int inbox(GreenMailUser user) throws Exception {
        return smtp.getManagers().getImapHostManager().getInbox(user).getMessageCount();
    }
}
