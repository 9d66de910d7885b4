package dk.tovholder.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tovholder.caller.Caller;
import dk.tovholder.caller.Role;
import dk.tovholder.clock.AppClock;
import dk.tovholder.diagnostics.StatementCounter;
import dk.tovholder.identity.boundary.Accounts;
import dk.tovholder.language.ValidationText;
import dk.tovholder.mail.entity.OutboxMail;
import dk.tovholder.meeting.boundary.AgendaItemForm;
import dk.tovholder.meeting.boundary.MeetingArchive;
import dk.tovholder.meeting.boundary.Meetings;
import dk.tovholder.meeting.entity.ItemType;
import dk.tovholder.meeting.entity.Meeting;
import dk.tovholder.network.boundary.DutyChecklists;
import dk.tovholder.network.boundary.GroupForm;
import dk.tovholder.network.boundary.MeetingDuty;
import dk.tovholder.network.boundary.NetworkGroups;
import dk.tovholder.network.boundary.RotaOverview;
import dk.tovholder.network.boundary.RotaTurn;
import dk.tovholder.network.control.Rota;
import dk.tovholder.network.entity.Cadence;
import dk.tovholder.network.entity.CadenceKind;
import dk.tovholder.network.entity.JoinRequest;
import dk.tovholder.network.entity.NetworkGroup;
import dk.tovholder.network.entity.RotaEvent;
import dk.tovholder.network.entity.RotaEventKind;
import dk.tovholder.network.entity.SwapRequest;
import dk.tovholder.network.entity.Visibility;
import dk.tovholder.refusal.Conflict;
import dk.tovholder.refusal.Forbidden;
import dk.tovholder.refusal.NotFound;
import dk.tovholder.refusal.Refusal;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Network groups and the rotating coordinator duty inside the server: who may
 * see and change a group, skips, swaps, member changes, join requests and the
 * group version that makes the second of two concurrent changes fail. Each
 * test makes a group of its own (weekly, starting in a few days, so that all
 * its turns lie ahead), except the one that checks the demo network.
 */
@ExtendWith(ArquillianExtension.class)
class NetworkGroupsIT {

    private static final String NETWORK_GROUP = "Netværksgruppen i Søndermarkskvarteret";
    private static final String SAFETY_GROUP = "Tryghedsgruppen for unge";
    private static final String PROGRAMME = "Boligsocial helhedsplan for Søndermarkskvarteret";
    private static final String CITIZENS_CENTRE = "Medborgercentret Norden Plads";
    private static final String HOUSING = "Frederiksberg Forenede Boligselskaber (FFB)";
    private static final String RED_CROSS = "Røde Kors";
    private static final String MOTHERS = "Bydelsmødre";
    private static final String TARTUHUS = "Afdelingsbestyrelsen i Tartuhus";
    private static final String PHARMACY = "Apoteket Lille Bjørn";
    private static final String RED_CROSS_CONTACT = "Frivilligkoordinator, Røde Kors";

    @Deployment
    static WebArchive deployment() {
        return Deployments.tovholder();
    }

    @Inject
    NetworkGroups groups;

    @Inject
    DutyChecklists checklists;

    @Inject
    Accounts accounts;

    @Inject
    NetworkTestData data;

    @Inject
    MailTestData mail;

    @Inject
    Meetings meetings;

    @Inject
    MeetingArchive archive;

    /** Mette Holm, COORDINATOR, of the programme; administrator of every group she creates */
    private Caller coordinator;
    /** Amina Yusuf of Bydelsmødre, no extra role */
    private Caller participant;
    /** Jonas Berg of the citizens' centre */
    private Caller booker;
    /** the Red Cross volunteer coordinator of the demo network (a person without a login) */
    private Caller redCross;

    private Long programmeId;
    private Long centreId;
    private Long redCrossId;

    @BeforeEach
    void demoPeople() {
        coordinator = accounts.callerFor("koordinator");
        participant = accounts.callerFor("deltager");
        booker = accounts.callerFor("booker");
        redCross = data.callerFor(RED_CROSS_CONTACT);
        programmeId = data.organisationId(PROGRAMME);
        centreId = data.organisationId(CITIZENS_CENTRE);
        redCrossId = data.organisationId(RED_CROSS);
        assertEquals(programmeId, coordinator.organisationId(), "the coordinator works for the programme");
        assertTrue(coordinator.has(Role.COORDINATOR));
    }

    // ---------------------------------------------------------------- helpers

