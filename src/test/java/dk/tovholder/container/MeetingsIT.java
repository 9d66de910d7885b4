package dk.tovholder.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tovholder.caller.Caller;
import dk.tovholder.caller.Role;
import dk.tovholder.clock.AppClock;
import dk.tovholder.meeting.boundary.AgendaItemForm;
import dk.tovholder.meeting.boundary.AgendaProposals;
import dk.tovholder.meeting.boundary.Attendances;
import dk.tovholder.meeting.boundary.MeetingSeries;
import dk.tovholder.meeting.boundary.Meetings;
import dk.tovholder.meeting.boundary.Minutes;
import dk.tovholder.meeting.boundary.Search;
import dk.tovholder.meeting.entity.AgendaItem;
import dk.tovholder.meeting.entity.Attendance;
import dk.tovholder.meeting.entity.Meeting;
import dk.tovholder.meeting.entity.MeetingStatus;
import dk.tovholder.network.boundary.GroupForm;
import dk.tovholder.network.boundary.NetworkGroups;
import dk.tovholder.network.entity.Cadence;
import dk.tovholder.network.entity.CadenceKind;
import dk.tovholder.refusal.Conflict;
import dk.tovholder.refusal.Forbidden;
import dk.tovholder.refusal.Refusal;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Meetings inside the server: the series, per-occurrence changes, attendance. */
@ExtendWith(ArquillianExtension.class)
class MeetingsIT {

    private static final String NETWORK_GROUP = "Netværksgruppen i Søndermarkskvarteret";

    @Deployment
    static WebArchive deployment() {
        return Deployments.tovholder();
    }

    @Inject
    Meetings meetings;

    @Inject
    Minutes minutes;

    @Inject
    AgendaProposals proposals;

    @Inject
    Attendances attendances;

    @Inject
    MeetingSeries series;

    @Inject
    Search search;

    @Resource(lookup = "java:app/jdbc/tovholder")
    DataSource dataSource;

    @Inject
    MeetingTestData data;

    @Inject
    NetworkTestData people;

    private Caller coordinator() {
        return people.callerFor("Mette Holm", Role.COORDINATOR);
    }

    @Test
    void aMeetingMovedByHandStaysMovedWhenTheSeriesIsExtendedAgain() {
        Long group = data.groupId(NETWORK_GROUP);
        LocalDate today = AppClock.today();
        List<Meeting> coming = meetings.ofGroup(group, coordinator(), today, today.plusMonths(3));
        Meeting first = coming.stream().filter(m -> m.getSeriesDate() != null).findFirst().orElseThrow();
        Instant moved = data.move(first.getId());

        int created = series.extend(data.group(group), today);
        assertEquals(0, created, "the series already has its meetings");
        assertEquals(1, data.meetingsOnSeriesDay(group, first.getSeriesDate()), "no second meeting for the moved day");
        assertEquals(moved, data.meeting(first.getId()).getStartsAt(), "the moved time stays");
        assertTrue(data.meeting(first.getId()).isMoved());
    }

    @Test
    void participantsAnswerAndTheCoordinatorRecordsWhoCame() {
        Long group = data.groupId(NETWORK_GROUP);
        Long meeting = data.pastMeeting(group);
        Caller amina = people.callerFor("Amina Yusuf");
        Caller outsider = people.callerFor("Lone Andersen"); // from a member organisation, but no participant
        attendances.answer(meeting, Attendance.Answer.ATTENDING, "kommer", amina);
        attendances.answer(meeting, Attendance.Answer.NOT_ATTENDING, "syg", amina);
        assertThrows(Forbidden.class, () -> attendances.answer(meeting, Attendance.Answer.ATTENDING, null, outsider));
        assertThrows(Forbidden.class, () -> attendances.recordAttended(meeting, Set.of(), amina),
                "a participant cannot record attendance");

        Long jonas = people.personId("Jonas Berg");
        attendances.recordAttended(meeting, Set.of(jonas), coordinator());
        List<Attendance> attendance = attendances.attendance(meetings.find(meeting, coordinator()));
        Map<String, Attendance> byName = attendance.stream()
                .filter(a -> Set.of("Amina Yusuf", "Jonas Berg").contains(a.getPerson().getName()))
                .collect(Collectors.toMap(a -> a.getPerson().getName(), a -> a));
        assertEquals(Attendance.Answer.NOT_ATTENDING, byName.get("Amina Yusuf").getAnswer(), "the last answer counts");
        assertEquals("syg", byName.get("Amina Yusuf").getNote());
        assertEquals(Boolean.FALSE, byName.get("Amina Yusuf").getAttended());
        assertEquals(Boolean.TRUE, byName.get("Jonas Berg").getAttended());
        assertEquals(1, attendance.stream().filter(a -> Boolean.TRUE.equals(a.getAttended())).count());
    }

