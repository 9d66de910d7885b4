package dk.tovholder.network.boundary;

import dk.tovholder.audit.boundary.AuditTrail;
import dk.tovholder.audit.boundary.Audited;
import dk.tovholder.audit.boundary.AuditedId;
import dk.tovholder.audit.entity.AuditAction;
import dk.tovholder.caller.Caller;
import dk.tovholder.caller.Role;
import dk.tovholder.network.control.Rota;
import dk.tovholder.network.control.RotaPlanner;
import dk.tovholder.network.control.TurnCalendar;
import dk.tovholder.network.entity.Cadence;
import dk.tovholder.network.entity.GroupMember;
import dk.tovholder.network.entity.JoinRequest;
import dk.tovholder.network.entity.NetworkGroup;
import dk.tovholder.network.entity.RotaEvent;
import dk.tovholder.network.entity.RotaEventKind;
import dk.tovholder.network.entity.RotaRhythm;
import dk.tovholder.network.entity.RotationUnit;
import dk.tovholder.network.entity.SwapRequest;
import dk.tovholder.network.entity.SwapStatus;
import dk.tovholder.network.entity.Visibility;
import dk.tovholder.organisation.entity.Organisation;
import dk.tovholder.organisation.entity.Person;
import dk.tovholder.refusal.Conflict;
import dk.tovholder.refusal.Forbidden;
import dk.tovholder.refusal.NotFound;
import dk.tovholder.refusal.Refusal;
import dk.tovholder.schema.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Network groups and their rotating coordinator duty: who may see a group,
 * who may change it, and every change to the rota, each recorded with who,
 * when and why. Changes to the rota carry the group version the user saw;
 * a concurrent change makes the second one fail with a message to reload.
 */
@ApplicationScoped
@Transactional
public class NetworkGroups {

    /** how far ahead the rota is computed */
    static final int HORIZON_YEARS = 2;

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<DutyChanged> dutyChanged;

    @Inject
    Event<RhythmChanged> rhythmChanged;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Clock clock;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---------------------------------------------------------------- reading

    /** The groups the caller may see: open ones, and members-only ones they belong to. */
    public List<NetworkGroup> visibleTo(@NotNull Caller caller) {
        return em.createNamedQuery(NetworkGroup.FIND_ALL, NetworkGroup.class).getResultList().stream()
                .filter(g -> visible(g, caller)).toList();
    }

    /** The group, or 404 when it does not exist or the caller may not know it does. */
    public NetworkGroup find(@NotNull Long id, @NotNull Caller caller) {
        NetworkGroup group = em.find(NetworkGroup.class, id);
        if (group == null || !visible(group, caller)) {
            throw new NotFound("group", id);
        }
        return group;
    }

    static boolean visible(NetworkGroup group, Caller caller) {
        return group.getVisibility() == Visibility.OPEN || caller.isAdmin()
                || group.hasMember(caller.personId(), caller.organisationId());
    }

    /**
     * The network groups the caller belongs to ({@link #isMember}): as a
     * participant, as the administrator, or through their organisation. One
     * query, not every group of the country filtered in memory.
     */
    public List<NetworkGroup> memberOf(@NotNull Caller caller) {
        return em.createQuery("select g from NetworkGroup g where " + MEMBER_OF + " order by g.name",
                NetworkGroup.class).setParameter("person", orNone(caller.personId()))
                .setParameter("organisation", orNone(caller.organisationId())).getResultList();
    }

    /** The JPQL condition "the caller belongs to group g" ({@link NetworkGroup#hasMember}), on :person and :organisation. */
    private static final String MEMBER_OF = "(g.administrator.id = :person"
            + " or g.id in (select p.id from NetworkGroup p join p.participants x where x.id = :person)"
            + " or (g.kind = dk.tovholder.network.entity.GroupKind.NETWORK and g.id in"
            + " (select m.group.id from GroupMember m where m.organisation.id = :organisation)))";

    private static long orNone(Long id) {
        return id == null ? -1 : id;
    }

