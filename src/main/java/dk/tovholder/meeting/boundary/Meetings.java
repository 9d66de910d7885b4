package dk.tovholder.meeting.boundary;

import dk.tovholder.audit.boundary.AuditTrail;
import dk.tovholder.audit.boundary.Audited;
import dk.tovholder.audit.entity.AuditAction;
import dk.tovholder.caller.Caller;
import dk.tovholder.meeting.control.MinutesText;
import dk.tovholder.meeting.entity.ActionItem;
import dk.tovholder.meeting.entity.AgendaItem;
import dk.tovholder.meeting.entity.Decision;
import dk.tovholder.meeting.entity.Meeting;
import dk.tovholder.meeting.entity.MinutesComment;
import dk.tovholder.meeting.entity.MinutesVersion;
import dk.tovholder.network.boundary.DutyDone;
import dk.tovholder.network.boundary.NetworkGroups;
import dk.tovholder.network.entity.Cadence;
import dk.tovholder.network.entity.DutyItem;
import dk.tovholder.network.entity.NetworkGroup;
import dk.tovholder.organisation.entity.Organisation;
import dk.tovholder.organisation.entity.Person;
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
import jakarta.validation.constraints.NotNull;
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
            @NotNull LocalTime start, int minutes, String place, @NotNull Caller caller) {
        NetworkGroup group = groups.find(groupId, caller);
        if (!groups.mayManage(group, caller)) {
            throw new Forbidden("meeting.series.forbidden");
        }
        if (minutes <= 0 || minutes > 24 * 60) {
            throw Refusal.onField("minutes", minutes <= 0 ? "meeting.time.order" : "meeting.time.tooLong");
        }
        if (place != null && place.length() > Meeting.PLACE_MAX) {
            throw Refusal.onField("place", "meeting.place.tooLong", Meeting.PLACE_MAX);
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
            @NotNull LocalTime start, int minutes, String place, @NotNull Scope scope,
            @NotNull Caller caller) {
        if (minutes <= 0 || minutes > 24 * 60) {
            throw Refusal.onField("minutes", minutes <= 0 ? "meeting.time.order" : "meeting.time.tooLong");
        }
        if (place != null && place.length() > Meeting.PLACE_MAX) {
            throw Refusal.onField("place", "meeting.place.tooLong", Meeting.PLACE_MAX);
        }
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
    public Meeting cancel(@NotNull Long meetingId, long seenVersion, String reason, @NotNull Caller caller) {
        if (reason != null && reason.length() > Meeting.REASON_MAX) {
            throw Refusal.onField("reason", "meeting.cancel.tooLong", Meeting.REASON_MAX);
        }
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

    /**
     * Sends the draft minutes to the participants for comments, from the
     * meeting's start; earlier only with a reason (kept in the audit log).
     */
    @Audited(AuditAction.MINUTES_CIRCULATED)
    public Meeting circulateMinutes(@NotNull Long meetingId, long seenVersion, String overrideReason,
            @NotNull Caller caller) {
        Meeting meeting = editable(meetingId, seenVersion, caller);
        boolean override = overriding(meeting, overrideReason);
        meeting.circulateMinutes(Instant.now(clock), override);
        if (override) {
            auditTrail.record(AuditAction.MEETING_TIME_RULE_OVERRIDDEN, meeting, caller, overrideReason);
        }
        saved(meeting);
        minutesPublished.fire(new MinutesPublished(meeting.getId(), meeting.getGroupId(), false, 0));
        return meeting;
    }

    /** Approved versions of the minutes, newest first. */
    public List<MinutesVersion> versions(@NotNull Meeting meeting) {
        return em.createNamedQuery(MinutesVersion.FIND_BY_MEETING, MinutesVersion.class)
                .setParameter("meetingId", meeting.getId()).getResultList();
    }

    /** Opens approved minutes for a correction (with its reason); the earlier version stays readable. */
    @Audited(AuditAction.MINUTES_REOPENED)
    public Meeting reopenForCorrection(@NotNull Long meetingId, long seenVersion, String reason,
            @NotNull Caller caller) {
        if (reason == null || reason.isBlank()) {
            throw Refusal.onField("reason", "minutes.correction.reason");
        }
        if (reason.length() > Meeting.REASON_MAX) {
            throw Refusal.onField("reason", "minutes.correction.tooLong", Meeting.REASON_MAX);
        }
        Meeting meeting = editable(meetingId, seenVersion, caller);
        meeting.reopenForCorrection();
        meeting.setCorrectionReason(reason);
        return saved(meeting);
    }

    public List<MinutesComment> comments(@NotNull Meeting meeting) {
        return em.createNamedQuery(MinutesComment.FIND_BY_MEETING, MinutesComment.class)
                .setParameter("meetingId", meeting.getId()).getResultList();
    }

    /** A participant comments on circulated draft minutes. */
    public MinutesComment comment(@NotNull Long meetingId, String text, @NotNull Caller caller) {
        if (text == null || text.isBlank()) {
            throw Refusal.onField("comment", "minutes.comment.required");
        }
        if (text.length() > MinutesComment.TEXT_MAX) {
            throw Refusal.onField("comment", "minutes.comment.tooLong", MinutesComment.TEXT_MAX);
        }
        Meeting meeting = find(meetingId, caller);
        NetworkGroup group = groups.find(meeting.getGroupId(), caller);
        if (!group.isParticipant(caller.personId()) && !mayEdit(meeting, caller)) {
            throw new Forbidden("minutes.comment.notParticipant");
        }
        if (!meeting.isOpenForComments()) {
            throw new Refusal("minutes.comment.closed");
        }
        MinutesComment comment = new MinutesComment(meeting.getId(), em.find(Person.class, caller.personId()), text);
        em.persist(comment);
        return comment;
    }

    @Audited(AuditAction.MINUTES_NOTES_WRITTEN)
    public Meeting writeNotes(@NotNull Long meetingId, long seenVersion, @NotNull Long itemId, String notes,
            @NotNull Caller caller) {
        if (notes != null && notes.length() > AgendaItem.NOTES_MAX) {
            throw Refusal.onField("notes", "minutes.notes.tooLong", AgendaItem.NOTES_MAX);
        }
        Meeting meeting = editable(meetingId, seenVersion, caller);
        meeting.writeNotes(itemId, notes, caller.personId(), Instant.now(clock));
        return saved(meeting);
    }

    /**
     * Saves an item's notes as the page's writer typed them (a draft saved by
     * itself, or the save button), provided the stored notes are still those
     * the writer started from ({@code base}): a second writer's save in the
     * meantime is never silently overwritten; the writer is told, with the other
     * text, and decides. Unlike the agenda, it does not need the meeting's
     * version as last read: two people write the notes of different items at once.
     */
    @Audited(AuditAction.MINUTES_NOTES_WRITTEN)
    public Meeting saveNotes(@NotNull Long meetingId, @NotNull Long itemId, String base, String notes,
            @NotNull Caller caller) {
        if (notes != null && notes.length() > AgendaItem.NOTES_MAX) {
            throw Refusal.onField("notes", "minutes.notes.tooLong", AgendaItem.NOTES_MAX);
        }
        Meeting meeting = find(meetingId, caller);
        if (!mayEdit(meeting, caller)) {
            throw new Forbidden("agenda.edit.forbidden");
        }
        // two saves of the same notes at once: the meeting's version (forced up by saved) lets one commit
        AgendaItem item = meeting.getAgenda().stream().filter(i -> i.getId().equals(itemId)).findFirst()
                .orElseThrow(() -> new Refusal("agenda.item.unknown"));
        if (!item.notesAre(base) && !item.notesAre(notes)) {
            Person writer = item.getNotesWrittenBy() == null ? null : em.find(Person.class, item.getNotesWrittenBy());
            throw new NotesChanged(itemId, item.getNotes(), writer == null ? null : writer.getName());
        }
        meeting.writeNotes(itemId, notes, caller.personId(), Instant.now(clock));
        return saved(meeting);
    }

    /** Another writer saved the item's notes after this writer's draft began. */
    public static class NotesChanged extends Conflict {
        private static final long serialVersionUID = 1L;
        private final Long itemId;
        private final String current;
        private final String writer;

        NotesChanged(Long itemId, String current, String writer) {
            super("notes", "minutes.notes.changedByOther", writer == null ? "?" : writer);
            this.itemId = itemId;
            this.current = current;
            this.writer = writer;
        }

        public Long itemId() {
            return itemId;
        }

        /** the notes as they are stored now */
        public String current() {
            return current;
        }

        public String writer() {
            return writer;
        }
    }

    /** Removes a decision from minutes that are not approved. */
    @Audited(AuditAction.DECISION_REMOVED)
    public Meeting removeDecision(@NotNull Long meetingId, @NotNull Long decisionId, @NotNull Caller caller) {
        Meeting meeting = minutesWritable(meetingId, caller);
        Decision decision = em.find(Decision.class, decisionId);
        if (decision == null || !decision.getMeetingId().equals(meetingId)) {
            throw new NotFound("decision", decisionId);
        }
        em.remove(decision);
        return saved(meeting);
    }

    /** Removes an action item from minutes that are not approved. */
    @Audited(AuditAction.ACTION_REMOVED)
    public Meeting removeAction(@NotNull Long meetingId, @NotNull Long actionId, @NotNull Caller caller) {
        Meeting meeting = minutesWritable(meetingId, caller);
        ActionItem action = em.find(ActionItem.class, actionId);
        if (action == null || !action.getMeetingId().equals(meetingId)) {
            throw new NotFound("action", actionId);
        }
        em.remove(action);
        return saved(meeting);
    }

    /** Whether the rule "from the meeting's start" is overridden, with a reason of an allowed length. */
    private boolean overriding(Meeting meeting, String reason) {
        if (reason == null || reason.isBlank()) {
            return false;
        }
        if (reason.length() > OVERRIDE_REASON_MAX) {
            throw Refusal.onField("override", "minutes.override.tooLong", OVERRIDE_REASON_MAX);
        }
        return !meeting.isStarted(Instant.now(clock));
    }

    /** The meeting, for one who may write its minutes while they are open (no version: minutes grow). */
    private Meeting minutesWritable(Long meetingId, Caller caller) {
        Meeting meeting = find(meetingId, caller);
        if (!mayEdit(meeting, caller)) {
            throw new Forbidden("agenda.edit.forbidden");
        }
        meeting.minutesOpen();
        return meeting;
    }

    /** Adds a decision; a decision adds to the minutes, so no version as last read is needed. */
    @Audited(AuditAction.DECISION_ADDED)
    public Meeting addDecision(@NotNull Long meetingId, Long itemId, String text, @NotNull Caller caller) {
        return decide(meetingId, null, itemId, text, caller);
    }

    @Audited(AuditAction.DECISION_ADDED)
    public Meeting addDecision(@NotNull Long meetingId, long seenVersion, Long itemId, String text,
            @NotNull Caller caller) {
        return decide(meetingId, seenVersion, itemId, text, caller);
    }

    private Meeting decide(Long meetingId, Long seenVersion, Long itemId, String text, Caller caller) {
        if (text == null || text.isBlank()) {
            throw Refusal.onField("decision", "minutes.decision.required");
        }
        if (text.length() > Decision.TEXT_MAX) {
            throw Refusal.onField("decision", "minutes.decision.tooLong", Decision.TEXT_MAX);
        }
        Meeting meeting = editable(meetingId, seenVersion, caller);
        meeting.minutesOpen();
        checkItem(meeting, itemId);
        em.persist(new Decision(meeting.getId(), itemId, text));
        return saved(meeting);
    }

    /** Adds an action item; it adds to the minutes, so no version as last read is needed. */
    @Audited(AuditAction.ACTION_ADDED)
    public Meeting addAction(@NotNull Long meetingId, @NotNull @Valid ActionForm form, @NotNull Caller caller) {
        return act(meetingId, null, form, caller);
    }

    @Audited(AuditAction.ACTION_ADDED)
    public Meeting addAction(@NotNull Long meetingId, long seenVersion, @NotNull @Valid ActionForm form,
            @NotNull Caller caller) {
        return act(meetingId, seenVersion, form, caller);
    }

    private Meeting act(Long meetingId, Long seenVersion, ActionForm form, Caller caller) {
        if (form.getDueDate().isBefore(today())) {
            throw Refusal.onField("dueDate", "minutes.action.duePast");
        }
        Meeting meeting = editable(meetingId, seenVersion, caller);
        meeting.minutesOpen();
        checkItem(meeting, form.getAgendaItemId());
        NetworkGroup group = groups.find(meeting.getGroupId(), caller);
        if (group.member(form.getResponsibleOrganisationId()).isEmpty()) {
            throw Refusal.onField("responsible", "minutes.action.notMember");
        }
        em.persist(new ActionItem(meeting, form.getAgendaItemId(), form.getWhat(),
                em.find(Organisation.class, form.getResponsibleOrganisationId()), form.getResponsiblePerson(),
                form.getDueDate()));
        return saved(meeting);
    }

    /**
     * Approves the minutes, from the meeting's start (earlier only with a
     * reason, kept in the audit log), and keeps them as a new version; the
     * coordinator's checklist ticks "minutes published" by itself.
     */
    @Audited(AuditAction.MINUTES_APPROVED)
    public Meeting approveMinutes(@NotNull Long meetingId, long seenVersion, String overrideReason,
            @NotNull Caller caller) {
        Meeting meeting = editable(meetingId, seenVersion, caller);
        boolean override = overriding(meeting, overrideReason);
        meeting.approveMinutes(Instant.now(clock), override);
        if (override) {
            auditTrail.record(AuditAction.MEETING_TIME_RULE_OVERRIDDEN, meeting, caller, overrideReason);
        }
        saved(meeting);
        List<MinutesVersion> earlier = versions(meeting);
        String reason = earlier.isEmpty() ? null : meeting.getCorrectionReason();
        em.persist(new MinutesVersion(meeting.getId(), earlier.size() + 1,
                MinutesText.of(meeting, decisions(meeting), actions(meeting)), reason,
                caller.personId() == null ? null : em.find(Person.class, caller.personId())));
        dutyDone.fire(new DutyDone(meeting.getGroupId(), meeting.getStartsAt().atZone(Cadence.ZONE).toLocalDate(),
                DutyItem.MINUTES, caller.personId()));
        minutesPublished.fire(new MinutesPublished(meeting.getId(), meeting.getGroupId(), true, earlier.size() + 1));
        return meeting;
    }

    /** The responsible organisation, the meeting's editors or an administrator mark an action item done. */
    @Audited(AuditAction.ACTION_DONE)
    public ActionItem markDone(@NotNull Long actionId, String note, @NotNull Caller caller) {
        ActionItem action = em.find(ActionItem.class, actionId);
        if (action == null) {
            throw new NotFound("action", actionId);
        }
        Meeting meeting = find(action.getMeetingId(), caller);
        boolean responsible = action.getResponsibleOrganisation().getId().equals(caller.organisationId());
        if (!responsible && !mayEdit(meeting, caller)) {
            throw new Forbidden("action.notYours");
        }
        if (note != null && note.length() > ActionItem.DONE_NOTE_MAX) {
            throw Refusal.onField("doneNote", "action.note.tooLong", ActionItem.DONE_NOTE_MAX);
        }
        action.markDone(caller.personId() == null ? null : em.find(Person.class, caller.personId()), note);
        return action;
    }

    /** The action items my organisation is responsible for, open ones first. */
    public List<ActionItem> myActionItems(@NotNull Caller caller) {
        if (caller.organisationId() == null) {
            return List.of();
        }
        return em.createNamedQuery(ActionItem.OF_ORGANISATION, ActionItem.class)
                .setParameter("organisationId", caller.organisationId()).getResultList();
    }

    private static void checkItem(Meeting meeting, Long itemId) {
        if (itemId != null && meeting.getAgenda().stream().noneMatch(i -> itemId.equals(i.getId()))) {
            throw new Refusal("agenda.item.unknown");
        }
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