    @Test
    void attendanceCannotBeRecordedBeforeTheMeeting() {
        Long group = data.groupId(NETWORK_GROUP);
        LocalDate today = AppClock.today();
        Meeting coming = meetings.ofGroup(group, coordinator(), today, today.plusMonths(3)).stream()
                .filter(m -> m.getStartsAt().isAfter(AppClock.now())).findFirst().orElseThrow();
        Refusal refused = assertThrows(Refusal.class, () -> attendances.recordAttended(coming.getId(), Set.of(), coordinator()));
        assertEquals("attendance.notYet", refused.messageKey());
    }

    @Test
    void seriesChangesLeaveMeetingsWithTheirOwnTimeOrPlaceAlone() {
        GroupForm form = new GroupForm();
        LocalDate first = AppClock.today().plusDays(2);
        form.setName("Seriegruppen " + System.nanoTime());
        form.setCadenceKind(CadenceKind.WEEKLY);
        form.setWeeks(1);
        form.setDay(first.getDayOfWeek());
        form.setFirstDate(first);
        form.setRotaStart(first);
        Long group = groupsOf().create(form, coordinator()).getId();
        List<Meeting> m = meetings.ofGroup(group, coordinator(), first, first.plusWeeks(4));
        assertEquals(4, m.size());
        LocalTime nine = LocalTime.of(9, 0);

        meetings.change(m.get(1).getId(), m.get(1).getVersion(), m.get(1).getSeriesDate().plusDays(1),
                LocalTime.of(10, 0), 60, null, Meetings.Scope.THIS, coordinator());
        meetings.change(m.get(2).getId(), version(m.get(2)), m.get(2).getSeriesDate(), nine, 120, "Fælleshuset",
                Meetings.Scope.THIS, coordinator());
        meetings.change(m.get(0).getId(), version(m.get(0)), m.get(0).getSeriesDate(), LocalTime.of(13, 0),
                90, "Medborgercentret", Meetings.Scope.FOLLOWING, coordinator());

        List<Meeting> after = meetings.ofGroup(group, coordinator(), first, first.plusWeeks(5));
        assertEquals(13, local(after.get(0)).getHour(), "the series moves to 13:00");
        assertEquals(m.get(1).getSeriesDate().plusDays(1), local(after.get(1)).toLocalDate(), "the moved one stays moved");
        assertEquals(10, local(after.get(1)).getHour());
        assertEquals("Fælleshuset", after.get(2).getPlace(), "its own place stays");
        assertEquals(13, local(after.get(2)).getHour(), "but it follows the series' time");
        assertEquals("Medborgercentret", after.get(3).getPlace());
        Meeting later = after.get(after.size() - 1);
        assertEquals(13, local(later).getHour(), "every later meeting of the series follows the new time");
        assertEquals("Medborgercentret", later.getPlace(), "and the new place");
        assertEquals(LocalTime.of(13, 0), data.group(group).getCadence().getStartTime(),
                "the group's rhythm changes too, so meetings created from now on start at 13:00");
        assertEquals(90, data.group(group).getCadence().getMinutes());

        meetings.change(after.get(1).getId(), version(after.get(1)), after.get(1).getSeriesDate(),
                LocalTime.of(14, 0), 90, "Medborgercentret", Meetings.Scope.FOLLOWING, coordinator());
        Meeting rejoined = data.meeting(after.get(1).getId());
        assertEquals(after.get(1).getSeriesDate(), local(rejoined).toLocalDate(),
                "the edited meeting takes the series' day and time again");
        assertEquals(14, local(rejoined).getHour());
        assertTrue(!rejoined.isMoved() && "Medborgercentret".equals(rejoined.getPlace()));
        assertEquals("Fælleshuset", data.meeting(after.get(2).getId()).getPlace(), "a later one keeps its own place");

        Refusal noReason = assertThrows(Refusal.class,
                () -> meetings.cancel(after.get(3).getId(), version(after.get(3)), " ", coordinator()));
        assertEquals("meeting.cancel.reason", noReason.messageKey());
        meetings.cancel(after.get(3).getId(), version(after.get(3)), "Helligdag", coordinator());
        assertEquals(MeetingStatus.CANCELLED,
                data.meeting(after.get(3).getId()).getStatus(), "cancelled, and still in the history");
    }

