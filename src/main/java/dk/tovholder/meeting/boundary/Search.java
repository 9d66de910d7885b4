package dk.tovholder.meeting.boundary;

import dk.tovholder.identity.entity.Caller;
import dk.tovholder.meeting.entity.AgendaItem;
import dk.tovholder.meeting.entity.Meeting;
import dk.tovholder.network.boundary.NetworkGroups;
import dk.tovholder.network.entity.NetworkGroup;
import dk.tovholder.refusal.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.persistence.sessions.Session;

/**
 * Search across the published agendas, approved minutes and decisions of the
 * groups the caller may see, newest first. Drafts are not searched. Both
 * databases find what contains the text; PostgreSQL also finds approved
 * minutes and decisions by the stems of their Danish words (V24's
 * {@code danish_match}: "legepladser" finds "legepladsen").
 */
@ApplicationScoped
@Transactional
public class Search {

    public static final int MAX_HITS = 50;
    public static final int MIN_LENGTH = 2;

    @PersistenceContext
    EntityManager em;

    @Inject
    NetworkGroups groups;

    private volatile Boolean byWords;

    /** One thing found. */
    public record Hit(String kind, Long meetingId, String groupName, Instant meetingStart, String title, String text)
            implements Serializable {
    }

    public List<Hit> find(String query, @NotNull Caller caller) {
        String text = query == null ? "" : query.strip();
        if (text.length() < MIN_LENGTH) {
            throw Refusal.onField("q", "search.tooShort", MIN_LENGTH);
        }
        if (text.length() > 200) {
            throw Refusal.onField("q", "search.tooLong", 200);
        }
        Map<Long, String> visible = groups.visibleTo(caller).stream()
                .collect(Collectors.toMap(NetworkGroup::getId, NetworkGroup::getName));
        if (visible.isEmpty()) {
            return List.of();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        String like = "%" + lower.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        List<Hit> hits = new ArrayList<>();
        boolean words = byWords();
        TypedQuery<Object[]> itemQuery = em.createQuery("select i, m from AgendaItem i join i.meeting m"
                + " where m.groupId in :groups and m.agendaPublishedAt is not null and (lower(i.title) like :q escape"
                + " '\\' or lower(i.description) like :q escape '\\' or (m.minutesApprovedAt is not null"
                + " and (lower(i.notes) like :q escape '\\'"
                + (words ? " or FUNCTION('danish_match', i.notes, :words) = TRUE" : "") + ")))"
                + " order by m.startsAt desc", Object[].class);
        List<Object[]> items = withWords(itemQuery, words, text)
                .setParameter("groups", visible.keySet()).setParameter("q", like).setMaxResults(MAX_HITS)
                .getResultList();
        for (Object[] row : items) {
            AgendaItem item = (AgendaItem) row[0];
            Meeting meeting = (Meeting) row[1];
            // found in the notes: they hold the text, or (by its words) neither the title nor the description does
            boolean inNotes = meeting.isMinutesApproved() && item.getNotes() != null
                    && (contains(item.getNotes(), lower)
                            || !contains(item.getTitle(), lower) && !contains(item.getDescription(), lower));
            hits.add(new Hit(inNotes ? "MINUTES" : "AGENDA", meeting.getId(), visible.get(meeting.getGroupId()),
                    meeting.getStartsAt(), item.getTitle(), inNotes ? item.getNotes() : item.getDescription()));
        }
        TypedQuery<Object[]> decisionQuery = em.createQuery("select d.text, m from Decision d, Meeting m"
                + " where d.meetingId = m.id and m.groupId in :groups and m.minutesApprovedAt is not null"
                + " and (lower(d.text) like :q escape '\\'"
                + (words ? " or FUNCTION('danish_match', d.text, :words) = TRUE" : "") + ")"
                + " order by m.startsAt desc", Object[].class);
        List<Object[]> decisions = withWords(decisionQuery, words, text)
                .setParameter("groups", visible.keySet()).setParameter("q", like).setMaxResults(MAX_HITS)
                .getResultList();
        for (Object[] row : decisions) {
            Meeting meeting = (Meeting) row[1];
            hits.add(new Hit("DECISION", meeting.getId(), visible.get(meeting.getGroupId()), meeting.getStartsAt(),
                    (String) row[0], null));
        }
        hits.sort(Comparator.comparing(Hit::meetingStart, Comparator.reverseOrder()));
        return hits.stream().limit(MAX_HITS).toList();
    }

    private static boolean contains(String field, String lower) {
        return field != null && field.toLowerCase(Locale.ROOT).contains(lower);
    }

    private static <T> TypedQuery<T> withWords(TypedQuery<T> query, boolean words, String text) {
        return words ? query.setParameter("words", text) : query;
    }

    /** Whether the database searches by words: PostgreSQL, with V24's {@code danish_match}. */
    private boolean byWords() {
        Boolean known = byWords;
        if (known == null) {
            known = em.unwrap(Session.class).getDatasourcePlatform().isPostgreSQL();
            byWords = known;
        }
        return known;
    }

}
