package dk.tovholder.meeting.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tovholder.refusal.Refusal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeetingTest {

    private static final Instant NINE = Instant.parse("2026-12-01T08:00:00Z");

    private static Meeting twoHours() {
        return new Meeting(1L, LocalDate.of(2026, 12, 1), "Netværksmøde", NINE, NINE.plus(Duration.ofHours(2)));
    }

    @Test
    void itemsStartWhenTheOnesBeforeThemEnd() {
        Meeting meeting = twoHours();
        meeting.addItem("Velkommen", null, ItemType.INFORMATION, null, 10);
        meeting.addItem("Lektiecaféen", null, ItemType.DISCUSSION, "Røde Kors", 45);
        meeting.addItem("Højskoledagene", null, ItemType.DECISION, null, 20);
        assertEquals(List.of(NINE, NINE.plusSeconds(600), NINE.plusSeconds(55 * 60)), meeting.itemStarts());
        assertEquals(NINE.plusSeconds(75 * 60), meeting.estimatedEnd());
        assertFalse(meeting.isOverlong());
        meeting.addItem("Eventuelt", null, ItemType.INFORMATION, null, 50);
        assertTrue(meeting.isOverlong(), "125 minutes in a meeting of 120");
    }

    @Test
    void aMeetingEndsAfterItStartsAndLastsAtMostADay() {
        Meeting meeting = twoHours();
        assertEquals("meeting.time.order", assertThrows(Refusal.class, () -> meeting.reschedule(NINE, NINE)).messageKey());
        assertEquals("meeting.time.order",
                assertThrows(Refusal.class, () -> meeting.reschedule(NINE, NINE.minusSeconds(60))).messageKey());
        assertEquals("meeting.time.tooLong", assertThrows(Refusal.class,
                () -> meeting.reschedule(NINE, NINE.plus(Duration.ofHours(25)))).messageKey());
        assertEquals(NINE, meeting.getStartsAt(), "a refused change changes nothing");
        assertFalse(meeting.isMoved());
        meeting.reschedule(NINE.plus(Duration.ofDays(1)), NINE.plus(Duration.ofDays(1)).plus(Duration.ofHours(1)));
        assertTrue(meeting.isMoved(), "moved by hand");
    }

    @Test
    void anEmptyAgendaCannotBePublishedAndApprovedMinutesAreReadOnly() {
        Meeting meeting = twoHours();
        assertEquals("agenda.empty", assertThrows(Refusal.class, meeting::publishAgenda).messageKey());
        meeting.addItem("Velkommen", null, ItemType.INFORMATION, null, 10);
        meeting.publishAgenda();
        assertEquals(MeetingStatus.AGENDA_PUBLISHED, meeting.getStatus());
        meeting.approveMinutes(NINE.plusSeconds(3 * 3600), false);
        assertEquals("minutes.approved", assertThrows(Refusal.class, meeting::minutesOpen).messageKey());
        meeting.reopenForCorrection();
        meeting.minutesOpen();
        assertEquals(MeetingStatus.MINUTES_DRAFT, meeting.getStatus());
    }

    @Test
    void approvedMinutesLockTheAgendaTimeAndPlaceUntilACorrection() {
        Meeting meeting = twoHours();
        meeting.addItem("Velkommen", null, ItemType.INFORMATION, null, 10);
        meeting.addItem("Lektiecaféen", null, ItemType.DISCUSSION, null, 30);
        meeting.approveMinutes(NINE.plusSeconds(3 * 3600), false);
        List<Runnable> changes = List.of(
                () -> meeting.addItem("Eventuelt", null, ItemType.INFORMATION, null, 5),
                () -> meeting.removeItem(null),
                () -> meeting.moveItemTo(null, 0),
                meeting::publishAgenda,
                () -> meeting.changePlace("Et andet sted"),
                () -> meeting.cancel("For sent"),
                () -> meeting.setProposalDeadline(null));
        for (Runnable change : changes) {
            Refusal refused = assertThrows(Refusal.class, change::run);
            assertEquals("minutes.approved.locked", refused.messageKey());
            assertEquals(409, refused.status(), "the API answers 409");
        }
        assertEquals(2, meeting.getAgenda().size(), "nothing changed");
        assertEquals(Meeting.Phase.APPROVED, meeting.phase(NINE.plusSeconds(4 * 3600)));
        meeting.reopenForCorrection();
        meeting.addItem("Eventuelt", null, ItemType.INFORMATION, null, 5);
        assertEquals(3, meeting.getAgenda().size(), "a correction opens the meeting again");
    }

    @Test
    void minutesAreCirculatedAndApprovedFromTheStartOrWithAnOverride() {
        Meeting meeting = twoHours();
        meeting.addItem("Velkommen", null, ItemType.INFORMATION, null, 10);
        Instant before = NINE.minusSeconds(4 * 24 * 3600);
        assertEquals(Meeting.Phase.BEFORE, meeting.phase(before));
        Refusal early = assertThrows(Refusal.class, () -> meeting.circulateMinutes(before, false));
        assertEquals("minutes.beforeStart", early.messageKey());
        assertEquals(409, early.status());
        assertEquals("minutes.beforeStart",
                assertThrows(Refusal.class, () -> meeting.approveMinutes(before, false)).messageKey());
        assertFalse(meeting.isMinutesCirculated(), "a refused step changes nothing");
        assertEquals(Meeting.Phase.MINUTES, meeting.phase(NINE), "from the start, the minutes");
        meeting.circulateMinutes(NINE, false);
        assertTrue(meeting.isMinutesCirculated());
        meeting.approveMinutes(before, true);
        assertTrue(meeting.isMinutesApproved(), "earlier only when the user overrides the rule");
    }

    @Test
    void aCancelledMeetingNeedsAReasonAndItsAgendaIsLocked() {
        Meeting meeting = twoHours();
        assertEquals("meeting.cancel.reason", assertThrows(Refusal.class, () -> meeting.cancel(" ")).messageKey());
        meeting.cancel("Helligdag");
        assertEquals(MeetingStatus.CANCELLED, meeting.getStatus());
        assertThrows(Refusal.class, () -> meeting.addItem("Sent punkt", null, ItemType.INFORMATION, null, 5));
        assertFalse(meeting.acceptsProposals(NINE.minusSeconds(3600)), "no proposals for a cancelled meeting");
    }

    @Test
    void proposalsAreOpenUntilTheDeadlineOrUntilTheAgendaIsPublished() {
        Meeting meeting = twoHours();
        Instant dayBefore = NINE.minus(Duration.ofDays(1));
        assertTrue(meeting.acceptsProposals(dayBefore));
        meeting.setProposalDeadline(NINE.minus(Duration.ofDays(2)));
        assertFalse(meeting.acceptsProposals(dayBefore), "after the deadline");
        assertEquals("proposal.deadline.afterStart", assertThrows(Refusal.class,
                () -> meeting.setProposalDeadline(NINE.plusSeconds(60))).messageKey());
    }
    @Test
    void membersReadTheAgendaOncePublishedAndTheMinutesOnceCirculatedEditorsReadTheDrafts() {
        Meeting meeting = twoHours();
        meeting.addItem("Velkommen", null, ItemType.INFORMATION, null, 10);
        assertFalse(meeting.agendaReadable(() -> false), "a draft agenda is the editors'");
        assertTrue(meeting.agendaReadable(() -> true));
        meeting.publishAgenda();
        assertTrue(meeting.agendaReadable(() -> {
            throw new AssertionError("a published agenda needs no editor check");
        }));

        Instant after = NINE.plus(Duration.ofHours(3));
        assertFalse(meeting.minutesReadable(() -> false), "draft minutes are their writers'");
        assertFalse(meeting.isOpenForComments(), "not circulated yet");
        meeting.circulateMinutes(after, false);
        assertTrue(meeting.minutesReadable(() -> false), "circulated: the members read them");
        assertTrue(meeting.isOpenForComments());
        meeting.approveMinutes(after, false);
        assertTrue(meeting.minutesReadable(() -> false));
        assertFalse(meeting.isOpenForComments(), "approved minutes take no more comments");
    }
    @Test
    void aSeriesChangeReachesTheMeetingsThatFollowTheSeriesNotOnesMovedByHandUnlessEdited() {
        Meeting follows = twoHours(); // 9:00 Copenhagen on 1 December
        Meeting movedByHand = twoHours();
        movedByHand.reschedule(NINE.plus(Duration.ofHours(4)), NINE.plus(Duration.ofHours(5)));
        Meeting edited = twoHours();
        edited.reschedule(NINE.plus(Duration.ofHours(4)), NINE.plus(Duration.ofHours(5)));
        edited.changePlace("Biblioteket");

        LocalTime ten = LocalTime.of(10, 0);
        follows.takeSeriesChange(ten, 90, "Beboerhuset", false);
        movedByHand.takeSeriesChange(ten, 90, "Beboerhuset", false);
        edited.takeSeriesChange(ten, 90, "Beboerhuset", true);

        Instant tenOClock = NINE.plus(Duration.ofHours(1));
        assertEquals(tenOClock, follows.getStartsAt(), "on its series day at the new time");
        assertEquals(tenOClock.plus(Duration.ofMinutes(90)), follows.getEndsAt(), "for the new length");
        assertEquals("Beboerhuset", follows.getPlace());
        assertEquals(NINE.plus(Duration.ofHours(4)), movedByHand.getStartsAt(), "moved by hand: keeps its time");
        assertEquals(tenOClock, edited.getStartsAt(), "the edited meeting rejoins the series");
        assertEquals("Beboerhuset", edited.getPlace(), "and its place");
        assertFalse(edited.isMoved());
    }
}
