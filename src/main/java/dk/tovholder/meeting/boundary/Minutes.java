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
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A meeting's minutes: each item's notes (written by several at once without losing a word),
 * decisions and action items, circulation for comments, approval that makes them a record, a
 * correction as a new version, and action items marked done by those responsible.
 */
@ApplicationScoped
@Transactional
public class Minutes {

    @PersistenceContext
    EntityManager em;

    @Inject
    Meetings meetings;

    @Inject
    NetworkGroups groups;

    @Inject
    Event<DutyDone> dutyDone;

    @Inject
    Event<MinutesPublished> minutesPublished;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Clock clock;

    /**
     * Sends the draft minutes to the participants for comments, from the
     * meeting's start; earlier only with a reason (kept in the audit log).
     */
    @Audited(AuditAction.MINUTES_CIRCULATED)
    public Meeting circulateMinutes(@NotNull Long meetingId, long seenVersion,
            @Size(max = Meetings.OVERRIDE_REASON_MAX, message = "{minutes.override.tooLong}") String overrideReason,
            @NotNull Caller caller) {
        Meeting meeting = meetings.editable(meetingId, seenVersion, caller);
        boolean override = overriding(meeting, overrideReason);
        meeting.circulateMinutes(Instant.now(clock), override);
        if (override) {
            auditTrail.record(AuditAction.MEETING_TIME_RULE_OVERRIDDEN, meeting, caller, overrideReason);
        }
        meetings.saved(meeting);
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
    public Meeting reopenForCorrection(@NotNull Long meetingId, long seenVersion,
            @NotBlank(message = "{minutes.correction.reason}")
            @Size(max = Meeting.REASON_MAX, message = "{minutes.correction.tooLong}") String reason,
            @NotNull Caller caller) {
        Meeting meeting = meetings.editable(meetingId, seenVersion, caller);
        meeting.reopenForCorrection();
        meeting.setCorrectionReason(reason);
        return meetings.saved(meeting);
    }

    public List<MinutesComment> comments(@NotNull Meeting meeting) {
        return em.createNamedQuery(MinutesComment.FIND_BY_MEETING, MinutesComment.class)
                .setParameter("meetingId", meeting.getId()).getResultList();
    }

    /** A participant comments on circulated draft minutes. */
    public MinutesComment comment(@NotNull Long meetingId,
            @NotBlank(message = "{minutes.comment.required}")
            @Size(max = MinutesComment.TEXT_MAX, message = "{minutes.comment.tooLong}") String comment,
            @NotNull Caller caller) {
        Meeting meeting = meetings.find(meetingId, caller);
        NetworkGroup group = groups.find(meeting.getGroupId(), caller);
        if (!group.isParticipant(caller.personId()) && !meetings.mayEdit(meeting, caller)) {
            throw new Forbidden("minutes.comment.notParticipant");
        }
        if (!meeting.isOpenForComments()) {
            throw new Refusal("minutes.comment.closed");
        }
        MinutesComment written = new MinutesComment(meeting.getId(), em.find(Person.class, caller.personId()), comment);
        em.persist(written);
        return written;
    }

    @Audited(AuditAction.MINUTES_NOTES_WRITTEN)
    public Meeting writeNotes(@NotNull Long meetingId, long seenVersion, @NotNull Long itemId,
            @Size(max = AgendaItem.NOTES_MAX, message = "{minutes.notes.tooLong}") String notes, @NotNull Caller caller) {
        Meeting meeting = meetings.editable(meetingId, seenVersion, caller);
        meeting.writeNotes(itemId, notes, caller.personId(), Instant.now(clock));
        return meetings.saved(meeting);
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
    public Meeting saveNotes(@NotNull Long meetingId, @NotNull Long itemId, String base,
            @Size(max = AgendaItem.NOTES_MAX, message = "{minutes.notes.tooLong}") String notes, @NotNull Caller caller) {
        Meeting meeting = meetings.find(meetingId, caller);
        if (!meetings.mayEdit(meeting, caller)) {
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
        return meetings.saved(meeting);
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
        return meetings.saved(meeting);
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
        return meetings.saved(meeting);
    }

    /** Whether the rule "from the meeting's start" is overridden, with a reason of an allowed length. */
    private boolean overriding(Meeting meeting, String reason) {
        if (reason == null || reason.isBlank()) {
            return false;
        }
        return !meeting.isStarted(Instant.now(clock));
    }

    /** The meeting, for one who may write its minutes while they are open (no version: minutes grow). */
    private Meeting minutesWritable(Long meetingId, Caller caller) {
        Meeting meeting = meetings.find(meetingId, caller);
        if (!meetings.mayEdit(meeting, caller)) {
            throw new Forbidden("agenda.edit.forbidden");
        }
        meeting.minutesOpen();
        return meeting;
    }

    /** Adds a decision; a decision adds to the minutes, so no version as last read is needed. */
    @Audited(AuditAction.DECISION_ADDED)
    public Meeting addDecision(@NotNull Long meetingId, Long itemId,
            @NotBlank(message = "{minutes.decision.required}")
            @Size(max = Decision.TEXT_MAX, message = "{minutes.decision.tooLong}") String decision, @NotNull Caller caller) {
        return decide(meetingId, null, itemId, decision, caller);
    }

    @Audited(AuditAction.DECISION_ADDED)
    public Meeting addDecision(@NotNull Long meetingId, long seenVersion, Long itemId,
            @NotBlank(message = "{minutes.decision.required}")
            @Size(max = Decision.TEXT_MAX, message = "{minutes.decision.tooLong}") String decision, @NotNull Caller caller) {
        return decide(meetingId, seenVersion, itemId, decision, caller);
    }

    private Meeting decide(Long meetingId, Long seenVersion, Long itemId, String text, Caller caller) {
        Meeting meeting = meetings.editable(meetingId, seenVersion, caller);
        meeting.minutesOpen();
        checkItem(meeting, itemId);
        em.persist(new Decision(meeting.getId(), itemId, text));
        return meetings.saved(meeting);
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
        if (form.getDueDate().isBefore(LocalDate.now(clock))) {
            throw Refusal.onField("dueDate", "minutes.action.duePast");
        }
        Meeting meeting = meetings.editable(meetingId, seenVersion, caller);
        meeting.minutesOpen();
        checkItem(meeting, form.getAgendaItemId());
        NetworkGroup group = groups.find(meeting.getGroupId(), caller);
        if (group.member(form.getResponsibleOrganisationId()).isEmpty()) {
            throw Refusal.onField("responsible", "minutes.action.notMember");
        }
        em.persist(new ActionItem(meeting, form.getAgendaItemId(), form.getWhat(),
                em.find(Organisation.class, form.getResponsibleOrganisationId()), form.getResponsiblePerson(),
                form.getDueDate()));
        return meetings.saved(meeting);
    }

    /**
     * Approves the minutes, from the meeting's start (earlier only with a
     * reason, kept in the audit log), and keeps them as a new version; the
     * coordinator's checklist ticks "minutes published" by itself.
     */
    @Audited(AuditAction.MINUTES_APPROVED)
    public Meeting approveMinutes(@NotNull Long meetingId, long seenVersion,
            @Size(max = Meetings.OVERRIDE_REASON_MAX, message = "{minutes.override.tooLong}") String overrideReason,
            @NotNull Caller caller) {
        Meeting meeting = meetings.editable(meetingId, seenVersion, caller);
        boolean override = overriding(meeting, overrideReason);
        meeting.approveMinutes(Instant.now(clock), override);
        if (override) {
            auditTrail.record(AuditAction.MEETING_TIME_RULE_OVERRIDDEN, meeting, caller, overrideReason);
        }
        meetings.saved(meeting);
        List<MinutesVersion> earlier = versions(meeting);
        String reason = earlier.isEmpty() ? null : meeting.getCorrectionReason();
        em.persist(new MinutesVersion(meeting.getId(), earlier.size() + 1,
                MinutesText.of(meeting, meetings.decisions(meeting), meetings.actions(meeting)), reason,
                caller.personId() == null ? null : em.find(Person.class, caller.personId())));
        dutyDone.fire(new DutyDone(meeting.getGroupId(), meeting.getStartsAt().atZone(Cadence.ZONE).toLocalDate(),
                DutyItem.MINUTES, caller.personId()));
        minutesPublished.fire(new MinutesPublished(meeting.getId(), meeting.getGroupId(), true, earlier.size() + 1));
        return meeting;
    }

    /** The responsible organisation, the meeting's editors or an administrator mark an action item done. */
    @Audited(AuditAction.ACTION_DONE)
    public ActionItem markDone(@NotNull Long actionId,
            @Size(max = ActionItem.DONE_NOTE_MAX, message = "{action.note.tooLong}") String doneNote,
            @NotNull Caller caller) {
        ActionItem action = em.find(ActionItem.class, actionId);
        if (action == null) {
            throw new NotFound("action", actionId);
        }
        Meeting meeting = meetings.find(action.getMeetingId(), caller);
        boolean responsible = action.getResponsibleOrganisation().getId().equals(caller.organisationId());
        if (!responsible && !meetings.mayEdit(meeting, caller)) {
            throw new Forbidden("action.notYours");
        }
        action.markDone(caller.personId() == null ? null : em.find(Person.class, caller.personId()), doneNote);
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
}
