package dk.tovholder.meeting.boundary;

import dk.tovholder.clock.AppClock;
import dk.tovholder.identity.boundary.CurrentUser;
import dk.tovholder.meeting.entity.Meeting;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;

/** The coming meetings of a group, for its page (the network component does not know meetings). */
@Named
@RequestScoped
public class GroupMeetings {

    static final int SHOWN = 6;

    @Inject
    Meetings meetings;

    @Inject
    CurrentUser currentUser;

    private List<Meeting> next;

    public List<Meeting> next(Long groupId) {
        if (next == null) {
            LocalDate today = AppClock.today();
            next = meetings.ofGroup(groupId, currentUser.caller(), today, today.plusMonths(MeetingSeries.MONTHS_AHEAD))
                    .stream().limit(SHOWN).toList();
        }
        return next;
    }
}