    private static String uniqueName(String what) {
        return "Testgruppe " + what + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Weekly on the weekday of its first meeting, three days from now. */
    private static GroupForm weeklyForm(String name) {
        LocalDate start = AppClock.today().plusDays(3);
        GroupForm form = new GroupForm();
        form.setName(name);
        form.setPurpose("Integrationstest");
        form.setCadenceKind(CadenceKind.WEEKLY);
        form.setWeeks(1);
        form.setDay(start.getDayOfWeek());
        form.setRotaStart(start);
        form.setFirstDate(start);
        return form;
    }

    /** A group created by the coordinator: the programme first in the rota, then the organisations given. */
    private Long newGroup(String what, Visibility visibility, String... moreCoreMembers) {
        GroupForm form = weeklyForm(uniqueName(what));
        form.setVisibility(visibility);
        Long id = groups.create(form, coordinator).getId();
        for (String organisation : moreCoreMembers) {
            groups.addMember(id, version(id), data.organisationId(organisation), true, coordinator);
        }
        return id;
    }

    private long version(Long groupId) {
        return groups.rota(groupId, coordinator).groupVersion();
    }

    private RotaOverview rota(Long groupId) {
        return groups.rota(groupId, coordinator);
    }

    private static List<Long> holders(List<RotaTurn> turns) {
        return turns.stream().map(RotaTurn::holderId).toList();
    }

    private List<Long> upcomingHolders(Long groupId, int count) {
        return holders(rota(groupId).upcoming(count));
    }

    private static List<Long> ids(List<NetworkGroup> groups) {
        return groups.stream().map(NetworkGroup::getId).toList();
    }

    private static List<RotaEvent> eventsOf(RotaOverview rota, RotaEventKind kind) {
        return rota.events().stream().filter(e -> e.getKind() == kind).toList();
    }

    // ---------------------------------------------------------------- 1 visibility

    @Test
    void aMembersOnlyGroupDoesNotExistForOutsidersButMembersAndAdministratorsSeeIt() {
        Long hidden = newGroup("fortrolig", Visibility.MEMBERS_ONLY, CITIZENS_CENTRE);
        Long open = newGroup("åben", Visibility.OPEN);

        NotFound notFound = assertThrows(NotFound.class, () -> groups.find(hidden, participant),
                "a members-only group is unknown to someone outside it");
        assertEquals(404, notFound.status());
        assertEquals("refusal.notFound.group", notFound.messageKey());
        assertThrows(NotFound.class, () -> groups.rota(hidden, participant), "nor can an outsider see its rota");
        assertFalse(ids(groups.visibleTo(participant)).contains(hidden), "not in an outsider's list of groups");

        assertEquals(hidden, groups.find(hidden, coordinator).getId(), "its administrator sees it");
        assertTrue(ids(groups.visibleTo(coordinator)).contains(hidden));
        assertEquals(hidden, groups.find(hidden, booker).getId(), "someone from a member organisation sees it");
        assertTrue(ids(groups.visibleTo(booker)).contains(hidden));

        Long pharmacy = data.organisationId(PHARMACY);
        Long clerk = data.newPerson("Sekretariatsmedarbejder " + UUID.randomUUID(), PHARMACY);
        Caller administrator = new Caller("sekretariat", clerk, pharmacy, Set.of(Role.USER, Role.ADMIN));
        Caller outsider = new Caller("apoteker", clerk, pharmacy, Set.of(Role.USER));
        assertEquals(hidden, groups.find(hidden, administrator).getId(), "an administrator sees every group");
        assertTrue(ids(groups.visibleTo(administrator)).contains(hidden));
        assertThrows(NotFound.class, () -> groups.find(hidden, outsider), "the same person without the role does not");

        for (Caller anyone : List.of(participant, booker, outsider, administrator, coordinator)) {
            assertEquals(open, groups.find(open, anyone).getId(), "an open group is visible to " + anyone.username());
            assertTrue(ids(groups.visibleTo(anyone)).contains(open), "an open group is listed for " + anyone.username());
        }
        for (Caller anyone : List.of(participant, booker, outsider, administrator, coordinator)) {
            // the search's names of the visible groups (one query of two columns) follow the same rule
            Map<Long, String> names = groups.namesVisibleTo(anyone);
            assertEquals(new HashSet<>(ids(groups.visibleTo(anyone))), names.keySet(), anyone.username());
            assertEquals(groups.find(open, anyone).getName(), names.get(open));
        }
        assertFalse(groups.namesVisibleTo(outsider).containsKey(hidden), "a search does not look into it");
        List<String> participantsList = groups.visibleTo(participant).stream().map(NetworkGroup::getName).toList();
        assertTrue(participantsList.contains(NETWORK_GROUP), "the demo network group is open");
        assertFalse(participantsList.contains(SAFETY_GROUP), "the demo safety group is for its members only");
    }

    // ---------------------------------------------------------------- 2 permissions

    @Test
    void aParticipantCannotSkipChangeMembersOrReorderAndTheRotaStaysAsItWas() {
        Long id = newGroup("deltager", Visibility.OPEN, CITIZENS_CENTRE, RED_CROSS);
        JoinRequest request = groups.requestToJoin(id, "Må jeg være med?", participant);
        groups.decideJoin(request.getId(), true, null, coordinator);

        RotaOverview before = groups.rota(id, participant);
        assertFalse(before.mayChange(), "a participant is offered no rota changes");
        long seen = before.groupVersion();
        LocalDate first = before.current().orElseThrow().date();
        assertEquals(programmeId, before.current().orElseThrow().holderId(), "the programme holds the first turn");
        Long mothers = data.organisationId(MOTHERS);
        Long tartuhus = data.organisationId(TARTUHUS);

        Forbidden skip = assertThrows(Forbidden.class, () -> groups.skip(id, seen, first, "Syg", participant),
                "a participant cannot skip a turn");
        assertEquals(403, skip.status());
        assertThrows(Forbidden.class, () -> groups.addMember(id, seen, tartuhus, true, participant),
                "a participant cannot add members");
        assertThrows(Forbidden.class, () -> groups.removeMember(id, seen, redCrossId, participant),
                "a participant cannot remove members");
        assertThrows(Forbidden.class, () -> groups.setCore(id, seen, mothers, true, participant),
                "a participant cannot make her organisation a core member");
        assertThrows(Forbidden.class, () -> groups.move(id, seen, redCrossId, -1, participant),
                "a participant cannot reorder the rota");
        assertThrows(Forbidden.class, () -> groups.skip(id, seen, first, "Travlt", booker),
                "a core member whose turn it is not cannot skip the current holder's turn");
        assertThrows(Forbidden.class, () -> groups.move(id, seen, centreId, -1, booker),
                "a core member who does not run the group cannot reorder it");

        RotaOverview after = rota(id);
        assertEquals(before.turns(), after.turns(), "every turn is as before");
        assertEquals(seen, after.groupVersion(), "the group is unchanged");
        assertEquals(before.events().size(), after.events().size(), "nothing in the rota history");
        assertEquals(List.of(programmeId, centreId, redCrossId), data.storedCoreOrder(id), "the same core members");
    }

    // ---------------------------------------------------------------- 3 and 4 skips

    @Test
    void whenTheGroupAdministratorSkipsATurnTheNextInLineCoversAndTheSkippedOrganisationTakesTheNextTurn() {
        Long id = newGroup("spring over", Visibility.OPEN, CITIZENS_CENTRE, RED_CROSS);
        RotaOverview before = rota(id);
        List<RotaTurn> coming = before.upcoming(6);
        assertEquals(List.of(programmeId, centreId, redCrossId, programmeId, centreId, redCrossId), holders(coming),
                "the core members take turns in their order");
        LocalDate centresTurn = coming.get(1).date();
        Instant asked = AppClock.now();

        groups.skip(id, before.groupVersion(), centresTurn, "Medborgercentret er lukket for renovering", coordinator);

        RotaOverview after = rota(id);
        List<RotaTurn> now = after.upcoming(6);
        assertEquals(coming.get(0), now.get(0), "the turn before the skipped one is unchanged");
        assertEquals(centresTurn, now.get(1).date());
        assertEquals(redCrossId, now.get(1).holderId(), "the next in line takes the skipped turn");
        assertEquals(Rota.Kind.COVER, now.get(1).kind(), "and is shown as covering");
        assertEquals(centreId, now.get(2).holderId(), "the skipped organisation holds the next turn");
        assertEquals(List.of(programmeId, redCrossId, centreId, programmeId, redCrossId, centreId), holders(now));

        assertTrue(after.groupVersion() > before.groupVersion(), "a skip is a change of the group");
        List<RotaEvent> skips = eventsOf(after, RotaEventKind.SKIP);
        assertEquals(1, skips.size(), "the history records the skip");
        RotaEvent skip = skips.get(0);
        assertEquals(skip, after.log().get(0), "the newest entry of the history");
        assertEquals(centresTurn, skip.getTurnDate(), "which turn");
        assertEquals(centreId, skip.getOrganisation().getId(), "whose turn");
        assertEquals("Mette Holm", skip.getActor().getName(), "who skipped it");
        assertEquals("Medborgercentret er lukket for renovering", skip.getReason(), "why");
        assertFalse(skip.getOccurredAt().isBefore(asked.minusSeconds(1)), "when: " + skip.getOccurredAt());
        assertFalse(skip.getOccurredAt().isAfter(AppClock.now().plusSeconds(1)), "when: " + skip.getOccurredAt());
    }

    @Test
    void skippingTheTurnOfTheOnlyCoreMemberIsRefusedBecauseNobodyCanTakeIt() {
        Long id = newGroup("alene", Visibility.OPEN);
        RotaOverview before = rota(id);
        LocalDate first = before.current().orElseThrow().date();
        long events = data.countRotaEvents(id);

        Refusal refused = assertThrows(Refusal.class,
                () -> groups.skip(id, before.groupVersion(), first, "Ferie", coordinator),
                "a turn nobody else can take cannot be skipped");
        assertEquals("rota.skip.nobody", refused.messageKey());

        RotaOverview after = rota(id);
        assertEquals(events, data.countRotaEvents(id), "nothing recorded in the history");
        assertTrue(eventsOf(after, RotaEventKind.SKIP).isEmpty());
        assertEquals(before.turns(), after.turns(), "the programme still holds every turn");
        assertEquals(before.groupVersion(), after.groupVersion());
    }

    // ---------------------------------------------------------------- 5 swaps

    @Test
    void aSwapTakesEffectOnlyWhenTheOtherOrganisationAcceptsAndATurnIsInOneSwapAtATime() {
        Long id = newGroup("bytte", Visibility.OPEN, CITIZENS_CENTRE, RED_CROSS);
        RotaOverview before = groups.rota(id, booker);
        List<RotaTurn> coming = before.upcoming(4);
        assertEquals(List.of(programmeId, centreId, redCrossId, programmeId), holders(coming));
        LocalDate centresTurn = coming.get(1).date();
        LocalDate redCrossTurn = coming.get(2).date();
        LocalDate programmesTurn = coming.get(3).date();

        Forbidden notYours = assertThrows(Forbidden.class, () -> groups.proposeSwap(id, before.groupVersion(),
                coming.get(0).date(), redCrossTurn, "Kan I tage den?", booker),
                "nobody offers another organisation's turn");
        assertEquals("rota.swap.notYourTurn", notYours.messageKey());

        SwapRequest swap = groups.proposeSwap(id, before.groupVersion(), centresTurn, redCrossTurn,
                "Medborgercentret har Højskoledagene den uge", booker);
        RotaOverview pending = groups.rota(id, booker);
        assertEquals(before.turns(), pending.turns(), "the original turns stand while the swap awaits an answer");
        assertEquals(1, pending.pendingSwaps().size(), "the proposal waits for Røde Kors");
        assertEquals(1, eventsOf(pending, RotaEventKind.SWAP_PROPOSED).size(), "the history records the proposal");

        for (Caller other : List.of(coordinator, participant, booker)) {
            Forbidden refused = assertThrows(Forbidden.class, () -> groups.decideSwap(swap.getId(), true, other),
                    "only Røde Kors, whose turn is offered in exchange, accepts; not " + other.username());
            assertEquals("rota.swap.notTheirs", refused.messageKey());
        }
        assertEquals(before.turns(), groups.rota(id, booker).turns(), "still the original turns");

        Conflict busy = assertThrows(Conflict.class, () -> groups.proposeSwap(id, pending.groupVersion(),
                programmesTurn, redCrossTurn, "Vi bytter også gerne", coordinator),
                "a turn in a pending swap cannot be offered in another");
        assertEquals("rota.swap.pending", busy.messageKey());
        assertEquals(1, data.countSwapRequests(id));

        groups.decideSwap(swap.getId(), true, redCross);

        RotaOverview swapped = groups.rota(id, booker);
        List<RotaTurn> now = swapped.upcoming(4);
        assertEquals(List.of(programmeId, redCrossId, centreId, programmeId), holders(now),
                "Røde Kors and the citizens' centre have exchanged their turns");
        assertEquals(Rota.Kind.SWAPPED, now.get(1).kind());
        assertEquals(Rota.Kind.SWAPPED, now.get(2).kind());
        List<RotaTurn> othersBefore = new ArrayList<>(before.turns());
        List<RotaTurn> othersAfter = new ArrayList<>(swapped.turns());
        othersBefore.removeIf(t -> t.date().equals(centresTurn) || t.date().equals(redCrossTurn));
        othersAfter.removeIf(t -> t.date().equals(centresTurn) || t.date().equals(redCrossTurn));
        assertEquals(othersBefore, othersAfter, "nobody else's turns move");
        assertTrue(swapped.pendingSwaps().isEmpty());
        RotaEvent accepted = swapped.log().get(0);
        assertEquals(RotaEventKind.SWAP_ACCEPTED, accepted.getKind(), "the history records the acceptance");
        assertEquals(RED_CROSS_CONTACT, accepted.getActor().getName());

        Conflict made = assertThrows(Conflict.class, () -> groups.proposeSwap(id, swapped.groupVersion(),
                programmesTurn, redCrossTurn, "Og en gang til", coordinator),
                "a turn exchanged already cannot be offered again");
        assertEquals("rota.swap.pending", made.messageKey());
        assertEquals(1, data.countSwapRequests(id));
    }

    @Test
    void myDutiesAreReadFromTheDatabaseAsAfterARestart() {
        List<String> cached = checklists.myDuties(coordinator).stream().map(d -> d.groupName() + " " + d.day()).toList();
        data.evictCache(); // the groups' members are then batch-fetched from the database, not the cache
        assertEquals(cached, checklists.myDuties(coordinator).stream().map(d -> d.groupName() + " " + d.day()).toList());
    }

    /** The mail of a kind about the group, to the address. */
    private List<OutboxMail> mailTo(String address, String kind, Long groupId) {
        return mail.ofKind(kind).stream().filter(m -> m.getRecipient().equals(address)
                && m.getBodyText().contains("network/group.xhtml?id=" + groupId)).toList();
    }

    @Test
    void everyChangeToATurnIsMailedToTheDutyPersonOfTheOrganisationItConcerns() {
        Long id = newGroup("post", Visibility.OPEN, CITIZENS_CENTRE);
        groups.nameDutyPerson(id, version(id), programmeId, data.personId("Mette Holm"), coordinator);
        groups.nameDutyPerson(id, version(id), centreId, data.personId("Jonas Berg"), coordinator);
        List<RotaTurn> coming = rota(id).upcoming(4);
        assertEquals(List.of(programmeId, centreId, programmeId, centreId), holders(coming));
        String group = groups.find(id, coordinator).getName();

        SwapRequest declined = groups.proposeSwap(id, version(id), coming.get(1).date(), coming.get(2).date(),
                "Højskoledagene", booker);
        List<OutboxMail> proposed = mailTo("koordinator@example.dk", "DUTY_SWAP_PROPOSED", id);
        assertEquals(1, proposed.size(), "the programme, whose turn is asked for, is told");
        assertTrue(proposed.get(0).getSubject().contains(group), proposed.get(0).getSubject());
        assertTrue(proposed.get(0).getBodyText().contains("Medborgercentret")
                && proposed.get(0).getBodyText().contains("Højskoledagene")
                && proposed.get(0).getBodyText().contains(coming.get(1).date().toString()),
                "who asks, why, and for which turn: " + proposed.get(0).getBodyText());
        assertTrue(mailTo("booker@example.dk", "DUTY_SWAP_PROPOSED", id).isEmpty(), "not the one asking");

        groups.decideSwap(declined.getId(), false, coordinator);
        assertEquals(1, mailTo("booker@example.dk", "DUTY_SWAP_DECLINED", id).size(), "the proposer hears no");

        for (String note : new String[] {" ", "x".repeat(RotaEvent.REASON_MAX + 1)}) {
            ConstraintViolationException refused = assertThrows(ConstraintViolationException.class,
                    () -> groups.handover(id, coming.get(0).date(), note, coordinator));
            assertEquals(note.isBlank() ? "{rota.note.required}" : "{rota.note.tooLong}",
                    refused.getConstraintViolations().iterator().next().getMessageTemplate());
        }
        assertTrue(mailTo("booker@example.dk", "DUTY_HANDOVER_NOTE", id).isEmpty(), "a refused note sends nothing");
        groups.handover(id, coming.get(0).date(), "Lokalet er booket, dagsordenen mangler", coordinator);
        List<OutboxMail> notes = mailTo("booker@example.dk", "DUTY_HANDOVER_NOTE", id);
        assertEquals(1, notes.size(), "the next holder gets the handover note");
        assertTrue(notes.get(0).getBodyText().contains("Lokalet er booket, dagsordenen mangler"));

        SwapRequest accepted = groups.proposeSwap(id, version(id), coming.get(1).date(), coming.get(2).date(),
                "Højskoledagene igen", booker);
        groups.decideSwap(accepted.getId(), true, coordinator);
        assertTrue(mailTo("booker@example.dk", "DUTY_SWAP_ACCEPTED", id).get(0).getBodyText()
                .contains(coming.get(2).date().toString()), "the centre now holds the programme's turn");
        assertTrue(mailTo("koordinator@example.dk", "DUTY_SWAP_ACCEPTED", id).get(0).getBodyText()
                .contains(coming.get(1).date().toString()), "and the programme the centre's");

        groups.skip(id, version(id), coming.get(3).date(), "Sygdom", coordinator);
        List<OutboxMail> takeOver = mailTo("koordinator@example.dk", "DUTY_SKIP", id);
        assertEquals(1, takeOver.size(), "the organisation that takes the skipped turn is told");
        assertTrue(takeOver.get(0).getBodyText().contains("Sygdom")
                && takeOver.get(0).getBodyText().contains(coming.get(3).date().toString()), takeOver.get(0).getBodyText());
        assertTrue(mailTo("booker@example.dk", "DUTY_SKIP", id).isEmpty(), "not the skipped organisation");
    }

    // ---------------------------------------------------------------- 6 the group version

    @Test
    void aSecondRotaChangeMadeWithTheSameSeenVersionIsRefusedAsStaleAndChangesNothing() {
        Long id = newGroup("version", Visibility.OPEN, CITIZENS_CENTRE, RED_CROSS);
        RotaOverview seen = rota(id);
        long version = seen.groupVersion();
        List<RotaTurn> coming = seen.upcoming(4);

        groups.skip(id, version, coming.get(1).date(), "Første ændring", coordinator);
        RotaOverview afterFirst = rota(id);
        long events = data.countRotaEvents(id);

        Conflict skip = assertThrows(Conflict.class,
                () -> groups.skip(id, version, coming.get(2).date(), "Anden ændring", coordinator),
                "the second change was made on a rota that has changed since");
        assertEquals("refusal.staleEdit", skip.messageKey());
        assertEquals(409, skip.status());
        Conflict member = assertThrows(Conflict.class,
                () -> groups.addMember(id, version, data.organisationId(TARTUHUS), true, coordinator));
        assertEquals("refusal.staleEdit", member.messageKey());
        Conflict swap = assertThrows(Conflict.class, () -> groups.proposeSwap(id, version, coming.get(3).date(),
                coming.get(2).date(), "Bytte", coordinator));
        assertEquals("refusal.staleEdit", swap.messageKey());

        RotaOverview afterSecond = rota(id);
        assertEquals(afterFirst.turns(), afterSecond.turns(), "the first change stands, the second changed nothing");
        assertEquals(afterFirst.groupVersion(), afterSecond.groupVersion());
        assertEquals(events, data.countRotaEvents(id), "nothing more in the history");
        assertEquals(0, data.countSwapRequests(id));
        assertEquals(List.of(programmeId, centreId, redCrossId), data.storedCoreOrder(id));
    }

    /**
     * Two coordinators skip a turn each at the same moment, both on the
     * version they saw: one change is made, the other is refused with the
     * message to reload (a Conflict), not an unexpected error.
     */
    @Test
    void ofTwoRotaChangesAtTheSameMomentOneIsMadeAndTheOtherIsRefusedAsStale() throws InterruptedException {
        Long id = newGroup("samtidig", Visibility.OPEN, CITIZENS_CENTRE, RED_CROSS);
        RotaOverview seen = rota(id);
        List<RotaTurn> coming = seen.upcoming(3);

        List<Throwable> outcomes = data.skipAtTheSameMoment(id, seen.groupVersion(), coming.get(1).date(),
                coming.get(2).date(), coordinator);

        assertEquals(1, eventsOf(rota(id), RotaEventKind.SKIP).size(), "exactly one of the skips is made");
        assertEquals(1, outcomes.stream().filter(o -> o == null).count(), "one change succeeds: " + outcomes);
        Throwable refused = outcomes.stream().filter(o -> o != null).findFirst().orElseThrow();
        assertTrue(refused instanceof Conflict, "the other is told to reload (a Conflict), not an unexpected error: "
                + describe(refused));
        assertEquals("refusal.staleEdit", ((Conflict) refused).messageKey());
    }

    private static String describe(Throwable t) {
        StringBuilder chain = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            chain.append(c.getClass().getName()).append(": ").append(c.getMessage()).append(" <- ");
        }
        return chain.toString();
    }

