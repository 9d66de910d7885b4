package dk.tovholder.meeting.boundary;

import dk.tovholder.caller.Caller;
import dk.tovholder.meeting.control.H2SearchIndex;
import dk.tovholder.meeting.control.SearchWords;
import dk.tovholder.meeting.entity.AgendaItem;
import dk.tovholder.meeting.entity.Meeting;
import dk.tovholder.network.boundary.NetworkGroups;
import dk.tovholder.refusal.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.persistence.sessions.Session;

/**
 * Search across the published agendas, approved minutes and decisions of the
 * groups the caller may see, newest first. Drafts are not searched. Both
 * databases find what contains the text, parts of words included
 * ("caféen" finds "Lektiecaféen"); PostgreSQL also finds approved minutes and
 * decisions by the stems of their Danish words (V24's {@code danish_match}:
 * "legepladser" finds "legepladsen"), with trigram indexes under the substring
 * test. On H2 the word index of V31 ({@link H2SearchIndex}) hands over the
 * meetings that have a word containing the query's longest word, newest first,
 * a page at a time, and only their texts are tested; a query whose longest word
 * is in too many words (two letters, say) falls back to testing every text.
 */
@ApplicationScoped
@Transactional
public class Search {

    public static final int MAX_HITS = 50;
    public static final int MIN_LENGTH = 2;
    /** More indexed words than this contain the query's longest word: the word index is no help, and the scan runs. */
    static final int MAX_WORDS = 50;
    /** Up to this many visible groups, the word index's query tests the group; with more, the search does. */
    static final int SQL_GROUPS = 100;
    /** How many meetings the word index hands over for checking at a time. */
    static final int PAGE = 100;

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
        Map<Long, String> visible = groups.namesVisibleTo(caller);
        if (visible.isEmpty()) {
            return List.of();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        String like = likeAnywhere(lower);
        boolean words = byWords();
        if (!words) {
            Optional<List<Long>> indexed = wordIndex(text);
            if (indexed.isPresent()) {
                return byWordIndex(indexed.get(), visible, lower, like);
            }
        }
        return found(visible, null, lower, like, words, text).stream().limit(MAX_HITS).toList();
    }

