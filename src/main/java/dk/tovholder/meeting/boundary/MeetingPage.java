package dk.tovholder.meeting.boundary;

import dk.tovholder.caller.Caller;
import dk.tovholder.clock.AppClock;
import dk.tovholder.identity.boundary.CurrentUser;
import dk.tovholder.language.Messages;
import dk.tovholder.layout.Dates;
import dk.tovholder.layout.ErrorResponses;
import dk.tovholder.layout.FacesMessages;
import dk.tovholder.meeting.entity.ActionItem;
import dk.tovholder.meeting.entity.AgendaItem;
import dk.tovholder.meeting.entity.AgendaProposal;
import dk.tovholder.meeting.entity.Attendance;
import dk.tovholder.meeting.entity.Decision;
import dk.tovholder.meeting.entity.ItemType;
import dk.tovholder.meeting.entity.Meeting;
import dk.tovholder.meeting.entity.MinutesComment;
import dk.tovholder.meeting.entity.MinutesVersion;
import dk.tovholder.network.boundary.NetworkGroups;
import dk.tovholder.network.entity.Cadence;
import dk.tovholder.network.entity.GroupMember;
import dk.tovholder.network.entity.NetworkGroup;
import dk.tovholder.organisation.entity.Organisation;
import dk.tovholder.organisation.entity.Person;
import dk.tovholder.refusal.Conflict;
import dk.tovholder.refusal.NotFound;
import dk.tovholder.refusal.Refusal;
import dk.tovholder.schema.Versions;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.primefaces.event.ReorderEvent;

/**
 * The meeting page, which follows the meeting's life ({@link Meeting.Phase}):
 * before it, the agenda is built (and read by participants once published);
 * from its start, the minutes are written next to each item, the notes saving
 * themselves as drafts; once approved, it is a read-only record that changes
 * only as a correction. Actions update the page in place; those that move the
 * meeting to another phase reload it.
 */