    // ---------------------------------------------------------------- 7 members

    @Test
    void memberChangesRefuseDuplicatesAndTheLastCoreMemberAndReorderingSetsTheComingTurns() {
        Long id = newGroup("medlemmer", Visibility.OPEN);
        long members = data.countMembers(id);

        Conflict duplicate = assertThrows(Conflict.class,
                () -> groups.addMember(id, version(id), programmeId, false, coordinator),
                "an organisation is a member once");
        assertEquals("group.member.duplicate", duplicate.messageKey());
        assertEquals(members, data.countMembers(id));

        Refusal last = assertThrows(Refusal.class, () -> groups.removeMember(id, version(id), programmeId, coordinator),
                "someone must hold the duty");
        assertEquals("rota.lastCore", last.messageKey());
        assertEquals(List.of(programmeId), data.storedCoreOrder(id), "the programme is still the core member");

        groups.addMember(id, version(id), centreId, true, coordinator);
        groups.addMember(id, version(id), redCrossId, true, coordinator);
        assertEquals(List.of(programmeId, centreId, redCrossId, programmeId, centreId, redCrossId),
                upcomingHolders(id, 6), "new core members join the rota at the back");

        groups.move(id, version(id), redCrossId, -1, coordinator);
        assertEquals(List.of(programmeId, redCrossId, centreId), data.storedCoreOrder(id));
        assertEquals(List.of(programmeId, redCrossId, centreId, programmeId, redCrossId, centreId),
                upcomingHolders(id, 6), "after the reorder the coming turns follow the new order");
        RotaEvent reorder = rota(id).log().get(0);
        assertEquals(RotaEventKind.REORDER, reorder.getKind(), "the history records the reorder");
        assertEquals(List.of(programmeId, redCrossId, centreId), reorder.order());

        groups.removeMember(id, version(id), centreId, coordinator);
        assertEquals(List.of(programmeId, redCrossId, programmeId, redCrossId), upcomingHolders(id, 4),
                "a removed member holds no more turns");
    }

