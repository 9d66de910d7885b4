package dk.tovholder.mail.boundary;

import dk.tovholder.identity.entity.Account;
import dk.tovholder.identity.entity.Role;
import dk.tovholder.meeting.boundary.AgendaPublished;
import dk.tovholder.meeting.entity.Meeting;
import dk.tovholder.network.entity.NetworkGroup;
import dk.tovholder.organisation.entity.Person;
import dk.tovholder.room.boundary.BookingChanged;
import dk.tovholder.room.control.BookingRules;
import dk.tovholder.room.control.Interval;
import dk.tovholder.room.entity.Booking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Turns what happens into e-mail in the outbox, in the same transaction: a
 * booking requested (to the room's owner), confirmed, rejected or cancelled
 * (to whoever booked), an agenda published (to the group's participants).
 */
@ApplicationScoped
public class Notifications {

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    dk.tovholder.calendar.boundary.Calendars calendars;

    void bookingChanged(@Observes BookingChanged event) {
        Booking booking = em.find(Booking.class, event.bookingId());
        if (booking == null) {
            return;
        }
        String when = BookingRules.format(new Interval(booking.getStartsAt(), booking.getEndsAt()));
        String room = booking.getRoom().getName();
        String path = "room/bookings.xhtml";
        switch (event.kind()) {
            case REQUESTED -> {
                for (Person manager : roomManagers(booking.getRoom().getOwner().getId())) {
                    outbox.toPerson(manager, "BOOKING_REQUESTED", "mail.booking.requested.subject",
                            new Object[] {room, when}, "mail.booking.requested.body",
                            new Object[] {booking.getOrganisation().getName(), room, when, booking.getPurpose()}, path,
                            "booking-requested-" + booking.getId() + "-" + manager.getId());
                }
            }
            case CONFIRMED -> outbox.toPerson(booking.getBookedBy(), "BOOKING_CONFIRMED",
                    "mail.booking.confirmed.subject", new Object[] {room, when}, "mail.booking.confirmed.body",
                    new Object[] {room, when, booking.getRoom().getAddress()}, path,
                    "booking-confirmed-" + booking.getId());
            case REJECTED -> outbox.toPerson(booking.getBookedBy(), "BOOKING_REJECTED",
                    "mail.booking.rejected.subject", new Object[] {room, when},
                    booking.getSupersededBy() != null ? "mail.booking.superseded.body" : "mail.booking.rejected.body",
                    new Object[] {room, when, booking.getReason() == null ? "" : booking.getReason()}, path,
                    "booking-rejected-" + booking.getId());
            case CANCELLED -> outbox.toPerson(booking.getBookedBy(), "BOOKING_CANCELLED",
                    "mail.booking.cancelled.subject", new Object[] {room, when}, "mail.booking.cancelled.body",
                    new Object[] {room, when, booking.getReason() == null ? "" : booking.getReason()}, path,
                    "booking-cancelled-" + booking.getId());
            case MOVED -> outbox.toPerson(booking.getBookedBy(), "BOOKING_MOVED", "mail.booking.moved.subject",
                    new Object[] {room, when}, "mail.booking.moved.body", new Object[] {room, when}, path, null);
        }
    }

    void agendaPublished(@Observes AgendaPublished event) {
        Meeting meeting = em.find(Meeting.class, event.meetingId());
        NetworkGroup group = em.find(NetworkGroup.class, event.groupId());
        if (meeting == null || group == null) {
            return;
        }
        String when = BookingRules.format(meeting.getStartsAt());
        String invitation = calendars.invitation(meeting);
        for (Person participant : group.getParticipants()) {
            outbox.toPerson(participant, "AGENDA_PUBLISHED", "mail.agenda.subject", new Object[] {meeting.getTitle(), when},
                    "mail.agenda.body", new Object[] {meeting.getTitle(), when, group.getName(),
                            meeting.getPlace() == null ? "" : meeting.getPlace()},
                    "meeting/meeting.xhtml?id=" + meeting.getId(),
                    "agenda-" + meeting.getId() + "-" + meeting.getAgendaPublishedAt() + "-" + participant.getId(),
                    invitation);
        }
    }

    void minutesPublished(@Observes dk.tovholder.meeting.boundary.MinutesPublished event) {
        Meeting meeting = em.find(Meeting.class, event.meetingId());
        NetworkGroup group = em.find(NetworkGroup.class, event.groupId());
        if (meeting == null || group == null) {
            return;
        }
        String when = BookingRules.format(meeting.getStartsAt());
        String stage = event.approved() ? "approved" : "comments";
        for (Person participant : group.getParticipants()) {
            outbox.toPerson(participant, event.approved() ? "MINUTES_APPROVED" : "MINUTES_FOR_COMMENTS",
                    "mail.minutes." + stage + ".subject", new Object[] {meeting.getTitle(), when},
                    "mail.minutes." + stage + ".body", new Object[] {meeting.getTitle(), when, group.getName()},
                    "meeting/meeting.xhtml?id=" + meeting.getId(),
                    "minutes-" + stage + "-" + meeting.getId() + "-" + event.version() + "-" + meeting.getVersion()
                            + "-" + participant.getId());
        }
    }

    /** Those who decide on the owner's rooms: its bookers and coordinators with an active account. */
    private List<Person> roomManagers(Long ownerId) {
        return em.createQuery("select a from Account a where a.person.organisation.id = :org", Account.class)
                .setParameter("org", ownerId).getResultStream()
                .filter(a -> a.isActive() && (a.getRoles().contains(Role.BOOKER) || a.getRoles().contains(Role.COORDINATOR)))
                .map(Account::getPerson).toList();
    }
}
