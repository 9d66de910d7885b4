package dk.tovholder.meeting.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tovholder.refusal.Conflict;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Sending a meeting's invitation: when it may go out, and that a second one says it is sent again. */
class MeetingInvitationTest {

    private static final Instant NINE = Instant.parse("2026-12-01T08:00:00Z");

    private static Meeting meeting() {
        return new Meeting(1L, LocalDate.of(2026, 12, 1), "Netværksmøde", NINE, NINE.plus(Duration.ofHours(2)));
    }

    @Test
    void theFirstInvitationIsRecordedAndASecondOneIsSentAgain() {
        Meeting meeting = meeting();
        assertFalse(meeting.isInvitationSent());
        assertNull(meeting.getInvitationSentAt());
        Instant first = NINE.minus(Duration.ofDays(21));
        assertFalse(meeting.recordInvitationSent(first), "the first time");
        assertEquals(first, meeting.getInvitationSentAt());
        Instant second = NINE.minus(Duration.ofDays(2));
        assertTrue(meeting.recordInvitationSent(second), "sent again after a change");
        assertEquals(second, meeting.getInvitationSentAt(), "the latest time is kept");
    }

    @Test
    void aCancelledOrStartedMeetingIsNotInvitedTo() {
        Meeting cancelled = meeting();
        cancelled.cancel("Sygdom");
        assertEquals("meeting.cancelled", assertThrows(Conflict.class,
                () -> cancelled.recordInvitationSent(NINE.minus(Duration.ofDays(1)))).messageKey());
        Meeting started = meeting();
        assertEquals("invitation.past", assertThrows(Conflict.class, () -> started.recordInvitationSent(NINE))
                .messageKey());
        assertEquals("invitation.past", assertThrows(Conflict.class,
                () -> started.recordInvitationSent(NINE.plus(Duration.ofDays(3)))).messageKey());
        assertFalse(started.isInvitationSent(), "nothing recorded");
    }
}
