package dk.tovholder.meeting.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;
import org.h2.api.Trigger;

/**
 * The search's word index on H2 (V31): which meetings have a word in the
 * title, description or notes of an agenda item or in a decision, with the
 * meeting's group and start, so that {@code meeting.boundary.Search} walks the
 * matching meetings newest first instead of reading every agenda item.
 *
 * <p>Kept by the database itself: this class is the row trigger on
 * {@code agenda_item}, {@code decision} and {@code meeting}, so every way a
 * text is written (the pages, the API, the demo data, a restore) keeps it
 * current in the same transaction. When a text changes, the meeting's words
 * are worked out again from its rows, and only the difference is written.
 * {@link #rebuild(Connection)} (the SQL function {@code search_index_rebuild})
 * builds it from scratch. PostgreSQL has no need of it: its trigram indexes
 * serve the same search (db/vendor/postgresql, V24).
 */
public class H2SearchIndex implements Trigger {

    private static final List<String> AGENDA_TEXTS = List.of("TITLE", "DESCRIPTION", "NOTES");
    private static final List<String> DECISION_TEXTS = List.of("TEXT");
    /** the texts of a range of meetings' agenda items, and of their decisions (the meeting's id first) */
    private static final String ITEMS =
            "select meeting_id, title, description, notes from agenda_item where meeting_id between ? and ?";
    private static final String DECISIONS = "select meeting_id, text from decision where meeting_id between ? and ?";
    /** how many meeting ids the rebuild reads and commits at a time */
    private static final int REBUILD_RANGE = 2_000;