    /**
     * The names of the groups {@link #visibleTo} the caller, by id: one query
     * of two columns (a search's thousand groups without their members).
     */
    public Map<Long, String> namesVisibleTo(@NotNull Caller caller) {
        List<Object[]> rows = caller.isAdmin()
                ? em.createQuery("select g.id, g.name from NetworkGroup g", Object[].class).getResultList()
                : em.createQuery("select g.id, g.name from NetworkGroup g where"
                        + " g.visibility = dk.tovholder.network.entity.Visibility.OPEN or " + MEMBER_OF, Object[].class)
                        .setParameter("person", orNone(caller.personId()))
                        .setParameter("organisation", orNone(caller.organisationId())).getResultList();
        Map<Long, String> names = new HashMap<>(rows.size() * 2);
        rows.forEach(row -> names.put((Long) row[0], (String) row[1]));
        return names;
    }

    public boolean isMember(NetworkGroup group, Caller caller) {
        return group.hasMember(caller.personId(), caller.organisationId());
    }

    /** Creates groups: coordinators and administrators. */
    public boolean mayCreate(Caller caller) {
        return caller.isAdmin() || caller.has(Role.COORDINATOR);
    }

    /** Edits the group and its members: an administrator or the group's administrator. */
    public boolean mayManage(NetworkGroup group, Caller caller) {
        return caller.isAdmin() || Objects.equals(group.getAdministrator().getId(), caller.personId());
    }

    public RotaOverview rota(@NotNull Long groupId, @NotNull Caller caller) {
        NetworkGroup group = find(groupId, caller);
        return overview(group, caller);
    }

    RotaOverview overview(NetworkGroup group, Caller caller) {
        return overview(group, caller, events(group.getId()), swaps(group.getId()), calendar(group));
    }

    private RotaOverview overview(NetworkGroup group, Caller caller, List<RotaEvent> events, List<SwapRequest> swaps,
            TurnCalendar calendar) {
        LocalDate today = today();
        List<Rota.Turn> plan = RotaPlanner.plan(group, calendar, events, swaps, today.plusYears(HORIZON_YEARS));
        Map<Long, GroupMember> members = new HashMap<>();
        group.getMembers().forEach(m -> members.put(m.getOrganisation().getId(), m));
        Map<Long, String> names = organisationNames(plan, members);
        List<RotaTurn> turns = new ArrayList<>(plan.size());
        for (Rota.Turn t : plan) {
            GroupMember member = t.holder() == null ? null : members.get(t.holder());
            turns.add(new RotaTurn(t.date(), t.holder(), t.holder() == null ? null : names.get(t.holder()),
                    member == null || member.getDutyPerson() == null ? null : member.getDutyPerson().getName(),
                    t.kind(), !calendar.end(t.date()).isAfter(today), calendar.end(t.date())));
        }
        Long currentHolder = turns.stream().filter(t -> !t.past()).findFirst().map(RotaTurn::holderId).orElse(null);
        boolean mayChange = mayManage(group, caller)
                || (currentHolder != null && currentHolder.equals(caller.organisationId()));
        return new RotaOverview(turns, today, swaps, events, mayChange, group.getVersion());
    }

    /** Names of holders, also of organisations that have left the group since. */
    private Map<Long, String> organisationNames(List<Rota.Turn> plan, Map<Long, GroupMember> members) {
        Map<Long, String> names = new HashMap<>();
        members.forEach((id, m) -> names.put(id, m.getOrganisation().getName()));
        List<Long> missing = plan.stream().map(Rota.Turn::holder).filter(Objects::nonNull)
                .filter(id -> !names.containsKey(id)).distinct().toList();
        if (!missing.isEmpty()) {
            em.createQuery("select o from Organisation o where o.id in :ids", Organisation.class)
                    .setParameter("ids", missing).getResultList().forEach(o -> names.put(o.getId(), o.getName()));
        }
        return names;
    }

    List<RotaEvent> events(Long groupId) {
        return em.createNamedQuery(RotaEvent.FIND_BY_GROUP, RotaEvent.class).setParameter("groupId", groupId)
                .getResultList();
    }

    /** The group's turn dates: its earlier rhythms up to when each changed, then its current one. */
    TurnCalendar calendar(NetworkGroup group) {
        return TurnCalendar.of(group, em.createNamedQuery(RotaRhythm.FIND_BY_GROUP, RotaRhythm.class)
                .setParameter("groupId", group.getId()).getResultList());
    }

    List<SwapRequest> swaps(Long groupId) {
        return em.createNamedQuery(SwapRequest.FIND_BY_GROUP, SwapRequest.class)
                .setParameter("groupId", groupId).getResultList();
    }

