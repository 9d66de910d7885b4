package dk.tovholder.meeting.boundary;

import dk.tovholder.identity.boundary.CurrentUser;
import dk.tovholder.meeting.entity.Meeting;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** "My next meetings": the coming meetings of my groups, with whether their agenda is out. */
@Named
@RequestScoped
public class MyMeetingsPage {

    @Inject
    Meetings meetings;

    @Inject
    CurrentUser currentUser;

    private List<Meeting> list;

    public List<Meeting> getMeetings() {
        if (list == null) {
            list = meetings.myNext(currentUser.caller());
        }
        return list;
    }
}
