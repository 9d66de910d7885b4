package dk.tovholder.meeting.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** An open action item of the caller's organisation as the start page lists it, with its group's name. */
public record OpenAction(Long id, String what, String responsiblePerson, LocalDate dueDate, Long meetingId,
        String groupName) implements Serializable {

    public boolean isOverdue(LocalDate today) {
        return dueDate.isBefore(today);
    }
}
