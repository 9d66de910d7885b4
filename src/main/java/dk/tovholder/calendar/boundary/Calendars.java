package dk.tovholder.calendar.boundary;

import dk.tovholder.calendar.control.IcsWriter;
import dk.tovholder.calendar.entity.CalendarFeed;
import dk.tovholder.calendar.entity.FeedKind;
import dk.tovholder.caller.Caller;
import dk.tovholder.identity.entity.Account;
import dk.tovholder.language.Language;
import dk.tovholder.language.Messages;
import dk.tovholder.meeting.boundary.Meetings;
import dk.tovholder.meeting.entity.AgendaItem;
import dk.tovholder.meeting.entity.Meeting;
import dk.tovholder.meeting.entity.MeetingStatus;
import dk.tovholder.network.boundary.DutyChecklists;
import dk.tovholder.network.boundary.NetworkGroups;
import dk.tovholder.network.entity.NetworkGroup;
import dk.tovholder.organisation.entity.Person;
import dk.tovholder.refusal.Forbidden;
import dk.tovholder.refusal.NotFound;
import dk.tovholder.refusal.Refusal;
import dk.tovholder.room.boundary.Bookings;
import dk.tovholder.room.boundary.Rooms;
import dk.tovholder.room.entity.Booking;
import dk.tovholder.room.entity.Room;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Calendar subscriptions and "add to calendar" files. A feed is fetched by
 * its token without a login and shows what its owner may see at that moment:
 * a members-only group's meetings never reach someone who is not a member,
 * private booking purposes stay private, and a feed whose owner lost access
 * (or whose token was revoked) answers as if it never existed.
 */
@ApplicationScoped
@Transactional
public class Calendars {

    static final int DAYS_BACK = 90;
    static final int DAYS_AHEAD = 365;

    @PersistenceContext
    EntityManager em;

    @Inject
    DutyChecklists checklists;

    @Inject
    NetworkGroups groups;

    @Inject
    Meetings meetings;

    @Inject
    Bookings bookings;

    @Inject
    Rooms rooms;

    @Inject
    @ConfigProperty(name = "tovholder.public-url", defaultValue = "http://localhost:8080/")
    String publicUrl;

    @Inject
    Clock clock;

    // ---------------------------------------------------------------- subscriptions

    public List<CalendarFeed> feedsOf(@NotNull Caller caller) {
        if (caller.personId() == null) {
            return List.of();
        }
        return em.createNamedQuery(CalendarFeed.FIND_BY_PERSON, CalendarFeed.class)
                .setParameter("personId", caller.personId()).getResultList();
    }

    /**
     * My calendar, a group I belong to (members only), or a room: the subscription I already have for it, or a new
     * one. One per kind and target, so that a second click does not add a second address (the database holds the
     * same rule, V29); the person's row is locked first so that two clicks at once cannot both add one.
     */
    public Subscription subscribe(@NotNull FeedKind kind, Long targetId, @NotNull Caller caller) {
        if (caller.personId() == null) {
            throw new Forbidden("refusal.forbidden");
        }
        if (kind != FeedKind.PERSON && targetId == null) {
            throw Refusal.onField("targetId", "calendar.target.missing");
        }
        if (kind == FeedKind.GROUP) {
            NetworkGroup group = groups.find(targetId, caller);
            if (!groups.isMember(group, caller)) {
                throw new Forbidden("calendar.group.membersOnly");
            }
        } else if (kind == FeedKind.ROOM) {
            rooms.find(targetId);
        }
        Person person = em.find(Person.class, caller.personId(), LockModeType.PESSIMISTIC_WRITE);
        Long target = kind == FeedKind.PERSON ? null : targetId;
        Optional<CalendarFeed> existing = em.createNamedQuery(CalendarFeed.FIND_BY_PERSON, CalendarFeed.class)
                .setParameter("personId", caller.personId()).getResultStream()
                .filter(f -> f.getKind() == kind && Objects.equals(f.getTargetId(), target)).findFirst();
        if (existing.isPresent()) {
            return new Subscription(existing.get(), false);
        }
        CalendarFeed feed = new CalendarFeed(person, kind, target, Instant.now(clock));
        em.persist(feed);
        return new Subscription(feed, true);
    }

    /** A subscription as {@link #subscribe} hands it back: {@code created} is false when it was there already. */
    public record Subscription(CalendarFeed feed, boolean created) {
    }