    public List<JoinRequest> pendingJoinRequests(@NotNull Long groupId, @NotNull Caller caller) {
        NetworkGroup group = find(groupId, caller);
        if (!mayChangeRota(group, caller)) {
            return List.of();
        }
        return em.createNamedQuery(JoinRequest.FIND_PENDING, JoinRequest.class).setParameter("groupId", groupId)
                .getResultList();
    }

    public boolean hasPendingJoinRequest(Long groupId, Caller caller) {
        return caller.personId() != null && !em.createNamedQuery(JoinRequest.FIND_PENDING_OF_PERSON, JoinRequest.class)
                .setParameter("groupId", groupId).setParameter("personId", caller.personId())
                .getResultList().isEmpty();
    }

    // ---------------------------------------------------------------- the rota

    /**
     * The holder of a turn is unavailable: the next in line takes it, the
     * skipped one keeps its place. The reason is required; it is kept in the
     * rota's log and in the audit log. Swaps whose turns change with it lapse.
     */
    public void skip(@NotNull Long groupId, long seenVersion, @NotNull LocalDate turn,
            @NotBlank(message = "{rota.skip.reasonRequired}") @Size(max = RotaEvent.REASON_MAX,
                    message = "{rota.skip.reasonTooLong}") String reason,
            @NotNull Caller caller) {
        NetworkGroup group = find(groupId, caller);
        RotaOverview rota = changeable(group, seenVersion, caller);
        RotaTurn target = futureTurn(rota, turn);
        if (target.holderId() == null) {
            throw new Refusal("rota.skip.uncovered");
        }
        List<RotaEvent> events = new ArrayList<>(rota.events());
        RotaEvent skip = RotaEvent.skip(groupId, turn, em.getReference(Organisation.class, target.holderId()),
                person(caller), reason);
        events.add(skip);
        List<Rota.Turn> after = RotaPlanner.plan(group, calendar(group), events, rota.swaps(), turn.plusDays(1));
        if (after.get(after.size() - 1).holder() == null) {
            throw new Refusal("rota.skip.nobody");
        }
        em.persist(skip);
        lock(group);
        Long taker = after.stream().filter(t -> t.date().equals(turn)).map(Rota.Turn::holder).findFirst().orElse(null);
        auditTrail.record(AuditAction.DUTY_SKIPPED, group, caller,
                turn + " " + rota.turn(turn).map(RotaTurn::holderName).orElse("") + ": " + reason.strip());
        dutyChanged.fire(new DutyChanged(groupId, RotaEventKind.SKIP, turn, taker, target.holderId(), null,
                reason.strip()));
        withdrawChangedSwaps(group, caller);
    }

    /**
     * Swaps whose turns changed lapse, with a notice to both sides: a pending
     * one whose turns are no longer held by the two organisations it names, an
     * agreed one (both turns still ahead) that no longer exchanges them. A swap
     * with a turn that is over stays: the past does not change.
     */
    private void withdrawChangedSwaps(NetworkGroup group, Caller caller) {
        TurnCalendar calendar = calendar(group);
        // read afresh: the cached results of the named queries do not hold what this transaction wrote
        em.flush();
        List<RotaEvent> events = em.createQuery("select e from RotaEvent e where e.groupId = :groupId"
                + " order by e.occurredAt, e.id", RotaEvent.class).setParameter("groupId", group.getId())
                .getResultList();
        List<SwapRequest> swaps = em.createQuery("select s from SwapRequest s where s.groupId = :groupId"
                + " order by s.proposedAt, s.id", SwapRequest.class).setParameter("groupId", group.getId())
                .getResultList();
        LocalDate today = today();
        for (int round = 0; round <= swaps.size(); round++) {
            Map<LocalDate, Rota.Turn> plan = new HashMap<>();
            RotaPlanner.plan(group, calendar, events, swaps, today.plusYears(HORIZON_YEARS))
                    .forEach(t -> plan.put(t.date(), t));
            Optional<SwapRequest> lapsed = swaps.stream()
                    .filter(s -> s.isPending() || s.getStatus() == SwapStatus.ACCEPTED)
                    .filter(s -> calendar.end(s.getTurnA()).isAfter(today) && calendar.end(s.getTurnB()).isAfter(today))
                    .filter(s -> !stillApplies(s, plan)).findFirst();
            if (lapsed.isEmpty()) {
                return;
            }
            SwapRequest swap = lapsed.get();
            swap.withdraw(person(caller));
            em.persist(RotaEvent.swap(RotaEventKind.SWAP_WITHDRAWN, swap, person(caller), null));
            Long a = swap.getHolderA().getId();
            Long b = swap.getHolderB().getId();
            dutyChanged.fire(new DutyChanged(group.getId(), RotaEventKind.SWAP_WITHDRAWN, swap.getTurnA(), a, b,
                    swap.getTurnB(), null));
            dutyChanged.fire(new DutyChanged(group.getId(), RotaEventKind.SWAP_WITHDRAWN, swap.getTurnB(), b, a,
                    swap.getTurnA(), null));
        }
    }