    // ---------------------------------------------------------------- 8 joining

    @Test
    void aPersonAsksToJoinAnOpenGroupOnceAndTheGroupAdministratorLetsThemIn() {
        Long id = newGroup("tilmelding", Visibility.OPEN);
        Long amina = participant.personId();
        assertFalse(groups.find(id, participant).isParticipant(amina));

        JoinRequest request = groups.requestToJoin(id, "Jeg vil gerne være med", participant);
        assertTrue(groups.hasPendingJoinRequest(id, participant));
        Conflict twice = assertThrows(Conflict.class, () -> groups.requestToJoin(id, "Igen", participant),
                "one request at a time");
        assertEquals("group.join.pending", twice.messageKey());
        List<JoinRequest> pending = groups.pendingJoinRequests(id, coordinator);
        assertEquals(List.of(request.getId()), pending.stream().map(JoinRequest::getId).toList(),
                "the group administrator sees the one request");
        assertEquals("Amina Yusuf", pending.get(0).getPerson().getName());
        assertTrue(groups.pendingJoinRequests(id, participant).isEmpty(), "the participant does not decide");

        Forbidden notYours = assertThrows(Forbidden.class,
                () -> groups.decideJoin(request.getId(), true, null, booker), "someone else cannot let her in");
        assertEquals("group.join.notYours", notYours.messageKey());

        groups.decideJoin(request.getId(), true, "Velkommen", coordinator);

        NetworkGroup group = groups.find(id, participant);
        assertTrue(group.isParticipant(amina), "she is a participant now");
        assertTrue(data.participantNames(id).contains("Amina Yusuf"), "the group shows her among its participants");
        assertTrue(group.member(data.organisationId(MOTHERS)).isPresent(), "and her organisation as a member");
        assertFalse(group.member(data.organisationId(MOTHERS)).orElseThrow().isCore(), "not sharing the duty");
        assertTrue(groups.pendingJoinRequests(id, coordinator).isEmpty(), "no request left");
        Conflict already = assertThrows(Conflict.class, () -> groups.requestToJoin(id, null, participant));
        assertEquals("group.join.already", already.messageKey());

        Long hidden = newGroup("lukket", Visibility.MEMBERS_ONLY);
        assertThrows(NotFound.class, () -> groups.requestToJoin(hidden, "Må jeg?", participant),
                "a members-only group cannot be asked: to her it does not exist");
        assertTrue(groups.pendingJoinRequests(hidden, coordinator).isEmpty());
    }