    /**
     * The hits among the meetings (all of the visible groups' when null),
     * newest first: agenda items (published agendas; notes once the minutes
     * are approved) and decisions (approved minutes) that contain the text.
     */
    private List<Hit> found(Map<Long, String> visible, List<Long> meetings, String lower, String like,
            boolean words, String text) {
        // among given meetings (of visible groups), or among all the visible groups' meetings
        String among = meetings == null ? "m.groupId in :groups" : "m.id in :meetings";
        List<Hit> hits = new ArrayList<>();
        TypedQuery<Object[]> itemQuery = em.createQuery("select i, m from AgendaItem i join i.meeting m"
                + " where " + among + " and m.agendaPublishedAt is not null and (lower(i.title)"
                + " like :q escape '\\' or lower(i.description) like :q escape '\\' or (m.minutesApprovedAt is not"
                + " null and (lower(i.notes) like :q escape '\\'"
                + (words ? " or FUNCTION('danish_match', i.notes, :words) = TRUE" : "") + ")))"
                + " order by m.startsAt desc", Object[].class);
        List<Object[]> items = among(withWords(itemQuery, words, text), visible, meetings)
                .setParameter("q", like).setMaxResults(MAX_HITS)
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
                + " where d.meetingId = m.id and " + among + " and m.minutesApprovedAt is not null"
                + " and (lower(d.text) like :q escape '\\'"
                + (words ? " or FUNCTION('danish_match', d.text, :words) = TRUE" : "") + ")"
                + " order by m.startsAt desc", Object[].class);
        List<Object[]> decisions = among(withWords(decisionQuery, words, text), visible, meetings)
                .setParameter("q", like).setMaxResults(MAX_HITS)
                .getResultList();
        for (Object[] row : decisions) {
            Meeting meeting = (Meeting) row[1];
            hits.add(new Hit("DECISION", meeting.getId(), visible.get(meeting.getGroupId()), meeting.getStartsAt(),
                    (String) row[0], null));
        }
        hits.sort(Comparator.comparing(Hit::meetingStart, Comparator.reverseOrder()));
        return hits;
    }

    /**
     * The ids of the indexed words (V31, H2) that contain the query's longest
     * word; empty when the word index cannot narrow the search: the query has
     * no word, or its longest is so short that too many words contain it.
     */
    private Optional<List<Long>> wordIndex(String text) {
        Optional<String> longest = SearchWords.longest(text);
        if (longest.isEmpty()) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from search_word where word like ? escape '\\'")
                .setParameter(1, likeAnywhere(longest.get())).setMaxResults(MAX_WORDS + 1).getResultList();
        return ids.size() > MAX_WORDS ? Optional.empty() : Optional.of(ids.stream().map(Number::longValue).toList());
    }

    /**
     * Searches the meetings that have one of the words, newest first, a page
     * of meetings at a time, until enough hits are found or none is left.
     * Each word's meetings come newest first from its index (started no later
     * than the page before's last); those of groups the caller cannot see are
     * passed over, and the texts of the others are checked as the scan checks
     * them, so the hits are the same.
     */
    private List<Hit> byWordIndex(List<Long> wordIds, Map<Long, String> visible, String lower, String like) {
        List<Hit> hits = new ArrayList<>();
        Set<Long> examined = new HashSet<>();
        Instant until = null; // the start of the last page's oldest meeting
        int examinedAtUntil = 0;
        while (hits.size() < MAX_HITS) {
            // a few visible groups are tested in SQL; many (a thousand open groups) here: EclipseLink binds a
            // native query's parameters in time that grows with the square of their number
            boolean inSql = visible.size() <= SQL_GROUPS;
            TreeMap<Instant, TreeMap<Long, Long>> candidates = new TreeMap<>(Comparator.reverseOrder());
            boolean more = false;
            int wanted = PAGE + examinedAtUntil;
            for (Long word : wordIds) {
                Query query = em.createNativeQuery("select meeting_id, starts_at, group_id from search_posting"
                        + " use index (search_posting_word_idx) where word_id = ?"
                        + (inSql ? " and group_id in (" + String.join(", ", Collections.nCopies(visible.size(), "?"))
                                + ")" : "")
                        + (until == null ? "" : " and starts_at <= ?")
                        + " order by word_id, starts_at desc, meeting_id desc").setParameter(1, word);
                int position = 2;
                if (inSql) {
                    for (Long group : visible.keySet()) {
                        query.setParameter(position++, group);
                    }
                }
                if (until != null) {
                    query.setParameter(position, until.atOffset(ZoneOffset.UTC));
                }
                List<?> rows = query.setMaxResults(wanted).getResultList();
                more |= rows.size() == wanted;
                for (Object row : rows) {
                    Object[] columns = (Object[]) row;
                    Long meeting = ((Number) columns[0]).longValue();
                    if (!examined.contains(meeting)) {
                        candidates.computeIfAbsent(instant(columns[1]), t -> new TreeMap<>(Comparator.reverseOrder()))
                                .put(meeting, ((Number) columns[2]).longValue());
                    }
                }
            }
            // the page: the newest candidates of all words; only those of visible groups are read
            int taken = 0;
            List<Long> page = new ArrayList<>();
            for (Map.Entry<Instant, TreeMap<Long, Long>> at : candidates.entrySet()) {
                for (Map.Entry<Long, Long> meeting : at.getValue().entrySet()) {
                    if (taken < PAGE) {
                        taken++;
                        examined.add(meeting.getKey());
                        examinedAtUntil = at.getKey().equals(until) ? examinedAtUntil + 1 : 1;
                        until = at.getKey();
                        if (visible.containsKey(meeting.getValue())) {
                            page.add(meeting.getKey());
                        }
                    }
                }
            }
            if (taken == 0) {
                break;
            }
            if (!page.isEmpty()) {
                hits.addAll(found(visible, page, lower, like, false, null));
            }
            if (!more && taken < PAGE) {
                break; // every word's meetings are examined
            }
        }
        return hits.stream().limit(MAX_HITS).toList();
    }

    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime time ? time.toInstant()
                : value instanceof Timestamp stamp ? stamp.toInstant() : (Instant) value;
    }

    private static <T> TypedQuery<T> among(TypedQuery<T> query, Map<Long, String> visible, List<Long> meetings) {
        return meetings == null ? query.setParameter("groups", visible.keySet())
                : query.setParameter("meetings", meetings);
    }

    /** A LIKE pattern that finds the (lower case) text anywhere, with LIKE's own characters escaped. */
    private static String likeAnywhere(String lower) {
        return "%" + lower.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
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