    private static boolean stillApplies(SwapRequest swap, Map<LocalDate, Rota.Turn> plan) {
        return RotaPlanner.stillApplies(rotaSwap(swap), swap.isPending(), plan);
    }

    private static Rota.Swap rotaSwap(SwapRequest swap) {
        return new Rota.Swap(swap.getTurnA(), swap.getHolderA().getId(), swap.getTurnB(), swap.getHolderB().getId());
    }

    /** Proposes to exchange my organisation's turn with another's; the original stands until they accept. */
    @Audited(AuditAction.SWAP_PROPOSED)
    public SwapRequest proposeSwap(@NotNull Long groupId, long seenVersion, @NotNull LocalDate myTurn,
            @NotNull LocalDate theirTurn, @Size(max = 1000) String reason, @NotNull Caller caller) {
        NetworkGroup group = find(groupId, caller);
        RotaOverview rota = overview(group, caller);
        checkVersion(group, seenVersion);
        RotaTurn a = futureTurn(rota, myTurn);
        RotaTurn b = futureTurn(rota, theirTurn);
        if (a.holderId() == null || b.holderId() == null || a.holderId().equals(b.holderId())) {
            throw new Refusal("rota.swap.sameHolder");
        }
        if (!a.holderId().equals(caller.organisationId()) && !mayManage(group, caller)) {
            throw new Forbidden("rota.swap.notYourTurn");
        }
        // a turn takes part in one swap at a time: pending or made
        boolean busy = rota.swaps().stream()
                .filter(s -> s.isPending() || s.getStatus() == SwapStatus.ACCEPTED)
                .anyMatch(s -> Set.of(s.getTurnA(), s.getTurnB()).contains(myTurn)
                        || Set.of(s.getTurnA(), s.getTurnB()).contains(theirTurn));
        if (busy) {
            throw new Conflict(null, "rota.swap.pending");
        }
        SwapRequest swap = new SwapRequest(groupId, myTurn, em.getReference(Organisation.class, a.holderId()),
                theirTurn, em.getReference(Organisation.class, b.holderId()), person(caller), reason);
        em.persist(swap);
        em.persist(RotaEvent.swap(RotaEventKind.SWAP_PROPOSED, swap, person(caller), reason));
        lock(group);
        dutyChanged.fire(new DutyChanged(groupId, RotaEventKind.SWAP_PROPOSED, theirTurn, b.holderId(), a.holderId(),
                myTurn, reason));
        return swap;
    }