    // ---------------------------------------------------------------- 9 the demo network

    @Test
    void theDemoNetworkGroupHasAYearOfHistoryWithACoverAndASwap() {
        NetworkGroup demo = groups.visibleTo(participant).stream().filter(g -> g.getName().equals(NETWORK_GROUP))
                .findFirst().orElseThrow();
        RotaOverview rota = groups.rota(demo.getId(), participant);
        List<RotaTurn> past = rota.history();
        Set<Long> core = Set.of(programmeId, centreId, data.organisationId(HOUSING), redCrossId);

        assertEquals(core, Set.copyOf(data.storedCoreOrder(demo.getId())), "four core organisations");
        assertTrue(past.size() >= 12, "a year of turns every four weeks: " + past.size());
        assertTrue(past.stream().allMatch(t -> core.contains(t.holderId())), "each past turn held by a core member");
        assertEquals(1, past.stream().filter(t -> t.kind() == Rota.Kind.COVER).count(), "one turn covered: " + past);
        assertEquals(2, past.stream().filter(t -> t.kind() == Rota.Kind.SWAPPED).count(), "one swap of two turns");
        RotaTurn current = rota.current().orElseThrow();
        assertNotNull(current.holderId(), "someone holds the duty now");
        assertTrue(core.contains(current.holderId()), "the current holder is a core organisation");
        assertEquals(4, rota.turnsLastYear().size(), "all four held the duty in the last year");
        assertFalse(rota.mayChange(), "a participant may not change the demo rota");
    }

