package dk.tovholder.meeting.boundary;

import dk.tovholder.audit.boundary.AuditTrail;
import dk.tovholder.audit.boundary.Audited;
import dk.tovholder.audit.entity.AuditAction;
import dk.tovholder.caller.Caller;
import dk.tovholder.meeting.entity.ActionItem;
import dk.tovholder.meeting.entity.Decision;
import dk.tovholder.meeting.entity.Meeting;
import dk.tovholder.network.boundary.DutyDone;
import dk.tovholder.network.boundary.NetworkGroups;
import dk.tovholder.network.entity.Cadence;
import dk.tovholder.network.entity.DutyItem;
import dk.tovholder.network.entity.NetworkGroup;
import dk.tovholder.refusal.Conflict;
import dk.tovholder.refusal.Forbidden;
import dk.tovholder.refusal.NotFound;
import dk.tovholder.refusal.Refusal;
import dk.tovholder.schema.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Meetings and their agendas: who may see and edit them, the agenda's items,
 * publishing. Reading goes through the group's visibility (members-only groups
 * answer 404 to others); editing is for the group's administrator and the
 * organisation holding the coordinator duty for the meeting.
 */
@ApplicationScoped
@Transactional
public class Meetings {

    static final int MY_DAYS_AHEAD = 60;

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<DutyDone> dutyDone;

    @Inject
    NetworkGroups groups;

    @Inject
    MeetingSeries series;

    @Inject
    Event<AgendaPublished> agendaPublished;

    @Inject
    Event<MeetingRescheduled> rescheduled;

    @Inject
    Event<MeetingCancelled> cancelled;

    @Inject
    Event<MinutesPublished> minutesPublished;

    @Inject
    AuditTrail auditTrail;

    /** The longest reason a user may give for overriding a time rule. */
    public static final int OVERRIDE_REASON_MAX = 1000;

    @Inject
    Clock clock;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The group's meetings starting in [from, to) (its series reaches a few months ahead, SeriesPlanner). */
    public List<Meeting> ofGroup(@NotNull Long groupId, @NotNull Caller caller, @NotNull LocalDate from,
            @NotNull LocalDate to) {
        groups.find(groupId, caller);
        return em.createNamedQuery(Meeting.FIND_BY_GROUP_BETWEEN, Meeting.class).setParameter("groupId", groupId)
                .setParameter("from", from.atStartOfDay(Cadence.ZONE).toInstant())
                .setParameter("to", to.atStartOfDay(Cadence.ZONE).toInstant())
                .setHint("eclipselink.batch", "m.agenda")
                .getResultList();
    }

