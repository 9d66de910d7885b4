package dk.tovholder.home.boundary;

import dk.tovholder.exchange.entity.ExchangePost;
import dk.tovholder.experience.boundary.NextSession;
import dk.tovholder.meeting.boundary.ComingMeeting;
import dk.tovholder.meeting.boundary.OpenAction;
import dk.tovholder.room.entity.Booking;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What the start page shows one person, by urgency: requests waiting for
 * their approval (null: they own no rooms to approve for), their
 * organisation's coordinator duties with what is missing, its open action
 * items, their next meetings, their experience groups' next sessions and the
 * resource exchange's posts new since their last visit.
 */
public record Overview(LocalDate today, Section<Booking> requests, Section<DutyTask> duties,
        Section<OpenAction> actions, Section<ComingMeeting> meetings, List<NextSession> sessions,
        Section<ExchangePost> posts) implements Serializable {

    /** Whether someone waits for the person: a request to answer, a duty item missing, an action item open. */
    public boolean isSomethingWaiting() {
        return requests != null && !requests.isEmpty() || !actions.isEmpty()
                || duties.items().stream().anyMatch(d -> !d.isReady());
    }

    public boolean isRoomOwner() {
        return requests != null;
    }
}
