package dk.tovholder.room.boundary;

import dk.tovholder.audit.boundary.Audited;
import dk.tovholder.audit.entity.AuditAction;
import dk.tovholder.caller.Caller;
import dk.tovholder.meeting.boundary.MeetingCancelled;
import dk.tovholder.meeting.boundary.MeetingRescheduled;
import dk.tovholder.meeting.boundary.Meetings;
import dk.tovholder.meeting.entity.Meeting;
import dk.tovholder.network.boundary.DutyDone;
import dk.tovholder.network.entity.DutyItem;
import dk.tovholder.network.entity.Visibility;
import dk.tovholder.organisation.entity.Organisation;
import dk.tovholder.organisation.entity.Person;
import dk.tovholder.refusal.Conflict;
import dk.tovholder.refusal.Forbidden;
import dk.tovholder.refusal.NotFound;
import dk.tovholder.refusal.Refusal;
import dk.tovholder.room.control.BookingRules;
import dk.tovholder.room.control.Interval;
import dk.tovholder.room.control.Overlaps;
import dk.tovholder.room.control.Recurrence;
import dk.tovholder.room.entity.Booking;
import dk.tovholder.room.entity.BookingSeries;
import dk.tovholder.room.entity.BookingStatus;
import dk.tovholder.room.entity.Room;
import dk.tovholder.schema.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

/**
 * Booking rooms. Every change that can make two confirmed bookings of a room
 * overlap (booking, approving, moving) first locks the room's row
 * ({@code select ... for update}) and only then checks the rules and the
 * room's other bookings, inside the same transaction: concurrent requests for
 * one room are decided one after the other by the database, so the check can
 * never be overtaken by a parallel insert.
 */
@ApplicationScoped
@Transactional
public class Bookings {

    /** How many alternatives a refusal names: nearby times in the room, and other rooms free at the time. */
    static final int ALTERNATIVES = 3;
    static final List<BookingStatus> ACTIVE = List.of(BookingStatus.PENDING, BookingStatus.CONFIRMED);
    static final List<BookingStatus> CONFIRMED = List.of(BookingStatus.CONFIRMED);

    @PersistenceContext
    EntityManager em;

    @Inject
    Rooms rooms;

    @Inject
    Meetings meetings;

    @Inject
    Event<DutyDone> dutyDone;

    @Inject
    Event<BookingChanged> changed;

    @Inject
    Clock clock;

    Instant now() {
        return Instant.now(clock);
    }

    // ---------------------------------------------------------------- reading

    public Booking find(@NotNull Long id, @NotNull Caller caller) {
        Booking booking = em.find(Booking.class, id);
        if (booking == null || !maySee(booking, caller)) {
            throw new NotFound("booking", id);
        }
        return booking;
    }

    /** Every logged-in user sees when a room is taken and by whom; the purpose may be private. */
    public boolean maySee(@NotNull Booking booking, @NotNull Caller caller) {
        return !caller.isAnonymous();
    }

    public boolean maySeePurpose(@NotNull Booking booking, @NotNull Caller caller) {
        return purposeVisibleTo(caller).test(booking);
    }

    /**
     * {@link #maySeePurpose} as a test to run on many bookings (a page of a
     * day's bookings): one call through the bean, and the room owners the
     * caller manages worked out once each.
     */
    public Predicate<Booking> purposeVisibleTo(@NotNull Caller caller) {
        Map<Long, Boolean> managed = new HashMap<>();
        return booking -> !booking.isPrivatePurpose() || caller.belongsTo(booking.getOrganisation().getId())
                || managed.computeIfAbsent(booking.getRoom().getOwner().getId(),
                        owner -> rooms.mayManageRoomsOf(owner, caller));
    }

    /** The booking organisation's bookers and coordinators, whoever made it, the room's managers. */
    public boolean mayChange(@NotNull Booking booking, @NotNull Caller caller) {
        return rooms.mayManage(booking.getRoom(), caller)
                || caller.belongsTo(booking.getOrganisation().getId()) && rooms.mayBook(caller)
                || booking.getBookedBy().getId().equals(caller.personId());
    }

    /** Pending and confirmed bookings of the room overlapping [from, to). */
    public List<Booking> ofRoom(@NotNull Long roomId, @NotNull Instant from, @NotNull Instant to) {
        rooms.find(roomId);
        return em.createNamedQuery(Booking.FIND_OF_ROOM_BETWEEN, Booking.class).setParameter("roomId", roomId)
                .setParameter("statuses", ACTIVE).setParameter("from", from).setParameter("to", to)
                .setParameter("earliest", from.minus(Booking.LONGEST))
                .getResultList();
    }

