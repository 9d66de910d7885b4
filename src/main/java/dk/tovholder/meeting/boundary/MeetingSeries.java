package dk.tovholder.meeting.boundary;

import dk.tovholder.meeting.entity.Meeting;
import dk.tovholder.network.entity.Cadence;
import dk.tovholder.network.entity.NetworkGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * Creates a group's regular meetings from its rhythm, a few months ahead, in a
 * transaction of its own: one meeting per cadence day, never twice (the
 * database's unique (group, day) decides between two requests at once), and
 * never touching meetings that exist, so a meeting moved by hand stays moved.
 */
@ApplicationScoped
public class MeetingSeries {

    static final int MONTHS_AHEAD = 6;

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int extend(NetworkGroup group, LocalDate today) {
        Cadence cadence = group.getCadence();
        Set<LocalDate> existing = new HashSet<>(em.createNamedQuery(Meeting.SERIES_DATES, LocalDate.class)
                .setParameter("groupId", group.getId()).setParameter("from", today).getResultList());
        // new meetings take the series' current place: that of its latest meeting without a place of its own
        String place = em.createQuery("select m from Meeting m where m.groupId = :g and m.seriesDate is not null"
                + " and m.placeChanged = false order by m.seriesDate desc", Meeting.class)
                .setParameter("g", group.getId()).setMaxResults(1).getResultStream().findFirst()
                .map(Meeting::getPlace).orElse(null);
        int created = 0;
        LocalDate from = today.isBefore(group.getRotaStart()) ? group.getRotaStart() : today;
        for (LocalDate day : cadence.days(from, today.plusMonths(MONTHS_AHEAD))) {
            if (!existing.contains(day)) {
                Meeting meeting = new Meeting(group.getId(), day, group.getName(), cadence.startOn(day).toInstant(),
                        cadence.endOn(day).toInstant());
                meeting.followSeriesPlace(place);
                em.persist(meeting);
                created++;
            }
        }
        return created;
    }
}
