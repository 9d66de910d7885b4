package dk.tovholder.network.boundary;

import dk.tovholder.caller.Caller;
import dk.tovholder.network.control.RotaPlanner;
import dk.tovholder.network.control.TurnCalendar;
import dk.tovholder.network.entity.DutyCheck;
import dk.tovholder.network.entity.DutyItem;
import dk.tovholder.network.entity.NetworkGroup;
import dk.tovholder.network.entity.RotaEvent;
import dk.tovholder.network.entity.RotaRhythm;
import dk.tovholder.network.entity.SwapRequest;
import dk.tovholder.organisation.entity.Person;
import dk.tovholder.refusal.Forbidden;
import dk.tovholder.refusal.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The coordinator's checklist for each meeting of their organisation's turns (invitation, agenda,
 * room, minutes): what is done and what is late, ticked by hand by the turn's holder or the
 * group's administrator, or by itself when the thing was done elsewhere ({@link DutyDone}).
 */
@ApplicationScoped
@Transactional
public class DutyChecklists {

    @PersistenceContext
    EntityManager em;

    @Inject
    NetworkGroups groups;

    public void check(@NotNull Long groupId, @NotNull LocalDate meetingDay, @NotNull DutyItem item, boolean done,
            @NotNull Caller caller) {
        NetworkGroup group = groups.find(groupId, caller);
        RotaOverview rota = groups.overview(group, caller);
        RotaTurn turn = rota.turn(groups.calendar(group).turnOf(meetingDay))
                .orElseThrow(() -> new Refusal("rota.turn.unknown"));
        if (!Objects.equals(turn.holderId(), caller.organisationId()) && !groups.mayManage(group, caller)) {
            throw new Forbidden("rota.check.notYourTurn");
        }
        Optional<DutyCheck> existing = checks(List.of(groupId), meetingDay, meetingDay.plusDays(1)).stream()
                .filter(c -> c.getItem() == item).findFirst();
        if (done && existing.isEmpty()) {
            em.persist(new DutyCheck(groupId, meetingDay, item, em.find(Person.class, caller.personId()), false));
        } else if (!done) {
            existing.ifPresent(em::remove);
        }
    }

    /**
     * The meetings of the last month and the next three where the caller's
     * organisation holds the duty, with what is done and what is late.
     */
    public List<MeetingDuty> myDuties(@NotNull Caller caller) {
        if (caller.organisationId() == null) {
            return List.of();
        }
        // the groups themselves, not "select m.group": EclipseLink cannot batch-fetch (IN) the members and
        // participants of entities a report query returned
        List<NetworkGroup> mine = em.createQuery("select g from NetworkGroup g where g.id in (select m.group.id"
                + " from GroupMember m where m.organisation.id = :org and m.core = true) order by g.name",
                NetworkGroup.class).setParameter("org", caller.organisationId()).getResultList();
        LocalDate today = groups.today();
        LocalDate from = today.minusMonths(1);
        LocalDate to = today.plusMonths(3);
        Map<String, DutyCheck> checks = new HashMap<>();
        checks(mine.stream().map(NetworkGroup::getId).toList(), from, to)
                .forEach(c -> checks.put(c.getGroupId() + "/" + c.getMeetingDate() + "/" + c.getItem(), c));
        // the rota histories of all the groups in three statements, not three per group
        List<Long> ids = mine.stream().map(NetworkGroup::getId).toList();
        Map<Long, List<RotaEvent>> events = byGroup(RotaEvent.FIND_BY_GROUPS, RotaEvent.class, ids,
                RotaEvent::getGroupId);
        Map<Long, List<SwapRequest>> swaps = byGroup(SwapRequest.FIND_BY_GROUPS, SwapRequest.class, ids,
                SwapRequest::getGroupId);
        Map<Long, List<RotaRhythm>> rhythms = byGroup(RotaRhythm.FIND_BY_GROUPS, RotaRhythm.class, ids,
                RotaRhythm::getGroupId);
        List<MeetingDuty> duties = new ArrayList<>();
        for (NetworkGroup group : mine) {
            TurnCalendar calendar = TurnCalendar.of(group, rhythms.getOrDefault(group.getId(), List.of()));
            // planned up to the last day asked only: a turn depends on nothing after it
            Map<LocalDate, Long> holders = new HashMap<>();
            RotaPlanner.plan(group, calendar, events.getOrDefault(group.getId(), List.of()),
                    swaps.getOrDefault(group.getId(), List.of()), to)
                    .forEach(t -> holders.put(t.date(), t.holder()));
            String holderName = group.member(caller.organisationId()).map(m -> m.getOrganisation().getName())
                    .orElse(null);
            for (LocalDate day : calendar.meetingDays(from, to)) {
                if (!caller.organisationId().equals(holders.get(calendar.turnOf(day)))) {
                    continue;
                }
                EnumSet<DutyItem> done = EnumSet.noneOf(DutyItem.class);
                EnumSet<DutyItem> late = EnumSet.noneOf(DutyItem.class);
                for (DutyItem item : DutyItem.values()) {
                    if (checks.containsKey(group.getId() + "/" + day + "/" + item)) {
                        done.add(item);
                    } else if (today.isAfter(day.plusDays(item.dueDaysFromMeeting()))) {
                        late.add(item);
                    }
                }
                boolean finished = done.size() == DutyItem.values().length;
                if (!day.isBefore(today) || !finished) {
                    duties.add(new MeetingDuty(group.getId(), group.getName(), day, calendar.cadenceOn(day).startOn(day),
                            holderName, done, late));
                }
            }
        }
        duties.sort(Comparator.comparing(MeetingDuty::start));
        return duties;
    }

    /**
     * Ticks a checklist item because the thing was done elsewhere (an agenda published, a room
     * booked), in the transaction that did it; the caller's own action was checked where it happened.
     */
    void recordDone(@Observes DutyDone done) {
        boolean ticked = checks(List.of(done.groupId()), done.meetingDay(), done.meetingDay().plusDays(1)).stream()
                .anyMatch(c -> c.getItem() == done.item());
        if (!ticked) {
            em.persist(new DutyCheck(done.groupId(), done.meetingDay(), done.item(),
                    done.personId() == null ? null : em.find(Person.class, done.personId()), true));
        }
    }

    /** The rows of a named query over several groups, by group, each group's in the query's order. */
    private <T> Map<Long, List<T>> byGroup(String query, Class<T> type, List<Long> groupIds,
            Function<T, Long> groupOf) {
        Map<Long, List<T>> byGroup = new HashMap<>();
        if (!groupIds.isEmpty()) {
            em.createNamedQuery(query, type).setParameter("groupIds", groupIds).getResultList()
                    .forEach(row -> byGroup.computeIfAbsent(groupOf.apply(row), g -> new ArrayList<>()).add(row));
        }
        return byGroup;
    }

    private List<DutyCheck> checks(List<Long> groupIds, LocalDate from, LocalDate to) {
        if (groupIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(DutyCheck.FIND_BY_GROUPS, DutyCheck.class).setParameter("groupIds", groupIds)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }
}
