package dk.tovholder.meeting.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.tovholder.meeting.boundary.ComingMeeting.Stage;
import dk.tovholder.meeting.entity.ItemType;
import dk.tovholder.meeting.entity.Meeting;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class ComingMeetingTest {

    private static final Instant START = Instant.now().plus(3, ChronoUnit.DAYS);

    private static Meeting meeting() {
        return new Meeting(1L, LocalDate.now(), "Netværksgruppen", START, START.plus(2, ChronoUnit.HOURS));
    }

    @Test
    void theStageFollowsTheAgendaAndTheMinutes() {
        Meeting meeting = meeting();
        assertEquals(Stage.AGENDA_DRAFT, ComingMeeting.stageOf(meeting));
        meeting.addItem("Velkommen", null, ItemType.INFORMATION, null, 10);
        meeting.publishAgenda();
        assertEquals(Stage.AGENDA_PUBLISHED, ComingMeeting.stageOf(meeting));
        meeting.circulateMinutes(Instant.now(), true);
        assertEquals(Stage.MINUTES_CIRCULATED, ComingMeeting.stageOf(meeting));
        meeting.approveMinutes(Instant.now(), true);
        assertEquals(Stage.MINUTES_APPROVED, ComingMeeting.stageOf(meeting));
    }

    @Test
    void theLabelNamesTheGroupAndTheMeetingsOwnTitleOnce() {
        assertEquals("Netværksgruppen", label("Netværksgruppen", "Netværksgruppen"));
        assertEquals("Netværksgruppen: Temamøde om unge", label("Netværksgruppen", "Temamøde om unge"));
        assertEquals("Erfaringsgruppen Tartuhus – De gode råd",
                label("Erfaringsgruppe: Erfaringsgruppen Tartuhus", "Erfaringsgruppen Tartuhus – De gode råd"));
    }

    private static String label(String group, String title) {
        return new ComingMeeting(1L, title, 1L, group, START, START, null, Stage.AGENDA_DRAFT).label();
    }
}
