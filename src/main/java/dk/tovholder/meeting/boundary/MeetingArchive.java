package dk.tovholder.meeting.boundary;

import dk.tovholder.caller.Caller;
import dk.tovholder.meeting.entity.Meeting;
import dk.tovholder.meeting.entity.MeetingStatus;
import dk.tovholder.network.boundary.MeetingDuty;
import dk.tovholder.network.boundary.NetworkGroups;
import dk.tovholder.network.entity.Cadence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A group's past meetings by year (its archive), and the meeting each
 * coordinator duty is for. Each costs a fixed number of statements, however
 * many meetings there are.
 */
@ApplicationScoped
@Transactional
public class MeetingArchive {

    @PersistenceContext
    EntityManager em;

    @Inject
    NetworkGroups groups;

    @Inject
    Clock clock;

    /**
     * The years with past meetings of the group, newest first (two statements:
     * the first and the last start; not min/max, which PostgreSQL's driver
     * hands to the Instant converter as a Timestamp).
     */
    public List<Integer> years(@NotNull Long groupId, @NotNull Caller caller) {
        groups.find(groupId, caller);
        Instant now = Instant.now(clock);
        List<Instant> first = startOfPast(groupId, now, "asc");
        List<Instant> last = startOfPast(groupId, now, "desc");
        List<Integer> years = new ArrayList<>();
        if (first.isEmpty() || last.isEmpty()) {
            return years;
        }
        int firstYear = first.get(0).atZone(Cadence.ZONE).getYear();
        for (int y = last.get(0).atZone(Cadence.ZONE).getYear(); y >= firstYear; y--) {
            years.add(y);
        }
        return years;
    }

    private List<Instant> startOfPast(Long groupId, Instant now, String direction) {
        return em.createQuery("select m.startsAt from Meeting m where m.groupId = :g and m.startsAt < :now"
                + " order by m.startsAt " + direction, Instant.class).setParameter("g", groupId)
                .setParameter("now", now).setMaxResults(1).getResultList();
    }

    /** The group's meetings of the year that have begun, newest first (one statement). */
    public List<Meeting> past(@NotNull Long groupId, int year, @NotNull Caller caller) {
        groups.find(groupId, caller);
        Instant from = ZonedDateTime.of(LocalDate.of(year, 1, 1), LocalTime.MIDNIGHT, Cadence.ZONE)
                .toInstant();
        Instant to = ZonedDateTime.of(LocalDate.of(year + 1, 1, 1), LocalTime.MIDNIGHT, Cadence.ZONE)
                .toInstant();
        Instant now = Instant.now(clock);
        return em.createQuery("select m from Meeting m where m.groupId = :g and m.startsAt >= :from"
                + " and m.startsAt < :to order by m.startsAt desc", Meeting.class).setParameter("g", groupId)
                .setParameter("from", from).setParameter("to", to.isBefore(now) ? to : now).getResultList();
    }

    /**
     * The meeting of each duty (key {@link #key}): the group's regular meeting
     * of the day, or else one held that day; none for a turn beyond the
     * series' reach. Reading never makes meetings: a group's series is made
     * from its rota's first turn when it is created ({@link MeetingSeries}).
     */
    public Map<String, Long> ofDuties(@NotNull List<MeetingDuty> duties, @NotNull Caller caller) {
        if (duties.isEmpty()) {
            return Map.of();
        }
        return find(duties);
    }

    public static String key(Long groupId, LocalDate day) {
        return groupId + "/" + day;
    }

    private Map<String, Long> find(List<MeetingDuty> duties) {
        LocalDate first = duties.stream().map(MeetingDuty::day).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = duties.stream().map(MeetingDuty::day).max(LocalDate::compareTo).orElseThrow();
        List<Meeting> meetings = em.createQuery("select m from Meeting m where m.groupId in :ids and"
                + " ((m.seriesDate >= :first and m.seriesDate <= :last)"
                + " or (m.startsAt >= :from and m.startsAt < :to))", Meeting.class)
                .setParameter("ids", duties.stream().map(MeetingDuty::groupId).distinct().toList())
                .setParameter("first", first).setParameter("last", last)
                .setParameter("from", first.atStartOfDay(Cadence.ZONE).toInstant())
                .setParameter("to", last.plusDays(1).atStartOfDay(Cadence.ZONE).toInstant()).getResultList();
        Map<String, Long> byDay = new HashMap<>();
        // a meeting held on the day, a cancelled one last, the regular meeting of the day first
        for (Meeting m : meetings) {
            if (m.getStatus() != MeetingStatus.CANCELLED) {
                byDay.put(key(m.getGroupId(), m.getStartsAt().atZone(Cadence.ZONE).toLocalDate()), m.getId());
            }
        }
        for (Meeting m : meetings) {
            if (m.getSeriesDate() != null) {
                byDay.put(key(m.getGroupId(), m.getSeriesDate()), m.getId());
            }
        }
        return byDay;
    }
}
