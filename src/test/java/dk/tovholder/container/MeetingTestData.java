package dk.tovholder.container;

import dk.tovholder.clock.AppClock;
import dk.tovholder.meeting.entity.Meeting;
import dk.tovholder.network.entity.NetworkGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/** Direct database access for the meeting tests: meetings in the past, moved meetings, counts. */
@ApplicationScoped
@Transactional
public class MeetingTestData {

    @PersistenceContext
    EntityManager em;

    public Long groupId(String name) {
        return em.createQuery("select g.id from NetworkGroup g where g.name = :name", Long.class)
                .setParameter("name", name).getSingleResult();
    }

    /** A one-off meeting of the group that started an hour ago. */
    public Long pastMeeting(Long groupId) {
        Instant start = AppClock.now().minus(Duration.ofHours(1));
        Meeting meeting = new Meeting(groupId, null, "Ekstra møde", start, start.plus(Duration.ofHours(2)));
        em.persist(meeting);
        em.flush();
        return meeting.getId();
    }

    /** Moves a meeting by hand by a day; returns its new start. */
    public Instant move(Long meetingId) {
        Meeting meeting = em.find(Meeting.class, meetingId);
        meeting.reschedule(meeting.getStartsAt().plus(Duration.ofDays(1)), meeting.getEndsAt().plus(Duration.ofDays(1)));
        return meeting.getStartsAt();
    }

    public Meeting meeting(Long id) {
        return em.find(Meeting.class, id);
    }

    public long meetingsOnSeriesDay(Long groupId, LocalDate day) {
        return em.createQuery("select count(m) from Meeting m where m.groupId = :g and m.seriesDate = :d", Long.class)
                .setParameter("g", groupId).setParameter("d", day).getSingleResult();
    }

    public NetworkGroup group(Long id) {
        NetworkGroup group = em.find(NetworkGroup.class, id);
        group.getMembers().size();
        return group;
    }
}