    /** The other organisation accepts or declines a proposed swap. */
    @Audited(AuditAction.SWAP_DECIDED)
    public void decideSwap(@AuditedId(SwapRequest.class) @NotNull Long swapId, boolean accept, @NotNull Caller caller) {
        SwapRequest swap = em.find(SwapRequest.class, swapId);
        if (swap == null) {
            throw new NotFound("swap", swapId);
        }
        NetworkGroup group = find(swap.getGroupId(), caller);
        boolean proposer = swap.isProposedBy(caller.organisationId());
        if (!swap.mayBeDecidedBy(caller.organisationId(), accept)) {
            throw new Forbidden("rota.swap.notTheirs");
        }
        if (!swap.isPending()) {
            throw new Conflict(null, "rota.swap.decided");
        }
        if (accept) {
            RotaOverview rota = overview(group, caller);
            futureTurn(rota, swap.getTurnA());
            futureTurn(rota, swap.getTurnB());
            LocalDate last = swap.getTurnA().isAfter(swap.getTurnB()) ? swap.getTurnA() : swap.getTurnB();
            Map<LocalDate, Rota.Turn> plan = new HashMap<>();
            RotaPlanner.planWith(group, calendar(group), rota.events(), rota.swaps(), swap, last.plusDays(1))
                    .forEach(t -> plan.put(t.date(), t));
            // accepted, it must take effect: each turn goes to the other organisation
            if (!RotaPlanner.stillApplies(rotaSwap(swap), false, plan)) {
                throw new Conflict(null, "rota.swap.lapsed");
            }
        }
        swap.decide(accept, person(caller));
        em.persist(RotaEvent.swap(accept ? RotaEventKind.SWAP_ACCEPTED : RotaEventKind.SWAP_DECLINED, swap,
                person(caller), null));
        lock(group);
        Long a = swap.getHolderA().getId();
        Long b = swap.getHolderB().getId();
        if (accept) {
            dutyChanged.fire(new DutyChanged(group.getId(), RotaEventKind.SWAP_ACCEPTED, swap.getTurnA(), b, a,
                    swap.getTurnB(), null));
            dutyChanged.fire(new DutyChanged(group.getId(), RotaEventKind.SWAP_ACCEPTED, swap.getTurnB(), a, b,
                    swap.getTurnA(), null));
        } else if (!proposer) {
            dutyChanged.fire(new DutyChanged(group.getId(), RotaEventKind.SWAP_DECLINED, swap.getTurnA(), a, b,
                    swap.getTurnB(), null));
        }
    }

    /** A note from the holder of a turn to whoever holds the next one. */
    @Audited(AuditAction.HANDOVER_NOTE)
    public void handover(@AuditedId(NetworkGroup.class) @NotNull Long groupId, @NotNull LocalDate turn,
            @NotBlank(message = "{rota.note.required}") @Size(max = RotaEvent.REASON_MAX,
                    message = "{rota.note.tooLong}") String note,
            @NotNull Caller caller) {
        NetworkGroup group = find(groupId, caller);
        RotaOverview rota = overview(group, caller);
        RotaTurn target = rota.turn(turn).orElseThrow(() -> new Refusal("rota.turn.unknown"));
        if (!Objects.equals(target.holderId(), caller.organisationId()) && !mayManage(group, caller)) {
            throw new Forbidden("rota.note.notYourTurn");
        }
        em.persist(RotaEvent.handover(groupId, turn, em.getReference(Organisation.class, target.holderId()),
                person(caller), note));
        rota.turns().stream().filter(t -> t.date().isAfter(turn)).findFirst().ifPresent(next ->
                dutyChanged.fire(new DutyChanged(groupId, RotaEventKind.HANDOVER_NOTE, next.date(), next.holderId(),
                        target.holderId(), turn, note.strip())));
    }

    // ---------------------------------------------------------------- members

    @Audited(AuditAction.MEMBER_ADDED)
    public void addMember(@AuditedId(NetworkGroup.class) @NotNull Long groupId, long seenVersion, @NotNull Long organisationId, boolean core,
            @NotNull Caller caller) {
        NetworkGroup group = managed(groupId, seenVersion, caller);
        Organisation organisation = em.find(Organisation.class, organisationId);
        if (organisation == null) {
            throw new NotFound("organisation", organisationId);
        }
        List<Long> before = group.coreOrder();
        group.addMember(organisation, core);
        recordOrder(group, before, false, caller);
    }

    @Audited(AuditAction.MEMBER_REMOVED)
    public void removeMember(@AuditedId(NetworkGroup.class) @NotNull Long groupId, long seenVersion, @NotNull Long organisationId,
            @NotNull Caller caller) {
        NetworkGroup group = managed(groupId, seenVersion, caller);
        List<Long> before = group.coreOrder();
        if (before.equals(List.of(organisationId))) {
            throw new Refusal("rota.lastCore");
        }
        group.removeMember(organisationId);
        recordOrder(group, before, false, caller);
    }

    @Audited(AuditAction.MEMBER_CORE_CHANGED)
    public void setCore(@AuditedId(NetworkGroup.class) @NotNull Long groupId, long seenVersion, @NotNull Long organisationId, boolean core,
            @NotNull Caller caller) {
        NetworkGroup group = managed(groupId, seenVersion, caller);
        List<Long> before = group.coreOrder();
        group.setCore(organisationId, core);
        recordOrder(group, before, false, caller);
    }