    @Test
    void approvedMinutesAreFoundByTheirTextAndOnPostgreSqlByTheirDanishWords() throws Exception {
        Long meeting = data.pastMeeting(data.groupId(NETWORK_GROUP));
        AgendaItemForm item = new AgendaItemForm();
        item.setTitle("Gårdens fremtid " + meeting);
        meetings.addItem(meeting, versionOf(meeting), item, coordinator());
        meetings.publishAgenda(meeting, versionOf(meeting), coordinator());
        Long itemId = data.meeting(meeting).getAgenda().get(0).getId();
        minutes.writeNotes(meeting, versionOf(meeting), itemId, "Beboerne ønsker at legepladsen ved blok " + meeting
                + " bliver større.", coordinator());
        minutes.addDecision(meeting, versionOf(meeting), null, "Haverne passes af beboerne fra blok " + meeting + ".",
                coordinator());
        assertEquals(List.of(), kindsFound("legepladsen ved blok " + meeting, meeting), "draft minutes are not searched");
        minutes.approveMinutes(meeting, versionOf(meeting), null, coordinator());

        assertEquals(List.of("MINUTES"), kindsFound("legepladsen ved blok " + meeting, meeting), "the text, in the notes");
        boolean postgres;
        try (Connection connection = dataSource.getConnection()) {
            postgres = connection.getMetaData().getDatabaseProductName().contains("PostgreSQL");
        }
        // other word forms than the minutes use: a plural for a definite form, and the other way round
        List<String> byWords = kindsFound("legepladser ved blok " + meeting, meeting);
        List<String> decisions = kindsFound("haven passes af beboere fra blok " + meeting, meeting);
        if (postgres) {
            assertEquals(List.of("MINUTES"), byWords, "PostgreSQL finds the notes by the stems of their words");
            assertEquals(List.of("DECISION"), decisions, "and the decision");
        } else {
            assertEquals(List.of(), byWords, "H2 finds the text only");
            assertEquals(List.of(), decisions);
        }
    }