@Named
@ViewScoped
public class MeetingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Meetings meetings;

    @Inject
    Minutes minutes;

    @Inject
    AgendaProposals proposalsOf;

    @Inject
    Attendances attendances;

    @Inject
    NetworkGroups groups;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesMessages messages;

    @Inject
    Invitations invitations;

    @Inject
    Dates dates;

    private Long id;
    /** the editor asked to write the minutes before the meeting's start */
    private boolean writeEarly;
    private Meeting meeting;
    private NetworkGroup group;
    private boolean mayEdit;
    private boolean mayManageGroup;
    private Meeting.Phase phase;

    // the agenda editor: one form adds an item, or changes the one chosen
    private AgendaItemForm item = new AgendaItemForm();
    private Long editingItem;

    // the minutes: what each item's writer typed, and the stored notes that draft started from
    private final Map<Long, String> notes = new HashMap<>();
    private final Map<Long, String> notesBase = new HashMap<>();
    private final Map<Long, Instant> notesSavedAt = new HashMap<>();
    private final Map<Long, String> notesConflict = new HashMap<>();
    /** who wrote the other text of a conflict, and what refused an item's last save */
    private final Map<Long, String> notesConflictWriter = new HashMap<>();
    private final Map<Long, String> notesError = new HashMap<>();
    private final Map<Long, String> decisionTexts = new HashMap<>();
    private final ActionForms actionForms = new ActionForms();
    private String overrideReason;

    private String answerNote;
    private AgendaItemForm proposal = new AgendaItemForm();
    private final Map<Long, String> declineReasons = new HashMap<>();
    private LocalDate deadlineDay;
    private LocalDate changeDay;
    private LocalTime changeStart;
    private int changeMinutes;
    private String changePlace;
    private Meetings.Scope scope = Meetings.Scope.THIS;
    private String cancelReason;
    private String comment;
    private String correctionReason;
    private List<Long> came = new ArrayList<>();

    private transient List<Decision> decisions;
    private transient List<ActionItem> actions;
    private transient List<ActionItem> followUps;
    private transient List<Attendance> attendance;
    private transient List<AgendaProposal> proposals;
    private transient List<MinutesComment> comments;
    private transient List<MinutesVersion> versions;
    private transient List<Instant> itemStarts;

    /** Action item forms by agenda item, made when a row first asks for its own. */
    static final class ActionForms extends HashMap<Long, ActionForm> {
        private static final long serialVersionUID = 1L;

        @Override
        public ActionForm get(Object key) {
            return computeIfAbsent((Long) key, k -> {
                ActionForm form = new ActionForm();
                form.setAgendaItemId(k);
                return form;
            });
        }
    }

    public void load() {
        if (id == null) {
            ErrorResponses.send(404);
            return;
        }
        if (meeting == null) {
            refresh();
        }
    }

    private void refresh() {
        Caller caller = currentUser.caller();
        try {
            meeting = meetings.find(id, caller);
            group = meetings.groupOf(meeting, caller);
            mayManageGroup = groups.mayManage(group, caller);
            mayEdit = meetings.mayEdit(meeting, caller);
            phase = meeting.phase(AppClock.now());
            if (writeEarly && mayEdit && phase == Meeting.Phase.BEFORE) {
                phase = Meeting.Phase.MINUTES;
            }
            ZonedDateTime start = meeting.getStartsAt().atZone(Cadence.ZONE);
            changeDay = start.toLocalDate();
            changeStart = start.toLocalTime();
            changeMinutes = (int) Duration.between(meeting.getStartsAt(), meeting.getEndsAt()).toMinutes();
            changePlace = meeting.getPlace();
            decisions = null;
            actions = null;
            followUps = null;
            attendance = null;
            proposals = null;
            comments = null;
            versions = null;
            itemStarts = null;
            for (AgendaItem i : meeting.getAgenda()) {
                // what the writer typed stays (until saved); an item not yet in the draft starts from the stored notes
                if (!notes.containsKey(i.getId()) || Objects.equals(notes.get(i.getId()), notesBase.get(i.getId()))) {
                    notes.put(i.getId(), i.getNotes());
                    notesBase.put(i.getId(), i.getNotes());
                }
            }
        } catch (NotFound notFound) {
            ErrorResponses.send(404);
        }
    }

    private String reload() {
        return "/meeting/meeting?faces-redirect=true&id=" + id + (writeEarly ? "&write=true" : "");
    }

    /** Runs a change in place: its message, the page's data read anew; a refusal shows at the form. */
    private boolean change(Supplier<Meeting> change, String form, String doneKey) {
        try {
            meeting = change.get();
            messages.info(doneKey);
            refresh();
            return true;
        } catch (Refusal refusal) {
            messages.show(refusal, form);
            refresh();
            return false;
        } catch (ConstraintViolationException invalid) {
            messages.show(invalid, form);
            return false;
        }
    }

    /** Runs a change that moves the meeting on (another phase, time or state): the page is loaded anew. */
    private String step(Supplier<Meeting> change, String form, String doneKey) {
        return change(change, form, doneKey) ? reload() : null;
    }

    // ---------------------------------------------------------------- the agenda

    /** Adds the item typed in the agenda form, or saves the one being changed. */
    public void saveItem() {
        Long changing = editingItem;
        boolean done = changing == null
                ? change(() -> meetings.addItem(id, meeting.getVersion(), item, currentUser.caller()), "agenda",
                        "agenda.item.added")
                : change(() -> meetings.changeItem(id, meeting.getVersion(), changing, item, currentUser.caller()),
                        "agenda", "agenda.item.changed");
        if (done) {
            item = new AgendaItemForm();
            editingItem = null;
        }
        // the title field takes the focus again, for the next item (this request only)
        FacesContext.getCurrentInstance().getAttributes().put("focusTitle", Boolean.TRUE);
    }

    public boolean isFocusTitle() {
        return editingItem != null || FacesContext.getCurrentInstance().getAttributes().containsKey("focusTitle");
    }

    /** Fills the agenda form with the item, to change it. */
    public void editItem(Long itemId) {
        meeting.getAgenda().stream().filter(i -> i.getId().equals(itemId)).findFirst().ifPresent(i -> {
            item = AgendaItemForm.of(i);
            editingItem = itemId;
        });
    }

    public void cancelEdit() {
        item = new AgendaItemForm();
        editingItem = null;
    }

    public void removeItem(Long itemId) {
        boolean done = change(() -> meetings.removeItem(id, meeting.getVersion(), itemId, currentUser.caller()),
                "agenda", "agenda.item.removed");
        if (done && itemId.equals(editingItem)) {
            cancelEdit();
        }
    }

    public void moveItem(Long itemId, int delta) {
        change(() -> meetings.moveItem(id, meeting.getVersion(), itemId, delta, currentUser.caller()), "agenda",
                "agenda.item.moved");
    }

    /** An item dragged to another row (the up and down buttons do the same from the keyboard). */
    public void onRowReorder(ReorderEvent event) {
        List<AgendaItem> before = meeting.getAgenda();
        if (event.getFromIndex() < 0 || event.getFromIndex() >= before.size()) {
            return;
        }
        Long itemId = before.get(event.getFromIndex()).getId();
        change(() -> meetings.moveItemTo(id, meeting.getVersion(), itemId, event.getToIndex(), currentUser.caller()),
                "agenda", "agenda.item.moved");
    }

    public void publish() {
        change(() -> meetings.publishAgenda(id, meeting.getVersion(), currentUser.caller()), "agenda",
                meeting.isAgendaPublished() ? "agenda.republished" : "agenda.published");
    }

    /** Sends the invitation (with the meeting as a calendar entry) to every participant; ticks the checklist. */
    public void sendInvitation() {
        try {
            Invitations.Sent sent = invitations.send(id, meeting.getVersion(), currentUser.caller());
            messages.info(sent.messageKey(), sent.recipients());
            refresh();
        } catch (Refusal refusal) {
            messages.show(refusal, "invitation");
            refresh();
        }
    }

    /** "Indkaldelse sendt 3. december 2026 10.12", or that it is not sent yet. */
    public String getInvitationState() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return meeting.isInvitationSent()
                ? Messages.get(locale, "invitation.sentAt", dates.moment(meeting.getInvitationSentAt()))
                : Messages.get(locale, "invitation.notSent");
    }

    /** When the item at this position starts. */
    public Instant startOf(int position) {
        if (itemStarts == null) {
            itemStarts = meeting.itemStarts(); // once per page, not once per row
        }
        return itemStarts.get(position);
    }

    public boolean isEditing() {
        return editingItem != null;
    }

    public Long getEditingItem() {
        return editingItem;
    }

    // ---------------------------------------------------------------- the minutes

    /** Saves one item's draft as typed (it saves itself on leaving the field and after a pause in typing). */
    public void saveNotes(Long itemId) {
        if (!notesConflict.containsKey(itemId)) {
            writeNotes(itemId, false); // after a conflict, the writer decides with the save button
        }
    }

    /** The save button of an item's notes: saves what is typed, over another writer's text once shown. */
    public void saveNotesNow(Long itemId) {
        if (writeNotes(itemId, true)) {
            messages.info("minutes.notes.saved");
        }
    }

    /** Writes the item's notes; a refusal shows at the item, and with the save button at the top as well. */
    private boolean writeNotes(Long itemId, boolean aloud) {
        String text = notes.get(itemId);
        if (Objects.equals(blankToNull(text), blankToNull(notesBase.get(itemId))) && !notesConflict.containsKey(itemId)) {
            return true; // nothing new since the last save
        }
        try {
            meeting = saveNotesOnce(itemId, text);
            notesBase.put(itemId, blankToNull(text));
            notesSavedAt.put(itemId, AppClock.now());
            notesConflict.remove(itemId);
            notesError.remove(itemId);
            return true;
        } catch (Minutes.NotesChanged changed) {
            // keep what this writer typed; show the other's text; the save button then saves over it
            notesConflict.put(itemId, changed.current() == null ? "" : changed.current());
            notesConflictWriter.put(itemId, changed.writer() == null ? "?" : changed.writer());
            notesBase.put(itemId, changed.current());
            if (aloud) {
                messages.show(changed, null);
            }
            return false;
        } catch (Refusal refusal) {
            notesError.put(itemId, Messages.get(FacesContext.getCurrentInstance().getViewRoot().getLocale(),
                    refusal.messageKey(), refusal.arguments()));
            if (aloud) {
                messages.show(refusal, null);
            }
            return false;
        } catch (ConstraintViolationException invalid) {
            notesError.put(itemId, invalid.getConstraintViolations().stream().map(FacesMessages::text)
                    .collect(Collectors.joining(" ")));
            if (aloud) {
                messages.show(invalid);
            }
            return false;
        }
    }

    /** What a conflict of the item's notes means, naming the other writer. */
    public String conflictText(Long itemId) {
        return Messages.get(FacesContext.getCurrentInstance().getViewRoot().getLocale(),
                "minutes.notes.changedByOther", notesConflictWriter.getOrDefault(itemId, "?"));
    }

    public Map<Long, String> getNotesError() {
        return notesError;
    }

    /** A save that met another save of the same meeting at the same moment is tried once more. */
    private Meeting saveNotesOnce(Long itemId, String text) {
        try {
            return minutes.saveNotes(id, itemId, notesBase.get(itemId), text, currentUser.caller());
        } catch (Minutes.NotesChanged changed) {
            throw changed;
        } catch (Conflict raced) {
            if (!Versions.isStale(raced)) {
                throw raced;
            }
            return minutes.saveNotes(id, itemId, notesBase.get(itemId), text, currentUser.caller());
        }
    }

    public void addDecision(Long itemId) {
        String text = decisionTexts.get(itemId);
        if (change(() -> minutes.addDecision(id, itemId, text, currentUser.caller()), null,
                "minutes.decision.added")) {
            decisionTexts.remove(itemId);
        }
    }

    public void removeDecision(Long decisionId) {
        change(() -> minutes.removeDecision(id, decisionId, currentUser.caller()), null, "minutes.decision.removed");
    }

    public void addAction(Long itemId) {
        ActionForm form = actionForms.get(itemId);
        if (form.getDueDate() == null || form.getWhat() == null || form.getWhat().isBlank()
                || form.getResponsibleOrganisationId() == null) {
            messages.error("minutes.action.incomplete");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        if (change(() -> minutes.addAction(id, form, currentUser.caller()), null, "minutes.action.added")) {
            actionForms.remove(itemId);
        }
    }

    public void removeAction(Long actionId) {
        change(() -> minutes.removeAction(id, actionId, currentUser.caller()), null, "minutes.action.removed");
    }

    public String circulateMinutes() {
        if (!notesSaved()) {
            return null;
        }
        return step(() -> minutes.circulateMinutes(id, meeting.getVersion(), overrideReason, currentUser.caller()),
                "minutesActions", "minutes.circulated");
    }

    public String approveMinutes() {
        if (!notesSaved()) {
            return null;
        }
        return step(() -> minutes.approveMinutes(id, meeting.getVersion(), overrideReason, currentUser.caller()),
                "minutesActions", "minutes.approved.done");
    }

    /** Drafts not yet saved (typed just before pressing the button) are saved first; no conflict is left open. */
    private boolean notesSaved() {
        meeting.getAgenda().forEach(i -> saveNotes(i.getId()));
        if (!notesConflict.isEmpty() || !notesError.isEmpty()) {
            messages.error("minutes.notes.conflictsOpen");
            return false;
        }
        return !FacesContext.getCurrentInstance().isValidationFailed();
    }

    public String reopen() {
        return step(() -> minutes.reopenForCorrection(id, meeting.getVersion(), correctionReason,
                currentUser.caller()), "correct", "minutes.reopened");
    }

    /** The decisions of one agenda item (null: those of no item). */
    public List<Decision> decisionsOf(Long itemId) {
        return getDecisions().stream().filter(d -> Objects.equals(d.getAgendaItemId(), itemId)).toList();
    }

    /** The action items of one agenda item (null: those of no item). */
    public List<ActionItem> actionsOf(Long itemId) {
        return getActions().stream().filter(a -> Objects.equals(a.getAgendaItemId(), itemId)).toList();
    }

    /** Who last saved the item's notes, by name (the group's participants; "" when unknown). */
    public String writerOf(AgendaItem i) {
        if (i.getNotesWrittenBy() == null) {
            return "";
        }
        return group.getParticipants().stream().filter(p -> p.getId().equals(i.getNotesWrittenBy()))
                .map(Person::getName).findFirst().orElse("");
    }

    public Instant savedAt(Long itemId) {
        return notesSavedAt.get(itemId);
    }

    public boolean isMinutesVisible() {
        return meeting.minutesReadable(() -> mayEdit);
    }

    public boolean isMinutesEditable() {
        return mayEdit && phase == Meeting.Phase.MINUTES;
    }

    public boolean isAgendaEditable() {
        return mayEdit && (phase == Meeting.Phase.BEFORE || phase == Meeting.Phase.MINUTES);
    }

    /** Circulating and approving before the start needs a reason (the page asks for it). */
    public boolean isNeedsOverride() {
        return !meeting.isStarted(AppClock.now());
    }

    public boolean isMayComment() {
        return meeting.isOpenForComments() && (isParticipant() || mayEdit);
    }

    public String itemTitle(Long itemId) {
        return itemId == null ? "" : meeting.getAgenda().stream().filter(i -> itemId.equals(i.getId()))
                .map(AgendaItem::getTitle).findFirst().orElse("");
    }

    public boolean isOverdue(ActionItem a) {
        return a.isOverdue(AppClock.today());
    }

    public List<Decision> getDecisions() {
        if (decisions == null) {
            decisions = meetings.decisions(meeting);
        }
        return decisions;
    }

    public List<ActionItem> getActions() {
        if (actions == null) {
            actions = meetings.actions(meeting);
        }
        return actions;
    }

    public List<ActionItem> getFollowUps() {
        if (followUps == null) {
            followUps = meetings.followUps(meeting);
        }
        return followUps;
    }

    public List<MinutesVersion> getVersions() {
        if (versions == null) {
            versions = minutes.versions(meeting);
        }
        return versions;
    }

    public List<MinutesComment> getComments() {
        if (comments == null) {
            comments = minutes.comments(meeting);
        }
        return comments;
    }

    /** The member organisations an action item can be given to. */
    public List<Organisation> getResponsibleChoices() {
        return group.getMembers().stream().map(GroupMember::getOrganisation)
                .sorted(Comparator.comparing(Organisation::getName)).toList();
    }

    public Map<Long, String> getNotes() {
        return notes;
    }

    public Map<Long, String> getNotesConflict() {
        return notesConflict;
    }

    public Map<Long, String> getDecisionTexts() {
        return decisionTexts;
    }

    public Map<Long, ActionForm> getActionForms() {
        return actionForms;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public void setOverrideReason(String overrideReason) {
        this.overrideReason = overrideReason;
    }

    public String getCorrectionReason() {
        return correctionReason;
    }

    public void setCorrectionReason(String correctionReason) {
        this.correctionReason = correctionReason;
    }

    // ---------------------------------------------------------------- comments

    public void addComment() {
        try {
            minutes.comment(id, comment, currentUser.caller());
            messages.info("minutes.comment.added");
            comment = null;
            comments = null;
        } catch (Refusal refusal) {
            messages.show(refusal, "comment");
        } catch (ConstraintViolationException invalid) {
            messages.show(invalid, "comment");
        }
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    // ---------------------------------------------------------------- time, place, cancelling

    public String changeTime() {
        return step(() -> meetings.change(id, meeting.getVersion(), changeDay, changeStart, changeMinutes, changePlace,
                scope, currentUser.caller()), "change", "meeting.changed");
    }

    public String cancelMeeting() {
        return step(() -> meetings.cancel(id, meeting.getVersion(), cancelReason, currentUser.caller()), "cancel",
                "meeting.cancelled.done");
    }

    public Meetings.Scope[] getScopes() {
        return mayManageGroup ? Meetings.Scope.values() : new Meetings.Scope[] {Meetings.Scope.THIS};
    }

    public boolean isMayManageGroup() {
        return mayManageGroup;
    }

    public LocalDate getChangeDay() {
        return changeDay;
    }

    public void setChangeDay(LocalDate changeDay) {
        this.changeDay = changeDay;
    }

    public LocalTime getChangeStart() {
        return changeStart;
    }

    public void setChangeStart(LocalTime changeStart) {
        this.changeStart = changeStart;
    }

    public int getChangeMinutes() {
        return changeMinutes;
    }

    public void setChangeMinutes(int changeMinutes) {
        this.changeMinutes = changeMinutes;
    }

    public String getChangePlace() {
        return changePlace;
    }

    public void setChangePlace(String changePlace) {
        this.changePlace = changePlace;
    }

    public Meetings.Scope getScope() {
        return scope;
    }

    public void setScope(Meetings.Scope scope) {
        this.scope = scope;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    // ---------------------------------------------------------------- proposals

    public void propose() {
        try {
            proposalsOf.propose(id, proposal, currentUser.caller());
            messages.info("proposal.sent");
            proposal = new AgendaItemForm();
            proposals = null;
        } catch (Refusal refusal) {
            messages.show(refusal, "proposal");
        } catch (ConstraintViolationException invalid) {
            messages.show(invalid);
        }
    }

    public void decideProposal(Long proposalId, boolean accept) {
        change(() -> proposalsOf.decideProposal(proposalId, accept, declineReasons.get(proposalId), currentUser.caller()),
                "agenda", accept ? "proposal.accepted" : "proposal.declined");
    }

    /** The deadline for proposals: the end of the chosen day (Copenhagen), or none. */
    public void saveDeadline() {
        Instant deadline = deadlineDay == null ? null : deadlineDay.plusDays(1).atStartOfDay(Cadence.ZONE).toInstant();
        change(() -> proposalsOf.setProposalDeadline(id, meeting.getVersion(), deadline, currentUser.caller()),
                "deadline", "proposal.deadline.saved");
    }

    public boolean isMayPropose() {
        return isParticipant() && meeting.acceptsProposals(AppClock.now());
    }

    public List<AgendaProposal> getProposals() {
        if (proposals == null) {
            proposals = proposalsOf.proposals(meeting);
        }
        return proposals;
    }

    /** Pending proposals for the coordinator; my own proposals (with their answers) for a participant. */
    public List<AgendaProposal> getVisibleProposals() {
        Long me = currentUser.caller().personId();
        return getProposals().stream().filter(p -> mayEdit ? p.isPending() : p.getPerson().getId().equals(me)).toList();
    }

    public AgendaItemForm getProposal() {
        return proposal;
    }

    public Map<Long, String> getDeclineReasons() {
        return declineReasons;
    }

    public LocalDate getDeadlineDay() {
        if (deadlineDay == null && meeting != null && meeting.getProposalDeadline() != null) {
            deadlineDay = meeting.getProposalDeadline().minusSeconds(1).atZone(Cadence.ZONE).toLocalDate();
        }
        return deadlineDay;
    }

    public void setDeadlineDay(LocalDate deadlineDay) {
        this.deadlineDay = deadlineDay;
    }

    // ---------------------------------------------------------------- attendance

    public void answer(boolean coming) {
        try {
            attendances.answer(id, coming ? Attendance.Answer.ATTENDING : Attendance.Answer.NOT_ATTENDING, answerNote,
                    currentUser.caller());
            messages.info(coming ? "attendance.coming.saved" : "attendance.notComing.saved");
            attendance = null;
        } catch (Refusal refusal) {
            messages.show(refusal, "attendance");
        } catch (ConstraintViolationException invalid) {
            messages.show(invalid, "attendance");
        }
    }

    public void recordAttended() {
        try {
            attendances.recordAttended(id, new HashSet<>(came), currentUser.caller());
            messages.info("attendance.recorded");
            attendance = null;
        } catch (Refusal refusal) {
            messages.show(refusal, "attended");
        }
    }

    public List<Attendance> getAttendance() {
        if (attendance == null) {
            attendance = attendances.attendance(meeting);
        }
        return attendance;
    }

    public long count(String answer) {
        return getAttendance().stream().filter(a -> a.getAnswer() != null && a.getAnswer().name().equals(answer)).count();
    }

    public String getCountsText() {
        return Messages.get(FacesContext.getCurrentInstance().getViewRoot().getLocale(), "attendance.counts",
                String.valueOf(count("ATTENDING")), String.valueOf(count("NOT_ATTENDING")));
    }

    /** My own answer, or null. */
    public Attendance getMine() {
        Long me = currentUser.caller().personId();
        return getAttendance().stream().filter(a -> a.getPerson().getId().equals(me)).findFirst().orElse(null);
    }

    public boolean isParticipant() {
        return group.isParticipant(currentUser.caller().personId());
    }

    public boolean isStarted() {
        return meeting.isStarted(AppClock.now());
    }

    public List<Person> getParticipants() {
        return group.getParticipants().stream().sorted(Comparator.comparing(Person::getName)).toList();
    }

    public String getAnswerNote() {
        return answerNote;
    }

    public void setAnswerNote(String answerNote) {
        this.answerNote = answerNote;
    }

    public List<Long> getCame() {
        if (came.isEmpty()) {
            getAttendance().stream().filter(a -> Boolean.TRUE.equals(a.getAttended()))
                    .forEach(a -> came.add(a.getPerson().getId()));
        }
        return came;
    }

    public void setCame(List<Long> came) {
        this.came = came;
    }

    // ---------------------------------------------------------------- the page

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public boolean isAgendaVisible() {
        return meeting.agendaReadable(() -> mayEdit);
    }

    public List<AgendaItem> getAgenda() {
        return meeting.getAgenda();
    }

    public ItemType[] getItemTypes() {
        return ItemType.values();
    }

    public Meeting.Phase getPhase() {
        return phase;
    }

    public Meeting.Phase[] getPhases() {
        return new Meeting.Phase[] {Meeting.Phase.BEFORE, Meeting.Phase.MINUTES, Meeting.Phase.APPROVED};
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isWriteEarly() {
        return writeEarly;
    }

    public void setWriteEarly(boolean writeEarly) {
        this.writeEarly = writeEarly;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public NetworkGroup getGroup() {
        return group;
    }

    public boolean isMayEdit() {
        return mayEdit;
    }

    public AgendaItemForm getItem() {
        return item;
    }
}
