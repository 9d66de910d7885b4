package dk.tovholder.meeting.boundary;

import dk.tovholder.clock.AppClock;
import dk.tovholder.meeting.entity.Meeting;
import dk.tovholder.meeting.entity.MeetingStatus;
import dk.tovholder.network.boundary.RhythmChanged;
import dk.tovholder.network.entity.Cadence;
import dk.tovholder.network.entity.CadenceKind;
import dk.tovholder.network.entity.NetworkGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Creates a group's regular meetings from its rhythm, a few months ahead: one
 * meeting per cadence day, never twice (the database's unique (group, day)
 * stands behind that), and never touching meetings that exist, so a meeting
 * moved by hand stays moved. Only writes make meetings: a new group or a new
 * rhythm ({@link #realign}, in the transaction of the change, where the coming
 * regular meetings also move to the new meeting days so that none is left on
 * an old day beside a new one), and the hourly {@link SeriesPlanner} that
 * keeps every series a few months ahead. Reading meetings never writes.
 */
@ApplicationScoped
public class MeetingSeries {

    static final int MONTHS_AHEAD = 6;

    /** the tables whose rows make a meeting more than an empty date: such a meeting is moved, never removed */
    private static final List<String> CONTENT = List.of("agenda_item", "agenda_proposal", "attendance", "decision",
            "action_item", "minutes_comment", "minutes_version", "booking", "experience_session", "value_game");

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<MeetingRescheduled> rescheduled;

    /**
     * Makes the group's missing regular meetings from today to a few months
     * ahead, in a transaction of its own (the planner's job,
     * {@link SeriesPlanner}).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int extend(NetworkGroup group, LocalDate today) {
        return plan(group, today, today);
    }

    /**
     * Makes the group's missing regular meetings from {@code from} (not before
     * its rota starts) to a few months after today, in the caller's
     * transaction: a new group gets the meetings of its rota's past turns too,
     * so that each of its duties leads to a meeting.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int plan(NetworkGroup group, LocalDate from, LocalDate today) {
        Cadence cadence = group.getCadence();
        LocalDate first = from(group, from);
        Set<LocalDate> existing = new HashSet<>(em.createNamedQuery(Meeting.SERIES_DATES, LocalDate.class)
                .setParameter("groupId", group.getId()).setParameter("from", first).getResultList());
        // new meetings take the series' current place: that of its latest meeting without a place of its own
        String place = em.createQuery("select m from Meeting m where m.groupId = :g and m.seriesDate is not null"
                + " and m.placeChanged = false order by m.seriesDate desc", Meeting.class)
                .setParameter("g", group.getId()).setMaxResults(1).getResultStream().findFirst()
                .map(Meeting::getPlace).orElse(null);
        int created = 0;
        for (LocalDate day : cadence.days(first, today.plusMonths(MONTHS_AHEAD))) {
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

    /**
     * The groups whose series lacks a meeting day of the coming months (those
     * {@link #extend} would add to), found with one query for all of them, so
     * that a page listing many groups' meetings extends only the few that are
     * behind instead of asking each group.
     */
    public List<NetworkGroup> behind(Collection<NetworkGroup> groups, LocalDate today) {
        Map<NetworkGroup, List<LocalDate>> due = new LinkedHashMap<>();
        for (NetworkGroup g : groups) {
            List<LocalDate> days = g.getCadence().days(from(g, today), today.plusMonths(MONTHS_AHEAD));
            if (!days.isEmpty()) {
                due.put(g, days);
            }
        }
        if (due.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<LocalDate>> existing = new HashMap<>();
        em.createQuery("select m.groupId, m.seriesDate from Meeting m where m.groupId in :ids"
                + " and m.seriesDate is not null and m.seriesDate >= :from", Object[].class)
                .setParameter("ids", due.keySet().stream().map(NetworkGroup::getId).toList())
                .setParameter("from", today).getResultList()
                .forEach(row -> existing.computeIfAbsent((Long) row[0], id -> new HashSet<>()).add((LocalDate) row[1]));
        return due.entrySet().stream()
                .filter(e -> !existing.getOrDefault(e.getKey().getId(), Set.of()).containsAll(e.getValue()))
                .map(Map.Entry::getKey).toList();
    }

    /** The day, or the group's rota start if that is later. */
    private static LocalDate from(NetworkGroup group, LocalDate day) {
        return day.isBefore(group.getRotaStart()) ? group.getRotaStart() : day;
    }

    /**
     * The group's rhythm changed (in the transaction of the change). Its
     * coming regular meetings that follow the series (not moved by hand, no
     * agenda published, not cancelled) take the new time; those on a day that
     * is no longer a meeting day move to the nearest new meeting day that has
     * no meeting, or are removed when they have no content (the series makes
     * the new day's meeting later). A meeting moved by hand or with a
     * published agenda keeps its time but stands for the nearest new day, so
     * that no second meeting is made beside it; a cancelled one stays as it is.
     */
    void realign(@Observes RhythmChanged event) {
        NetworkGroup group = em.find(NetworkGroup.class, event.groupId());
        realign(group, event);
        em.flush();
        plan(group, event.from(), AppClock.today());
    }

    private void realign(NetworkGroup group, RhythmChanged event) {
        Cadence cadence = group.getCadence();
        Instant now = AppClock.now();
        List<Meeting> coming = em.createQuery("select m from Meeting m where m.groupId = :g"
                + " and m.seriesDate is not null and m.startsAt >= :now order by m.seriesDate", Meeting.class)
                .setParameter("g", group.getId()).setParameter("now", now).getResultList();
        if (coming.isEmpty()) {
            return;
        }
        LocalDate from = event.from().isBefore(group.getRotaStart()) ? group.getRotaStart() : event.from();
        LocalDate last = coming.get(coming.size() - 1).getSeriesDate();
        LocalDate to = last.plusMonths(1).isAfter(from.plusMonths(MONTHS_AHEAD)) ? last.plusMonths(1)
                : from.plusMonths(MONTHS_AHEAD);
        Set<LocalDate> days = new HashSet<>(cadence.days(from, to));
        TreeSet<LocalDate> free = new TreeSet<>(days);
        coming.forEach(m -> free.remove(m.getSeriesDate()));
        long reach = cadence.getKind() == CadenceKind.MONTHLY ? 15L * cadence.getInterval()
                : 7L * cadence.getInterval() / 2 + 3;
        for (Meeting m : coming) {
            boolean follows = !m.isMoved() && m.getStatus() == MeetingStatus.PLANNED;
            Instant start = m.getStartsAt();
            Instant end = m.getEndsAt();
            if (m.getStatus() == MeetingStatus.CANCELLED) {
                continue;
            }
            if (days.contains(m.getSeriesDate())) {
                if (follows && cadence.getStartTime() != null) {
                    m.followSeriesTime(cadence.startOn(m.getSeriesDate()).toInstant(),
                            cadence.endOn(m.getSeriesDate()).toInstant());
                }
            } else if (follows && !hasContent(m)) {
                em.remove(m);
                continue;
            } else {
                LocalDate day = nearest(free, m.getSeriesDate(), reach);
                if (day == null) {
                    continue; // no new meeting day near it: it stays where it is, outside the rhythm
                }
                free.remove(day);
                m.moveToSeriesDay(day, cadence.startOn(day).toInstant(), cadence.endOn(day).toInstant(), follows);
            }
            if (!m.getStartsAt().equals(start) || !m.getEndsAt().equals(end)) {
                rescheduled.fire(new MeetingRescheduled(m.getId(), m.getStartsAt(), m.getEndsAt()));
            }
        }
        em.flush();
    }

    private static LocalDate nearest(TreeSet<LocalDate> free, LocalDate day, long reach) {
        LocalDate before = free.floor(day);
        LocalDate after = free.ceiling(day);
        long toBefore = before == null ? Long.MAX_VALUE : ChronoUnit.DAYS.between(before, day);
        long toAfter = after == null ? Long.MAX_VALUE : ChronoUnit.DAYS.between(day, after);
        LocalDate best = toAfter <= toBefore ? after : before;
        return best == null || Math.min(toBefore, toAfter) > reach ? null : best;
    }

    private boolean hasContent(Meeting meeting) {
        if (!meeting.getAgenda().isEmpty()) {
            return true;
        }
        String sql = "select " + String.join(" + ", CONTENT.stream()
                .map(t -> "(select count(*) from " + t + " where meeting_id = ?1)").toList());
        Number rows = (Number) em.createNativeQuery(sql).setParameter(1, meeting.getId()).getSingleResult();
        return rows.longValue() > 0;
    }
}
