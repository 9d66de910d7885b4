package dk.tovholder.meeting.boundary;

import dk.tovholder.identity.boundary.CurrentUser;
import dk.tovholder.identity.entity.Caller;
import dk.tovholder.layout.ErrorResponses;
import dk.tovholder.layout.FacesMessages;
import dk.tovholder.meeting.entity.AgendaItem;
import dk.tovholder.meeting.entity.ItemType;
import dk.tovholder.meeting.entity.Meeting;
import dk.tovholder.network.entity.NetworkGroup;
import dk.tovholder.refusal.NotFound;
import dk.tovholder.refusal.Refusal;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/** A meeting and its agenda: read by members, built and published by its coordinator. */
@Named
@ViewScoped
public class MeetingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Meetings meetings;

    @Inject
    dk.tovholder.network.boundary.NetworkGroups groups;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesMessages messages;

    private Long id;
    private Meeting meeting;
    private NetworkGroup group;
    private boolean mayEdit;
    private AgendaItemForm item = new AgendaItemForm();
    private final java.util.Map<Long, String> notes = new java.util.HashMap<>();
    private Long decisionItem;
    private String decisionText;
    private ActionForm action = new ActionForm();
    private transient List<dk.tovholder.meeting.entity.Decision> decisions;
    private transient List<dk.tovholder.meeting.entity.ActionItem> actions;
    private transient List<dk.tovholder.meeting.entity.ActionItem> followUps;
    private transient List<dk.tovholder.meeting.entity.Attendance> attendance;
    private String answerNote;
    private transient List<dk.tovholder.meeting.entity.AgendaProposal> proposals;
    private AgendaItemForm proposal = new AgendaItemForm();
    private final java.util.Map<Long, String> declineReasons = new java.util.HashMap<>();
    private java.time.LocalDate deadlineDay;
    private java.time.LocalDate changeDay;
    private java.time.LocalTime changeStart;
    private int changeMinutes;
    private String changePlace;
    private Meetings.Scope scope = Meetings.Scope.THIS;
    private String cancelReason;
    private String comment;
    private String correctionReason;
    private transient List<dk.tovholder.meeting.entity.MinutesVersion> versions;
    private transient List<Instant> itemStarts;
    private transient List<dk.tovholder.meeting.entity.MinutesComment> comments;
    private List<Long> came = new java.util.ArrayList<>();

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
            mayEdit = meetings.mayEdit(meeting, caller);
            java.time.ZonedDateTime start = meeting.getStartsAt().atZone(dk.tovholder.network.entity.Cadence.ZONE);
            changeDay = start.toLocalDate();
            changeStart = start.toLocalTime();
            changeMinutes = (int) java.time.Duration.between(meeting.getStartsAt(), meeting.getEndsAt()).toMinutes();
            changePlace = meeting.getPlace();
            decisions = null;
            actions = null;
            followUps = null;
            attendance = null;
            proposals = null;
            comments = null;
            versions = null;
            itemStarts = null;
            // what the user typed stays (to merge after a conflict); new items get their stored notes
            meeting.getAgenda().forEach(i -> notes.putIfAbsent(i.getId(), i.getNotes()));
        } catch (NotFound notFound) {
            ErrorResponses.send(404);
        }
    }

    private String run(Supplier<Meeting> change, String form, String doneKey) {
        try {
            meeting = change.get();
            messages.info(doneKey);
            return "/meeting/meeting?faces-redirect=true&id=" + id;
        } catch (Refusal refusal) {
            messages.show(refusal, form);
            refresh();
            return null;
        } catch (ConstraintViolationException invalid) {
            messages.show(invalid);
            return null;
        }
    }

    public String addItem() {
        return run(() -> meetings.addItem(id, meeting.getVersion(), item, currentUser.caller()), "item",
                "agenda.item.added");
    }

    public String removeItem(Long itemId) {
        return run(() -> meetings.removeItem(id, meeting.getVersion(), itemId, currentUser.caller()), "agenda",
                "agenda.item.removed");
    }

    public String moveItem(Long itemId, int delta) {
        return run(() -> meetings.moveItem(id, meeting.getVersion(), itemId, delta, currentUser.caller()), "agenda",
                "agenda.item.moved");
    }

    /** An item dragged to another row (the up and down buttons do the same from the keyboard). */
    public void onRowReorder(org.primefaces.event.ReorderEvent event) {
        List<AgendaItem> before = meeting.getAgenda();
        if (event.getFromIndex() < 0 || event.getFromIndex() >= before.size()) {
            return;
        }
        Long itemId = before.get(event.getFromIndex()).getId();
        try {
            meeting = meetings.moveItemTo(id, meeting.getVersion(), itemId, event.getToIndex(), currentUser.caller());
            messages.info("agenda.item.moved");
        } catch (Refusal refusal) {
            messages.show(refusal, "agenda");
        }
        refresh();
    }

    public String publish() {
        return run(() -> meetings.publishAgenda(id, meeting.getVersion(), currentUser.caller()), "agenda",
                "agenda.published");
    }

    public String reopen() {
        return run(() -> meetings.reopenForCorrection(id, meeting.getVersion(), correctionReason, currentUser.caller()),
                "correct", "minutes.reopened");
    }

    public List<dk.tovholder.meeting.entity.MinutesVersion> getVersions() {
        if (versions == null) {
            versions = meetings.versions(meeting);
        }
        return versions;
    }

    public String getCorrectionReason() {
        return correctionReason;
    }

    public void setCorrectionReason(String correctionReason) {
        this.correctionReason = correctionReason;
    }

    public String circulateMinutes() {
        return run(() -> meetings.circulateMinutes(id, meeting.getVersion(), currentUser.caller()), "minutes",
                "minutes.circulated");
    }

    public String addComment() {
        try {
            meetings.comment(id, comment, currentUser.caller());
            messages.info("minutes.comment.added");
            return "/meeting/meeting?faces-redirect=true&id=" + id;
        } catch (Refusal refusal) {
            messages.show(refusal, "comment");
            return null;
        }
    }

    public boolean isMayComment() {
        return meeting.isMinutesCirculated() && !meeting.isMinutesApproved() && (isParticipant() || mayEdit);
    }

    public List<dk.tovholder.meeting.entity.MinutesComment> getComments() {
        if (comments == null) {
            comments = meetings.comments(meeting);
        }
        return comments;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String changeTime() {
        return run(() -> meetings.change(id, meeting.getVersion(), changeDay, changeStart, changeMinutes, changePlace,
                scope, currentUser.caller()), "change", "meeting.changed");
    }

    public String cancelMeeting() {
        return run(() -> meetings.cancel(id, meeting.getVersion(), cancelReason, currentUser.caller()), "cancel",
                "meeting.cancelled.done");
    }

    public Meetings.Scope[] getScopes() {
        return isMayManageGroup() ? Meetings.Scope.values() : new Meetings.Scope[] {Meetings.Scope.THIS};
    }

    public boolean isMayManageGroup() {
        return groups.mayManage(group, currentUser.caller());
    }

    public java.time.LocalDate getChangeDay() {
        return changeDay;
    }

    public void setChangeDay(java.time.LocalDate changeDay) {
        this.changeDay = changeDay;
    }

    public java.time.LocalTime getChangeStart() {
        return changeStart;
    }

    public void setChangeStart(java.time.LocalTime changeStart) {
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

    public String propose() {
        try {
            meetings.propose(id, proposal, currentUser.caller());
            messages.info("proposal.sent");
            return "/meeting/meeting?faces-redirect=true&id=" + id;
        } catch (Refusal refusal) {
            messages.show(refusal, "proposal");
            return null;
        } catch (ConstraintViolationException invalid) {
            messages.show(invalid);
            return null;
        }
    }

    public String decideProposal(Long proposalId, boolean accept) {
        return run(() -> meetings.decideProposal(proposalId, accept, declineReasons.get(proposalId),
                currentUser.caller()), "proposals", accept ? "proposal.accepted" : "proposal.declined");
    }

    /** The deadline for proposals: the end of the chosen day (Copenhagen), or none. */
    public String saveDeadline() {
        Instant deadline = deadlineDay == null ? null
                : deadlineDay.plusDays(1).atStartOfDay(dk.tovholder.network.entity.Cadence.ZONE).toInstant();
        return run(() -> meetings.setProposalDeadline(id, meeting.getVersion(), deadline, currentUser.caller()),
                "deadline", "proposal.deadline.saved");
    }

    public boolean isMayPropose() {
        return isParticipant() && meeting.acceptsProposals(Instant.now());
    }

    public List<dk.tovholder.meeting.entity.AgendaProposal> getProposals() {
        if (proposals == null) {
            proposals = meetings.proposals(meeting);
        }
        return proposals;
    }

    /** Pending proposals for the coordinator; my own proposals (with their answers) for a participant. */
    public List<dk.tovholder.meeting.entity.AgendaProposal> getVisibleProposals() {
        Long me = currentUser.caller().personId();
        return getProposals().stream().filter(p -> mayEdit ? p.isPending() : p.getPerson().getId().equals(me)).toList();
    }

    public AgendaItemForm getProposal() {
        return proposal;
    }

    public java.util.Map<Long, String> getDeclineReasons() {
        return declineReasons;
    }

    public java.time.LocalDate getDeadlineDay() {
        if (deadlineDay == null && meeting != null && meeting.getProposalDeadline() != null) {
            deadlineDay = meeting.getProposalDeadline().minusSeconds(1).atZone(dk.tovholder.network.entity.Cadence.ZONE)
                    .toLocalDate();
        }
        return deadlineDay;
    }

    public void setDeadlineDay(java.time.LocalDate deadlineDay) {
        this.deadlineDay = deadlineDay;
    }

    public String answer(boolean coming) {
        try {
            meetings.answer(id, coming ? dk.tovholder.meeting.entity.Attendance.Answer.ATTENDING
                    : dk.tovholder.meeting.entity.Attendance.Answer.NOT_ATTENDING, answerNote, currentUser.caller());
            messages.info(coming ? "attendance.coming.saved" : "attendance.notComing.saved");
            return "/meeting/meeting?faces-redirect=true&id=" + id;
        } catch (Refusal refusal) {
            messages.show(refusal, "attendance");
            return null;
        }
    }

    public String recordAttended() {
        try {
            meetings.recordAttended(id, new java.util.HashSet<>(came), currentUser.caller());
            messages.info("attendance.recorded");
            return "/meeting/meeting?faces-redirect=true&id=" + id;
        } catch (Refusal refusal) {
            messages.show(refusal, "attended");
            return null;
        }
    }

    public List<dk.tovholder.meeting.entity.Attendance> getAttendance() {
        if (attendance == null) {
            attendance = meetings.attendance(meeting);
        }
        return attendance;
    }

    public long count(String answer) {
        return getAttendance().stream().filter(a -> a.getAnswer() != null && a.getAnswer().name().equals(answer)).count();
    }

    public String getCountsText() {
        return dk.tovholder.language.Messages.get(
                jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale(), "attendance.counts",
                String.valueOf(count("ATTENDING")), String.valueOf(count("NOT_ATTENDING")));
    }

    /** My own answer, or null. */
    public dk.tovholder.meeting.entity.Attendance getMine() {
        Long me = currentUser.caller().personId();
        return getAttendance().stream().filter(a -> a.getPerson().getId().equals(me)).findFirst().orElse(null);
    }

    public boolean isParticipant() {
        return group.isParticipant(currentUser.caller().personId());
    }

    public boolean isStarted() {
        return !meeting.getStartsAt().isAfter(Instant.now());
    }

    public List<dk.tovholder.organisation.entity.Person> getParticipants() {
        return group.getParticipants().stream()
                .sorted(java.util.Comparator.comparing(dk.tovholder.organisation.entity.Person::getName)).toList();
    }

    public String getAnswerNote() {
        return answerNote;
    }

    public void setAnswerNote(String answerNote) {
        this.answerNote = answerNote;
    }

    public List<Long> getCame() {
        if (came.isEmpty() && attendance != null) {
            getAttendance().stream().filter(a -> Boolean.TRUE.equals(a.getAttended()))
                    .forEach(a -> came.add(a.getPerson().getId()));
        }
        return came;
    }

    public void setCame(List<Long> came) {
        this.came = came;
    }

    public String saveNotes(Long itemId) {
        return run(() -> meetings.writeNotes(id, meeting.getVersion(), itemId, notes.get(itemId), currentUser.caller()),
                "minutes", "minutes.notes.saved");
    }

    public String addDecision() {
        return run(() -> meetings.addDecision(id, meeting.getVersion(), decisionItem, decisionText,
                currentUser.caller()), "decision", "minutes.decision.added");
    }

    public String addAction() {
        return run(() -> meetings.addAction(id, meeting.getVersion(), action, currentUser.caller()), "action",
                "minutes.action.added");
    }

    public String approveMinutes() {
        return run(() -> meetings.approveMinutes(id, meeting.getVersion(), currentUser.caller()), "minutes",
                "minutes.approved.done");
    }

    public boolean isMinutesVisible() {
        return mayEdit || meeting.isMinutesApproved() || meeting.isMinutesCirculated();
    }

    public boolean isMinutesEditable() {
        return mayEdit && !meeting.isMinutesApproved();
    }

    public List<dk.tovholder.meeting.entity.Decision> getDecisions() {
        if (decisions == null) {
            decisions = meetings.decisions(meeting);
        }
        return decisions;
    }

    public List<dk.tovholder.meeting.entity.ActionItem> getActions() {
        if (actions == null) {
            actions = meetings.actions(meeting);
        }
        return actions;
    }

    public List<dk.tovholder.meeting.entity.ActionItem> getFollowUps() {
        if (followUps == null) {
            followUps = meetings.followUps(meeting);
        }
        return followUps;
    }

    /** The member organisations an action item can be given to. */
    public List<dk.tovholder.organisation.entity.Organisation> getResponsibleChoices() {
        return group.getMembers().stream().map(dk.tovholder.network.entity.GroupMember::getOrganisation)
                .sorted(java.util.Comparator.comparing(dk.tovholder.organisation.entity.Organisation::getName)).toList();
    }

    public String itemTitle(Long itemId) {
        return itemId == null ? "" : meeting.getAgenda().stream().filter(i -> itemId.equals(i.getId()))
                .map(AgendaItem::getTitle).findFirst().orElse("");
    }

    public boolean isOverdue(dk.tovholder.meeting.entity.ActionItem a) {
        return a.isOverdue(java.time.LocalDate.now(dk.tovholder.network.entity.Cadence.ZONE));
    }

    public java.util.Map<Long, String> getNotes() {
        return notes;
    }

    public Long getDecisionItem() {
        return decisionItem;
    }

    public void setDecisionItem(Long decisionItem) {
        this.decisionItem = decisionItem;
    }

    public String getDecisionText() {
        return decisionText;
    }

    public void setDecisionText(String decisionText) {
        this.decisionText = decisionText;
    }

    public ActionForm getAction() {
        return action;
    }

    public boolean isAgendaVisible() {
        return mayEdit || meeting.isAgendaPublished();
    }

    public List<AgendaItem> getAgenda() {
        return meeting.getAgenda();
    }

    /** When the item at this position starts. */
    public Instant startOf(int position) {
        if (itemStarts == null) {
            itemStarts = meeting.itemStarts(); // once per page, not once per row
        }
        return itemStarts.get(position);
    }

    public ItemType[] getItemTypes() {
        return ItemType.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
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
