package dk.tovholder.room.boundary;

import dk.tovholder.audit.boundary.Audited;
import dk.tovholder.audit.entity.AuditAction;
import dk.tovholder.caller.Caller;
import dk.tovholder.caller.Role;
import dk.tovholder.organisation.entity.Organisation;
import dk.tovholder.refusal.Conflict;
import dk.tovholder.refusal.Forbidden;
import dk.tovholder.refusal.NotFound;
import dk.tovholder.refusal.Refusal;
import dk.tovholder.room.control.BookingRules;
import dk.tovholder.room.control.Interval;
import dk.tovholder.room.entity.BlockedPeriod;
import dk.tovholder.room.entity.Booking;
import dk.tovholder.room.entity.BookingStatus;
import dk.tovholder.room.entity.Room;
import dk.tovholder.schema.Constraints;
import dk.tovholder.schema.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Rooms: reading them (every logged-in user), managing them (the owner
 * organisation's bookers and coordinators, and administrators) and finding
 * a free one.
 */
@ApplicationScoped
@Transactional
public class Rooms {

    /** How many nearby free slots are offered per taken room. */
    static final int SLOTS_PER_ROOM = 3;
    /** How many taken rooms get their nearby free times in a search. */
    static final int TAKEN_OFFERED = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    Instant now() {
        return Instant.now(clock);
    }

    /**
     * The rooms in lending, by name, read-only: the shared cache's copies,
     * neither copied into nor watched for changes by the transaction (a
     * search of 500 rooms otherwise spends its time checking them for
     * changes before each query). To change a room, {@link #find} it.
     */
    public List<Room> all() {
        return em.createNamedQuery(Room.FIND_ACTIVE, Room.class).setHint("eclipselink.read-only", "true")
                .getResultList();
    }

    public List<Room> ofOwner(@NotNull Long ownerId) {
        return em.createNamedQuery(Room.FIND_BY_OWNER, Room.class).setParameter("owner", ownerId).getResultList();
    }

    public Room find(@NotNull Long id) {
        Room room = em.find(Room.class, id);
        if (room == null) {
            throw new NotFound("room", id);
        }
        return room;
    }

    /** Bookers and coordinators book for their organisation; administrators for any. */
    public boolean mayBook(@NotNull Caller caller) {
        return caller.isAdmin() || caller.organisationId() != null
                && (caller.has(Role.BOOKER) || caller.has(Role.COORDINATOR));
    }

    /** The owner organisation's bookers and coordinators, and administrators. */
    public boolean mayManage(@NotNull Room room, @NotNull Caller caller) {
        return mayManageRoomsOf(room.getOwner().getId(), caller);
    }

    public boolean mayManageRoomsOf(Long ownerId, @NotNull Caller caller) {
        return caller.isAdmin() || caller.belongsTo(ownerId) && mayBook(caller);
    }

    /** A new room of the organisation. */
    @Audited(AuditAction.ROOM_CREATED)
    public Room create(@NotNull Long ownerId, @NotNull @Valid RoomForm form, @NotNull Caller caller) {
        if (!mayManageRoomsOf(ownerId, caller)) {
            throw new Forbidden("room.manage.forbidden");
        }
        Organisation owner = em.find(Organisation.class, ownerId);
        if (owner == null) {
            throw new NotFound("organisation", ownerId);
        }
        refuseUnknownBorrowers(form);
        Room room = Room.blank(owner);
        form.applyTo(room);
        refuseTakenName(room);
        em.persist(room);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (Constraints.violated(e, "room_name_unique")) {
                throw new Conflict("name", "room.name.taken", room.getName());
            }
            throw e;
        }
        return room;
    }

    /** Saves the owner's edit; an edit of a copy someone else saved in between is refused, not merged. */
    @Audited(AuditAction.ROOM_CHANGED)
    public Room update(@NotNull Long roomId, long seenVersion, @NotNull @Valid RoomForm form,
            @NotNull Caller caller) {
        Room room = managed(roomId, seenVersion, caller);
        refuseUnknownBorrowers(form);
        form.applyTo(room);
        refuseTakenName(room);
        return saved(room);
    }

    /** Borrowers must be organisations that exist: an unknown id is the caller's mistake, not dropped silently. */
    private void refuseUnknownBorrowers(RoomForm form) {
        Set<Long> wanted = form.getBorrowers() == null ? Set.of() : form.getBorrowers();
        if (wanted.isEmpty()) {
            return;
        }
        if (wanted.contains(null)) {
            throw Refusal.onField("borrowers", "room.borrowers.unknown", "null");
        }
        List<Long> known = em.createQuery("select o.id from Organisation o where o.id in :ids", Long.class)
                .setParameter("ids", wanted).getResultList();
        if (known.size() != wanted.size()) {
            throw Refusal.onField("borrowers", "room.borrowers.unknown", wanted.stream()
                    .filter(id -> !known.contains(id)).sorted().map(String::valueOf)
                    .collect(Collectors.joining(", ")));
        }
    }

    @Audited(AuditAction.ROOM_BLOCKED)
    public Room block(@NotNull Long roomId, long seenVersion, @NotNull LocalDate from, @NotNull LocalDate to,
            @NotBlank(message = "{room.block.reason}")
            @Size(max = BlockedPeriod.REASON_MAX, message = "{room.block.reasonTooLong}") String reason,
            @NotNull Caller caller) {
        if (to.isBefore(from)) {
            throw Refusal.onField("to", "room.block.order");
        }
        Room room = managed(roomId, seenVersion, caller);
        room.block(new BlockedPeriod(from.atStartOfDay(BookingRules.ZONE).toInstant(),
                to.plusDays(1).atStartOfDay(BookingRules.ZONE).toInstant(), reason.strip()));
        return saved(room);
    }

    @Audited(AuditAction.ROOM_UNBLOCKED)
    public Room unblock(@NotNull Long roomId, long seenVersion, int index, @NotNull Caller caller) {
        Room room = managed(roomId, seenVersion, caller);
        room.unblock(index);
        return saved(room);
    }

    /** Takes the room out of lending; its coming bookings stay until their owners cancel them. */
    @Audited(AuditAction.ROOM_RETIRED)
    public Room retire(@NotNull Long roomId, long seenVersion, @NotNull Caller caller) {
        Room room = managed(roomId, seenVersion, caller);
        room.retire();
        return saved(room);
    }

    private Room managed(Long roomId, long seenVersion, Caller caller) {
        Room room = find(roomId);
        if (!mayManage(room, caller)) {
            throw new Forbidden("room.manage.forbidden");
        }
        Versions.check(room.getVersion(), seenVersion);
        return room;
    }

    private Room saved(Room room) {
        Versions.flush(em);
        return room;
    }

    private void refuseTakenName(Room room) {
        boolean taken = ofOwner(room.getOwner().getId()).stream()
                .anyMatch(other -> other.getName().equalsIgnoreCase(room.getName()) && other != room);
        if (taken) {
            throw new Conflict("name", "room.name.taken", room.getName());
        }
    }

    // ---------------------------------------------------------------- finding a free room

    /**
     * The rooms lent to the caller's organisation that hold the people and
     * have the facilities: those free at the wanted time, and for the taken
     * ones their nearest free slots of the same length.
     */
    public FreeRooms findFree(@NotNull @Valid RoomQuery query, @NotNull Caller caller) {
        Interval wanted = BookingRules.slot(query.getDay(), query.getStart(), query.getEnd());
        if (wanted.start().isBefore(now())) {
            throw Refusal.onField("start", "booking.time.past");
        }
        List<Room> suitable = all().stream()
                .filter(r -> r.lendsTo(caller.organisationId()) || caller.isAdmin())
                .filter(r -> r.getCapacity() >= query.getPeople() && r.has(query.getFacilities()))
                .toList();
        Instant now = now();
        int buffer = suitable.stream().mapToInt(Room::getBufferMinutes).max().orElse(0);
        Map<Long, List<Interval>> busyThen = confirmedBetween(suitable, wanted.start().minus(Duration.ofMinutes(buffer)),
                wanted.end().plus(Duration.ofMinutes(buffer)));
        List<Room> free = new ArrayList<>();
        List<Room> unavailable = new ArrayList<>();
        for (Room room : suitable) {
            if (BookingRules.allows(room, wanted, now) && BookingRules.firstClash(
                    busyThen.getOrDefault(room.getId(), List.of()), wanted, room.getBufferMinutes()).isEmpty()) {
                free.add(room);
            } else {
                unavailable.add(room);
            }
        }
        // nearby free times only for the first few taken rooms: the answer stays small and its cost fixed
        List<Room> offered = unavailable.stream().limit(TAKEN_OFFERED).toList();
        Map<Long, List<Interval>> busyAround = confirmedAround(offered, wanted);
        List<FreeRooms.TakenRoom> others = new ArrayList<>();
        for (Room room : offered) {
            List<Alternative> slots = BookingRules.nearestFree(room, busyAround.getOrDefault(room.getId(), List.of()),
                    wanted, now, SLOTS_PER_ROOM).stream().map(i -> Alternative.of(room, i)).toList();
            others.add(new FreeRooms.TakenRoom(room, slots));
        }
        return new FreeRooms(free, others);
    }

    /**
     * Confirmed bookings of the rooms within the alternatives' reach of the
     * wanted time, by room, in one query.
     */
    Map<Long, List<Interval>> confirmedAround(Collection<Room> rooms, Interval wanted) {
        Duration reach = BookingRules.SEARCH_REACH.plusDays(1);
        return confirmedBetween(rooms, wanted.start().minus(reach), wanted.end().plus(reach));
    }

    /** Confirmed bookings of the rooms overlapping [from, to), by room, in one query. */
    Map<Long, List<Interval>> confirmedBetween(Collection<Room> rooms, Instant from, Instant to) {
        Map<Long, List<Interval>> byRoom = new HashMap<>();
        if (rooms.isEmpty()) {
            return byRoom;
        }
        Set<Long> wanted = new HashSet<>(rooms.stream().map(Room::getId).toList());
        TypedQuery<Object[]> query;
        if (wanted.size() <= ROOMS_ONE_BY_ONE) {
            // a few rooms (the taken ones whose nearby free times are offered, a week either way): each room's
            // bookings through its own (room_id, starts_at) range, in one statement
            List<Long> ids = List.copyOf(wanted);
            String branches = IntStream.range(0, ids.size()).mapToObj(i -> "select b.room.id, b.startsAt, b.endsAt"
                    + " from Booking b where b.room.id = :room" + i + " and " + BOOKING_TIMES)
                    .collect(Collectors.joining(" union all "));
            query = em.createQuery(branches, Object[].class);
            for (int i = 0; i < ids.size(); i++) {
                query.setParameter("room" + i, ids.get(i));
            }
        } else {
            // every room's bookings around the time, by start (an IN list of rooms would read their whole history)
            query = em.createNamedQuery(Booking.TIMES_BETWEEN, Object[].class);
        }
        query.setFlushMode(FlushModeType.COMMIT)
                .setParameter("statuses", List.of(BookingStatus.CONFIRMED))
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("earliest", from.minus(Booking.LONGEST))
                .getResultList().stream().filter(row -> wanted.contains((Long) row[0]))
                .forEach(row -> byRoom.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                        .add(new Interval((Instant) row[1], (Instant) row[2])));
        return byRoom;
    }

    /** Up to this many rooms, {@link #confirmedBetween} reads each room's bookings by its own index range. */
    static final int ROOMS_ONE_BY_ONE = TAKEN_OFFERED;

    /** {@link Booking#TIMES_BETWEEN}'s condition on the time and status. */
    private static final String BOOKING_TIMES = "b.status in :statuses and b.startsAt < :to and b.endsAt > :from"
            + " and b.startsAt > :earliest";
}
