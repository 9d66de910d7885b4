package dk.tovholder.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Generates the benchmark's dataset into an H2 file or a PostgreSQL
 * database ({@link TargetDatabase}) the server opens as it is: the schema by
 * the app's own Flyway migrations, then the rows in JDBC batches. Scale 1 is
 * a national deployment: 5,000 organisations, 20,000 people, 1,000 network
 * groups with ten years of monthly meetings (about 126,000) of ten agenda
 * items each, minutes, decisions and action items for
 * the past ones, and 500 rooms with about 2.3 million bookings. The same
 * scale and seed give the same rows.
 *
 * <p>Organisation 1 is the benchmark's own: its people have the logins
 * {@code admin}, {@code koordinator}, {@code deltager} (a busy participant in
 * about 2 % of the groups) and {@code booker}, password {@code demo}.
 */
public final class Dataset {

    static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    static final String PASSWORD = "demo";
    static final int YEARS = 10;
    static final int MONTHS_AHEAD = 6;
    static final int MEMBERS_PER_GROUP = 10;
    static final int CORE_PER_GROUP = 4;
    static final int ITEMS_PER_MEETING = 10;
    static final int BATCH = 5_000;
    /** one word of the minutes that about one item in fifty contains: the search scenario looks for it */
    static final String SEARCH_WORD = "lektiecafé";

    private static final String[] TOPICS = {"Velkommen og runde", "Nyt fra organisationerne", "Lektiecafé i beboerhuset",
        "Tryghedsvandring", "Sommerfest i gården", "Budget for næste år", "Frivillige og foreninger",
        "Jobcafé og uddannelse", "Unge i området", "Sundhed og trivsel", "Renovering af blokkene",
        "Kommunikation til beboerne", "Erfaringer fra indsatsen", "Evaluering", "Eventuelt"};
    private static final String[] SENTENCES = {"Vi aftalte at invitere flere frivillige",
        "Bydelsmødrene fortalte om deres hjemmebesøg", "Boligselskabet orienterede om renoveringen",
        "Der var enighed om at mødes i beboerhuset", "Kommunen vil undersøge muligheden for mere støtte",
        "Ungdomsklubben har fået nye åbningstider", "Forslaget blev drøftet og sendt videre til bestyrelsen",
        "Deltagerne delte erfaringer fra det seneste halve år"};
    private static final String[] TYPES = {"BUSINESS", "MUNICIPAL_INSTITUTION", "HOUSING_ORGANISATION",
        "VOLUNTARY_ORGANISATION", "RESIDENT_ASSOCIATION", "OTHER_ACTOR"};
    private static final LocalTime[][] SLOTS = {
        {LocalTime.of(8, 0), LocalTime.of(10, 0)}, {LocalTime.of(10, 0), LocalTime.of(12, 0)},
        {LocalTime.of(13, 0), LocalTime.of(15, 0)}};

    /** What the scenarios need to know about the generated rows. */
    public record Manifest(double scale, long seed, LocalDate today, int organisations, int people, int groups,
            long meetings, long agendaItems, int rooms, long bookings, long nextMeetingId, String feedToken,
            List<Long> projectorRooms, String searchWord, long millis) {
    }

    private final double scale;
    private final long seed;
    private final LocalDate today;
    private final Instant now;
    private final int organisations;
    private final int people;
    private final int groups;
    private final int rooms;

    public Dataset(double scale, long seed, LocalDate today) {
        this.scale = scale;
        this.seed = seed;
        this.today = today;
        this.now = today.atTime(8, 0).atZone(ZONE).toInstant();
        this.organisations = Math.max(20, (int) Math.round(5_000 * scale));
        this.people = organisations * 4;
        this.groups = Math.max(3, (int) Math.round(1_000 * scale));
        this.rooms = Math.max(3, (int) Math.round(500 * scale));
    }

    /** The JDBC address of the dataset in a directory: the same options as the app's. */
    public static String url(Path directory) {
        return "jdbc:h2:file:" + directory.toAbsolutePath().resolve("tovholder") + ";LOCK_TIMEOUT=10000";
    }

    /** Generates into an empty directory. */
    public Manifest generate(Path directory) throws SQLException, GeneralSecurityException {
        return generate(new TargetDatabase.H2(directory));
    }