    /** The room's bookings overlapping [from, to) in any status (a calendar feed shows cancelled ones as such). */
    public List<Booking> historyOfRoom(@NotNull Long roomId, @NotNull Instant from, @NotNull Instant to) {
        rooms.find(roomId);
        return em.createNamedQuery(Booking.FIND_OF_ROOM_BETWEEN, Booking.class).setParameter("roomId", roomId)
                .setParameter("statuses", List.of(BookingStatus.values())).setParameter("from", from)
                .setParameter("to", to).setParameter("earliest", from.minus(Booking.LONGEST)).getResultList();
    }

    /** Pending and confirmed bookings of the rooms overlapping [from, to). */
    public List<Booking> ofRooms(@NotNull List<Long> roomIds, @NotNull Instant from, @NotNull Instant to) {
        if (roomIds.isEmpty()) {
            return List.of();
        }
        // read-only: the shared cache's objects, not a copy of each for the transaction (a page shows them)
        return em.createNamedQuery(Booking.FIND_OF_ROOMS_BETWEEN, Booking.class).setParameter("roomIds", roomIds)
                .setParameter("statuses", ACTIVE).setParameter("from", from).setParameter("to", to)
                .setParameter("earliest", from.minus(Booking.LONGEST))
                .setHint(QueryHints.READ_ONLY, HintValues.TRUE)
                .getResultList();
    }

    /** The caller's organisation's bookings from a month ago on, all statuses (a rejection is news too). */
    public List<Booking> mine(@NotNull Caller caller) {
        if (caller.organisationId() == null) {
            return List.of();
        }
        return em.createNamedQuery(Booking.FIND_OF_ORGANISATION_FROM, Booking.class)
                .setParameter("organisationId", caller.organisationId())
                .setParameter("from", now().minus(Duration.ofDays(30))).getResultList();
    }

    /**
     * {@link #mine}, up to a time, for reading only (a calendar feed): the
     * entities straight from the shared cache, not copied into the
     * transaction's persistence context.
     */
    public List<Booking> mineUntil(@NotNull Caller caller, @NotNull Instant to) {
        if (caller.organisationId() == null) {
            return List.of();
        }
        return em.createNamedQuery(Booking.FIND_OF_ORGANISATION_BETWEEN, Booking.class)
                .setParameter("organisationId", caller.organisationId())
                .setParameter("from", now().minus(Duration.ofDays(30))).setParameter("to", to)
                .setHint(QueryHints.READ_ONLY, HintValues.TRUE).getResultList();
    }

    /** Requests waiting for the caller's organisation's approval (as room owner). */
    public List<Booking> pending(@NotNull Caller caller) {
        if (caller.organisationId() == null || !rooms.mayManageRoomsOf(caller.organisationId(), caller)) {
            return List.of();
        }
        return em.createNamedQuery(Booking.FIND_PENDING_OF_OWNER, Booking.class)
                .setParameter("ownerId", caller.organisationId()).setParameter("from", now()).getResultList();
    }

    /**
     * The first {@code max} requests waiting for the caller's organisation's
     * approval, soonest first, with their rooms, organisations and bookers
     * (one statement).
     */
    public List<Booking> pending(@NotNull Caller caller, int max) {
        if (caller.organisationId() == null || !rooms.mayManageRoomsOf(caller.organisationId(), caller)) {
            return List.of();
        }
        return em.createNamedQuery(Booking.FIND_PENDING_OF_OWNER, Booking.class)
                .setParameter("ownerId", caller.organisationId()).setParameter("from", now())
                .setHint("eclipselink.join-fetch", "b.room").setHint("eclipselink.join-fetch", "b.organisation")
                .setHint("eclipselink.join-fetch", "b.bookedBy").setMaxResults(max).getResultList();
    }

    /** The active bookings made for a meeting. */
    public List<Booking> ofMeeting(@NotNull Long meetingId) {
        return em.createNamedQuery(Booking.FIND_OF_MEETING, Booking.class).setParameter("meetingId", meetingId)
                .setParameter("statuses", ACTIVE).getResultList();
    }

    // ---------------------------------------------------------------- booking

