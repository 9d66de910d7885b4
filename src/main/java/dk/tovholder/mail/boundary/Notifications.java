package dk.tovholder.mail.boundary;

import dk.tovholder.calendar.boundary.Calendars;
import dk.tovholder.caller.Role;
import dk.tovholder.exchange.boundary.PostAnswered;
import dk.tovholder.exchange.entity.ExchangeAnswer;
import dk.tovholder.meeting.boundary.AgendaPublished;
import dk.tovholder.meeting.boundary.InvitationSent;
import dk.tovholder.meeting.boundary.MinutesPublished;
import dk.tovholder.meeting.entity.Meeting;
import dk.tovholder.network.boundary.DutyChanged;
import dk.tovholder.network.entity.NetworkGroup;
import dk.tovholder.organisation.entity.Organisation;
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
 * (to whoever booked), an agenda published (to the group's participants),
 * minutes out for comments or approved, a meeting's invitation sent by its
 * coordinator, and changes to the coordinator duty.
 */
@ApplicationScoped
public class Notifications {

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Recipients recipients;

    @Inject
    Calendars calendars;

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
                Long owner = booking.getRoom().getOwner().getId();
                for (Person manager : recipients.withRole(owner, Role.BOOKER, Role.COORDINATOR)) {
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

    /**
     * Another organisation answered a post: to whoever wrote the post (still
     * of the organisation and not removed), or else the organisation's
     * coordinators.
     */
    void postAnswered(@Observes PostAnswered event) {
        var answer = em.find(ExchangeAnswer.class, event.answerId());
        if (answer == null) {
            return;
        }
        var post = answer.getPost();
        Person author = post.getAuthor();
        Long organisation = post.getOrganisation().getId();
        List<Person> to = author != null && !author.isErased()
                && author.getOrganisation().getId().equals(organisation) ? List.of(author)
                : recipients.withRole(organisation, Role.COORDINATOR, Role.ADMIN);
        for (Person person : to) {
            outbox.toPerson(person, "EXCHANGE_ANSWERED", "mail.exchange.answered.subject",
                    new Object[] {post.getTitle()}, "mail.exchange.answered.body",
                    new Object[] {answer.getOrganisation().getName(), post.getTitle(), answer.getMessage()},
                    "exchange/post.xhtml?id=" + post.getId(), "exchange-answered-" + answer.getId() + "-"
                            + person.getId());
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

    /**
     * The coordinator sent the meeting's invitation: each participant gets it
     * in their language, with the meeting as a calendar entry from the
     * coordinator (organiser) to them (attendee). Tells the event how many
     * messages were queued.
     */
    void invitationSent(@Observes InvitationSent event) {
        Meeting meeting = em.find(Meeting.class, event.meetingId());
        NetworkGroup group = em.find(NetworkGroup.class, event.groupId());
        if (meeting == null || group == null) {
            return;
        }
        Person organiser = event.organiserId() == null ? null : em.find(Person.class, event.organiserId());
        String when = BookingRules.format(meeting.getStartsAt());
        String stage = event.again() ? "again" : "first";
        int queued = 0;
        for (Person participant : group.getParticipants()) {
            boolean sent = outbox.toPerson(participant, "MEETING_INVITATION", "mail.invitation." + stage + ".subject",
                    new Object[] {meeting.getTitle(), when}, "mail.invitation." + stage + ".body",
                    new Object[] {meeting.getTitle(), when, group.getName(),
                        meeting.getPlace() == null ? "" : meeting.getPlace(),
                        organiser == null ? "" : organiser.getName()},
                    "meeting/meeting.xhtml?id=" + meeting.getId(),
                    "invitation-" + meeting.getId() + "-" + event.sentAt().toEpochMilli() + "-" + participant.getId(),
                    calendars.invitation(meeting, organiser, participant));
            queued += sent ? 1 : 0;
        }
        event.queued(queued);
    }

    void minutesPublished(@Observes MinutesPublished event) {
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

    /**
     * A change to the coordinator duty, to the organisation it is for (its
     * duty person in the group, or else its coordinators): the turn taken
     * over after a skip, a swap proposed to it, its swap accepted or
     * declined or withdrawn because its turns changed, a handover note for its coming turn.
     */
    void dutyChanged(@Observes DutyChanged event) {
        if (event.organisationId() == null) {
            return; // an order change concerns everyone; the rota page shows it
        }
        NetworkGroup group = em.find(NetworkGroup.class, event.groupId());
        if (group == null) {
            return;
        }
        String stage = switch (event.kind()) {
            case SKIP -> "takenOver";
            case SWAP_PROPOSED -> "swapProposed";
            case SWAP_ACCEPTED -> "swapAccepted";
            case SWAP_DECLINED -> "swapDeclined";
            case SWAP_WITHDRAWN -> "swapWithdrawn";
            case HANDOVER_NOTE -> "handover";
            default -> null;
        };
        if (stage == null) {
            return;
        }
        String other = event.otherOrganisationId() == null ? ""
                : em.find(Organisation.class, event.otherOrganisationId()).getName();
        Object[] args = {group.getName(), event.turnDate().toString(), other,
            event.otherTurn() == null ? "" : event.otherTurn().toString(), event.note() == null ? "" : event.note()};
        String kind = "DUTY_" + event.kind().name();
        for (Person person : recipients.dutyPeople(group.getId(), event.organisationId())) {
            outbox.toPerson(person, kind, "mail.duty." + stage + ".subject", args, "mail.duty." + stage + ".body", args,
                    "network/group.xhtml?id=" + group.getId(), null);
        }
    }
}
