package dk.tovholder.meeting.entity;

import dk.tovholder.audit.entity.AuditSubject;
import dk.tovholder.clock.AppClock;
import dk.tovholder.network.entity.Cadence;
import dk.tovholder.refusal.Conflict;
import dk.tovholder.refusal.Refusal;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A meeting of a network group, with its agenda. Regular meetings carry the
 * cadence day they were created for ({@code seriesDate}); one moved by hand is
 * marked {@code moved} and keeps its own time when the series changes.
 */
@Entity
@Table(name = "meeting")
@NamedQuery(name = Meeting.FIND_BY_GROUP_BETWEEN, query = "select m from Meeting m where m.groupId = :groupId"
        + " and m.startsAt >= :from and m.startsAt < :to order by m.startsAt")
@NamedQuery(name = Meeting.FIND_BY_GROUPS_BETWEEN, query = "select m from Meeting m where m.groupId in :groupIds"
        + " and m.startsAt >= :from and m.startsAt < :to order by m.startsAt")
@NamedQuery(name = Meeting.SERIES_DATES, query = "select m.seriesDate from Meeting m where m.groupId = :groupId"
        + " and m.seriesDate is not null and m.seriesDate >= :from")
public class Meeting implements AuditSubject, Serializable {

    private static final long serialVersionUID = 1L;
    public static final String FIND_BY_GROUP_BETWEEN = "Meeting.findByGroupBetween";
    public static final String FIND_BY_GROUPS_BETWEEN = "Meeting.findByGroupsBetween";
    public static final String SERIES_DATES = "Meeting.seriesDates";
    public static final int TITLE_MAX = 200;
    public static final int PLACE_MAX = 500;
    public static final int AGENDA_MAX = 100;
    /** why a meeting was cancelled, why its approved minutes were reopened */
    public static final int REASON_MAX = 1000;

    @Id
    @SequenceGenerator(name = "meeting_seq", sequenceName = "meeting_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meeting_seq")
    private Long id;

    @Version
    private long version;

    @NotNull
    @Column(name = "group_id", nullable = false, updatable = false)
    private Long groupId;

    @Column(name = "series_date")
    private LocalDate seriesDate;

    @NotBlank
    @Size(max = TITLE_MAX)
    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @NotNull
    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @NotNull
    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Size(max = PLACE_MAX)
    @Column(length = PLACE_MAX)
    private String place;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MeetingStatus status = MeetingStatus.PLANNED;

    @Column(name = "cancel_reason", length = REASON_MAX)
    private String cancelReason;

    @Column(nullable = false)
    private boolean moved;

    @Column(name = "place_changed", nullable = false)
    private boolean placeChanged;

    @Column(name = "agenda_published_at")
    private Instant agendaPublishedAt;

    @Column(name = "minutes_approved_at")
    private Instant minutesApprovedAt;

    @Column(name = "minutes_circulated_at")
    private Instant minutesCirculatedAt;

    /** why the approved minutes are being corrected (kept with the next version) */
    @Column(name = "correction_reason", length = REASON_MAX)
    private String correctionReason;

    /** when the invitation was last sent to the participants (null: not sent) */
    @Column(name = "invitation_sent_at")
    private Instant invitationSentAt;

    /** participants may propose items until then (none set: until the agenda is published) */
    @Column(name = "proposal_deadline")
    private Instant proposalDeadline;

    @Valid
    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchFetch(BatchFetchType.IN)
    private List<AgendaItem> agenda = new ArrayList<>();

    protected Meeting() {
    }

    public Meeting(Long groupId, LocalDate seriesDate, String title, Instant startsAt, Instant endsAt) {
        this.groupId = groupId;
        this.seriesDate = seriesDate;
        this.title = title;
        reschedule(startsAt, endsAt);
        this.moved = false;
    }

    /** A new time; refused when it ends before it starts, lasts 0 minutes or more than 24 hours. */
    public void reschedule(Instant start, Instant end) {
        if (start == null || end == null || !end.isAfter(start)) {
            throw Refusal.onField("end", "meeting.time.order");
        }
        if (Duration.between(start, end).compareTo(Duration.ofHours(24)) > 0) {
            throw Refusal.onField("end", "meeting.time.tooLong");
        }
        if (startsAt != null && (!start.equals(startsAt) || !end.equals(endsAt))) {
            moved = true;
        }
        this.startsAt = start;
        this.endsAt = end;
    }