    /**
     * Books a room for the caller's organisation (or asks the owner, when the
     * room needs approval). A recurring request books all its dates, or only
     * the free ones when {@code skipConflicts}; otherwise its conflicts refuse
     * it and {@link #preview} shows them first.
     */
    @Audited(AuditAction.BOOKING_CREATED)
    public List<Booking> book(@NotNull @Valid BookingRequest request, @NotNull Caller caller) {
        if (!rooms.mayBook(caller)) {
            throw new Forbidden("booking.forbidden");
        }
        Room room = lockedRoom(request.getRoomId());
        Organisation organisation = em.find(Organisation.class, caller.organisationId());
        if (!room.lendsTo(caller.organisationId())) {
            throw new Forbidden("booking.notLent", room.getOwner().getName());
        }
        Meeting meeting = request.getMeetingId() == null ? null : meetingToBookFor(request.getMeetingId(), caller);
        if (request.getRepeat() == null) {
            Interval wanted = BookingRules.slot(request.getDay(), request.getStart(), request.getEnd());
            if (meeting != null && !(wanted.start().equals(meeting.getStartsAt())
                    && wanted.end().equals(meeting.getEndsAt()))) {
                throw Refusal.onField("start", "booking.meeting.time");
            }
            return List.of(bookOne(room, organisation, request, wanted, meeting, caller));
        }
        if (meeting != null) {
            throw Refusal.onField("repeat", "booking.series.meeting");
        }
        List<SeriesDate> report = report(room, request);
        List<SeriesDate> free = report.stream().filter(SeriesDate::isFree).toList();
        if (free.size() < report.size() && !request.isSkipConflicts()) {
            throw new Conflict("repeat", "booking.series.conflicts", report.size() - free.size(), report.size());
        }
        if (free.isEmpty()) {
            throw Refusal.onField("repeat", "booking.series.noneFree");
        }
        BookingSeries series = new BookingSeries(room.getId(), organisation.getId(), request.getRepeat(),
                request.getDay(), request.getUntil(), now());
        em.persist(series);
        em.flush();
        List<Booking> made = new ArrayList<>();
        for (SeriesDate date : free) {
            Interval wanted = BookingRules.slot(date.day(), request.getStart(), request.getEnd());
            Booking booking = newBooking(room, organisation, request, wanted, null, caller);
            booking.partOf(series, date.day());
            made.add(booking);
        }
        flushGuarded(room, null);
        made.forEach(b -> changed.fire(new BookingChanged(b.getId(), b.getStatus(), kindOf(b))));
        return made;
    }

    /** The recurring request's dates, each free or with the reason it is not; nothing is saved. */
    public List<SeriesDate> preview(@NotNull @Valid BookingRequest request, @NotNull Caller caller) {
        Room room = rooms.find(request.getRoomId());
        if (request.getRepeat() == null) {
            Interval wanted = BookingRules.slot(request.getDay(), request.getStart(), request.getEnd());
            return List.of(new SeriesDate(request.getDay(), problemWith(room, wanted, request.getPeople())));
        }
        return report(room, request);
    }

    private List<SeriesDate> report(Room room, BookingRequest request) {
        if (request.getUntil() == null) {
            throw Refusal.onField("until", "booking.series.until");
        }
        if (request.getUntil().isBefore(request.getDay())) {
            throw Refusal.onField("until", "booking.series.order");
        }
        List<LocalDate> dates;
        try {
            dates = Recurrence.dates(request.getRepeat(), request.getDay(), request.getUntil());
        } catch (Recurrence.TooMany tooMany) {
            throw Refusal.onField("until", "booking.series.tooMany", tooMany.limit());
        }
        List<SeriesDate> report = new ArrayList<>();
        for (LocalDate day : dates) {
            Refusal problem;
            try {
                problem = problemWith(room, BookingRules.slot(day, request.getStart(), request.getEnd()),
                        request.getPeople());
            } catch (Refusal noSuchTime) {
                problem = noSuchTime;
            }
            report.add(new SeriesDate(day, problem));
        }
        return report;
    }

    private Refusal problemWith(Room room, Interval wanted, int people) {
        try {
            BookingRules.check(room, wanted, people, now());
        } catch (Refusal refused) {
            return refused;
        }
        return BookingRules.firstClash(taken(room, wanted, null), wanted, room.getBufferMinutes())
                .<Refusal>map(clash -> new Conflict("start", "booking.taken.short", BookingRules.format(clash)))
                .orElse(null);
    }