    /** Generates into an empty database: H2 or PostgreSQL (the steps that differ are the target's). */
    Manifest generate(TargetDatabase target) throws SQLException, GeneralSecurityException {
        long started = System.nanoTime();
        DataSource source = target.dataSource();
        Flyway.configure(Dataset.class.getClassLoader()).dataSource(source)
                .locations("classpath:db/migration", "classpath:db/vendor/" + target.name())
                .load().migrate();
        try (Connection c = source.getConnection()) {
            c.setAutoCommit(false);
            // indexes and foreign keys off while loading (children's batches may fill before their parents')
            List<String> recreate = target.beforeLoad(c, "person", "group_member", "group_participant", "meeting",
                    "agenda_item", "decision", "action_item", "minutes_version", "booking");
            organisations(c);
            people(c);
            accounts(c);
            long[] groupTotals = groups(c);
            long[] meetingTotals = meetings(c);
            List<Long> projectorRooms = rooms(c);
            long bookings = bookings(c);
            String token = feed(c);
            restartSequences(c);
            c.commit();
            target.restore(c, recreate);
            target.finish(c);
            return new Manifest(scale, seed, today, organisations, people, (int) groupTotals[0], meetingTotals[0],
                    meetingTotals[1], rooms, bookings, meetingTotals[2], token, projectorRooms, SEARCH_WORD,
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
        }
    }

    // ---------------------------------------------------------------- organisations and people

    private void organisations(Connection c) throws SQLException {
        try (PreparedStatement o = c.prepareStatement("insert into organisation (id, version, name, org_type,"
                + " description, address, contact_person, contact_phone, contact_email, contact_consent,"
                + " consent_recorded_at, competences) values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int id = 1; id <= organisations; id++) {
                o.setLong(1, id);
                o.setString(2, id == 1 ? "Boligsocial helhedsplan (benchmark)" : "Organisation " + id);
                o.setString(3, TYPES[id % TYPES.length]);
                o.setString(4, "En organisation i et af landets boligområder, nummer " + id + ".");
                o.setString(5, "Bænkevej " + id + ", " + (1000 + id % 8000) + " By");
                o.setString(6, "Kontakt " + id);
                o.setString(7, String.format(Locale.ROOT, "+45 %08d", 20_000_000 + id));
                o.setString(8, "kontakt" + id + "@bench.example");
                boolean consent = id % 3 != 0;
                o.setBoolean(9, consent);
                o.setTimestamp(10, consent ? Timestamp.from(now) : null);
                o.setString(11, "Lektiehjælp, frivillige, netværk");
                add(o, id);
            }
            o.executeBatch();
        }
    }

    private void people(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("insert into person (id, version, name, job_title, email,"
                + " phone, organisation_id) values (?, 0, ?, ?, ?, ?, ?)")) {
            for (int id = 1; id <= people; id++) {
                p.setLong(1, id);
                p.setString(2, id <= 4 ? new String[] {"Amina Deltager", "Lone Admin", "Mette Koordinator",
                    "Jonas Booker"}[id - 1] : "Person " + id);
                p.setString(3, "Medarbejder");
                p.setString(4, "person" + id + "@bench.example");
                p.setString(5, String.format(Locale.ROOT, "+45 %08d", 30_000_000 + id));
                p.setLong(6, organisationOf(id));
                add(p, id);
            }
            p.executeBatch();
        }
    }

    /** Four people per organisation: people 1-4 are organisation 1's. */
    static long organisationOf(long person) {
        return (person - 1) / 4 + 1;
    }

    static long firstPersonOf(long organisation) {
        return (organisation - 1) * 4 + 1;
    }

    private void accounts(Connection c) throws SQLException, GeneralSecurityException {
        String[][] logins = {{"deltager", "1", null}, {"admin", "2", "ADMIN"}, {"koordinator", "3", "COORDINATOR"},
            {"booker", "4", "BOOKER"}};
        SplittableRandom random = new SplittableRandom(seed);
        try (PreparedStatement a = c.prepareStatement("insert into account (id, version, username, password_hash,"
                + " active, language, created_at, person_id) values (?, 0, ?, ?, true, 'DA', ?, ?)");
                PreparedStatement r = c.prepareStatement("insert into account_role (account_id, role) values (?, ?)")) {
            for (int i = 0; i < logins.length; i++) {
                a.setLong(1, i + 1);
                a.setString(2, logins[i][0]);
                a.setString(3, hash(PASSWORD, random));
                a.setTimestamp(4, Timestamp.from(now));
                a.setLong(5, Long.parseLong(logins[i][1]));
                a.addBatch();
                r.setLong(1, i + 1);
                r.setString(2, "USER");
                r.addBatch();
                if (logins[i][2] != null) {
                    r.setLong(1, i + 1);
                    r.setString(2, logins[i][2]);
                    r.addBatch();
                }
            }
            a.executeBatch();
            r.executeBatch();
        }
    }