    // ---------------------------------------------------------------- 10 creating

    @Test
    void creatingAGroupIsRefusedToParticipantsForATakenNameAndForAnIncompleteCadence() {
        long before = data.countGroups();

        String name = uniqueName("afvist");
        Forbidden forbidden = assertThrows(Forbidden.class, () -> groups.create(weeklyForm(name), participant),
                "only coordinators and administrators create groups");
        assertEquals("group.create.forbidden", forbidden.messageKey());
        assertEquals(0, data.countGroupsNamed(name));

        Conflict taken = assertThrows(Conflict.class, () -> groups.create(weeklyForm(NETWORK_GROUP), coordinator),
                "two groups cannot share a name");
        assertEquals("group.name.taken", taken.messageKey());
        assertEquals("name", taken.field());
        Conflict otherCase = assertThrows(Conflict.class, () -> groups.create(
                weeklyForm(" " + NETWORK_GROUP.toUpperCase(Locale.ROOT) + " "), coordinator),
                "nor one that differs only in case and spaces");
        assertEquals("group.name.taken", otherCase.messageKey());
        assertEquals(1, data.countGroupsNamed(NETWORK_GROUP));

        GroupForm noDay = weeklyForm(name);
        noDay.setDay(null);
        Refusal incomplete = assertThrows(Refusal.class, () -> groups.create(noDay, coordinator),
                "a weekly rhythm needs a weekday");
        assertEquals("group.cadence.incomplete", incomplete.messageKey());
        assertEquals("cadence", incomplete.field());
        assertEquals(0, data.countGroupsNamed(name));

        assertEquals(before, data.countGroups(), "no group was created");
        assertNull(groups.visibleTo(coordinator).stream().filter(g -> g.getName().equals(name)).findFirst()
                .orElse(null));
    }

    // ---------------------------------------------------------------- issue 20: skips, lapsed swaps, rhythm, archive