    private Booking bookOne(Room room, Organisation organisation, BookingRequest request, Interval wanted,
            Meeting meeting, Caller caller) {
        BookingRules.check(room, wanted, request.getPeople(), now());
        if (BookingRules.firstClash(taken(room, wanted, null), wanted, room.getBufferMinutes()).isPresent()) {
            throw new SlotTaken(room.getName(), BookingRules.format(wanted),
                    alternatives(room, wanted, request.getPeople(), caller.organisationId(), null));
        }
        Booking booking = newBooking(room, organisation, request, wanted, meeting, caller);
        flushGuarded(room, wanted);
        if (meeting != null) {
            if (meeting.getPlace() == null || meeting.getPlace().isBlank()) {
                meeting.changePlace(placeOf(room));
            }
            if (booking.getStatus() == BookingStatus.CONFIRMED) {
                tickRoomBooked(booking, meeting);
            }
        }
        changed.fire(new BookingChanged(booking.getId(), booking.getStatus(), kindOf(booking)));
        return booking;
    }

    private Booking newBooking(Room room, Organisation organisation, BookingRequest request, Interval wanted,
            Meeting meeting, Caller caller) {
        boolean privatePurpose = request.isPrivatePurpose() || meeting != null
                && meetings.groupOf(meeting, caller).getVisibility() == Visibility.MEMBERS_ONLY;
        Booking booking = new Booking(room, organisation, em.find(Person.class, caller.personId()),
                request.getPurpose(), privatePurpose, request.getPeople(), wanted.start(), wanted.end(),
                meeting == null ? null : meeting.getId(), now());
        em.persist(booking);
        return booking;
    }

    private static BookingChanged.Kind kindOf(Booking booking) {
        return booking.getStatus() == BookingStatus.PENDING ? BookingChanged.Kind.REQUESTED
                : BookingChanged.Kind.CONFIRMED;
    }

    private Meeting meetingToBookFor(Long meetingId, Caller caller) {
        Meeting meeting = meetings.find(meetingId, caller);
        if (!meetings.mayEdit(meeting, caller)) {
            throw new Forbidden("booking.meeting.forbidden");
        }
        return meeting;
    }

    private static String placeOf(Room room) {
        String place = room.getName() + ", " + room.getAddress();
        return place.length() > Meeting.PLACE_MAX ? place.substring(0, Meeting.PLACE_MAX) : place;
    }

    private void tickRoomBooked(Booking booking, Meeting meeting) {
        dutyDone.fire(new DutyDone(meeting.getGroupId(), meeting.getStartsAt().atZone(BookingRules.ZONE).toLocalDate(),
                DutyItem.ROOM, booking.getBookedBy().getId()));
    }

    /**
     * The room, locked until the transaction ends: the database lets one
     * booking transaction at a time past this point for the room.
     */
    private Room lockedRoom(Long roomId) {
        Room room = em.find(Room.class, roomId, LockModeType.PESSIMISTIC_WRITE);
        if (room == null || !room.isActive()) {
            throw new NotFound("room", roomId);
        }
        return room;
    }

    /** Confirmed bookings of the room around the wanted time (buffer included), except one being moved. */
    private List<Interval> taken(Room room, Interval wanted, Long except) {
        Duration buffer = Duration.ofMinutes(room.getBufferMinutes());
        return em.createNamedQuery(Booking.TIMES_OF_ROOM_BETWEEN, Object[].class)
                .setParameter("roomId", room.getId()).setParameter("statuses", CONFIRMED)
                .setParameter("from", wanted.start().minus(buffer)).setParameter("to", wanted.end().plus(buffer))
                .setParameter("earliest", wanted.start().minus(buffer).minus(Booking.LONGEST))
                .getResultList().stream()
                .filter(row -> !row[2].equals(except))
                .map(row -> new Interval((Instant) row[0], (Instant) row[1]))
                .toList();
    }

    /** The room's nearest free times, then other rooms lent to the organisation that are free at the time. */
    List<Alternative> alternatives(Room room, Interval wanted, int people, Long organisationId, Long except) {
        Instant now = now();
        List<Interval> own = new ArrayList<>(rooms.confirmedAround(List.of(room), wanted)
                .getOrDefault(room.getId(), List.of()));
        if (except != null) {
            Booking moving = em.find(Booking.class, except);
            own.remove(new Interval(moving.getStartsAt(), moving.getEndsAt()));
        }
        List<Alternative> found = new ArrayList<>();
        BookingRules.nearestFree(room, own, wanted, now, ALTERNATIVES)
                .forEach(i -> found.add(Alternative.of(room, i)));
        List<Room> others = rooms.all().stream()
                .filter(r -> !r.getId().equals(room.getId()) && r.lendsTo(organisationId) && r.getCapacity() >= people)
                .filter(r -> BookingRules.allows(r, wanted, now))
                .toList();
        int buffer = others.stream().mapToInt(Room::getBufferMinutes).max().orElse(0);
        Map<Long, List<Interval>> busy = rooms.confirmedBetween(others,
                wanted.start().minus(Duration.ofMinutes(buffer)), wanted.end().plus(Duration.ofMinutes(buffer)));
        others.stream()
                .filter(r -> BookingRules.firstClash(busy.getOrDefault(r.getId(), List.of()), wanted,
                        r.getBufferMinutes()).isEmpty())
                .limit(ALTERNATIVES)
                .forEach(r -> found.add(Alternative.of(r, wanted)));
        return found;
    }