    public void revoke(@NotNull Long feedId, @NotNull Caller caller) {
        CalendarFeed feed = em.find(CalendarFeed.class, feedId);
        if (feed == null || feed.isRevoked() || !feed.getPerson().getId().equals(caller.personId())) {
            throw new NotFound("feed", feedId);
        }
        feed.revoke(Instant.now(clock));
    }

    /** The address calendar apps subscribe to. */
    public String addressOf(CalendarFeed feed) {
        return base() + "calendar/" + feed.getToken() + ".ics";
    }

    /**
     * The same address with the {@code webcal:} scheme: a click opens the calendar app's "subscribe" dialog
     * (Apple Calendar, Outlook); the app fetches it over https (or http, as the public address says).
     */
    public String webcalOf(CalendarFeed feed) {
        return addressOf(feed).replaceFirst("^https?://", "webcal://");
    }

    /** What the feed shows, in words (for the list of my subscriptions). */
    public String describe(CalendarFeed feed, Locale locale) {
        return switch (feed.getKind()) {
            case PERSON -> Messages.get(locale, "calendar.feed.person");
            case GROUP -> Messages.get(locale, "calendar.feed.group", nameOrId(Optional.ofNullable(
                    em.find(NetworkGroup.class, feed.getTargetId())).map(NetworkGroup::getName), feed.getTargetId()));
            case ROOM -> Messages.get(locale, "calendar.feed.room", nameOrId(Optional.ofNullable(
                    em.find(Room.class, feed.getTargetId())).map(Room::getName), feed.getTargetId()));
        };
    }

    /** The name of the feed's group or room, or its id once it is gone. */
    private static String nameOrId(Optional<String> name, Long id) {
        return name.orElse("#" + id);
    }

    // ---------------------------------------------------------------- feeds

    /** The feed behind a token, as its owner may see it now; empty for an unknown, revoked or no longer allowed one. */
    public Optional<String> feed(@NotNull String token) {
        Optional<CalendarFeed> found = em.createNamedQuery(CalendarFeed.FIND_BY_TOKEN, CalendarFeed.class)
                .setParameter("token", token).getResultStream().findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CalendarFeed feed = found.get();
        Optional<Account> account = em.createQuery("select a from Account a where a.person.id = :p", Account.class)
                .setParameter("p", feed.getPerson().getId()).getResultStream().filter(Account::isActive).findFirst();
        if (account.isEmpty()) {
            return Optional.empty();
        }
        Caller caller = account.get().caller();
        Locale locale = account.get().getLanguage() == null ? Language.DEFAULT.locale()
                : account.get().getLanguage().locale();
        LocalDate today = LocalDate.now(clock);
        LocalDate from = today.minusDays(DAYS_BACK);
        LocalDate to = today.plusDays(DAYS_AHEAD);
        try {
            return Optional.of(switch (feed.getKind()) {
                case PERSON -> IcsWriter.feed(Messages.get(locale, "calendar.name.person"), personEvents(caller, from, to));
                case GROUP -> {
                    NetworkGroup group = groups.find(feed.getTargetId(), caller);
                    if (!groups.isMember(group, caller)) {
                        throw new NotFound("group", feed.getTargetId());
                    }
                    yield IcsWriter.feed(group.getName(), meetingEvents(meetings.ofGroup(group.getId(), caller, from, to),
                            caller, Set.of()));
                }
                case ROOM -> {
                    Room room = rooms.find(feed.getTargetId());
                    Predicate<Booking> purposeShown = bookings.purposeVisibleTo(caller);
                    yield IcsWriter.feed(room.getName(), bookings.historyOfRoom(room.getId(),
                            from.atStartOfDay(IcsWriter.ZONE).toInstant(), to.atStartOfDay(IcsWriter.ZONE).toInstant())
                            .stream().map(b -> bookingEvent(b, purposeShown.test(b))).toList());
                }
            });
        } catch (NotFound | Forbidden lostAccess) {
            return Optional.empty();
        }
    }

    private List<IcsWriter.Event> personEvents(Caller caller, LocalDate from, LocalDate to) {
        Set<String> duties = checklists.myDuties(caller).stream().map(d -> d.groupId() + "/" + d.day())
                .collect(Collectors.toSet());
        List<IcsWriter.Event> events = new ArrayList<>();
        events.addAll(meetingEvents(meetings.ofMyGroups(caller, from, to), caller, duties));
        Predicate<Booking> purposeShown = bookings.purposeVisibleTo(caller);
        for (Booking booking : bookings.mineUntil(caller, to.atStartOfDay(IcsWriter.ZONE).toInstant())) {
            events.add(bookingEvent(booking, purposeShown.test(booking)));
        }
        return events;
    }

