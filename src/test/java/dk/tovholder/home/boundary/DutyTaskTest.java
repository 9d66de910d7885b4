package dk.tovholder.home.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tovholder.network.boundary.MeetingDuty;
import dk.tovholder.network.entity.DutyItem;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DutyTaskTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private static MeetingDuty duty(LocalDate day, Set<DutyItem> done, Set<DutyItem> late) {
        return new MeetingDuty(1L, "Netværksgruppen", day, day.atTime(9, 0).atZone(ZoneId.of("Europe/Copenhagen")),
                "Helhedsplanen", done.isEmpty() ? EnumSet.noneOf(DutyItem.class) : EnumSet.copyOf(done),
                late.isEmpty() ? EnumSet.noneOf(DutyItem.class) : EnumSet.copyOf(late));
    }

    @Test
    void beforeTheMeetingTheMinutesAreNotMissingYet() {
        MeetingDuty coming = duty(TODAY.plusDays(10), Set.of(DutyItem.ROOM), Set.of(DutyItem.INVITATION));
        DutyTask task = new DutyTask(coming, 7L, DutyTask.missing(coming, TODAY));
        assertEquals(List.of(DutyItem.INVITATION, DutyItem.AGENDA), task.missing());
        assertTrue(task.isLate(), "the invitation is late");
        assertFalse(task.isReady());
    }

    @Test
    void afterTheMeetingTheMinutesAreMissingUntilWritten() {
        MeetingDuty held = duty(TODAY.minusDays(2), EnumSet.of(DutyItem.INVITATION, DutyItem.ROOM, DutyItem.AGENDA),
                Set.of());
        assertEquals(List.of(DutyItem.MINUTES), DutyTask.missing(held, TODAY));
        MeetingDuty written = duty(TODAY.minusDays(2), EnumSet.allOf(DutyItem.class), Set.of());
        assertTrue(new DutyTask(written, null, DutyTask.missing(written, TODAY)).isReady());
    }

    @Test
    void aSectionTellsThereAreMoreFromTheOneRowReadBeyondWhatItShows() {
        assertEquals(new Section<>(List.of(1, 2), true), Section.of(List.of(1, 2, 3), 2));
        assertEquals(new Section<>(List.of(1, 2), false), Section.of(List.of(1, 2), 2));
        assertTrue(Section.of(List.of(), 5).isEmpty());
    }
}