    // ---------------------------------------------------------------- deciding, cancelling, moving

    /**
     * The owner confirms a request; the pending requests that overlap it are
     * rejected (their requesters see that another request got the time).
     */
    @Audited(AuditAction.BOOKING_APPROVED)
    public Booking approve(@NotNull Long bookingId, long seenVersion, @NotNull Caller caller) {
        Booking booking = find(bookingId, caller);
        if (!rooms.mayManage(booking.getRoom(), caller)) {
            throw new Forbidden("booking.decide.forbidden");
        }
        Room room = lockedRoom(booking.getRoom().getId());
        em.refresh(booking);
        fresh(booking, seenVersion, BookingStatus.PENDING);
        Interval time = new Interval(booking.getStartsAt(), booking.getEndsAt());
        BookingRules.checkTime(room, time, now());
        if (BookingRules.firstClash(taken(room, time, booking.getId()), time, room.getBufferMinutes()).isPresent()) {
            throw new SlotTaken(room.getName(), BookingRules.format(time), List.of());
        }
        Person approver = em.find(Person.class, caller.personId());
        booking.confirm(approver, now());
        for (Booking other : ofRoom(room.getId(), time.start().minus(Duration.ofMinutes(room.getBufferMinutes())),
                time.end().plus(Duration.ofMinutes(room.getBufferMinutes())))) {
            if (other != booking && other.getStatus() == BookingStatus.PENDING
                    && new Interval(other.getStartsAt(), other.getEndsAt()).clashes(time, room.getBufferMinutes())) {
                other.supersede(booking, approver, now());
                changed.fire(new BookingChanged(other.getId(), other.getStatus(), BookingChanged.Kind.REJECTED));
            }
        }
        flushGuarded(room, time);
        if (booking.getMeetingId() != null) {
            Meeting meeting = em.find(Meeting.class, booking.getMeetingId());
            if (meeting != null) {
                tickRoomBooked(booking, meeting);
            }
        }
        changed.fire(new BookingChanged(booking.getId(), booking.getStatus(), BookingChanged.Kind.CONFIRMED));
        return booking;
    }

    @Audited(AuditAction.BOOKING_REJECTED)
    public Booking reject(@NotNull Long bookingId, long seenVersion,
            @NotBlank(message = "{booking.reject.reason}")
            @Size(max = Booking.REASON_MAX, message = "{booking.reason.tooLong}") String reason,
            @NotNull Caller caller) {
        Booking booking = find(bookingId, caller);
        if (!rooms.mayManage(booking.getRoom(), caller)) {
            throw new Forbidden("booking.decide.forbidden");
        }
        fresh(booking, seenVersion, BookingStatus.PENDING);
        booking.reject(reason.strip(), em.find(Person.class, caller.personId()), now());
        em.flush();
        changed.fire(new BookingChanged(booking.getId(), booking.getStatus(), BookingChanged.Kind.REJECTED));
        return booking;
    }