    private String table;
    /** positions in a row of the columns whose change matters to the index */
    private int[] watched;
    private int meetingColumn;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
            int type) throws SQLException {
        table = tableName.toUpperCase(Locale.ROOT);
        List<String> columns = switch (table) {
            case "AGENDA_ITEM" -> AGENDA_TEXTS;
            case "DECISION" -> DECISION_TEXTS;
            case "MEETING" -> List.of("STARTS_AT", "AGENDA_PUBLISHED_AT", "MINUTES_APPROVED_AT");
            default -> throw new SQLException("no search index for the table " + tableName);
        };
        Map<String, Integer> positions = new HashMap<>();
        try (ResultSet rs = conn.getMetaData().getColumns(null, schemaName, tableName, null)) {
            while (rs.next()) {
                positions.put(rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT), rs.getInt("ORDINAL_POSITION") - 1);
            }
        }
        meetingColumn = positions.get(table.equals("MEETING") ? "ID" : "MEETING_ID");
        // a text's row moved to another meeting changes both meetings' words
        watched = IntStream.concat(columns.stream().mapToInt(positions::get),
                table.equals("MEETING") ? IntStream.empty() : IntStream.of(meetingColumn)).toArray();
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow != null && newRow != null && unchanged(oldRow, newRow)) {
            return; // a renumbering, a version, a time written: the words are the same
        }
        Set<Long> meetings = new HashSet<>();
        for (Object[] row : new Object[][] {oldRow, newRow}) {
            if (row != null) {
                meetings.add(((Number) row[meetingColumn]).longValue());
            }
        }
        for (Long meeting : meetings) {
            reindex(conn, meeting);
        }
    }

    private boolean unchanged(Object[] oldRow, Object[] newRow) {
        for (int column : watched) {
            if (!Objects.equals(oldRow[column], newRow[column])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Works out a meeting's words again from its rows and writes the
     * difference. Only a meeting whose texts can be found has words: one with
     * a published agenda or approved minutes.
     */
    static void reindex(Connection conn, long meeting) throws SQLException {
        Object group;
        Object start;
        boolean searchable;
        // the meeting's row is the lock: two transactions that change texts of one meeting work its words out
        // one after the other, the second from what the first committed. The boundaries' saves already update
        // the meeting's version first (MeetingsIT's two note-takers pass either way); this holds for any writer.
        try (PreparedStatement read = conn.prepareStatement("select group_id, starts_at, agenda_published_at"
                + " is not null or minutes_approved_at is not null from meeting where id = ? for update")) {
            read.setLong(1, meeting);
            try (ResultSet rs = read.executeQuery()) {
                if (!rs.next()) {
                    return; // the meeting goes too: its postings go with it (on delete cascade)
                }
                group = rs.getObject(1);
                start = rs.getObject(2);
                searchable = rs.getBoolean(3);
            }
        }
        try (PreparedStatement moved = conn.prepareStatement(
                "update search_posting set starts_at = ? where meeting_id = ? and starts_at <> ?")) {
            moved.setObject(1, start);
            moved.setLong(2, meeting);
            moved.setObject(3, start);
            moved.executeUpdate();
        }
        Set<String> words = searchable ? wordsOf(conn, meeting) : Set.of();
        Map<String, Long> kept = new HashMap<>();
        try (PreparedStatement read = conn.prepareStatement("select w.word, w.id from search_posting p"
                + " join search_word w on w.id = p.word_id where p.meeting_id = ?")) {
            read.setLong(1, meeting);
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    kept.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        try (PreparedStatement drop = conn.prepareStatement(
                "delete from search_posting where meeting_id = ? and word_id = ?")) {
            for (Map.Entry<String, Long> old : kept.entrySet()) {
                if (!words.contains(old.getKey())) {
                    drop.setLong(1, meeting);
                    drop.setLong(2, old.getValue());
                    drop.addBatch();
                }
            }
            drop.executeBatch();
        }
        List<String> added = words.stream().filter(w -> !kept.containsKey(w)).toList();
        if (added.isEmpty()) {
            return;
        }
        try (PreparedStatement post = conn.prepareStatement(
                "insert into search_posting (word_id, meeting_id, group_id, starts_at) values (?, ?, ?, ?)")) {
            for (String word : added) {
                post.setLong(1, wordId(conn, word));
                post.setLong(2, meeting);
                post.setObject(3, group);
                post.setObject(4, start);
                post.addBatch();
            }
            post.executeBatch();
        }
    }

    /** The meeting's words: those of its agenda items and decisions, read as the rebuild reads them. */
    private static Set<String> wordsOf(Connection conn, long meeting) throws SQLException {
        Map<Long, Set<String>> words = new HashMap<>();
        try (PreparedStatement items = conn.prepareStatement(ITEMS); PreparedStatement decisions =
                conn.prepareStatement(DECISIONS)) {
            collect(items, meeting, meeting, words);
            collect(decisions, meeting, meeting, words);
        }
        return words.getOrDefault(meeting, Set.of());
    }

    /**
     * The word's id, made if the word is new. Two transactions that bring the
     * same new word at once: the second waits for the first and, when its
     * insert is refused, reads the first's row.
     */
    private static long wordId(Connection conn, String word) throws SQLException {
        for (int attempt = 0; ; attempt++) {
            try (PreparedStatement read = conn.prepareStatement("select id from search_word where word = ?")) {
                read.setString(1, word);
                try (ResultSet rs = read.executeQuery()) {
                    if (rs.next()) {
                        return rs.getLong(1);
                    }
                }
            }
            try (PreparedStatement make = conn.prepareStatement("insert into search_word (word) values (?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                make.setString(1, word);
                make.executeUpdate();
                try (ResultSet key = make.getGeneratedKeys()) {
                    key.next();
                    return key.getLong(1);
                }
            } catch (SQLException taken) {
                if (!"23505".equals(taken.getSQLState()) || attempt > 0) {
                    throw taken;
                }
            }
        }
    }

    /**
     * Builds the index from scratch from every meeting's rows ({@code CALL
     * search_index_rebuild()}): in V31, and after the benchmark's dataset is
     * loaded with the triggers off. Works through the meetings in ranges of
     * ids and, outside auto-commit, commits after each, so no transaction or
     * intermediate result grows with the data. Returns the postings written.
     */
    public static long rebuild(Connection conn) throws SQLException {
        boolean commit = !conn.getAutoCommit();
        long first;
        long last;
        try (Statement s = conn.createStatement()) {
            s.execute("truncate table search_posting");
            s.execute("delete from search_word");
            try (ResultSet rs = s.executeQuery("select coalesce(min(id), 0), coalesce(max(id), -1) from meeting")) {
                rs.next();
                first = rs.getLong(1);
                last = rs.getLong(2);
            }
        }
        Map<String, Long> ids = new HashMap<>();
        long postings = 0;
        try (PreparedStatement meetings = conn.prepareStatement(
                        "select id, group_id, starts_at from meeting where id between ? and ?"
                        + " and (agenda_published_at is not null or minutes_approved_at is not null)");
                PreparedStatement items = conn.prepareStatement(ITEMS);
                PreparedStatement decisions = conn.prepareStatement(DECISIONS);
                PreparedStatement word = conn.prepareStatement("insert into search_word (id, word) values (?, ?)");
                PreparedStatement post = conn.prepareStatement("insert into search_posting"
                        + " (word_id, meeting_id, group_id, starts_at) values (?, ?, ?, ?)")) {
            for (long from = first; from <= last; from += REBUILD_RANGE) {
                long to = from + REBUILD_RANGE - 1;
                Map<Long, Set<String>> words = new HashMap<>();
                collect(items, from, to, words);
                collect(decisions, from, to, words);
                meetings.setLong(1, from);
                meetings.setLong(2, to);
                try (ResultSet rs = meetings.executeQuery()) {
                    while (rs.next()) {
                        Set<String> of = words.get(rs.getLong(1));
                        for (String w : of == null ? Set.<String>of() : of) {
                            Long id = ids.get(w);
                            if (id == null) {
                                id = (long) ids.size() + 1;
                                ids.put(w, id);
                                word.setLong(1, id);
                                word.setString(2, w);
                                word.addBatch();
                            }
                            post.setLong(1, id);
                            post.setLong(2, rs.getLong(1));
                            post.setLong(3, rs.getLong(2));
                            post.setObject(4, rs.getObject(3, OffsetDateTime.class));
                            post.addBatch();
                            postings++;
                        }
                    }
                }
                word.executeBatch();
                post.executeBatch();
                if (commit) {
                    conn.commit();
                }
            }
        }
        try (Statement s = conn.createStatement()) {
            s.execute("alter table search_word alter column id restart with " + (ids.size() + 1));
        }
        return postings;
    }

    private static void collect(PreparedStatement rows, long from, long to, Map<Long, Set<String>> words)
            throws SQLException {
        rows.setLong(1, from);
        rows.setLong(2, to);
        try (ResultSet rs = rows.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                String[] texts = new String[columns - 1];
                for (int i = 2; i <= columns; i++) {
                    texts[i - 2] = rs.getString(i);
                }
                words.computeIfAbsent(rs.getLong(1), m -> new HashSet<>()).addAll(SearchWords.of(texts));
            }
        }
    }

    @Override
    public void close() {
    }

    @Override
    public void remove() {
    }
}
