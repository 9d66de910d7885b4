package dk.tovholder.network.boundary;

import dk.tovholder.caller.Caller;
import dk.tovholder.identity.boundary.CurrentUser;
import dk.tovholder.language.LanguagePreference;
import dk.tovholder.language.Messages;
import dk.tovholder.layout.Dates;
import dk.tovholder.layout.ErrorResponses;
import dk.tovholder.layout.FacesMessages;
import dk.tovholder.network.entity.Cadence;
import dk.tovholder.network.entity.CadenceKind;
import dk.tovholder.network.entity.GroupMember;
import dk.tovholder.network.entity.JoinRequest;
import dk.tovholder.network.entity.NetworkGroup;
import dk.tovholder.network.entity.SwapRequest;
import dk.tovholder.network.entity.Visibility;
import dk.tovholder.organisation.boundary.Organisations;
import dk.tovholder.organisation.entity.Organisation;
import dk.tovholder.organisation.entity.Person;
import dk.tovholder.refusal.NotFound;
import dk.tovholder.refusal.Refusal;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The group page: purpose, members, next meeting, who holds the duty now and
 * next, the coming turns and their history, and for those allowed, the rota's
 * operations (skip, swap, handover note, core members, join requests).
 */
@Named
@ViewScoped
public class GroupPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int UPCOMING = 8;

    @Inject
    NetworkGroups groups;

    @Inject
    Organisations organisations;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesMessages messages;

    @Inject
    LanguagePreference language;

    @Inject
    Dates dates;

    private Long id;
    private NetworkGroup group;
    private RotaOverview rota;
    private List<JoinRequest> joinRequests;
    private boolean pendingJoin;

    private String skipReason;
    private LocalDate skipTurn;
    private LocalDate swapMine;
    private LocalDate swapTheirs;
    private String swapReason;
    private LocalDate noteTurn;
    private String note;
    private String joinMessage;
    private Long newMember;
    private boolean newMemberCore;
    private final Map<Long, Long> dutyPersons = new HashMap<>();
    private transient Map<Long, List<Person>> peopleOfCore;

    public void load() {
        if (id == null) {
            ErrorResponses.send(404);
            return;
        }
        if (group == null) {
            refresh();
        }
    }

    private void refresh() {
        Caller caller = currentUser.caller();
        peopleOfCore = null;
        try {
            group = groups.find(id, caller);
            rota = groups.rota(id, caller);
            joinRequests = groups.pendingJoinRequests(id, caller);
            pendingJoin = groups.hasPendingJoinRequest(id, caller);
        } catch (NotFound notFound) {
            ErrorResponses.send(404);
        }
    }

    private String run(Runnable change, String form, String doneKey, Object... arguments) {
        try {
            change.run();
            messages.info(doneKey, arguments);
            return "/network/group?faces-redirect=true&id=" + id;
        } catch (Refusal refusal) {
            messages.show(refusal, form);
            refresh();
            return null;
        } catch (ConstraintViolationException invalid) {
            messages.show(invalid, form);
            return null;
        }
    }

    /** Skips the chosen turn, with the reason given (confirmed in a dialog first). */
    public String skip() {
        LocalDate turn = skipTurn;
        return run(() -> groups.skip(id, rota.groupVersion(), turn, skipReason, currentUser.caller()), "skip",
                "rota.skipped", turn == null ? "" : format(turn));
    }

    public String proposeSwap() {
        return run(() -> groups.proposeSwap(id, rota.groupVersion(), swapMine, swapTheirs, swapReason,
                currentUser.caller()), "swap", "rota.swap.proposed");
    }

    public String decideSwap(Long swapId, boolean accept) {
        return run(() -> groups.decideSwap(swapId, accept, currentUser.caller()), "swaps",
                accept ? "rota.swap.accepted" : "rota.swap.declined");
    }

    public String writeNote() {
        return run(() -> groups.handover(id, noteTurn, note, currentUser.caller()), "handover", "rota.note.saved");
    }

    public String requestToJoin() {
        return run(() -> groups.requestToJoin(id, joinMessage, currentUser.caller()), "join", "group.join.requested");
    }

    public String decideJoin(JoinRequest request, boolean approve) {
        return run(() -> groups.decideJoin(request.getId(), approve, null, currentUser.caller()), "joinRequests",
                approve ? "group.join.approved" : "group.join.declined", request.getPerson().getName());
    }

    public String leave() {
        try {
            groups.leave(id, currentUser.caller());
            messages.info("group.left");
            return "/network/groups?faces-redirect=true";
        } catch (Refusal refusal) {
            messages.show(refusal, null);
            return null;
        }
    }

    public String addMember() {
        return run(() -> groups.addMember(id, rota.groupVersion(), newMember, newMemberCore, currentUser.caller()),
                "members", "group.member.added");
    }

    /** Names the person who holds the duty on the organisation's turns. */
    public String nameDutyPerson(Long organisationId) {
        return run(() -> groups.nameDutyPerson(id, rota.groupVersion(), organisationId, dutyPersons.get(organisationId),
                currentUser.caller()), "members", "group.dutyPerson.saved");
    }

    public boolean mayNameDutyPerson(GroupMember member) {
        return member.isCore() && (isMayManage()
                || member.getOrganisation().getId().equals(currentUser.caller().organisationId()));
    }

    /** People who can be named, for every core member at once (one query, however many members). */
    public List<Person> peopleOf(Long organisationId) {
        if (peopleOfCore == null) {
            peopleOfCore = organisations.people(group.coreOrder());
        }
        return peopleOfCore.getOrDefault(organisationId, List.of());
    }

    /** The chosen duty person per organisation id, prefilled with the current one. */
    public Map<Long, Long> getDutyPersons() {
        if (dutyPersons.isEmpty() && group != null) {
            group.getMembers().stream().filter(m -> m.getDutyPerson() != null)
                    .forEach(m -> dutyPersons.put(m.getOrganisation().getId(), m.getDutyPerson().getId()));
        }
        return dutyPersons;
    }

    public String removeMember(Long organisationId) {
        return run(() -> groups.removeMember(id, rota.groupVersion(), organisationId, currentUser.caller()),
                "members", "group.member.changed");
    }

    public String setCore(Long organisationId, boolean core) {
        return run(() -> groups.setCore(id, rota.groupVersion(), organisationId, core, currentUser.caller()),
                "members", "group.member.changed");
    }

    public String move(Long organisationId, int delta) {
        return run(() -> groups.move(id, rota.groupVersion(), organisationId, delta, currentUser.caller()),
                "members", "group.member.changed");
    }

    // ---------------------------------------------------------------- for the view

    public boolean isMayManage() {
        return groups.mayManage(group, currentUser.caller());
    }

    public boolean isParticipant() {
        return group.isParticipant(currentUser.caller().personId());
    }

    public boolean isMayJoin() {
        return !isParticipant() && !pendingJoin && group.getVisibility() == Visibility.OPEN;
    }

    public List<GroupMember> getMembers() {
        return group.getMembers().stream().sorted(Comparator.comparing((GroupMember m) -> !m.isCore())
                .thenComparing(m -> m.getRotaPosition() == null ? 0 : m.getRotaPosition())
                .thenComparing(m -> m.getOrganisation().getName())).toList();
    }

    public List<Organisation> getNonMembers() {
        return organisations.all().stream().filter(o -> group.member(o.getId()).isEmpty()).toList();
    }

    public List<RotaTurn> getUpcoming() {
        return rota.upcoming(UPCOMING);
    }

    /** Coming turns someone holds (for skipping one). */
    public List<RotaTurn> getSkippable() {
        return rota.upcoming(UPCOMING).stream().filter(t -> t.holderId() != null).toList();
    }

    /** Upcoming turns of my organisation (for proposing a swap). */
    public List<RotaTurn> getMyTurns() {
        Long mine = currentUser.caller().organisationId();
        return rota.upcoming(UPCOMING * 3).stream().filter(t -> mine != null && mine.equals(t.holderId())).toList();
    }

    public List<RotaTurn> getOtherTurns() {
        Long mine = currentUser.caller().organisationId();
        return rota.upcoming(UPCOMING * 3).stream().filter(t -> t.holderId() != null && !t.holderId().equals(mine))
                .toList();
    }

    public boolean mayWriteNote(RotaTurn turn) {
        return isMayManage() || (turn.holderId() != null && turn.holderId().equals(currentUser.caller().organisationId()));
    }

    public boolean mayDecide(SwapRequest swap) {
        return swap.getHolderB().getId().equals(currentUser.caller().organisationId());
    }

    public boolean mayWithdraw(SwapRequest swap) {
        return swap.getHolderA().getId().equals(currentUser.caller().organisationId());
    }

    public String describe(SwapRequest swap) {
        return Messages.get(language.getLocale(), "rota.swap.describe", swap.getHolderA().getName(),
                format(swap.getTurnA()), swap.getHolderB().getName(), format(swap.getTurnB()));
    }

    public List<RotaTurn> getHistory() {
        return rota.history().stream().limit(26).toList();
    }

    public List<Map.Entry<String, Long>> getTurnsLastYear() {
        return List.copyOf(rota.turnsLastYear().entrySet());
    }

    public long getMostTurns() {
        return rota.turnsLastYear().values().stream().mapToLong(Long::longValue).max().orElse(1);
    }

    public String getCadenceText() {
        Cadence c = group.getCadence();
        Locale locale = language.getLocale();
        if (c.getKind() == CadenceKind.AD_HOC || !c.isComplete()) {
            return Messages.get(locale, "cadence.adHoc");
        }
        String day = Messages.get(locale, "DayOfWeek." + c.getDay());
        String from = c.getStartTime().toString();
        String to = c.getStartTime().plusMinutes(c.getMinutes()).toString();
        if (c.getKind() == CadenceKind.WEEKLY) {
            return Messages.get(locale, c.getInterval() == 1 ? "cadence.weekly.one" : "cadence.weekly",
                    String.valueOf(c.getInterval()), day, from, to);
        }
        return Messages.get(locale, c.getInterval() == 1 ? "cadence.monthly" : "cadence.monthly.every",
                Messages.get(locale, "weekOfMonth." + c.getWeekOfMonth()), day, from, to, String.valueOf(c.getInterval()));
    }

    public ZonedDateTime getNextMeeting() {
        LocalDate today = rota.today();
        List<LocalDate> next = group.getCadence().days(today, today.plusYears(1));
        return next.isEmpty() ? null : group.getCadence().startOn(next.get(0));
    }

    /** A turn's date as the reader writes dates; a month or quarter turn names its period. */
    public String turnLabel(RotaTurn turn) {
        return turn.singleDay() ? format(turn.date()) : format(turn.date()) + " - " + format(turn.until().minusDays(1));
    }

    public String format(LocalDate date) {
        return dates.date(date);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public NetworkGroup getGroup() {
        return group;
    }

    public RotaOverview getRota() {
        return rota;
    }

    public List<JoinRequest> getJoinRequests() {
        return joinRequests;
    }

    public boolean isPendingJoin() {
        return pendingJoin;
    }

    public String getSkipReason() {
        return skipReason;
    }

    public void setSkipReason(String skipReason) {
        this.skipReason = skipReason;
    }

    public LocalDate getSkipTurn() {
        return skipTurn;
    }

    public void setSkipTurn(LocalDate skipTurn) {
        this.skipTurn = skipTurn;
    }

    public LocalDate getSwapMine() {
        return swapMine;
    }

    public void setSwapMine(LocalDate swapMine) {
        this.swapMine = swapMine;
    }

    public LocalDate getSwapTheirs() {
        return swapTheirs;
    }

    public void setSwapTheirs(LocalDate swapTheirs) {
        this.swapTheirs = swapTheirs;
    }

    public String getSwapReason() {
        return swapReason;
    }

    public void setSwapReason(String swapReason) {
        this.swapReason = swapReason;
    }

    public LocalDate getNoteTurn() {
        return noteTurn;
    }

    public void setNoteTurn(LocalDate noteTurn) {
        this.noteTurn = noteTurn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getJoinMessage() {
        return joinMessage;
    }

    public void setJoinMessage(String joinMessage) {
        this.joinMessage = joinMessage;
    }

    public Long getNewMember() {
        return newMember;
    }

    public void setNewMember(Long newMember) {
        this.newMember = newMember;
    }

    public boolean isNewMemberCore() {
        return newMemberCore;
    }

    public void setNewMemberCore(boolean newMemberCore) {
        this.newMemberCore = newMemberCore;
    }
}
