package dk.tovholder.room.boundary;

import dk.tovholder.caller.Caller;
import dk.tovholder.refusal.Forbidden;
import dk.tovholder.room.control.BookingRules;
import dk.tovholder.room.entity.Booking;
import dk.tovholder.room.entity.BookingStatus;
import dk.tovholder.room.entity.Room;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A room owner's overviews: its rooms' bookings day by day or week by week, and the hours lent
 * to other organisations month by month.
 */
@ApplicationScoped
@Transactional
public class RoomOverviews {

    @PersistenceContext
    EntityManager em;

    @Inject
    Rooms rooms;

    @Inject
    Bookings bookings;

    @Inject
    Clock clock;

    /** Hours lent to other organisations per month, the last {@code months} months up to this one. */
    public LendingStatistics statistics(@NotNull Long ownerId, int months, @NotNull Caller caller) {
        if (!rooms.mayManageRoomsOf(ownerId, caller)) {
            throw new Forbidden("room.manage.forbidden");
        }
        YearMonth last = YearMonth.now(clock);
        YearMonth first = last.minusMonths(months - 1L);
        List<YearMonth> range = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            range.add(m);
        }
        Map<String, Map<YearMonth, Double>> byOrganisation = new TreeMap<>();
        em.createQuery("select b.organisation.name, b.startsAt, b.endsAt from Booking b"
                + " where b.room.owner.id = :owner and b.organisation.id <> :owner and b.status = :confirmed"
                + " and b.startsAt >= :from and b.startsAt < :to", Object[].class)
                .setParameter("owner", ownerId).setParameter("confirmed", BookingStatus.CONFIRMED)
                .setParameter("from", first.atDay(1).atStartOfDay(BookingRules.ZONE).toInstant())
                .setParameter("to", last.plusMonths(1).atDay(1).atStartOfDay(BookingRules.ZONE).toInstant())
                .getResultList()
                .forEach(row -> {
                    YearMonth month = YearMonth.from(((Instant) row[1]).atZone(BookingRules.ZONE));
                    double hours = Duration.between((Instant) row[1], (Instant) row[2]).toMinutes() / 60.0;
                    byOrganisation.computeIfAbsent((String) row[0], k -> new LinkedHashMap<>())
                            .merge(month, hours, Double::sum);
                });
        List<LendingStatistics.Row> rows = byOrganisation.entrySet().stream()
                .map(e -> new LendingStatistics.Row(e.getKey(), e.getValue(),
                        e.getValue().values().stream().mapToDouble(Double::doubleValue).sum()))
                .sorted(Comparator.comparingDouble(LendingStatistics.Row::total).reversed())
                .toList();
        return new LendingStatistics(range, rows);
    }

    /** The owner's rooms, each with its active bookings of {@code days} days from {@code first} on (Copenhagen). */
    public Map<Room, List<Booking>> between(@NotNull Long ownerId, @NotNull LocalDate first, int days) {
        List<Room> owned = rooms.ofOwner(ownerId);
        ZonedDateTime from = first.atStartOfDay(BookingRules.ZONE);
        List<Booking> bookings = this.bookings.ofRooms(owned.stream().map(Room::getId).toList(), from.toInstant(),
                first.plusDays(days).atStartOfDay(BookingRules.ZONE).toInstant());
        // by the room's id: the bookings are the shared cache's (read-only), the rooms this transaction's copies
        Map<Long, List<Booking>> byRoomId = new HashMap<>();
        bookings.forEach(b -> byRoomId.computeIfAbsent(b.getRoom().getId(), id -> new ArrayList<>()).add(b));
        Map<Room, List<Booking>> byRoom = new LinkedHashMap<>();
        owned.forEach(r -> byRoom.put(r, byRoomId.getOrDefault(r.getId(), new ArrayList<>())));
        return byRoom;
    }
}