    /** A feed carries published agendas only: a draft is read on the meeting's page (and costs no rota lookup here). */
    private List<IcsWriter.Event> meetingEvents(List<Meeting> list, Caller caller, Set<String> duties) {
        return list.stream().map(m -> meetingEvent(m, m.isAgendaPublished(),
                duties.contains(m.getGroupId() + "/" + m.getStartsAt().atZone(IcsWriter.ZONE).toLocalDate()))).toList();
    }

    // ---------------------------------------------------------------- single events

    /** "Add to calendar" for a meeting the caller may see. */
    public String meetingIcs(@NotNull Long meetingId, @NotNull Caller caller) {
        Meeting meeting = meetings.find(meetingId, caller);
        return IcsWriter.single(meeting.getTitle(), meetingEvent(meeting, meetings.mayReadAgenda(meeting, caller),
                false));
    }

    /** The calendar entry (METHOD:PUBLISH) sent with a published agenda: the meeting with its agenda. */
    public String invitation(@NotNull Meeting meeting) {
        return IcsWriter.single(meeting.getTitle(), meetingEvent(meeting, true, false));
    }

    /**
     * The invitation a participant gets when the coordinator sends it: the
     * meeting (with its agenda once published) from the organiser to the
     * participant, METHOD:REQUEST; published (METHOD:PUBLISH) when the
     * organiser has no e-mail address to answer to.
     */
    public String invitation(@NotNull Meeting meeting, Person organiser, @NotNull Person attendee) {
        return IcsWriter.invitation(meeting.getTitle(), meetingEvent(meeting, meeting.isAgendaPublished(), false),
                organiser == null ? null : new IcsWriter.Party(organiser.getName(), organiser.getEmail()),
                new IcsWriter.Party(attendee.getName(), attendee.getEmail()));
    }

    /** "Add to calendar" for a booking. */
    public String bookingIcs(@NotNull Long bookingId, @NotNull Caller caller) {
        Booking booking = bookings.find(bookingId, caller);
        return IcsWriter.single(booking.getRoom().getName(), bookingEvent(booking, caller));
    }

    IcsWriter.Event meetingEvent(Meeting m, boolean withAgenda, boolean duty) {
        StringBuilder description = new StringBuilder();
        if (withAgenda) {
            for (AgendaItem item : m.getAgenda()) {
                description.append(item.getPosition() + 1).append(". ").append(item.getTitle())
                        .append(" (").append(item.getMinutes()).append(" min.)\n");
            }
        }
        if (m.getCancelReason() != null) {
            description.append(m.getCancelReason()).append('\n');
        }
        description.append(base()).append("meeting/meeting.xhtml?id=").append(m.getId());
        boolean cancelled = m.getStatus() == MeetingStatus.CANCELLED;
        return new IcsWriter.Event("meeting-" + m.getId() + "@tovholder", m.getVersion(), m.getStartsAt(), m.getEndsAt(),
                m.getTitle(), description.toString(), m.getPlace(),
                URI.create(base() + "meeting/meeting.xhtml?id=" + m.getId()),
                cancelled ? IcsWriter.Status.CANCELLED : IcsWriter.Status.CONFIRMED, Instant.now(clock),
                duty ? "Tovholder" : null);
    }

    IcsWriter.Event bookingEvent(Booking b, Caller caller) {
        return bookingEvent(b, bookings.maySeePurpose(b, caller));
    }

    /** A booking as an event; its purpose in the summary when the reader may see it. */
    private IcsWriter.Event bookingEvent(Booking b, boolean purpose) {
        String summary = b.getRoom().getName() + " · " + b.getOrganisation().getName()
                + (purpose ? ": " + b.getPurpose() : "");
        IcsWriter.Status status = switch (b.getStatus()) {
            case CONFIRMED -> IcsWriter.Status.CONFIRMED;
            case PENDING -> IcsWriter.Status.TENTATIVE;
            case REJECTED, CANCELLED -> IcsWriter.Status.CANCELLED;
        };
        return new IcsWriter.Event("booking-" + b.getId() + "@tovholder", b.getVersion(), b.getStartsAt(), b.getEndsAt(),
                summary, base() + "room/room.xhtml?id=" + b.getRoom().getId(),
                b.getRoom().getName() + ", " + b.getRoom().getAddress(),
                URI.create(base() + "room/room.xhtml?id=" + b.getRoom().getId()), status, Instant.now(clock), null);
    }

    private String base() {
        return publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }

}