    public AgendaItem addItem(String itemTitle, String description, ItemType type, String presenter, int minutes) {
        agendaOpen();
        if (agenda.size() >= AGENDA_MAX) {
            throw new Refusal("agenda.full", AGENDA_MAX);
        }
        AgendaItem item = new AgendaItem(this, agenda.size(), itemTitle, description, type, presenter, minutes);
        agenda.add(item);
        return item;
    }

    public void changeItem(Long itemId, String itemTitle, String description, ItemType type, String presenter,
            int minutes) {
        agendaOpen();
        item(itemId).change(itemTitle, description, type, presenter, minutes);
    }

    public void removeItem(Long itemId) {
        agendaOpen();
        agenda.remove(item(itemId));
        renumber();
    }

    /** Moves an item one place up (-1) or down (+1). */
    public void moveItem(Long itemId, int delta) {
        agendaOpen();
        AgendaItem item = item(itemId);
        int from = agenda.indexOf(item);
        int to = from + Integer.signum(delta);
        if (to < 0 || to >= agenda.size()) {
            return;
        }
        agenda.add(to, agenda.remove(from));
        renumber();
    }

    /** Moves an item to a place in the agenda (0 first), as when it is dragged there. */
    public void moveItemTo(Long itemId, int index) {
        agendaOpen();
        AgendaItem item = item(itemId);
        agenda.remove(item);
        agenda.add(Math.max(0, Math.min(index, agenda.size())), item);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < agenda.size(); i++) {
            agenda.get(i).setPosition(i);
        }
    }

    private AgendaItem item(Long itemId) {
        return agenda.stream().filter(i -> i.getId() != null && i.getId().equals(itemId)).findFirst()
                .orElseThrow(() -> new Refusal("agenda.item.unknown"));
    }

    private void editable() {
        if (status == MeetingStatus.CANCELLED) {
            throw new Refusal("meeting.cancelled");
        }
    }

    /**
     * The agenda, time and place may change until the minutes are approved;
     * then the meeting is a record, changed only as a correction of the minutes.
     */
    public void agendaOpen() {
        editable();
        if (isMinutesApproved()) {
            throw new Conflict(null, "minutes.approved.locked");
        }
    }

    /** Where the meeting is in its life, which the meeting page follows. */
    public enum Phase {
        /** the agenda is being prepared */
        BEFORE,
        /** the meeting has started (or its minutes have begun): minutes are written */
        MINUTES,
        /** the minutes are approved: a read-only record, changed only as a correction */
        APPROVED,
        CANCELLED
    }

    public Phase phase(Instant now) {
        if (status == MeetingStatus.CANCELLED) {
            return Phase.CANCELLED;
        }
        if (isMinutesApproved()) {
            return Phase.APPROVED;
        }
        if (isStarted(now) || status == MeetingStatus.MINUTES_DRAFT || isMinutesCirculated()) {
            return Phase.MINUTES;
        }
        return Phase.BEFORE;
    }

    public boolean isStarted(Instant now) {
        return !now.isBefore(startsAt);
    }

    /**
     * Minutes are circulated and approved from the meeting's start; earlier only
     * when the user overrides the rule (with a reason the boundary keeps).
     */
    private void heldOrOverridden(Instant now, boolean override) {
        if (!isStarted(now) && !override) {
            throw new Conflict("override", "minutes.beforeStart");
        }
    }

    /** Publishes the agenda: participants can read it. Refused when it is empty. */
    public void publishAgenda() {
        agendaOpen();
        if (agenda.isEmpty()) {
            throw new Refusal("agenda.empty");
        }
        if (status == MeetingStatus.PLANNED) {
            status = MeetingStatus.AGENDA_PUBLISHED;
        }
        agendaPublishedAt = AppClock.now();
    }

    /** Notes of the minutes for one agenda item; the minutes are a draft until approved. */
    public void writeNotes(Long itemId, String text, Long byPersonId, Instant at) {
        minutesOpen();
        item(itemId).writeNotes(text, byPersonId, at);
        if (status == MeetingStatus.PLANNED || status == MeetingStatus.AGENDA_PUBLISHED
                || status == MeetingStatus.HELD) {
            status = MeetingStatus.MINUTES_DRAFT;
        }
    }

    /** Opens approved minutes for a correction; it is approved as a new version. */
    public void reopenForCorrection() {
        editable();
        if (status != MeetingStatus.MINUTES_APPROVED) {
            throw new Refusal("minutes.notApproved");
        }
        status = MeetingStatus.MINUTES_DRAFT;
        minutesApprovedAt = null;
        minutesCirculatedAt = null;
    }

    public String getCorrectionReason() {
        return correctionReason;
    }

    public void setCorrectionReason(String reason) {
        this.correctionReason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    /** Sends the draft minutes to the participants for comments (before approval). */
    public void circulateMinutes(Instant now, boolean override) {
        minutesOpen();
        heldOrOverridden(now, override);
        minutesCirculatedAt = now;
        if (status == MeetingStatus.PLANNED || status == MeetingStatus.AGENDA_PUBLISHED
                || status == MeetingStatus.HELD) {
            status = MeetingStatus.MINUTES_DRAFT;
        }
    }

    public boolean isMinutesCirculated() {
        return minutesCirculatedAt != null;
    }

    /** Approves the minutes: published to the participants and read-only from now on. */
    public void approveMinutes(Instant now, boolean override) {
        minutesOpen();
        heldOrOverridden(now, override);
        if (agenda.isEmpty()) {
            throw new Refusal("minutes.empty");
        }
        status = MeetingStatus.MINUTES_APPROVED;
        minutesApprovedAt = now;
    }

    /** Decisions and action items may be added while the minutes are not approved. */
    public void minutesOpen() {
        editable();
        if (status == MeetingStatus.MINUTES_APPROVED) {
            throw new Conflict(null, "minutes.approved");
        }
    }

    public void setProposalDeadline(Instant deadline) {
        agendaOpen();
        if (deadline != null && deadline.isAfter(startsAt)) {
            throw Refusal.onField("deadline", "proposal.deadline.afterStart");
        }
        this.proposalDeadline = deadline;
    }

    /** Whether participants may propose items now. */
    public boolean acceptsProposals(Instant now) {
        if (status == MeetingStatus.CANCELLED || !now.isBefore(startsAt)) {
            return false;
        }
        return proposalDeadline == null ? !isAgendaPublished() : now.isBefore(proposalDeadline);
    }

    /**
     * The invitation goes out (again) now: refused for a cancelled meeting and
     * for one that has started (a conflict with the meeting's state). Returns whether it had been sent before.
     */
    public boolean recordInvitationSent(Instant now) {
        if (status == MeetingStatus.CANCELLED) {
            throw new Conflict(null, "meeting.cancelled");
        }
        if (!now.isBefore(startsAt)) {
            throw new Conflict(null, "invitation.past");
        }
        boolean again = invitationSentAt != null;
        invitationSentAt = now;
        return again;
    }

    public boolean isInvitationSent() {
        return invitationSentAt != null;
    }

    public Instant getInvitationSentAt() {
        return invitationSentAt;
    }

    public Instant getProposalDeadline() {
        return proposalDeadline;
    }

    /** Members read the agenda once it is published; its editors also read the draft. */
    public boolean agendaReadable(BooleanSupplier editor) {
        return isAgendaPublished() || editor.getAsBoolean();
    }

    /** Members read the minutes once circulated for comments or approved; their writers also read the draft. */
    public boolean minutesReadable(BooleanSupplier editor) {
        return isMinutesApproved() || isMinutesCirculated() || editor.getAsBoolean();
    }

    /** Draft minutes take comments (from participants and editors) while circulated and not yet approved. */
    public boolean isOpenForComments() {
        return isMinutesCirculated() && !isMinutesApproved();
    }

    public boolean isMinutesApproved() {
        return minutesApprovedAt != null;
    }

    public Instant getMinutesCirculatedAt() {
        return minutesCirculatedAt;
    }

    public Instant getMinutesApprovedAt() {
        return minutesApprovedAt;
    }

    public boolean isAgendaPublished() {
        return agendaPublishedAt != null;
    }

    /** When each item starts, following the durations of the ones before it. */
    public List<Instant> itemStarts() {
        List<Instant> starts = new ArrayList<>(agenda.size());
        Instant at = startsAt;
        for (AgendaItem item : agenda) {
            starts.add(at);
            at = at.plus(Duration.ofMinutes(item.getMinutes()));
        }
        return starts;
    }

    public int agendaMinutes() {
        return agenda.stream().mapToInt(AgendaItem::getMinutes).sum();
    }

    public Instant estimatedEnd() {
        return startsAt.plus(Duration.ofMinutes(agendaMinutes()));
    }

    /** Whether the agenda needs more time than the meeting has. */
    public boolean isOverlong() {
        return estimatedEnd().isAfter(endsAt);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Long getGroupId() {
        return groupId;
    }

    public LocalDate getSeriesDate() {
        return seriesDate;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getPlace() {
        return place;
    }

    /** This meeting's own place (kept when the series' place changes later). */
    public void changePlace(String newPlace) {
        agendaOpen();
        this.place = newPlace == null || newPlace.isBlank() ? null : newPlace.strip();
        this.placeChanged = true;
    }

    /** The place of the series, unless this meeting has its own. */
    public void followSeriesPlace(String seriesPlace) {
        if (!placeChanged && status != MeetingStatus.CANCELLED && !isMinutesApproved()) {
            this.place = seriesPlace == null || seriesPlace.isBlank() ? null : seriesPlace.strip();
        }
    }

    /** The time of the series, unless this meeting was moved by hand. */
    public void followSeriesTime(Instant start, Instant end) {
        if (!moved && status != MeetingStatus.CANCELLED && !isMinutesApproved()) {
            reschedule(start, end);
            moved = false;
        }
    }

    /**
     * The group's rhythm changed: this meeting becomes the series' meeting of
     * another day. One that follows the series takes that day at the series'
     * time; one moved by hand or with a published agenda keeps its own time
     * (and counts as moved from now on).
     */
    public void moveToSeriesDay(LocalDate day, Instant start, Instant end, boolean follow) {
        this.seriesDate = day;
        if (follow) {
            reschedule(start, end);
            moved = false;
        } else {
            moved = true;
        }
    }

    /**
     * The series' time of day, length and place change from this meeting on: it takes them on its
     * day in the series (a one-off, on its own day), unless it was moved or given a place of its
     * own by hand. The meeting the user changed ({@code edited}) takes them even so.
     */
    public void takeSeriesChange(LocalTime start, int minutes, String seriesPlace, boolean edited) {
        ZonedDateTime from = ZonedDateTime.of(seriesDate != null ? seriesDate : startsAt.atZone(Cadence.ZONE)
                .toLocalDate(), start, Cadence.ZONE);
        Instant newStart = from.toInstant();
        Instant newEnd = from.plusMinutes(minutes).toInstant();
        if (edited) {
            rejoinSeries(newStart, newEnd, seriesPlace);
        } else {
            followSeriesTime(newStart, newEnd);
            followSeriesPlace(seriesPlace);
        }
    }

    /** This meeting takes the series' time and place again (the one edited with "this and following"). */
    public void rejoinSeries(Instant start, Instant end, String seriesPlace) {
        agendaOpen();
        reschedule(start, end);
        moved = false;
        placeChanged = false;
        followSeriesPlace(seriesPlace);
    }

    /** Cancels the meeting with a reason everyone sees; it stays in the history. */
    public void cancel(String reason) {
        agendaOpen();
        if (reason == null || reason.isBlank()) {
            throw Refusal.onField("reason", "meeting.cancel.reason");
        }
        this.status = MeetingStatus.CANCELLED;
        this.cancelReason = reason.strip();
    }

    public boolean isPlaceChanged() {
        return placeChanged;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public boolean isMoved() {
        return moved;
    }

    public Instant getAgendaPublishedAt() {
        return agendaPublishedAt;
    }

    public List<AgendaItem> getAgenda() {
        return List.copyOf(agenda);
    }

    /** In the log: its title and start; its group's history. */
    @Override
    public Optional<Subject> auditSubject(Lookup lookup) {
        return Optional.of(new Subject(getId(), getGroupId(), null,
                getTitle() + " " + AuditSubject.when(getStartsAt(), Cadence.ZONE)));
    }
}