    /**
     * Cancels a booking; for a date of a recurring booking also the following
     * dates or all coming ones. Dates changed on their own are cancelled by the
     * same rule (they are still dates of the series); past dates stay as they were.
     */
    @Audited(AuditAction.BOOKING_CANCELLED)
    public List<Booking> cancel(@NotNull Long bookingId, long seenVersion, @NotNull CancelScope scope,
            @Size(max = Booking.REASON_MAX, message = "{booking.reason.tooLong}") String reason,
            @NotNull Caller caller) {
        Booking booking = find(bookingId, caller);
        if (!mayChange(booking, caller)) {
            throw new Forbidden("booking.change.forbidden");
        }
        Versions.check(booking.getVersion(), seenVersion);
        if (!booking.getStatus().isActive()) {
            throw new Conflict(null, "booking.notActive");
        }
        List<Booking> affected = new ArrayList<>();
        affected.add(booking);
        if (scope != CancelScope.THIS && booking.getSeriesId() != null) {
            Instant from = scope == CancelScope.ALL ? now() : booking.getStartsAt();
            em.createNamedQuery(Booking.FIND_OF_SERIES_FROM, Booking.class)
                    .setParameter("seriesId", booking.getSeriesId()).setParameter("from", from)
                    .setParameter("statuses", ACTIVE).getResultList().stream()
                    .filter(b -> b != booking).forEach(affected::add);
        }
        Person by = em.find(Person.class, caller.personId());
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        affected.forEach(b -> b.cancel(why, by, now()));
        em.flush();
        affected.forEach(b -> changed.fire(new BookingChanged(b.getId(), b.getStatus(),
                BookingChanged.Kind.CANCELLED)));
        return affected;
    }

    /** Gives one booking a new time (a recurring booking's date keeps it when the series is cancelled later). */
    @Audited(AuditAction.BOOKING_MOVED)
    public Booking move(@NotNull Long bookingId, long seenVersion, @NotNull LocalDate day, @NotNull LocalTime start,
            @NotNull LocalTime end, @NotNull Caller caller) {
        Booking booking = find(bookingId, caller);
        if (!mayChange(booking, caller)) {
            throw new Forbidden("booking.change.forbidden");
        }
        Versions.check(booking.getVersion(), seenVersion);
        return moveTo(booking, BookingRules.slot(day, start, end), caller.organisationId());
    }

    private Booking moveTo(Booking booking, Interval time, Long organisationId) {
        if (!booking.getStatus().isActive()) {
            throw new Conflict(null, "booking.notActive");
        }
        Room room = lockedRoom(booking.getRoom().getId());
        BookingRules.checkTime(room, time, now());
        if (booking.getStatus() == BookingStatus.CONFIRMED && BookingRules
                .firstClash(taken(room, time, booking.getId()), time, room.getBufferMinutes()).isPresent()) {
            throw new SlotTaken(room.getName(), BookingRules.format(time),
                    alternatives(room, time, booking.getPeople(), organisationId, booking.getId()));
        }
        booking.moveTo(time.start(), time.end());
        flushGuarded(room, time);
        changed.fire(new BookingChanged(booking.getId(), booking.getStatus(), BookingChanged.Kind.MOVED));
        return booking;
    }

    private static void fresh(Booking booking, long seenVersion, BookingStatus expected) {
        Versions.check(booking.getVersion(), seenVersion);
        if (booking.getStatus() != expected) {
            throw new Conflict(null, "booking.alreadyDecided");
        }
    }

    // ---------------------------------------------------------------- following meetings

    /**
     * A meeting got a new time: its booking moves with it, or, when the room
     * is taken then (or closed), the meeting's change is refused with the
     * room's free alternatives.
     */
    void meetingRescheduled(@Observes MeetingRescheduled event) {
        for (Booking booking : ofMeeting(event.meetingId())) {
            Interval time = new Interval(event.startsAt(), event.endsAt());
            try {
                moveTo(booking, time, booking.getOrganisation().getId());
            } catch (SlotTaken taken) {
                throw new SlotTaken(booking.getRoom().getName(), BookingRules.format(time), taken.alternatives(),
                        "meeting.room.taken");
            } catch (Refusal refused) {
                throw new Conflict("start", "meeting.room.notAllowed", booking.getRoom().getName(),
                        refused);
            }
        }
    }

    /** A cancelled meeting releases its room. */
    void meetingCancelled(@Observes MeetingCancelled event) {
        List<Booking> released = ofMeeting(event.meetingId());
        released.forEach(b -> b.cancel(null, null, now()));
        em.flush();
        released.forEach(b -> changed.fire(new BookingChanged(b.getId(), b.getStatus(),
                BookingChanged.Kind.CANCELLED)));
    }

    /**
     * Flushes new or moved confirmed bookings of a room. The room's row lock keeps two such
     * transactions apart; on PostgreSQL the database's exclusion constraint (V23,
     * {@code booking_no_overlap}) is a second guard, and its refusal is the same answer as the
     * application's own clash test: the slot is taken (without alternatives, as the transaction
     * is lost).
     */
    private void flushGuarded(Room room, Interval wanted) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (Overlaps.refusedBy(e)) {
                throw new SlotTaken(room.getName(), wanted == null ? "" : BookingRules.format(wanted), List.of());
            }
            throw e;
        }
    }
}