    /** Moves a core member one place earlier (-1) or later (+1); future turns are recomputed. */
    @Audited(AuditAction.ROTA_ORDER_CHANGED)
    public void move(@AuditedId(NetworkGroup.class) @NotNull Long groupId, long seenVersion, @NotNull Long organisationId, int delta,
            @NotNull Caller caller) {
        NetworkGroup group = managed(groupId, seenVersion, caller);
        List<Long> before = group.coreOrder();
        group.move(organisationId, delta);
        recordOrder(group, before, true, caller);
    }

    @Audited(AuditAction.DUTY_PERSON_NAMED)
    public void nameDutyPerson(@AuditedId(NetworkGroup.class) @NotNull Long groupId, long seenVersion, @NotNull Long organisationId, Long personId,
            @NotNull Caller caller) {
        NetworkGroup group = find(groupId, caller);
        checkVersion(group, seenVersion);
        if (!mayManage(group, caller) && !organisationId.equals(caller.organisationId())) {
            throw new Forbidden("refusal.forbidden");
        }
        GroupMember member = group.member(organisationId).orElseThrow(() -> new Refusal("group.member.unknown"));
        Person person = personId == null ? null : em.find(Person.class, personId);
        if (personId != null && (person == null || !person.getOrganisation().getId().equals(organisationId))) {
            throw Refusal.onField("dutyPerson", "group.dutyPerson.otherOrganisation");
        }
        member.nameDutyPerson(person);
        lock(group);
    }

    private void recordOrder(NetworkGroup group, List<Long> before, boolean reorder, Caller caller) {
        List<Long> after = group.coreOrder();
        if (after.equals(before)) {
            return;
        }
        LocalDate from = firstFutureTurnDay(group);
        em.persist(RotaEvent.order(group.getId(), reorder, from, after, person(caller), null));
        lock(group);
        dutyChanged.fire(DutyChanged.order(group.getId(), reorder ? RotaEventKind.REORDER : RotaEventKind.ORDER, from));
        withdrawChangedSwaps(group, caller);
    }

    /**
     * Changes take effect from the turn that is not over yet: today's meeting,
     * or the current month or quarter (or from the start of the rota, if later).
     */
    private LocalDate firstFutureTurnDay(NetworkGroup group) {
        return calendar(group).firstOpenDay(today());
    }

    // ---------------------------------------------------------------- joining and leaving

    public JoinRequest requestToJoin(@NotNull Long groupId, @Size(max = JoinRequest.MESSAGE_MAX) String message,
            @NotNull Caller caller) {
        NetworkGroup group = find(groupId, caller);
        if (group.getVisibility() != Visibility.OPEN) {
            throw new Forbidden("group.join.membersOnly");
        }
        if (group.isParticipant(caller.personId())) {
            throw new Conflict(null, "group.join.already");
        }
        if (hasPendingJoinRequest(groupId, caller)) {
            throw new Conflict(null, "group.join.pending");
        }
        JoinRequest request = new JoinRequest(groupId, person(caller), message);
        em.persist(request);
        return request;
    }

    @Audited(AuditAction.JOIN_DECIDED)
    public void decideJoin(@AuditedId(JoinRequest.class) @NotNull Long requestId, boolean approve, @Size(max = JoinRequest.MESSAGE_MAX) String reason,
            @NotNull Caller caller) {
        JoinRequest request = em.find(JoinRequest.class, requestId);
        if (request == null) {
            throw new NotFound("request", requestId);
        }
        NetworkGroup group = find(request.getGroupId(), caller);
        if (!mayChangeRota(group, caller)) {
            throw new Forbidden("group.join.notYours");
        }
        request.decide(approve, person(caller), reason);
        if (approve) {
            group.addParticipant(request.getPerson());
            lock(group);
        }
    }

    @Audited(AuditAction.MEMBER_LEFT)
    public void leave(@AuditedId(NetworkGroup.class) @NotNull Long groupId, @NotNull Caller caller) {
        NetworkGroup group = find(groupId, caller);
        if (!group.isParticipant(caller.personId())) {
            throw new Refusal("group.leave.notParticipant");
        }
        group.removeParticipant(person(caller));
        lock(group);
    }

    // ---------------------------------------------------------------- the group itself