    /**
     * The meetings of every group the caller belongs to, between two days, in
     * date order: one query for all the groups (with their agendas in one
     * more), however many groups that is.
     */
    public List<Meeting> ofMyGroups(@NotNull Caller caller, @NotNull LocalDate from, @NotNull LocalDate to) {
        List<Long> mine = groups.memberOf(caller).stream().map(NetworkGroup::getId).toList();
        if (mine.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(Meeting.FIND_BY_GROUPS_BETWEEN, Meeting.class).setParameter("groupIds", mine)
                .setParameter("from", from.atStartOfDay(Cadence.ZONE).toInstant())
                .setParameter("to", to.atStartOfDay(Cadence.ZONE).toInstant())
                .setHint("eclipselink.batch", "m.agenda")
                .getResultList();
    }

    /** My coming meetings: of the groups I belong to, the next two months. */
    public List<Meeting> myNext(@NotNull Caller caller) {
        LocalDate today = today();
        return ofMyGroups(caller, today, today.plusDays(MY_DAYS_AHEAD));
    }

    /**
     * The caller's next meetings (of the groups they belong to; private groups
     * stay with their members), at most {@code max}, soonest first, cancelled
     * ones included so that nobody turns up in vain. A fixed number of
     * statements however many groups and meetings: the groups, their series
     * (extended only where behind), the meetings.
     */
    public List<ComingMeeting> comingFor(@NotNull Caller caller, int max) {
        List<NetworkGroup> mine = groups.memberOf(caller);
        if (mine.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = new HashMap<>();
        mine.forEach(g -> names.put(g.getId(), g.getName()));
        return em.createQuery("select m from Meeting m where m.groupId in :groupIds and m.endsAt > :now"
                + " order by m.startsAt, m.id", Meeting.class)
                .setParameter("groupIds", List.copyOf(names.keySet()))
                .setParameter("now", Instant.now(clock))
                .setMaxResults(max).getResultList().stream()
                .map(m -> ComingMeeting.of(m, names.get(m.getGroupId()))).toList();
    }

    /**
     * The open action items of the caller's organisation, at most {@code max},
     * the earliest due first (so the overdue ones lead), with their group's
     * name: one statement.
     */
    public List<OpenAction> openActionsOf(@NotNull Caller caller, int max) {
        if (caller.organisationId() == null) {
            return List.of();
        }
        return em.createQuery("select new dk.tovholder.meeting.boundary.OpenAction(a.id, a.what,"
                + " a.responsiblePerson, a.dueDate, a.meetingId, g.name) from ActionItem a, NetworkGroup g"
                + " where g.id = a.groupId and a.responsibleOrganisation.id = :organisationId"
                + " and a.status = dk.tovholder.meeting.entity.ActionItem.Status.OPEN order by a.dueDate, a.id",
                OpenAction.class).setParameter("organisationId", caller.organisationId())
                .setMaxResults(max).getResultList();
    }

    public Meeting find(@NotNull Long id, @NotNull Caller caller) {
        Meeting meeting = em.find(Meeting.class, id);
        if (meeting == null) {
            throw new NotFound("meeting", id);
        }
        try {
            groups.find(meeting.getGroupId(), caller);
        } catch (NotFound hidden) {
            // the same answer as for a meeting that does not exist: naming the group would give it away
            throw new NotFound("meeting", id);
        }
        return meeting;
    }

    public NetworkGroup groupOf(@NotNull Meeting meeting, @NotNull Caller caller) {
        return groups.find(meeting.getGroupId(), caller);
    }

    /** The group's administrator, an administrator, or the organisation holding the duty for the meeting. */
    public boolean mayEdit(@NotNull Meeting meeting, @NotNull Caller caller) {
        NetworkGroup group = groups.find(meeting.getGroupId(), caller);
        if (groups.mayManage(group, caller)) {
            return true;
        }
        if (caller.organisationId() == null) {
            return false;
        }
        boolean core = group.member(caller.organisationId()).map(m -> m.isCore()).orElse(false);
        if (!core && meeting.getStartsAt().isAfter(Instant.now(clock))) {
            return false; // coming turns go round the core members only: no need to plan the rota
        }
        LocalDate day = meeting.getStartsAt().atZone(Cadence.ZONE).toLocalDate();
        return groups.holderOn(group, day).map(h -> h.equals(caller.organisationId())).orElse(false);
    }

    /** Members read the agenda once it is published; those who edit it read the draft. */
    public boolean mayReadAgenda(@NotNull Meeting meeting, @NotNull Caller caller) {
        return meeting.agendaReadable(() -> mayEdit(meeting, caller));
    }

    @Audited(AuditAction.AGENDA_ITEM_ADDED)
    public Meeting addItem(@NotNull Long meetingId, long seenVersion, @NotNull @Valid AgendaItemForm form,
            @NotNull Caller caller) {
        Meeting meeting = editable(meetingId, seenVersion, caller);
        meeting.addItem(form.getTitle(), form.getDescription(), form.getType(), form.getPresenter(), form.getMinutes());
        return saved(meeting);
    }

    @Audited(AuditAction.AGENDA_ITEM_CHANGED)
    public Meeting changeItem(@NotNull Long meetingId, long seenVersion, @NotNull Long itemId,
            @NotNull @Valid AgendaItemForm form, @NotNull Caller caller) {
        Meeting meeting = editable(meetingId, seenVersion, caller);
        meeting.changeItem(itemId, form.getTitle(), form.getDescription(), form.getType(), form.getPresenter(),
                form.getMinutes());
        return saved(meeting);
    }

    @Audited(AuditAction.AGENDA_ITEM_REMOVED)
    public Meeting removeItem(@NotNull Long meetingId, long seenVersion, @NotNull Long itemId, @NotNull Caller caller) {
        Meeting meeting = editable(meetingId, seenVersion, caller);
        boolean hasMinutes = meeting.getAgenda().stream().anyMatch(i -> i.getId().equals(itemId) && i.getNotes() != null)
                || decisions(meeting).stream().anyMatch(d -> itemId.equals(d.getAgendaItemId()))
                || actions(meeting).stream().anyMatch(a -> itemId.equals(a.getAgendaItemId()));
        if (hasMinutes) {
            throw new Conflict(null, "agenda.item.hasMinutes");
        }
        meeting.removeItem(itemId);
        return saved(meeting);
    }

    @Audited(AuditAction.AGENDA_ITEM_MOVED)
    public Meeting moveItem(@NotNull Long meetingId, long seenVersion, @NotNull Long itemId, int delta,
            @NotNull Caller caller) {
        Meeting meeting = editable(meetingId, seenVersion, caller);
        meeting.moveItem(itemId, delta);
        return saved(meeting);
    }

    @Audited(AuditAction.AGENDA_ITEM_MOVED)
    public Meeting moveItemTo(@NotNull Long meetingId, long seenVersion, @NotNull Long itemId, int index,
            @NotNull Caller caller) {
        Meeting meeting = editable(meetingId, seenVersion, caller);
        meeting.moveItemTo(itemId, index);
        return saved(meeting);
    }

    /** Publishes the agenda; the coordinator's checklist ticks "agenda published" by itself. */
    @Audited(AuditAction.AGENDA_PUBLISHED)
    public Meeting publishAgenda(@NotNull Long meetingId, long seenVersion, @NotNull Caller caller) {
        Meeting meeting = editable(meetingId, seenVersion, caller);
        meeting.publishAgenda();
        saved(meeting);
        dutyDone.fire(new DutyDone(meeting.getGroupId(), meeting.getStartsAt().atZone(Cadence.ZONE).toLocalDate(),
                DutyItem.AGENDA, caller.personId()));
        agendaPublished.fire(new AgendaPublished(meeting.getId(), meeting.getGroupId()));
        return meeting;
    }

    // ---------------------------------------------------------------- time, place, cancelling

    /**
     * A one-off meeting of the group (outside its rhythm), for those who
     * manage the group; returns it, managed, so the caller may fill its agenda.
     */
    @Audited(AuditAction.MEETING_SCHEDULED)
    public Meeting schedule(@NotNull Long groupId, @NotNull String title, @NotNull LocalDate day,
            @NotNull LocalTime start, @Min(value = 1, message = "{meeting.time.order}") @Max(value = 24 * 60, message = "{meeting.time.tooLong}") int minutes,
            @Size(max = Meeting.PLACE_MAX, message = "{meeting.place.tooLong}") String place, @NotNull Caller caller) {
        NetworkGroup group = groups.find(groupId, caller);
        if (!groups.mayManage(group, caller)) {
            throw new Forbidden("meeting.series.forbidden");
        }
        ZonedDateTime from = ZonedDateTime.of(day, start, Cadence.ZONE);
        if (from.toInstant().isBefore(Instant.now(clock))) {
            throw Refusal.onField("day", "meeting.schedule.past");
        }
        Meeting meeting = new Meeting(groupId, null, title, from.toInstant(), from.plusMinutes(minutes).toInstant());
        if (place != null && !place.isBlank()) {
            meeting.changePlace(place.strip());
        }
        em.persist(meeting);
        em.flush();
        return meeting;
    }

    /** Which meetings a change applies to. */
    public enum Scope { THIS, FOLLOWING, ALL }

    /**
     * Changes the time or place. THIS changes this meeting only (it keeps its
     * own time and place from then on); FOLLOWING and ALL change the series'
     * time of day, duration and place from this meeting or from the next one
     * on (and the group's rhythm), leaving meetings that have their own time
     * or place as they are.
     */
    @Audited(AuditAction.MEETING_CHANGED)
    public Meeting change(@NotNull Long meetingId, long seenVersion, @NotNull LocalDate day,
            @NotNull LocalTime start, @Min(value = 1, message = "{meeting.time.order}") @Max(value = 24 * 60, message = "{meeting.time.tooLong}") int minutes,
            @Size(max = Meeting.PLACE_MAX, message = "{meeting.place.tooLong}") String place, @NotNull Scope scope, @NotNull Caller caller) {
        Meeting meeting = editable(meetingId, seenVersion, caller);
        meeting.agendaOpen();
        String newPlace = place == null || place.isBlank() ? null : place.strip();
        if (scope == Scope.THIS) {
            ZonedDateTime from = ZonedDateTime.of(day, start, Cadence.ZONE);
            Instant before = meeting.getStartsAt();
            Instant beforeEnd = meeting.getEndsAt();
            meeting.reschedule(from.toInstant(), from.plusMinutes(minutes).toInstant());
            if (!Objects.equals(newPlace, meeting.getPlace())) {
                meeting.changePlace(newPlace);
            }
            announceIfMoved(meeting, before, beforeEnd);
            return saved(meeting);
        }
        NetworkGroup group = groups.find(meeting.getGroupId(), caller);
        if (!groups.mayManage(group, caller)) {
            throw new Forbidden("meeting.series.forbidden");
        }
        Instant from = scope == Scope.ALL ? Instant.now(clock) : meeting.getStartsAt();
        series.plan(group, today(), today());
        List<Meeting> affected = em.createQuery("select m from Meeting m where m.groupId = :g and m.startsAt >= :from"
                + " order by m.startsAt", Meeting.class).setParameter("g", group.getId()).setParameter("from", from)
                .getResultList();
        for (Meeting m : affected) {
            Instant before = m.getStartsAt();
            Instant beforeEnd = m.getEndsAt();
            m.takeSeriesChange(start, minutes, newPlace, m == meeting);
            if (m != meeting) {
                em.lock(m, LockModeType.OPTIMISTIC_FORCE_INCREMENT); // its version: saved with the edited one
            }
            announceIfMoved(m, before, beforeEnd);
        }
        groups.changeMeetingTime(group.getId(), start, minutes, caller);
        return saved(meeting);
    }

    @Audited(AuditAction.MEETING_CANCELLED)
    public Meeting cancel(@NotNull Long meetingId, long seenVersion,
            @Size(max = Meeting.REASON_MAX, message = "{meeting.cancel.tooLong}") String reason,
            @NotNull Caller caller) {
        Meeting meeting = editable(meetingId, seenVersion, caller);
        meeting.cancel(reason);
        saved(meeting);
        cancelled.fire(new MeetingCancelled(meeting.getId()));
        return meeting;
    }

    /** Tells the observers (the room booking) about a new time; they may refuse it. */
    private void announceIfMoved(Meeting meeting, Instant before, Instant beforeEnd) {
        if (!meeting.getStartsAt().equals(before) || !meeting.getEndsAt().equals(beforeEnd)) {
            rescheduled.fire(new MeetingRescheduled(meeting.getId(), meeting.getStartsAt(), meeting.getEndsAt()));
        }
    }

    // ---------------------------------------------------------------- minutes

    public List<Decision> decisions(@NotNull Meeting meeting) {
        return em.createNamedQuery(Decision.FIND_BY_MEETING, Decision.class).setParameter("meetingId", meeting.getId())
                .getResultList();
    }

    public List<ActionItem> actions(@NotNull Meeting meeting) {
        return em.createNamedQuery(ActionItem.FIND_BY_MEETING, ActionItem.class)
                .setParameter("meetingId", meeting.getId()).getResultList();
    }

    /** Open action items of the group from earlier meetings: the follow-up on this meeting's agenda. */
    public List<ActionItem> followUps(@NotNull Meeting meeting) {
        return em.createNamedQuery(ActionItem.OPEN_BEFORE, ActionItem.class)
                .setParameter("groupId", meeting.getGroupId()).setParameter("before", meeting.getStartsAt())
                .getResultList();
    }

    /** Members read the minutes once circulated for comments or approved; those who write them, the draft. */
    public boolean mayReadMinutes(@NotNull Meeting meeting, @NotNull Caller caller) {
        return meeting.minutesReadable(() -> mayEdit(meeting, caller));
    }


    /** The meeting, for one who may edit it, as last read by them ({@code seenVersion}; null: any version). */
    Meeting editable(Long meetingId, Long seenVersion, Caller caller) {
        Meeting meeting = find(meetingId, caller);
        if (!mayEdit(meeting, caller)) {
            throw new Forbidden("agenda.edit.forbidden");
        }
        Versions.check(meeting.getVersion(), seenVersion);
        return meeting;
    }

    /** The meeting's version goes up with every agenda change (items are part of it). */
    Meeting saved(Meeting meeting) {
        Versions.increment(em, meeting);
        return meeting;
    }
}