    @Test
    void searchFindsPartsOfWordsAndFollowsEveryChangeOfTheText() throws Exception {
        Long meeting = data.pastMeeting(data.groupId(NETWORK_GROUP));
        String tag = "xq" + meeting; // a word no other meeting has
        AgendaItemForm item = new AgendaItemForm();
        item.setTitle("Lektiecaféen " + tag);
        meetings.addItem(meeting, versionOf(meeting), item, coordinator());
        assertEquals(List.of(), kindsFound("ecaféen " + tag, meeting), "an unpublished agenda is not found");
        meetings.publishAgenda(meeting, versionOf(meeting), coordinator());
        // the middle of a word, and the words after it, in any case
        assertEquals(List.of("AGENDA"), kindsFound("ECAFÉEN " + tag, meeting), "found once the agenda is published");
        assertTrue(!onH2() || indexed(meeting, "lektiecaféen"), "on H2, the word index holds the meeting's words");

        Long itemId = data.meeting(meeting).getAgenda().get(0).getId();
        item.setTitle("Gårdmandsmøde " + tag);
        meetings.changeItem(meeting, versionOf(meeting), itemId, item, coordinator());
        assertEquals(List.of(), kindsFound("ecaféen " + tag, meeting), "the old title is no longer found");
        assertEquals(List.of("AGENDA"), kindsFound("dmandsmø", meeting), "the new title is");

        LocalDate earlier = data.meeting(meeting).getStartsAt().atZone(AppClock.ZONE).toLocalDate().minusDays(7);
        meetings.change(meeting, versionOf(meeting), earlier, LocalTime.of(9, 0), 60, null,
                Meetings.Scope.THIS, coordinator());
        Instant moved = data.meeting(meeting).getStartsAt();
        assertEquals(List.of(moved), search.find("dmandsmøde " + tag, coordinator()).stream()
                .map(Search.Hit::meetingStart).toList(), "a moved meeting is found at its new time");

        minutes.writeNotes(meeting, versionOf(meeting), itemId, "Bydelsmødrene " + tag + " holder åbent hus.",
                coordinator());
        minutes.addDecision(meeting, versionOf(meeting), null, "Vaskeriet " + tag + " får nye maskiner.",
                coordinator());
        assertEquals(List.of(), kindsFound("elsmødrene " + tag, meeting), "draft notes are not found");
        minutes.approveMinutes(meeting, versionOf(meeting), null, coordinator());
        assertEquals(List.of("MINUTES"), kindsFound("elsmødrene " + tag, meeting), "approved notes are");
        assertEquals(List.of("DECISION"), kindsFound("skeriet " + tag, meeting), "and the decision");

    }