    /** The container's PBKDF2 format (Jakarta Security's Pbkdf2PasswordHash): algorithm:iterations:salt:hash. */
    static String hash(String password, SplittableRandom random) throws GeneralSecurityException {
        byte[] salt = new byte[32];
        for (int i = 0; i < salt.length; i++) {
            salt[i] = (byte) random.nextInt(256);
        }
        int iterations = 210_000;
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 64 * 8)).getEncoded();
        Base64.Encoder b64 = Base64.getEncoder();
        return "PBKDF2WithHmacSHA512:" + iterations + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(key);
    }

    // ---------------------------------------------------------------- network groups

    /** The k-th member organisation (0-based) of group g: ten neighbouring organisations. */
    long memberOf(long group, int k) {
        return 2 + ((group - 1) * MEMBERS_PER_GROUP + k) % (organisations - 1);
    }

    /** Whether organisation 1 (the busy participant's) is also a member: one group in fifty. */
    static boolean busy(long group) {
        return group % 50 == 1;
    }

    LocalDate rotaStart() {
        return today.minusYears(YEARS).withDayOfMonth(1);
    }

    static DayOfWeek dayOf(long group) {
        return DayOfWeek.of(1 + (int) (group % 4));
    }

    static int weekOf(long group) {
        return 1 + (int) (group / 4 % 4);
    }

    static LocalTime startOf(long group) {
        return LocalTime.of(9 + (int) (group % 6), 0);
    }

    private long[] groups(Connection c) throws SQLException {
        long members = 0;
        try (PreparedStatement g = c.prepareStatement("insert into network_group (id, version, name, purpose, theme,"
                + " visibility, administrator_id, rotation_unit, rota_start, cadence_kind, cadence_interval,"
                + " cadence_day, cadence_week_of_month, cadence_start_time, cadence_minutes, cadence_first_date,"
                + " created_at, kind) values (?, 0, ?, ?, ?, ?, ?, 'MEETING', ?, 'MONTHLY', 1, ?, ?, ?, 120, ?, ?,"
                + " 'NETWORK')");
                PreparedStatement m = c.prepareStatement("insert into group_member (id, group_id, organisation_id,"
                        + " core, rota_position, joined_at) values (?, ?, ?, ?, ?, ?)");
                PreparedStatement p = c.prepareStatement("insert into group_participant (group_id, person_id)"
                        + " values (?, ?)")) {
            Timestamp created = Timestamp.from(rotaStart().atStartOfDay(ZONE).toInstant());
            for (long id = 1; id <= groups; id++) {
                g.setLong(1, id);
                g.setString(2, "Netværksgruppe " + id);
                g.setString(3, "Samarbejde mellem områdets organisationer, gruppe " + id + ".");
                g.setString(4, TOPICS[(int) (id % TOPICS.length)]);
                g.setString(5, id % 5 == 0 ? "MEMBERS_ONLY" : "OPEN");
                g.setLong(6, busy(id) ? 3 : firstPersonOf(memberOf(id, 0)));
                g.setObject(7, rotaStart());
                g.setString(8, dayOf(id).name());
                g.setInt(9, weekOf(id));
                g.setObject(10, startOf(id));
                g.setObject(11, rotaStart());
                g.setTimestamp(12, created);
                add(g, id);
                List<Long> organisationIds = new ArrayList<>();
                if (busy(id)) {
                    organisationIds.add(1L);
                }
                for (int k = 0; k < MEMBERS_PER_GROUP; k++) {
                    organisationIds.add(memberOf(id, k));
                }
                for (int k = 0; k < organisationIds.size(); k++) {
                    long organisation = organisationIds.get(k);
                    members++;
                    m.setLong(1, members);
                    m.setLong(2, id);
                    m.setLong(3, organisation);
                    m.setBoolean(4, k < CORE_PER_GROUP);
                    m.setObject(5, k < CORE_PER_GROUP ? k + 1 : null);
                    m.setTimestamp(6, created);
                    add(m, members);
                    p.setLong(1, id);
                    p.setLong(2, firstPersonOf(organisation));
                    p.addBatch();
                }
                if (id % BATCH == 0) {
                    p.executeBatch();
                }
            }
            g.executeBatch();
            m.executeBatch();
            p.executeBatch();
        }
        return new long[] {groups, members};
    }

    // ---------------------------------------------------------------- meetings, agendas, minutes

    /** Returns {meetings, agenda items, the busy participant's next meeting}. */
    private long[] meetings(Connection c) throws SQLException {
        long meetingId = 0;
        long itemId = 0;
        long decisionId = 0;
        long actionId = 0;
        long versionId = 0;
        long nextMeeting = 0;
        Instant nextStart = null;
        try (PreparedStatement m = c.prepareStatement("insert into meeting (id, version, group_id, series_date, title,"
                + " starts_at, ends_at, place, status, moved, agenda_published_at, minutes_approved_at, place_changed,"
                + " minutes_circulated_at) values (?, 0, ?, ?, ?, ?, ?, ?, ?, false, ?, ?, false, ?)");
                PreparedStatement i = c.prepareStatement("insert into agenda_item (id, meeting_id, position, title,"
                        + " description, item_type, minutes, notes) values (?, ?, ?, ?, ?, ?, 10, ?)");
                PreparedStatement d = c.prepareStatement("insert into decision (id, meeting_id, agenda_item_id, text,"
                        + " created_at) values (?, ?, ?, ?, ?)");
                PreparedStatement a = c.prepareStatement("insert into action_item (id, version, group_id, meeting_id,"
                        + " meeting_start, agenda_item_id, what, responsible_organisation_id, due_date, status,"
                        + " done_at, created_at) values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement v = c.prepareStatement("insert into minutes_version (id, meeting_id, number, content,"
                        + " approved_at) values (?, ?, 1, ?, ?)")) {
            LocalDate last = today.plusMonths(MONTHS_AHEAD);
            for (long group = 1; group <= groups; group++) {
                boolean nextPublished = false;
                for (LocalDate month = rotaStart(); month.isBefore(last); month = month.plusMonths(1)) {
                    LocalDate day = month.with(TemporalAdjusters.dayOfWeekInMonth(weekOf(group), dayOf(group)));
                    if (day.isBefore(rotaStart()) || !day.isBefore(last)) {
                        continue;
                    }
                    Instant starts = day.atTime(startOf(group)).atZone(ZONE).toInstant();
                    Instant ends = starts.plus(Duration.ofMinutes(120));
                    boolean past = starts.isBefore(now);
                    boolean next = !past && !nextPublished;
                    meetingId++;
                    m.setLong(1, meetingId);
                    m.setLong(2, group);
                    m.setObject(3, day);
                    m.setString(4, "Netværksgruppe " + group);
                    m.setObject(5, at(starts));
                    m.setObject(6, at(ends));
                    m.setString(7, "Mødelokale " + (group % 7 + 1));
                    m.setString(8, past ? "MINUTES_APPROVED" : next ? "AGENDA_PUBLISHED" : "PLANNED");
                    m.setObject(9, past || next ? at(starts.minus(Duration.ofDays(7))) : null);
                    m.setObject(10, past ? at(starts.plus(Duration.ofDays(10))) : null);
                    m.setObject(11, past ? at(starts.plus(Duration.ofDays(3))) : null);
                    add(m, meetingId);
                    if (next) {
                        nextPublished = true;
                        if (busy(group) && (nextStart == null || starts.isBefore(nextStart))) {
                            nextStart = starts;
                            nextMeeting = meetingId;
                        }
                    }
                    if (!past && !next) {
                        continue;
                    }
                    StringBuilder minutes = new StringBuilder();
                    long firstItem = itemId + 1;
                    for (int k = 1; k <= ITEMS_PER_MEETING; k++) {
                        itemId++;
                        long h = mix(itemId);
                        i.setLong(1, itemId);
                        i.setLong(2, meetingId);
                        i.setInt(3, k - 1); // the list order column counts from 0
                        i.setString(4, TOPICS[(int) ((h >>> 8) % TOPICS.length)]);
                        i.setString(5, "Punktet forberedes af den organisation, der er tovholder.");
                        i.setString(6, k % 3 == 0 ? "DECISION" : k % 3 == 1 ? "INFORMATION" : "DISCUSSION");
                        String note = past ? SENTENCES[(int) ((h >>> 16) % SENTENCES.length)]
                                + ((h >>> 24) % 50 == 0 ? ", og om " + SEARCH_WORD + "en i beboerhuset." : ".") : null;
                        i.setString(7, note);
                        add(i, itemId);
                        if (note != null) {
                            minutes.append(k).append(". ").append(note).append('\n');
                        }
                    }
                    if (!past) {
                        continue;
                    }
                    Timestamp decided = Timestamp.from(starts.plus(Duration.ofDays(3)));
                    for (int k = 0; k < 2; k++) {
                        decisionId++;
                        d.setLong(1, decisionId);
                        d.setLong(2, meetingId);
                        d.setLong(3, firstItem + 2 + 3 * k);
                        d.setString(4, "Gruppen besluttede at " + (k == 0 ? "fortsætte samarbejdet om "
                                + TOPICS[(int) (mix(decisionId) % TOPICS.length)].toLowerCase(Locale.ROOT)
                                : "holde næste møde som planlagt") + ".");
                        d.setTimestamp(5, decided);
                        add(d, decisionId);
                    }
                    actionId++;
                    LocalDate due = day.plusDays(30);
                    boolean open = due.isAfter(today.minusDays(60));
                    a.setLong(1, actionId);
                    a.setLong(2, group);
                    a.setLong(3, meetingId);
                    a.setObject(4, at(starts));
                    a.setLong(5, firstItem + 1);
                    a.setString(6, "Følg op på " + TOPICS[(int) (mix(actionId) % TOPICS.length)].toLowerCase(Locale.ROOT));
                    a.setLong(7, memberOf(group, (int) (actionId % CORE_PER_GROUP)));
                    a.setObject(8, due);
                    a.setString(9, open ? "OPEN" : "DONE");
                    a.setObject(10, open ? null : at(starts.plus(Duration.ofDays(20))));
                    a.setTimestamp(11, decided);
                    add(a, actionId);
                    versionId++;
                    v.setLong(1, versionId);
                    v.setLong(2, meetingId);
                    v.setString(3, minutes.toString());
                    v.setObject(4, at(starts.plus(Duration.ofDays(10))));
                    add(v, versionId);
                }
            }
            m.executeBatch();
            i.executeBatch();
            d.executeBatch();
            a.executeBatch();
            v.executeBatch();
        }
        return new long[] {meetingId, itemId, nextMeeting};
    }

    // ---------------------------------------------------------------- rooms and bookings

    private List<Long> rooms(Connection c) throws SQLException {
        List<Long> projectors = new ArrayList<>();
        try (PreparedStatement r = c.prepareStatement("insert into room (id, version, owner_id, name, address,"
                + " directions, capacity, practical_info, open_to_all, approval_required, min_minutes, max_minutes,"
                + " max_days_ahead, buffer_minutes, active) values (?, 0, ?, ?, ?, ?, ?, ?, true, false, 15, 600, 730,"
                + " 0, true)");
                PreparedStatement f = c.prepareStatement("insert into room_facility (room_id, facility) values (?, ?)");
                PreparedStatement o = c.prepareStatement("insert into room_opening (room_id, weekday, opens_at,"
                        + " closes_at) values (?, ?, 420, 1320)")) {
            for (long id = 1; id <= rooms; id++) {
                int capacity = 8 + (int) (id * 7 % 33);
                r.setLong(1, id);
                // the benchmark's organisation 1 owns a tenth of the rooms (50 at scale 1: its day overview)
                r.setLong(2, id <= Math.max(1, rooms / 10) ? 1 : 1 + id * 10 % organisations);
                r.setString(3, "Lokale " + id);
                r.setString(4, "Lokalevej " + id + ", " + (1000 + id % 8000) + " By");
                r.setString(5, "Stuen, dør " + (id % 9 + 1));
                r.setInt(6, capacity);
                r.setString(7, "Nøglen hentes i receptionen.");
                add(r, id);
                f.setLong(1, id);
                f.setString(2, "WIFI");
                f.addBatch();
                if (id % 2 == 0) {
                    f.setLong(1, id);
                    f.setString(2, "WHITEBOARD");
                    f.addBatch();
                }
                if (id % 3 == 0) {
                    f.setLong(1, id);
                    f.setString(2, "PROJECTOR");
                    f.addBatch();
                    if (capacity >= 12) {
                        projectors.add(id);
                    }
                }
                for (int day = 1; day <= 7; day++) {
                    o.setLong(1, id);
                    o.setInt(2, day);
                    o.addBatch();
                }
            }
            r.executeBatch();
            f.executeBatch();
            o.executeBatch();
        }
        return projectors;
    }

    /** Weekdays of ten years back and half a year ahead: three slots a day, three in five of them booked. */
    private long bookings(Connection c) throws SQLException {
        long id = 0;
        try (PreparedStatement b = c.prepareStatement("insert into booking (id, version, room_id, organisation_id,"
                + " booked_by, purpose, private_purpose, people, starts_at, ends_at, status, moved, created_at)"
                + " values (?, 0, ?, ?, ?, ?, ?, 8, ?, ?, 'CONFIRMED', false, ?)")) {
            LocalDate last = today.plusMonths(MONTHS_AHEAD);
            for (long room = 1; room <= rooms; room++) {
                for (LocalDate day = rotaStart(); day.isBefore(last); day = day.plusDays(1)) {
                    if (day.getDayOfWeek().getValue() > 5) {
                        continue;
                    }
                    for (int slot = 0; slot < SLOTS.length; slot++) {
                        long h = mix(room * 1_000_003L + day.toEpochDay() * 7 + slot);
                        if ((h >>> 4) % 5 >= 3) {
                            continue;
                        }
                        long organisation = 2 + (h >>> 12) % (organisations - 1);
                        Instant starts = day.atTime(SLOTS[slot][0]).atZone(ZONE).toInstant();
                        id++;
                        b.setLong(1, id);
                        b.setLong(2, room);
                        b.setLong(3, organisation);
                        b.setLong(4, firstPersonOf(organisation));
                        b.setString(5, TOPICS[(int) ((h >>> 20) % TOPICS.length)]);
                        b.setBoolean(6, (h >>> 28) % 7 == 0);
                        b.setObject(7, at(starts));
                        b.setObject(8, at(day.atTime(SLOTS[slot][1]).atZone(ZONE).toInstant()));
                        b.setObject(9, at(starts.minus(Duration.ofDays(14))));
                        add(b, id);
                    }
                }
            }
            b.executeBatch();
        }
        return id;
    }

    /** The busy participant's personal calendar feed, with a token derived from the seed. */
    private String feed(Connection c) throws SQLException {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        byte[] bytes = new byte[32];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) random.nextInt(256);
        }
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        try (PreparedStatement f = c.prepareStatement("insert into calendar_feed (id, person_id, kind, token,"
                + " created_at) values (1, 1, 'PERSON', ?, ?)")) {
            f.setString(1, token);
            f.setTimestamp(2, Timestamp.from(now));
            f.executeUpdate();
        }
        return token;
    }

    /** Sequences continue after the generated ids (EclipseLink takes blocks of 50). */
    private static void restartSequences(Connection c) throws SQLException {
        String[] tables = {"organisation", "person", "account", "network_group", "group_member", "meeting",
            "agenda_item", "decision", "action_item", "minutes_version", "room", "booking", "calendar_feed"};
        try (Statement s = c.createStatement()) {
            for (String table : tables) {
                long max;
                try (var rs = s.executeQuery("select coalesce(max(id), 0) from " + table)) {
                    rs.next();
                    max = rs.getLong(1);
                }
                s.execute("alter sequence " + table + "_seq restart with " + ((max / 50 + 2) * 50));
            }
        }
    }

    // ---------------------------------------------------------------- helpers


    /** A deterministic hash of a number and the seed (SplitMix64's finaliser), never negative. */
    private long mix(long x) {
        long z = x + seed * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (z ^ (z >>> 31)) & Long.MAX_VALUE;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** Adds to the batch, sends a full one, and commits every twenty. */
    private static void add(PreparedStatement statement, long count) throws SQLException {
        statement.addBatch();
        if (count % BATCH == 0) {
            statement.executeBatch();
            if (count % (BATCH * 20) == 0) {
                statement.getConnection().commit();
            }
        }
    }

    /** {@code Dataset <scale> <seed> <directory>}: generates and prints the manifest. */
    public static void main(String[] args) throws Exception {
        double scale = Double.parseDouble(args[0]);
        Path directory = Path.of(args[2]);
        Files.createDirectories(directory);
        Manifest manifest = new Dataset(scale, Long.parseLong(args[1]), LocalDate.now(ZONE)).generate(directory);
        Files.writeString(directory.resolve("manifest.txt"), manifest.toString(), StandardCharsets.UTF_8);
        System.out.println(manifest);
    }
}
