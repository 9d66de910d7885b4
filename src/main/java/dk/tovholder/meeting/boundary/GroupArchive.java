package dk.tovholder.meeting.boundary;

import dk.tovholder.identity.boundary.CurrentUser;
import dk.tovholder.meeting.entity.Meeting;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The archive on a group's page: its past meetings of one year, the newest
 * year first (the network component does not know meetings).
 */
@Named
@ViewScoped
public class GroupArchive implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MeetingArchive archive;

    @Inject
    CurrentUser currentUser;

    private Integer year;
    private List<Integer> years;
    private transient List<Meeting> meetings;
    private Integer meetingsYear;

    public List<Integer> years(Long groupId) {
        if (years == null) {
            years = archive.years(groupId, currentUser.caller());
        }
        return years;
    }

    /** The chosen year's past meetings, newest first (the newest year until another is chosen). */
    public List<Meeting> meetings(Long groupId) {
        List<Integer> all = years(groupId);
        if (all.isEmpty()) {
            return List.of();
        }
        if (year == null || !all.contains(year)) {
            year = all.get(0);
        }
        if (meetings == null || !year.equals(meetingsYear)) {
            meetings = archive.past(groupId, year, currentUser.caller());
            meetingsYear = year;
        }
        return meetings;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}