    @Test
    void twoNoteTakersOfOneMeetingAtOnceLoseNoWordAndBothAreFound() throws Exception {
        Long meeting = data.pastMeeting(data.groupId(NETWORK_GROUP));
        for (String title : List.of("Første punkt", "Andet punkt")) {
            AgendaItemForm item = new AgendaItemForm();
            item.setTitle(title);
            meetings.addItem(meeting, versionOf(meeting), item, coordinator());
        }
        meetings.publishAgenda(meeting, versionOf(meeting), coordinator());
        List<Long> items = data.meeting(meeting).getAgenda().stream().map(i -> i.getId()).toList();
        String tag = "zw" + meeting;
        ExecutorService writers = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> done = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                Long itemId = items.get(w);
                String who = w == 0 ? "alfa" : "beta";
                done.add(writers.submit(() -> {
                    String base = null;
                    for (int save = 1; save <= 10; save++) {
                        String notes = who + "notat" + save + " " + tag;
                        for (int attempt = 0; ; attempt++) {
                            try {
                                minutes.saveNotes(meeting, itemId, base, notes, coordinator());
                                break;
                            } catch (Conflict raced) {
                                // another save of the meeting came first: try again a moment later, as the page's
                                // next autosave does (saving back to back, the two collide again and again)
                                if (!"refusal.staleEdit".equals(raced.messageKey()) || attempt > 100) {
                                    throw raced;
                                }
                                Thread.sleep(ThreadLocalRandom.current().nextInt(5, 40));
                            }
                        }
                        base = notes;
                    }
                    return base;
                }));
            }
            for (Future<String> writer : done) {
                writer.get(2, TimeUnit.MINUTES);
            }
        } finally {
            writers.shutdownNow();
        }
        assertEquals(List.of("alfanotat10 " + tag, "betanotat10 " + tag), data.meeting(meeting).getAgenda().stream()
                .map(i -> i.getNotes()).toList(), "each writer's last notes are stored");
        minutes.approveMinutes(meeting, versionOf(meeting), null, coordinator());
        assertEquals(List.of("MINUTES"), kindsFound("lfanotat10 " + tag, meeting));
        assertEquals(List.of("MINUTES"), kindsFound("etanotat10 " + tag, meeting));
        assertEquals(List.of(), kindsFound("lfanotat9 " + tag, meeting), "an overwritten draft is not found");
        if (onH2()) {
            assertTrue(indexed(meeting, "betanotat10") && !indexed(meeting, "betanotat9"), "the word index follows");
        }
    }

    private boolean onH2() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().contains("H2");
        }
    }

    /** Whether H2's word index (V31; PostgreSQL has none) holds the word for the meeting. */
    private boolean indexed(Long meeting, String word) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select count(*) from search_posting p"
                        + " join search_word w on w.id = p.word_id where p.meeting_id = ? and w.word = ?")) {
            query.setLong(1, meeting);
            query.setString(2, word);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getInt(1) == 1;
            }
        }
    }

    /** What the coordinator's search finds of the meeting: MINUTES, AGENDA or DECISION per hit. */
    private List<String> kindsFound(String query, Long meeting) {
        return search.find(query, coordinator()).stream().filter(h -> h.meetingId().equals(meeting))
                .map(Search.Hit::kind).toList();
    }

    @Test
    void aCorrectionAfterApprovalBecomesANewVersionAndTheOldOneStays() {
        Long meeting = data.pastMeeting(data.groupId(NETWORK_GROUP));
        AgendaItemForm item = new AgendaItemForm();
        item.setTitle("Højskoledagene");
        meetings.addItem(meeting, version(meetings.find(meeting, coordinator())), item, coordinator());
        minutes.addDecision(meeting, versionOf(meeting), null, "Højskoledagene holdes i uge 14.", coordinator());
        minutes.approveMinutes(meeting, versionOf(meeting), null, coordinator());

        ConstraintViolationException noReason = assertThrows(ConstraintViolationException.class,
                () -> minutes.reopenForCorrection(meeting, versionOf(meeting), " ", coordinator()));
        assertEquals("{minutes.correction.reason}",
                noReason.getConstraintViolations().iterator().next().getMessageTemplate());
        assertTrue(minutes.versions(meetings.find(meeting, coordinator())).size() == 1
                && meetings.find(meeting, coordinator()).isMinutesApproved(), "refused: the minutes stay approved");
        minutes.reopenForCorrection(meeting, versionOf(meeting), "Forkert uge", coordinator());
        minutes.addDecision(meeting, versionOf(meeting), null, "Rettelse: Højskoledagene holdes i uge 15.",
                coordinator());
        minutes.approveMinutes(meeting, versionOf(meeting), null, coordinator());

        var versions = minutes.versions(meetings.find(meeting, coordinator()));
        assertEquals(2, versions.size());
        assertEquals(2, versions.get(0).getNumber(), "newest first");
        assertTrue(versions.get(0).getContent().contains("uge 15") && "Forkert uge".equals(versions.get(0).getReason()));
        assertTrue(versions.get(1).getContent().contains("uge 14") && !versions.get(1).getContent().contains("uge 15"),
                "the first approved version is kept as it was");
    }

    @Test
    void anItemDraggedToTheTopBecomesTheFirstAndTheOthersKeepTheirOrder() {
        Long meeting = data.pastMeeting(data.groupId(NETWORK_GROUP));
        for (String title : List.of("Velkommen", "Lektiecaféen", "Eventuelt")) {
            AgendaItemForm item = new AgendaItemForm();
            item.setTitle(title);
            meetings.addItem(meeting, versionOf(meeting), item, coordinator());
        }
        Long last = data.meeting(meeting).getAgenda().get(2).getId();
        meetings.moveItemTo(meeting, versionOf(meeting), last, 0, coordinator());
        assertEquals(List.of("Eventuelt", "Velkommen", "Lektiecaféen"), data.meeting(meeting).getAgenda().stream()
                .map(AgendaItem::getTitle).toList());
    }

    private long versionOf(Long meeting) {
        return data.meeting(meeting).getVersion();
    }

    @Inject
    NetworkGroups networkGroups;

    private NetworkGroups groupsOf() {
        return networkGroups;
    }

    private long version(Meeting meeting) {
        return data.meeting(meeting.getId()).getVersion();
    }

    private static ZonedDateTime local(Meeting meeting) {
        return meeting.getStartsAt().atZone(Cadence.ZONE);
    }
}
