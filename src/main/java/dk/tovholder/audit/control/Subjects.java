package dk.tovholder.audit.control;

import dk.tovholder.audit.entity.SubjectKind;
import dk.tovholder.identity.entity.Account;
import dk.tovholder.identity.entity.ApiToken;
import dk.tovholder.meeting.entity.ActionItem;
import dk.tovholder.meeting.entity.AgendaProposal;
import dk.tovholder.meeting.entity.Meeting;
import dk.tovholder.network.entity.Cadence;
import dk.tovholder.network.entity.JoinRequest;
import dk.tovholder.network.entity.NetworkGroup;
import dk.tovholder.network.entity.SwapRequest;
import dk.tovholder.room.entity.Booking;
import dk.tovholder.room.entity.Room;
import jakarta.persistence.EntityManager;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Finds what an audited change was made to, whose history it belongs to, and a
 * short summary that still reads well when the thing itself is gone.
 */
public final class Subjects {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(Cadence.ZONE);

    /** A thing changed, with whose history it belongs to. */
    public record Subject(Long id, Long groupId, Long organisationId, String summary) {
    }

    private final EntityManager em;

    public Subjects(EntityManager em) {
        this.em = em;
    }

    /** The entity an id of the kind names. */
    public static Class<?> entityOf(SubjectKind kind) {
        return switch (kind) {
            case MEETING -> Meeting.class;
            case GROUP -> NetworkGroup.class;
            case BOOKING -> Booking.class;
            case ROOM -> Room.class;
            case ACCOUNT -> Account.class;
        };
    }

    /** The subjects an object stands for (a list of bookings: each one); empty when it is none of them. */
    public List<Subject> of(Object thing) {
        if (thing instanceof List<?> list) {
            return list.stream().flatMap(t -> of(t).stream()).toList();
        }
        return single(thing).map(List::of).orElse(List.of());
    }

    private Optional<Subject> single(Object thing) {
        if (thing instanceof Meeting m) {
            return Optional.of(new Subject(m.getId(), m.getGroupId(), null,
                    m.getTitle() + " " + WHEN.format(m.getStartsAt())));
        }
        if (thing instanceof ActionItem a) {
            return meeting(a.getMeetingId()).map(m -> new Subject(m.id(), m.groupId(), null,
                    m.summary() + ": " + a.getWhat()));
        }
        if (thing instanceof AgendaProposal p) {
            return meeting(p.getMeetingId()).map(m -> new Subject(m.id(), m.groupId(), null,
                    m.summary() + ": " + p.getTitle()));
        }
        if (thing instanceof NetworkGroup g) {
            return Optional.of(new Subject(g.getId(), g.getId(), null, g.getName()));
        }
        if (thing instanceof SwapRequest s) {
            return group(s.getGroupId());
        }
        if (thing instanceof JoinRequest j) {
            return group(j.getGroupId());
        }
        if (thing instanceof Booking b) {
            Long groupId = b.getMeetingId() == null ? null : meeting(b.getMeetingId()).map(Subject::groupId).orElse(null);
            return Optional.of(new Subject(b.getId(), groupId, b.getRoom().getOwner().getId(),
                    b.getRoom().getName() + " " + WHEN.format(b.getStartsAt()) + " · " + b.getOrganisation().getName()));
        }
        if (thing instanceof Room r) {
            return Optional.of(new Subject(r.getId(), null, r.getOwner().getId(), r.getName()));
        }
        if (thing instanceof ApiToken t) {
            return Optional.of(new Subject(t.getAccount().getId(), null, null,
                    t.getAccount().getUsername() + ": " + t.getName()));
        }
        if (thing instanceof Account a) {
            return Optional.of(new Subject(a.getId(), null, null, a.getUsername()));
        }
        return Optional.empty();
    }

    private Optional<Subject> meeting(Long id) {
        return Optional.ofNullable(em.find(Meeting.class, id)).flatMap(this::single);
    }

    private Optional<Subject> group(Long id) {
        return Optional.ofNullable(em.find(NetworkGroup.class, id)).flatMap(this::single);
    }

    /** The subjects of the entity of the type with the id; empty when there is none. */
    public List<Subject> byId(Class<?> type, Long id) {
        Object found = id == null ? null : em.find(type, id);
        return found == null ? List.of() : of(found);
    }
}