    @Audited(AuditAction.GROUP_CREATED)
    public NetworkGroup create(@NotNull @Valid GroupForm form, @NotNull Caller caller) {
        if (!mayCreate(caller)) {
            throw new Forbidden("group.create.forbidden");
        }
        checkNameFree(form.getName(), null);
        checkCadence(form.cadence());
        LocalDate start = form.getRotaStart() == null ? today() : form.getRotaStart();
        NetworkGroup group = new NetworkGroup(form.getName().strip(), person(caller), start);
        form.applyTo(group);
        Organisation own = em.find(Organisation.class, caller.organisationId());
        group.addMember(own, true);
        group.addParticipant(person(caller));
        em.persist(group);
        em.flush();
        em.persist(RotaEvent.order(group.getId(), false, group.turnOf(start), group.coreOrder(), person(caller), null));
        rhythmChanged.fire(new RhythmChanged(group.getId(), start)); // its meetings, from its rota's first turn
        return group;
    }

    @Audited(AuditAction.GROUP_CHANGED)
    public NetworkGroup update(@NotNull Long groupId, long seenVersion, @NotNull @Valid GroupForm form,
            @NotNull Caller caller) {
        NetworkGroup group = managed(groupId, seenVersion, caller);
        checkNameFree(form.getName(), groupId);
        checkCadence(form.cadence());
        TurnCalendar before = calendar(group);
        RotationUnit unit = group.getRotationUnit();
        Cadence cadence = group.getCadence().copy();
        form.applyTo(group);
        boolean newDays = unit != group.getRotationUnit() || !cadence.sameDays(group.getCadence());
        boolean newTime = !Objects.equals(cadence.getStartTime(), group.getCadence().getStartTime())
                || cadence.getMinutes() != group.getCadence().getMinutes();
        lock(group);
        if (newDays) {
            keepThePast(group, before, unit, cadence, caller);
        }
        if (newDays || newTime) {
            rhythmChanged.fire(new RhythmChanged(group.getId(), today()));
        }
        return group;
    }

    /**
     * A new rhythm applies from the turn that is not over yet: the one before
     * is kept for the turns before it (so their dates and holders stay), the
     * change is logged, and swaps of turns that moved lapse.
     */
    private void keepThePast(NetworkGroup group, TurnCalendar before, RotationUnit unit, Cadence cadence,
            Caller caller) {
        LocalDate from = before.changeDay(today(), group.getRotationUnit(), group.getCadence());
        if (!from.isAfter(group.getRotaStart())) {
            // nothing is over yet: the new rhythm applies from the start
            em.persist(RotaEvent.rhythm(group.getId(), group.getRotaStart(), person(caller)));
        } else {
            em.persist(new RotaRhythm(group.getId(), from, unit, cadence));
            em.persist(RotaEvent.rhythm(group.getId(), from, person(caller)));
        }
        em.flush();
        withdrawChangedSwaps(group, caller);
    }

    private void checkNameFree(String name, Long self) {
        em.createNamedQuery(NetworkGroup.FIND_BY_NAME, NetworkGroup.class).setParameter("name", name.strip())
                .getResultStream().filter(g -> !g.getId().equals(self)).findFirst().ifPresent(g -> {
                    throw new Conflict("name", "group.name.taken", name);
                });
    }

    private static void checkCadence(Cadence cadence) {
        if (!cadence.isComplete()) {
            throw Refusal.onField("cadence", "group.cadence.incomplete");
        }
    }

    /**
     * The members-only host of an experience group's sessions: its facilitator
     * administers it, its participants are the experience group's, and it is
     * not listed among the network groups. Made by whoever may make groups.
     */
    public NetworkGroup createExperienceHost(@NotNull String name, @NotNull Long facilitatorId,
            @NotNull Caller caller) {
        if (!mayCreate(caller)) {
            throw new Forbidden("group.create.forbidden");
        }
        NetworkGroup host = NetworkGroup.experienceHost(name, em.find(Person.class, facilitatorId), today());
        em.persist(host);
        em.flush();
        return host;
    }

    /**
     * Makes the host's participants and administrator those of its experience group: its
     * administrator (the facilitator until this hands it on) or an administrator.
     */
    public void syncExperienceHost(@NotNull Long hostId, @NotNull Collection<Long> personIds,
            @NotNull Long facilitatorId, @NotNull Caller caller) {
        NetworkGroup host = em.find(NetworkGroup.class, hostId);
        if (host == null) {
            throw new NotFound("group", hostId);
        }
        if (!mayManage(host, caller)) {
            throw new Forbidden("group.manage.forbidden");
        }
        for (Person p : List.copyOf(host.getParticipants())) {
            if (!personIds.contains(p.getId())) {
                host.removeParticipant(p);
            }
        }
        for (Long id : personIds) {
            if (!host.isParticipant(id)) {
                host.addParticipant(em.find(Person.class, id));
            }
        }
        if (!host.getAdministrator().getId().equals(facilitatorId)) {
            host.handOverTo(em.find(Person.class, facilitatorId));
        }
    }

