package dk.tovholder.meeting.boundary;

import dk.tovholder.identity.boundary.CurrentUser;
import dk.tovholder.network.boundary.MeetingDuty;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/** The meeting each duty on "my duties" leads to, for all of them at once. */
@Named
@RequestScoped
public class DutyMeetings {

    @Inject
    MeetingArchive archive;

    @Inject
    CurrentUser currentUser;

    private Map<String, Long> meetings;

    /** The id of the duty's meeting, or null when it has none; the first call looks up those of all the duties. */
    public Long of(List<MeetingDuty> all, MeetingDuty duty) {
        if (meetings == null) {
            meetings = archive.ofDuties(all, currentUser.caller());
        }
        return meetings.get(MeetingArchive.key(duty.groupId(), duty.day()));
    }
}
