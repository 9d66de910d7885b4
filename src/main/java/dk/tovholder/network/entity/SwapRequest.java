package dk.tovholder.network.entity;

import dk.tovholder.audit.entity.AuditSubject;
import dk.tovholder.clock.AppClock;
import dk.tovholder.organisation.entity.Organisation;
import dk.tovholder.organisation.entity.Person;
import dk.tovholder.refusal.Conflict;
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
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A proposal to exchange two turns. Until the other organisation accepts, the
 * original turns stand.
 */
@Entity
@Table(name = "swap_request")
@NamedQuery(name = SwapRequest.FIND_BY_GROUP,
        query = "select s from SwapRequest s where s.groupId = :groupId order by s.proposedAt, s.id",
        hints = {@QueryHint(name = QueryCache.RESULTS, value = "true"),
            @QueryHint(name = QueryCache.RESULTS_SIZE, value = QueryCache.SIZE)})
@NamedQuery(name = SwapRequest.FIND_BY_GROUPS,
        query = "select s from SwapRequest s where s.groupId in :groupIds order by s.proposedAt, s.id",
        hints = {@QueryHint(name = QueryCache.RESULTS, value = "true"),
            @QueryHint(name = QueryCache.RESULTS_SIZE, value = QueryCache.SIZE)})
public class SwapRequest implements AuditSubject, Serializable {

    private static final long serialVersionUID = 1L;
    public static final String FIND_BY_GROUP = "SwapRequest.findByGroup";
    /** the swaps of several groups at once (a page of several groups' rotas) */
    public static final String FIND_BY_GROUPS = "SwapRequest.findByGroups";

    @Id
    @SequenceGenerator(name = "swap_request_seq", sequenceName = "swap_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "swap_request_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "group_id", nullable = false, updatable = false)
    private Long groupId;

    @Column(name = "turn_a", nullable = false, updatable = false)
    private LocalDate turnA;

    @ManyToOne(optional = false)
    @JoinColumn(name = "holder_a_id", nullable = false, updatable = false)
    private Organisation holderA;

    @Column(name = "turn_b", nullable = false, updatable = false)
    private LocalDate turnB;

    @ManyToOne(optional = false)
    @JoinColumn(name = "holder_b_id", nullable = false, updatable = false)
    private Organisation holderB;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SwapStatus status = SwapStatus.PENDING;

    @Column(length = 1000)
    private String reason;

    @ManyToOne(optional = false)
    @JoinColumn(name = "proposed_by_id", nullable = false, updatable = false)
    private Person proposedBy;

    @Column(name = "proposed_at", nullable = false, updatable = false)
    private Instant proposedAt;

    @ManyToOne
    @JoinColumn(name = "decided_by_id")
    private Person decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected SwapRequest() {
    }

    public SwapRequest(Long groupId, LocalDate turnA, Organisation holderA, LocalDate turnB, Organisation holderB,
            Person proposedBy, String reason) {
        this.groupId = groupId;
        this.turnA = turnA;
        this.holderA = holderA;
        this.turnB = turnB;
        this.holderB = holderB;
        this.proposedBy = proposedBy;
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
        this.proposedAt = AppClock.now();
    }

    public void decide(boolean accept, Person by) {
        if (status != SwapStatus.PENDING) {
            throw new Conflict(null, "rota.swap.decided");
        }
        status = accept ? SwapStatus.ACCEPTED : SwapStatus.DECLINED;
        decidedBy = by;
        decidedAt = AppClock.now();
    }

    /**
     * The swap lapses because a turn it exchanges changed (a skip, an order
     * or rhythm change): pending or agreed, it no longer applies.
     */
    public void withdraw(Person by) {
        if (status != SwapStatus.PENDING && status != SwapStatus.ACCEPTED) {
            throw new Conflict(null, "rota.swap.decided");
        }
        status = SwapStatus.WITHDRAWN;
        decidedBy = by;
        decidedAt = AppClock.now();
    }

    /** The other organisation accepts or declines; the proposing one may only take it back (decline). */
    public boolean mayBeDecidedBy(Long organisationId, boolean accept) {
        return holderB.getId().equals(organisationId) || (!accept && isProposedBy(organisationId));
    }

    public boolean isProposedBy(Long organisationId) {
        return holderA.getId().equals(organisationId);
    }

    public boolean isPending() {
        return status == SwapStatus.PENDING;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Long getGroupId() {
        return groupId;
    }

    public LocalDate getTurnA() {
        return turnA;
    }

    public Organisation getHolderA() {
        return holderA;
    }

    public LocalDate getTurnB() {
        return turnB;
    }

    public Organisation getHolderB() {
        return holderB;
    }

    public SwapStatus getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }

    public Person getProposedBy() {
        return proposedBy;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public Person getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    /** In the log: its group. */
    @Override
    public Optional<Subject> auditSubject(Lookup lookup) {
        return lookup.find(NetworkGroup.class, getGroupId()).flatMap(g -> g.auditSubject(lookup));
    }
}