    @Test
    void aSkipNeedsAReasonWhichTheRotaAndTheAuditLogKeep() {
        Long id = newGroup("begrundelse", Visibility.OPEN, CITIZENS_CENTRE);
        RotaOverview before = rota(id);
        LocalDate centresTurn = before.upcoming(2).get(1).date();
        long events = data.countRotaEvents(id);
        for (String reason : new String[] {null, "", "   "}) {
            ConstraintViolationException refused = assertThrows(ConstraintViolationException.class,
                    () -> groups.skip(id, before.groupVersion(), centresTurn, reason, coordinator),
                    "no skip without a reason: [" + reason + "]");
            ConstraintViolation<?> violation = refused.getConstraintViolations().iterator().next();
            assertEquals("{rota.skip.reasonRequired}", violation.getMessageTemplate());
            assertEquals("reason", ValidationText.field(violation), "shown next to the reason");
        }
        assertEquals(events, data.countRotaEvents(id), "nothing recorded");
        assertEquals(before.turns(), rota(id).turns(), "the turns as they were");

        groups.skip(id, before.groupVersion(), centresTurn, "  Personalemøde hele dagen ", coordinator);

        data.evictCache();
        RotaOverview after = rota(id);
        assertEquals(List.of("Personalemøde hele dagen"), after.skipsFor(centresTurn).stream()
                .map(RotaEvent::getReason).toList(), "the rota shows why the turn was skipped");
        List<String> audit = data.auditSummaries(id, "DUTY_SKIPPED");
        assertEquals(1, audit.size(), "one audit entry: " + audit);
        assertTrue(audit.get(0).contains("Personalemøde hele dagen") && audit.get(0).contains(centresTurn.toString())
                && audit.get(0).contains(CITIZENS_CENTRE), audit.get(0));
    }

    @Test
    void aSkipWithdrawsThePendingSwapOfTheTurnItChangedAndTellsBothSides() {
        Long id = newGroup("byt og spring", Visibility.OPEN, CITIZENS_CENTRE);
        groups.nameDutyPerson(id, version(id), programmeId, data.personId("Mette Holm"), coordinator);
        groups.nameDutyPerson(id, version(id), centreId, data.personId("Jonas Berg"), coordinator);
        List<RotaTurn> coming = rota(id).upcoming(6);
        assertEquals(List.of(programmeId, centreId, programmeId, centreId, programmeId, centreId), holders(coming));
        // the centre asks to swap its turn for the programme's; a swap of two earlier turns is not touched
        SwapRequest touched = groups.proposeSwap(id, version(id), coming.get(3).date(), coming.get(4).date(),
                "Højskoledagene", booker);
        SwapRequest later = groups.proposeSwap(id, version(id), coming.get(1).date(), coming.get(2).date(),
                "Sommerferie", booker);

        groups.skip(id, version(id), coming.get(3).date(), "Medborgercentret holder lukket", coordinator);
        assertEquals(List.of(programmeId, centreId, programmeId, programmeId, centreId, programmeId),
                holders(rota(id).upcoming(6)), "the programme covers; the centre takes the next turn");

        assertEquals("WITHDRAWN", data.storedSwapStatus(touched.getId()),
                "the centre no longer holds the turn it offered: the swap is withdrawn");
        assertEquals("PENDING", data.storedSwapStatus(later.getId()), "a swap whose turns stay is still pending");
        RotaOverview after = rota(id);
        assertEquals(List.of(later.getId()), after.pendingSwaps().stream().map(SwapRequest::getId).toList());
        List<RotaEvent> withdrawn = eventsOf(after, RotaEventKind.SWAP_WITHDRAWN);
        assertEquals(1, withdrawn.size(), "the rota's log says so");
        assertEquals(coming.get(3).date(), withdrawn.get(0).getTurnDate());
        for (String address : List.of("koordinator@example.dk", "booker@example.dk")) {
            List<OutboxMail> notice = mailTo(address, "DUTY_SWAP_WITHDRAWN", id);
            assertEquals(1, notice.size(), "both sides are told: " + address);
            assertTrue(notice.get(0).getBodyText().contains(coming.get(3).date().toString())
                    && notice.get(0).getBodyText().contains(coming.get(4).date().toString()), notice.get(0).getBodyText());
        }
    }

    @Test
    void removingAMemberWithdrawsItsAgreedSwapOfComingTurns() {
        Long id = newGroup("byt og fjern", Visibility.OPEN, CITIZENS_CENTRE, RED_CROSS);
        List<RotaTurn> coming = rota(id).upcoming(6);
        assertEquals(List.of(programmeId, centreId, redCrossId, programmeId, centreId, redCrossId), holders(coming));
        SwapRequest swap = groups.proposeSwap(id, version(id), coming.get(3).date(), coming.get(5).date(),
                "Ferie", coordinator);
        groups.decideSwap(swap.getId(), true, redCross);
        assertEquals(redCrossId, rota(id).turn(coming.get(3).date()).orElseThrow().holderId(), "swapped");

        groups.removeMember(id, version(id), redCrossId, coordinator);

        assertEquals("WITHDRAWN", data.storedSwapStatus(swap.getId()), "Røde Kors has no turns to swap any more");
        assertTrue(rota(id).turns().stream().noneMatch(t -> redCrossId.equals(t.holderId())),
                "nor does it hold a coming turn");
    }