    /** New meetings of the group start at this time and last this long (a series change from a meeting). */
    @Audited(AuditAction.GROUP_MEETING_TIME_CHANGED)
    public void changeMeetingTime(@AuditedId(NetworkGroup.class) @NotNull Long groupId, @NotNull LocalTime start, int minutes,
            @NotNull Caller caller) {
        NetworkGroup group = find(groupId, caller);
        if (!mayManage(group, caller)) {
            throw new Forbidden("group.manage.forbidden");
        }
        if (group.getCadence().retime(start, minutes)) {
            lock(group);
        }
    }

    /**
     * The organisation holding the duty for a meeting day, if any. The rota is
     * planned up to that turn only: a turn depends on nothing after it.
     */
    public Optional<Long> holderOn(@NotNull NetworkGroup group, @NotNull LocalDate meetingDay) {
        TurnCalendar calendar = calendar(group);
        return holderOf(group, calendar, calendar.turnOf(meetingDay), events(group.getId()), swaps(group.getId()));
    }

    /** The holder of one turn, from the group's rota history, planned up to that turn. */
    private static Optional<Long> holderOf(NetworkGroup group, TurnCalendar calendar, LocalDate turn,
            List<RotaEvent> events, List<SwapRequest> swaps) {
        List<Rota.Turn> plan = RotaPlanner.plan(group, calendar, events, swaps, turn.plusDays(1));
        if (plan.isEmpty() || !plan.get(plan.size() - 1).date().equals(turn)) {
            return Optional.empty();
        }
        return Optional.ofNullable(plan.get(plan.size() - 1).holder());
    }

    /**
     * Who changes the rota and decides join requests: the group's
     * administrator, an administrator, or the organisation holding the turn
     * under way or next (as {@link RotaOverview#mayChange()}, without planning
     * the two years ahead).
     */
    boolean mayChangeRota(NetworkGroup group, Caller caller) {
        if (mayManage(group, caller)) {
            return true;
        }
        if (caller.organisationId() == null) {
            return false;
        }
        TurnCalendar calendar = calendar(group);
        LocalDate today = today();
        return calendar.turns(today, today.plusYears(HORIZON_YEARS)).stream().findFirst()
                .flatMap(current -> holderOf(group, calendar, current, events(group.getId()), swaps(group.getId())))
                .map(caller.organisationId()::equals).orElse(false);
    }

    // ---------------------------------------------------------------- helpers

    private NetworkGroup managed(Long groupId, long seenVersion, Caller caller) {
        NetworkGroup group = find(groupId, caller);
        if (!mayManage(group, caller)) {
            throw new Forbidden("group.manage.forbidden");
        }
        checkVersion(group, seenVersion);
        return group;
    }

    private RotaOverview changeable(NetworkGroup group, long seenVersion, Caller caller) {
        RotaOverview rota = overview(group, caller);
        if (!rota.mayChange()) {
            throw new Forbidden("rota.change.forbidden");
        }
        checkVersion(group, seenVersion);
        return rota;
    }

    private static void checkVersion(NetworkGroup group, long seenVersion) {
        Versions.check(group.getVersion(), seenVersion);
    }

    /**
     * The group's version goes up with every rota change, so that two people
     * changing it at once collide: written now, so that the second of two
     * simultaneous changes is refused with "reload" rather than failing at commit.
     */
    private void lock(NetworkGroup group) {
        Versions.increment(em, group);
    }

    private RotaTurn futureTurn(RotaOverview rota, LocalDate date) {
        RotaTurn turn = rota.turn(date).orElseThrow(() -> new Refusal("rota.turn.unknown"));
        if (turn.past()) {
            throw new Refusal("rota.turn.past");
        }
        return turn;
    }

    private Person person(Caller caller) {
        if (caller.personId() == null) {
            throw new Forbidden("refusal.forbidden");
        }
        return em.find(Person.class, caller.personId());
    }
}
