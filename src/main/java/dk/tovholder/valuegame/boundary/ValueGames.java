package dk.tovholder.valuegame.boundary;

import dk.tovholder.caller.Caller;
import dk.tovholder.meeting.boundary.Meetings;
import dk.tovholder.meeting.entity.Meeting;
import dk.tovholder.meeting.entity.MeetingStatus;
import dk.tovholder.network.boundary.NetworkGroups;
import dk.tovholder.network.entity.GroupKind;
import dk.tovholder.network.entity.GroupMember;
import dk.tovholder.network.entity.NetworkGroup;
import dk.tovholder.organisation.entity.CollaborationValue;
import dk.tovholder.organisation.entity.Organisation;
import dk.tovholder.organisation.entity.Person;
import dk.tovholder.refusal.Conflict;
import dk.tovholder.refusal.Forbidden;
import dk.tovholder.refusal.NotFound;
import dk.tovholder.refusal.Refusal;
import dk.tovholder.schema.Constraints;
import dk.tovholder.schema.Versions;
import dk.tovholder.valuegame.entity.ValueAnswer;
import dk.tovholder.valuegame.entity.ValueGame;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The value game in network-group meetings. Whoever edits the meeting's
 * agenda (the group's administrator, the duty holder) starts it, may mark
 * answers for any member organisation while facilitating, and closes it;
 * people of a member organisation mark their own organisation's answer. The
 * result is read by whoever may see the group: for a members-only group, only
 * its members (others get 404, as for the meeting itself).
 */
@ApplicationScoped
@Transactional
public class ValueGames {

    @PersistenceContext
    EntityManager em;

    @Inject
    Meetings meetings;

    @Inject
    NetworkGroups groups;

    @Inject
    Clock clock;

    /** The meeting's game, if it has one (404 when the caller may not see the meeting). */
    public Optional<ValueGame> ofMeeting(@NotNull Long meetingId, @NotNull Caller caller) {
        meetings.find(meetingId, caller);
        return em.createQuery("select g from ValueGame g where g.meetingId = :m", ValueGame.class)
                .setParameter("m", meetingId).getResultStream().findFirst();
    }

    public ValueGame game(@NotNull Long meetingId, @NotNull Caller caller) {
        return ofMeeting(meetingId, caller).orElseThrow(() -> new NotFound("valueGame", meetingId));
    }

    /** Starting, facilitating and closing: the meeting's editors, in a network group. */
    public boolean mayRun(@NotNull Meeting meeting, @NotNull Caller caller) {
        return groups.find(meeting.getGroupId(), caller).getKind() == GroupKind.NETWORK
                && meetings.mayEdit(meeting, caller);
    }

    /** The group's member organisations, by name: they are the ones who answer. */
    public List<Organisation> members(@NotNull Meeting meeting, @NotNull Caller caller) {
        return groups.find(meeting.getGroupId(), caller).getMembers().stream().map(GroupMember::getOrganisation)
                .sorted(Comparator.comparing(Organisation::getName)).toList();
    }

    /** The organisations the caller may answer for: all members when running the game, else their own. */
    public List<Organisation> answerableFor(@NotNull Meeting meeting, @NotNull Caller caller) {
        boolean running = mayRun(meeting, caller);
        return members(meeting, caller).stream().filter(o -> running || caller.belongsTo(o.getId())).toList();
    }

    public ValueGame start(@NotNull Long meetingId, @NotNull Caller caller) {
        Meeting meeting = meetings.find(meetingId, caller);
        if (!mayRun(meeting, caller)) {
            throw new Forbidden("valuegame.notFacilitator");
        }
        if (meeting.getStatus() == MeetingStatus.CANCELLED) {
            throw new Refusal("meeting.cancelled");
        }
        if (ofMeeting(meetingId, caller).isPresent()) {
            throw new Conflict(null, "valuegame.started");
        }
        ValueGame game = new ValueGame(meeting.getId(), meeting.getGroupId(),
                caller.personId() == null ? null : em.find(Person.class, caller.personId()), Instant.now(clock));
        em.persist(game);
        try {
            em.flush(); // two facilitators starting at once: the unique constraint decides
        } catch (PersistenceException e) {
            if (Constraints.violated(e, "value_game_once")) {
                throw new Conflict(null, "valuegame.started");
            }
            throw e;
        }
        return game;
    }

    /**
     * Marks an organisation's answer. Send the game's version as last read:
     * a change in between (another answer, closing) is refused, not merged.
     */
    public ValueGame answer(@NotNull Long meetingId, long seenVersion, @NotNull Long organisationId,
            @NotNull @Valid ValueAnswerForm form, @NotNull Caller caller) {
        Meeting meeting = meetings.find(meetingId, caller);
        ValueGame game = game(meetingId, caller);
        if (answerableFor(meeting, caller).stream().noneMatch(o -> o.getId().equals(organisationId))) {
            throw members(meeting, caller).stream().anyMatch(o -> o.getId().equals(organisationId))
                    ? new Forbidden("valuegame.notYours") : Refusal.onField("organisation", "valuegame.notMember");
        }
        checkVersion(game, seenVersion);
        game.answer(em.find(Organisation.class, organisationId), form.getValues(), form.getOwnValue(),
                caller.personId() == null ? null : em.find(Person.class, caller.personId()), Instant.now(clock));
        em.lock(game, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return saved(game);
    }

    public ValueGame close(@NotNull Long meetingId, long seenVersion, @NotNull Caller caller) {
        Meeting meeting = meetings.find(meetingId, caller);
        if (!mayRun(meeting, caller)) {
            throw new Forbidden("valuegame.notFacilitator");
        }
        ValueGame game = game(meetingId, caller);
        checkVersion(game, seenVersion);
        game.close(Instant.now(clock));
        return saved(game);
    }

    private static void checkVersion(ValueGame game, long seenVersion) {
        Versions.check(game.getVersion(), seenVersion);
    }

    /**
     * Flushes under the lock. Two first answers for the same organisation at
     * once meet either the lock or the unique constraint, whichever the flush
     * reaches first: both mean someone else saved meanwhile.
     */
    private ValueGame saved(ValueGame game) {
        try {
            em.flush();
            return game;
        } catch (PersistenceException e) {
            if (e instanceof OptimisticLockException || Constraints.violated(e, "value_answer_once")) {
                throw Versions.stale();
            }
            throw e;
        }
    }

    /** An organisation's answer in one meeting, for its profile. */
    public record OrganisationAnswer(Long meetingId, Instant meetingStart, String groupName,
            Set<CollaborationValue> values, String ownValue, boolean closed) {
    }

    /**
     * The organisation's answers over time, newest meeting first, from the
     * games of the groups the caller may see (a members-only group's stay in
     * the group). A fixed number of queries, however many games.
     */
    public List<OrganisationAnswer> answersOf(@NotNull Long organisationId, @NotNull Caller caller) {
        List<ValueAnswer> answers = em.createQuery("select a from ValueAnswer a join fetch a.game"
                + " where a.organisation.id = :o", ValueAnswer.class).setParameter("o", organisationId)
                .setHint("eclipselink.batch", "a.values").getResultList();
        if (answers.isEmpty()) {
            return List.of();
        }
        Map<Long, NetworkGroup> visible = groups.visibleTo(caller).stream()
                .collect(Collectors.toMap(NetworkGroup::getId, Function.identity()));
        List<ValueAnswer> shown = answers.stream().filter(a -> visible.containsKey(a.getGame().getGroupId())).toList();
        if (shown.isEmpty()) {
            return List.of();
        }
        Map<Long, Meeting> byId = em.createQuery("select m from Meeting m where m.id in :ids", Meeting.class)
                .setParameter("ids", shown.stream().map(a -> a.getGame().getMeetingId()).toList()).getResultStream()
                .collect(Collectors.toMap(Meeting::getId, Function.identity()));
        return shown.stream().map(a -> new OrganisationAnswer(a.getGame().getMeetingId(),
                byId.get(a.getGame().getMeetingId()).getStartsAt(), visible.get(a.getGame().getGroupId()).getName(),
                Set.copyOf(a.getValues()), a.getOwnValue(), a.getGame().isClosed()))
                .sorted(Comparator.comparing(OrganisationAnswer::meetingStart).reversed()).toList();
    }
}