    /**
     * Issue 20, reproduced: a group meets weekly since five weeks ago and its
     * administrator moves the meeting day. Before the fix, every turn since the
     * start was recomputed on the new weekday (past turns changed dates and
     * holders) and the series' meetings on the old day stayed beside new ones.
     */
    @Test
    void aNewMeetingDayKeepsThePastTurnsAndMovesTheComingMeetingsWithoutDuplicates() {
        LocalDate today = AppClock.today();
        LocalDate start = today.minusWeeks(5).plusDays(1);
        GroupForm form = weeklyForm(uniqueName("ny mødedag"));
        form.setDay(start.getDayOfWeek());
        form.setRotaStart(start);
        form.setFirstDate(start);
        Long id = groups.create(form, coordinator).getId();
        groups.addMember(id, version(id), centreId, true, coordinator);
        data.coreFromTheStart(id, List.of(programmeId, centreId));
        List<RotaTurn> past = rota(id).history();
        assertEquals(5, past.size(), "five turns are over: " + past);
        assertEquals(Set.of(programmeId, centreId), Set.copyOf(holders(past)));

        List<Meeting> before = meetings.ofGroup(id, coordinator, today,
                today.plusMonths(2));
        Meeting withAgenda = before.get(1);
        AgendaItemForm item = new AgendaItemForm();
        item.setTitle("Lektiecaféens efterår");
        item.setType(ItemType.DISCUSSION);
        item.setMinutes(20);
        meetings.addItem(withAgenda.getId(), withAgenda.getVersion(), item, coordinator);

        GroupForm edit = GroupForm.of(groups.find(id, coordinator));
        DayOfWeek newDay = start.getDayOfWeek().plus(2);
        edit.setDay(newDay);
        edit.setFirstDate(today);
        groups.update(id, version(id), edit, coordinator);

        data.evictCache();
        RotaOverview after = rota(id);
        assertEquals(past, after.history(), "the turns that are over keep their dates and holders");
        assertTrue(after.upcoming(4).stream().allMatch(t -> t.date().getDayOfWeek() == newDay),
                "the coming turns fall on the new day: " + after.upcoming(4));
        assertEquals(1, eventsOf(after, RotaEventKind.RHYTHM).size(), "the change is in the rota's log");

        meetings.ofGroup(id, coordinator, today, today.plusMonths(2));
        List<Object[]> coming = data.meetingsFrom(id, today);
        List<LocalDate> days = coming.stream().map(m -> ((Instant) m[1]).atZone(Cadence.ZONE).toLocalDate()).toList();
        assertTrue(days.stream().allMatch(d -> d.getDayOfWeek() == newDay), "no meeting left on the old day: " + days);
        assertEquals(days.size(), Set.copyOf(days).size(), "one meeting a day: " + days);
        for (Object[] m : coming) {
            assertEquals(((Instant) m[1]).atZone(Cadence.ZONE).toLocalDate(), m[0], "a series meeting on its day");
        }
        Object[] moved = coming.stream().filter(m -> m[2].equals(withAgenda.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("the meeting with an agenda is kept"));
        LocalDate oldDay = withAgenda.getSeriesDate();
        assertTrue(Math.abs(ChronoUnit.DAYS.between(oldDay, (LocalDate) moved[0])) <= 3,
                "it moved to the nearest new meeting day: " + oldDay + " -> " + moved[0]);
        assertEquals(1, meetings.find(withAgenda.getId(), coordinator).getAgenda().size(), "with its agenda");
    }

    @Test
    void everyDutyLeadsToItsMeetingAndPastMeetingsAreInTheGroupsArchiveByYear() {
        LocalDate today = AppClock.today();
        LocalDate start = today.minusWeeks(3);
        GroupForm form = weeklyForm(uniqueName("arkiv"));
        form.setDay(start.getDayOfWeek());
        form.setRotaStart(start);
        form.setFirstDate(start);
        Long id = groups.create(form, coordinator).getId();
        assertFalse(archive.years(id, coordinator).isEmpty(),
                "a group begun three weeks ago has the meetings of its past turns from the moment it is made");

        List<MeetingDuty> duties = checklists.myDuties(coordinator).stream()
                .filter(d -> d.groupId().equals(id)).toList();
        assertTrue(duties.stream().anyMatch(d -> d.day().isBefore(today)), "past duties with items late: " + duties);
        Map<String, Long> links = archive.ofDuties(duties, coordinator);
        for (MeetingDuty d : duties) {
            Long meetingId = links.get(MeetingArchive.key(id, d.day()));
            assertNotNull(meetingId, "the duty of " + d.day() + " leads to a meeting");
            Meeting meeting = meetings.find(meetingId, coordinator);
            assertEquals(d.day(), meeting.getStartsAt().atZone(Cadence.ZONE).toLocalDate(), "of its day");
        }
        assertEquals(links, archive.ofDuties(duties, coordinator), "the same meetings the next time, none made twice");

        List<Integer> years = archive.years(id, coordinator);
        assertEquals(today.getYear(), years.get(0), "the newest year first: " + years);
        List<Meeting> pastOfThisYear = new ArrayList<>();
        for (Integer year : years) {
            pastOfThisYear.addAll(archive.past(id, year, coordinator));
        }
        List<LocalDate> pastDays = duties.stream().map(MeetingDuty::day)
                .filter(d -> d.isBefore(today)).sorted(Comparator.reverseOrder()).toList();
        // today's meeting is in the archive once it has begun (a weekly group started three weeks ago meets today):
        // the days before today must all be there, newest first, whatever the time of day the test runs
        assertEquals(pastDays, pastOfThisYear.stream().map(m -> m.getStartsAt().atZone(Cadence.ZONE).toLocalDate())
                .filter(d -> d.isBefore(today)).toList(), "the past meetings, newest first");
        assertThrows(NotFound.class, () -> archive.years(data.groupIdNamed(SAFETY_GROUP), participant),
                "a hidden group has no archive for outsiders");
    }

    @Test
    void theArchiveCostsTheSameStatementsForThreePastMeetingsAndForSixty() {
        Long few = newGroup("få møder", Visibility.OPEN);
        Long many = newGroup("mange møder", Visibility.OPEN);
        data.pastMeetings(few, 3);
        data.pastMeetings(many, 60);
        statementsOfTheArchive(few); // warm
        int three = statementsOfTheArchive(few);
        int sixty = statementsOfTheArchive(many);
        assertTrue(three > 0);
        assertEquals(three, sixty, "statements must not grow with the meetings shown");
    }

    /** The statements of the archive as the group page shows it: the years, then the newest year's meetings. */
    private int statementsOfTheArchive(Long groupId) {
        data.evictCache();
        StatementCounter.reset();
        List<Integer> years = archive.years(groupId, coordinator);
        List<Meeting> shown = archive.past(groupId, years.get(0), coordinator);
        shown.forEach(m -> m.getStatus().name());
        assertFalse(shown.isEmpty());
        return StatementCounter.count();
    }
}
