package dk.tovholder.home.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tovholder.meeting.boundary.OpenAction;
import dk.tovholder.network.boundary.MeetingDuty;
import dk.tovholder.network.entity.DutyItem;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverviewTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private static <T> Section<T> none() {
        return new Section<>(List.of(), false);
    }

    private static Overview with(Section<DutyTask> duties, Section<OpenAction> actions) {
        return new Overview(TODAY, null, duties, actions, none(), List.of(), none());
    }

    @Test
    void nothingWaitsWhenNoDutyLacksAnythingAndNoActionItemIsOpen() {
        MeetingDuty ready = new MeetingDuty(1L, "Netværksgruppen", TODAY.plusDays(3),
                TODAY.plusDays(3).atTime(9, 0).atZone(ZoneId.of("Europe/Copenhagen")), "Helhedsplanen",
                EnumSet.of(DutyItem.INVITATION, DutyItem.ROOM, DutyItem.AGENDA), EnumSet.noneOf(DutyItem.class));
        Overview calm = with(new Section<>(List.of(new DutyTask(ready, 1L, DutyTask.missing(ready, TODAY))), false),
                none());
        assertFalse(calm.isSomethingWaiting(), "meetings, sessions and news wait for nobody");
        assertFalse(calm.isRoomOwner());

        Overview busy = with(none(), new Section<>(List.of(new OpenAction(1L, "Ring til skolen", null,
                TODAY.minusDays(1), 2L, "Netværksgruppen")), false));
        assertTrue(busy.isSomethingWaiting(), "an open action item waits");
        assertTrue(busy.actions().items().get(0).isOverdue(TODAY));
    }
}
