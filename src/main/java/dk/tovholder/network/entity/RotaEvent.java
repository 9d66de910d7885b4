package dk.tovholder.network.entity;

import dk.tovholder.clock.AppClock;
import dk.tovholder.organisation.entity.Organisation;
import dk.tovholder.organisation.entity.Person;
import dk.tovholder.schema.QueryCache;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One entry of a group's rota history: who did what to which turn, when and
 * why. Never changed once written; the rota is computed from these.
 */
@Entity
@Table(name = "rota_event")
@NamedQuery(name = RotaEvent.FIND_BY_GROUP,
        query = "select e from RotaEvent e where e.groupId = :groupId order by e.occurredAt, e.id",
        hints = {@QueryHint(name = QueryCache.RESULTS, value = "true"),
            @QueryHint(name = QueryCache.RESULTS_SIZE, value = QueryCache.SIZE)})
@NamedQuery(name = RotaEvent.FIND_BY_GROUPS,
        query = "select e from RotaEvent e where e.groupId in :groupIds order by e.occurredAt, e.id",
        hints = {@QueryHint(name = QueryCache.RESULTS, value = "true"),
            @QueryHint(name = QueryCache.RESULTS_SIZE, value = QueryCache.SIZE)})
public class RotaEvent implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final String FIND_BY_GROUP = "RotaEvent.findByGroup";
    /** the histories of several groups at once (a page of several groups' rotas) */
    public static final String FIND_BY_GROUPS = "RotaEvent.findByGroups";
    public static final int REASON_MAX = 2000;

    @Id
    @SequenceGenerator(name = "rota_event_seq", sequenceName = "rota_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rota_event_seq")
    private Long id;

    @Column(name = "group_id", nullable = false, updatable = false)
    private Long groupId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private RotaEventKind kind;

    /** the turn concerned, or the first turn an order change applies to */
    @Column(name = "turn_date", nullable = false, updatable = false)
    private LocalDate turnDate;

    @Column(name = "other_turn_date", updatable = false)
    private LocalDate otherTurnDate;

    @ManyToOne
    @JoinColumn(name = "organisation_id", updatable = false)
    private Organisation organisation;

    @ManyToOne
    @JoinColumn(name = "other_organisation_id", updatable = false)
    private Organisation otherOrganisation;

    /** ORDER and REORDER: the core members' organisation ids in order, comma-separated */
    @Column(name = "member_order", length = 2000, updatable = false)
    private String memberOrder;

    @Column(length = REASON_MAX, updatable = false)
    private String reason;

    @ManyToOne(optional = false)
    @JoinColumn(name = "actor_id", nullable = false, updatable = false)
    private Person actor;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    protected RotaEvent() {
    }

    private RotaEvent(Long groupId, RotaEventKind kind, LocalDate turnDate, Person actor, String reason) {
        this.groupId = groupId;
        this.kind = kind;
        this.turnDate = turnDate;
        this.actor = actor;
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
        this.occurredAt = AppClock.now();
    }

    public static RotaEvent order(Long groupId, boolean reorder, LocalDate from, List<Long> order, Person actor,
            String reason) {
        RotaEvent e = new RotaEvent(groupId, reorder ? RotaEventKind.REORDER : RotaEventKind.ORDER, from, actor, reason);
        e.memberOrder = order.stream().map(String::valueOf).collect(Collectors.joining(","));
        return e;
    }

    public static RotaEvent skip(Long groupId, LocalDate turn, Organisation holder, Person actor, String reason) {
        RotaEvent e = new RotaEvent(groupId, RotaEventKind.SKIP, turn, actor, reason);
        e.organisation = holder;
        return e;
    }

    public static RotaEvent swap(RotaEventKind kind, SwapRequest swap, Person actor, String reason) {
        RotaEvent e = new RotaEvent(swap.getGroupId(), kind, swap.getTurnA(), actor, reason);
        e.otherTurnDate = swap.getTurnB();
        e.organisation = swap.getHolderA();
        e.otherOrganisation = swap.getHolderB();
        return e;
    }

    /** The rhythm changed from the day on (the rhythm before is kept as a {@link RotaRhythm}). */
    public static RotaEvent rhythm(Long groupId, LocalDate from, Person actor) {
        return new RotaEvent(groupId, RotaEventKind.RHYTHM, from, actor, null);
    }

    public static RotaEvent handover(Long groupId, LocalDate turn, Organisation from, Person actor, String note) {
        RotaEvent e = new RotaEvent(groupId, RotaEventKind.HANDOVER_NOTE, turn, actor, note);
        e.organisation = from;
        return e;
    }

    public List<Long> order() {
        if (memberOrder == null || memberOrder.isBlank()) {
            return List.of();
        }
        return Arrays.stream(memberOrder.split(",")).map(Long::valueOf).toList();
    }

    public Long getId() {
        return id;
    }

    public Long getGroupId() {
        return groupId;
    }

    public RotaEventKind getKind() {
        return kind;
    }

    public LocalDate getTurnDate() {
        return turnDate;
    }

    public LocalDate getOtherTurnDate() {
        return otherTurnDate;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Organisation getOtherOrganisation() {
        return otherOrganisation;
    }

    public String getReason() {
        return reason;
    }

    public Person getActor() {
        return actor;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
