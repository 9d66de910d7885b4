package dk.tovholder.meeting.boundary;

import dk.tovholder.audit.boundary.Audited;
import dk.tovholder.audit.boundary.AuditedId;
import dk.tovholder.audit.entity.AuditAction;
import dk.tovholder.caller.Caller;
import dk.tovholder.meeting.entity.Attendance;
import dk.tovholder.meeting.entity.Meeting;
import dk.tovholder.meeting.entity.MeetingStatus;
import dk.tovholder.network.boundary.NetworkGroups;
import dk.tovholder.network.entity.NetworkGroup;
import dk.tovholder.organisation.entity.Person;
import dk.tovholder.refusal.Forbidden;
import dk.tovholder.refusal.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Who comes to a meeting: participants answer (and may change their answer), and after the
 * meeting its coordinator records who came.
 */
@ApplicationScoped
@Transactional
public class Attendances {

    @PersistenceContext
    EntityManager em;

    @Inject
    Meetings meetings;

    @Inject
    NetworkGroups groups;

    @Inject
    Clock clock;

    public List<Attendance> attendance(@NotNull Meeting meeting) {
        return em.createNamedQuery(Attendance.FIND_BY_MEETING, Attendance.class)
                .setParameter("meetingId", meeting.getId()).getResultList();
    }

    /** A participant says whether they come; answering again changes the answer. */
    public void answer(@NotNull Long meetingId, @NotNull Attendance.Answer answer,
            @Size(max = Attendance.NOTE_MAX, message = "{attendance.note.tooLong}") String note,
            @NotNull Caller caller) {
        Meeting meeting = meetings.find(meetingId, caller);
        NetworkGroup group = groups.find(meeting.getGroupId(), caller);
        if (!group.isParticipant(caller.personId())) {
            throw new Forbidden("attendance.notParticipant");
        }
        if (meeting.getStatus() == MeetingStatus.CANCELLED) {
            throw new Refusal("meeting.cancelled");
        }
        attendanceOf(meeting, caller.personId()).answer(answer, note);
    }

    /** After the meeting, its coordinator records who came (participants not named did not). */
    @Audited(AuditAction.ATTENDANCE_RECORDED)
    public void recordAttended(@AuditedId(Meeting.class) @NotNull Long meetingId, @NotNull Set<Long> cameIds, @NotNull Caller caller) {
        Meeting meeting = meetings.find(meetingId, caller);
        if (!meetings.mayEdit(meeting, caller)) {
            throw new Forbidden("agenda.edit.forbidden");
        }
        if (meeting.getStartsAt().isAfter(Instant.now(clock))) {
            throw new Refusal("attendance.notYet");
        }
        NetworkGroup group = groups.find(meeting.getGroupId(), caller);
        for (Person participant : group.getParticipants()) {
            attendanceOf(meeting, participant.getId()).recordAttended(cameIds.contains(participant.getId()));
        }
    }

    private Attendance attendanceOf(Meeting meeting, Long personId) {
        return attendance(meeting).stream().filter(a -> a.getPerson().getId().equals(personId)).findFirst()
                .orElseGet(() -> {
                    Attendance created = new Attendance(meeting.getId(), em.find(Person.class, personId));
                    em.persist(created);
                    return created;
                });
    }
}
