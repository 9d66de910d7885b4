package dk.tovholder.room.entity;

import dk.tovholder.audit.entity.AuditSubject;
import dk.tovholder.meeting.entity.Meeting;
import dk.tovholder.network.entity.Cadence;
import dk.tovholder.organisation.entity.Organisation;
import dk.tovholder.organisation.entity.Person;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A room booked (or requested) by an organisation for a time. Confirmed
 * bookings of a room never overlap, the room's buffer included; pending
 * requests may overlap each other until the owner decides.
 */
@Entity
@Table(name = "booking")
@NamedQuery(name = Booking.FIND_OF_ROOM_BETWEEN, query = "select b from Booking b where b.room.id = :roomId"
        + " and b.status in :statuses and b.startsAt < :to and b.endsAt > :from and b.startsAt > :earliest"
        + " order by b.startsAt")
@NamedQuery(name = Booking.FIND_OF_ROOMS_BETWEEN, query = "select b from Booking b where b.room.id in :roomIds"
        + " and b.status in :statuses and b.startsAt < :to and b.endsAt > :from and b.startsAt > :earliest"
        + " order by b.startsAt")
@NamedQuery(name = Booking.TIMES_OF_ROOM_BETWEEN, query = "select b.startsAt, b.endsAt, b.id from Booking b"
        + " where b.room.id = :roomId and b.status in :statuses and b.startsAt < :to and b.endsAt > :from"
        + " and b.startsAt > :earliest")
@NamedQuery(name = Booking.TIMES_BETWEEN, query = "select b.room.id, b.startsAt, b.endsAt from Booking b"
        + " where b.status in :statuses and b.startsAt < :to and b.endsAt > :from and b.startsAt > :earliest")
@NamedQuery(name = Booking.FIND_OF_MEETING, query = "select b from Booking b where b.meetingId = :meetingId"
        + " and b.status in :statuses order by b.startsAt")
@NamedQuery(name = Booking.FIND_OF_ORGANISATION_BETWEEN, query = "select b from Booking b"
        + " where b.organisation.id = :organisationId and b.endsAt > :from and b.startsAt < :to order by b.startsAt")
@NamedQuery(name = Booking.FIND_OF_ORGANISATION_FROM, query = "select b from Booking b"
        + " where b.organisation.id = :organisationId and b.endsAt > :from order by b.startsAt")
@NamedQuery(name = Booking.FIND_PENDING_OF_OWNER, query = "select b from Booking b where b.room.owner.id = :ownerId"
        + " and b.status = dk.tovholder.room.entity.BookingStatus.PENDING and b.endsAt > :from order by b.startsAt")
@NamedQuery(name = Booking.FIND_OF_SERIES_FROM, query = "select b from Booking b where b.seriesId = :seriesId"
        + " and b.startsAt >= :from and b.status in :statuses order by b.startsAt")
public class Booking implements AuditSubject, Serializable {

    /**
     * No booking lasts longer (a room's longest booking is at most a day, and
     * the database holds every booking to it): the overlap queries also ask
     * for a start after {@code from - LONGEST}, so the (room, start) index
     * reads only the days around the interval, not the room's whole history.
     * Pass it as the {@code earliest} parameter.
     */
    public static final Duration LONGEST = Duration.ofDays(1);

    private static final long serialVersionUID = 1L;
    public static final String FIND_OF_ROOM_BETWEEN = "Booking.findOfRoomBetween";
    public static final String FIND_OF_ROOMS_BETWEEN = "Booking.findOfRoomsBetween";
    /** One room's booked times: the (room, start) index reads the day around the interval. */
    public static final String TIMES_OF_ROOM_BETWEEN = "Booking.timesOfRoomBetween";
    /**
     * Every room's booked times around an interval: the (start, room) index
     * reads the day around it (with many rooms, H2 reads their whole history
     * through the (room, start) index for an IN list).
     */
    public static final String TIMES_BETWEEN = "Booking.timesBetween";
    public static final String FIND_OF_MEETING = "Booking.findOfMeeting";
    public static final String FIND_OF_ORGANISATION_FROM = "Booking.findOfOrganisationFrom";
    public static final String FIND_OF_ORGANISATION_BETWEEN = "Booking.findOfOrganisationBetween";
    public static final String FIND_PENDING_OF_OWNER = "Booking.findPendingOfOwner";
    public static final String FIND_OF_SERIES_FROM = "Booking.findOfSeriesFrom";
    public static final int PURPOSE_MAX = 300;
    public static final int REASON_MAX = 1000;

