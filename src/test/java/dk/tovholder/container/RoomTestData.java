package dk.tovholder.container;

import dk.tovholder.caller.Caller;
import dk.tovholder.network.entity.DutyCheck;
import dk.tovholder.network.entity.DutyItem;
import dk.tovholder.room.boundary.BookingRequest;
import dk.tovholder.room.boundary.Bookings;
import dk.tovholder.room.control.BookingRules;
import dk.tovholder.room.entity.Booking;
import dk.tovholder.room.entity.BookingStatus;
import dk.tovholder.schema.Database;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/** Rooms and bookings as the tests set them up and look at them, bypassing the boundary's rules. */
@ApplicationScoped
@Transactional
public class RoomTestData {

    @PersistenceContext
    EntityManager em;

    @Inject
    Bookings bookings;

    @Resource
    ManagedThreadFactory threads;

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    /** The database under the test: "H2" or "PostgreSQL". */
    public String databaseProduct() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes, past the application, a confirmed copy of a booking moved by the given minutes (id
     * {@code copyId}), as a second server without the room's lock would.
     */
    public void insertConfirmedCopy(Long bookingId, long copyId, int minutesLater) {
        em.createNativeQuery("insert into booking (id, version, room_id, organisation_id, booked_by, purpose,"
                + " private_purpose, people, starts_at, ends_at, status, moved, created_at)"
                + " select ?, 0, room_id, organisation_id, booked_by, purpose, private_purpose, people,"
                + " starts_at + cast(? as integer) * interval '1' minute, ends_at + cast(? as integer) * interval '1' minute, 'CONFIRMED', moved,"
                + " created_at from booking where id = ?")
                .setParameter(1, copyId).setParameter(2, minutesLater).setParameter(3, minutesLater)
                .setParameter(4, bookingId).executeUpdate();
        em.flush();
    }

    public Long roomId(String name) {
        return em.createQuery("select r.id from Room r where r.name = :name", Long.class)
                .setParameter("name", name).getSingleResult();
    }

    public Booking booking(Long id) {
        Booking booking = em.find(Booking.class, id);
        em.refresh(booking);
        return booking;
    }

    /** Active bookings of the room that overlap the day. */
    public long activeOn(Long roomId, LocalDate day) {
        return em.createQuery("select count(b) from Booking b where b.room.id = :room and b.status in :statuses"
                + " and b.startsAt < :to and b.endsAt > :from", Long.class)
                .setParameter("room", roomId)
                .setParameter("statuses", List.of(BookingStatus.PENDING, BookingStatus.CONFIRMED))
                .setParameter("from", day.atStartOfDay(BookingRules.ZONE).toInstant())
                .setParameter("to", day.plusDays(1).atStartOfDay(BookingRules.ZONE).toInstant())
                .getSingleResult();
    }

    public boolean roomTicked(Long groupId, LocalDate meetingDay) {
        return em.createQuery("select c from DutyCheck c where c.groupId = :g and c.meetingDate = :d", DutyCheck.class)
                .setParameter("g", groupId).setParameter("d", meetingDay).getResultStream()
                .anyMatch(c -> c.getItem() == DutyItem.ROOM);
    }

    /**
     * The same request from {@code count} threads released at one moment, each
     * in its own transaction as separate HTTP requests would be. Returns what
     * each threw (null for a booking made).
     */
    @Transactional(TxType.NOT_SUPPORTED)
    public List<Throwable> bookAtOnce(BookingRequest request, Caller caller, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count, threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Throwable>> outcomes = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        bookings.book(request, caller);
                        return null;
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            List<Throwable> result = new ArrayList<>();
            for (Future<Throwable> f : outcomes) {
                result.add(f.get(60, TimeUnit.SECONDS));
            }
            return result;
        } finally {
            pool.shutdownNow();
        }
    }
}