    @Id
    @SequenceGenerator(name = "booking_seq", sequenceName = "booking_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "booking_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "room_id", nullable = false, updatable = false)
    private Room room;

    @ManyToOne(optional = false)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    private Organisation organisation;

    @ManyToOne(optional = false)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "booked_by", nullable = false, updatable = false)
    private Person bookedBy;

    @Column(nullable = false, length = PURPOSE_MAX)
    private String purpose;

    @Column(name = "private_purpose", nullable = false)
    private boolean privatePurpose;

    @Column(nullable = false)
    private int people;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private BookingStatus status;

    @Column(length = REASON_MAX)
    private String reason;

    @Column(name = "meeting_id", updatable = false)
    private Long meetingId;

    @Column(name = "series_id", updatable = false)
    private Long seriesId;

    @Column(name = "series_date", updatable = false)
    private LocalDate seriesDate;

    @Column(nullable = false)
    private boolean moved;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @ManyToOne
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "decided_by")
    private Person decidedBy;

    @Column(name = "superseded_by")
    private Long supersededBy;

    protected Booking() {
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    public Booking(Room room, Organisation organisation, Person bookedBy, String purpose, boolean privatePurpose,
            int people, Instant startsAt, Instant endsAt, Long meetingId, Instant now) {
        this.room = room;
        this.organisation = organisation;
        this.bookedBy = bookedBy;
        this.purpose = purpose.strip();
        this.privatePurpose = privatePurpose;
        this.people = people;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.meetingId = meetingId;
        this.createdAt = now;
        this.status = room.isApprovalRequired() && !room.getOwner().getId().equals(organisation.getId())
                ? BookingStatus.PENDING : BookingStatus.CONFIRMED;
        if (status == BookingStatus.CONFIRMED) {
            this.decidedAt = now;
        }
    }

    /** Marks this booking as one date of a recurring booking. */
    public void partOf(BookingSeries series, LocalDate date) {
        this.seriesId = series.getId();
        this.seriesDate = date;
    }

    public void confirm(Person by, Instant now) {
        requireStatus(BookingStatus.PENDING);
        status = BookingStatus.CONFIRMED;
        decidedBy = by;
        decidedAt = now;
    }

    public void reject(String why, Person by, Instant now) {
        requireStatus(BookingStatus.PENDING);
        status = BookingStatus.REJECTED;
        reason = why;
        decidedBy = by;
        decidedAt = now;
    }

    /** Rejected because the owner confirmed another request for an overlapping time. */
    public void supersede(Booking confirmed, Person by, Instant now) {
        requireStatus(BookingStatus.PENDING);
        status = BookingStatus.REJECTED;
        supersededBy = confirmed.getId();
        decidedBy = by;
        decidedAt = now;
    }

    public Long getSupersededBy() {
        return supersededBy;
    }

    public void cancel(String why, Person by, Instant now) {
        if (!status.isActive()) {
            throw new IllegalStateException("booking " + id + " is " + status);
        }
        status = BookingStatus.CANCELLED;
        reason = why;
        decidedBy = by;
        decidedAt = now;
    }

    /** A new time for this date alone; a date of a series keeps it when the rest of the series changes. */
    public void moveTo(Instant start, Instant end) {
        this.startsAt = start;
        this.endsAt = end;
        this.moved = true;
    }

    private void requireStatus(BookingStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("booking " + id + " is " + status + ", not " + expected);
        }
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Room getRoom() {
        return room;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Person getBookedBy() {
        return bookedBy;
    }

    public String getPurpose() {
        return purpose;
    }

    public boolean isPrivatePurpose() {
        return privatePurpose;
    }

    public int getPeople() {
        return people;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public BookingStatus getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public Long getSeriesId() {
        return seriesId;
    }

    public LocalDate getSeriesDate() {
        return seriesDate;
    }

    public boolean isMoved() {
        return moved;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Person getDecidedBy() {
        return decidedBy;
    }

    /** In the log: room, start and organisation; the room owner's history, and its meeting's group's. */
    @Override
    public Optional<Subject> auditSubject(Lookup lookup) {
        Long groupId = getMeetingId() == null ? null
                : lookup.find(Meeting.class, getMeetingId()).map(Meeting::getGroupId).orElse(null);
        return Optional.of(new Subject(getId(), groupId, getRoom().getOwner().getId(), getRoom().getName() + " "
                + AuditSubject.when(getStartsAt(), Cadence.ZONE) + " · " + getOrganisation().getName()));
    }
}
