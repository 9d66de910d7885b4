package dk.tovholder.network.entity;

import dk.tovholder.clock.AppClock;
import dk.tovholder.schema.QueryCache;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A rhythm (meeting days and rotation unit) a group's rota followed before
 * its current one, until a day. Written when the rhythm changes, never
 * changed: the turns before {@code until} are computed from it, so a new
 * rhythm does not move the past.
 */
@Entity
@Table(name = "rota_rhythm")
@NamedQuery(name = RotaRhythm.FIND_BY_GROUP,
        query = "select r from RotaRhythm r where r.groupId = :groupId order by r.until, r.id",
        hints = {@QueryHint(name = QueryCache.RESULTS, value = "true"),
            @QueryHint(name = QueryCache.RESULTS_SIZE,
                    value = QueryCache.SIZE)})
@NamedQuery(name = RotaRhythm.FIND_BY_GROUPS,
        query = "select r from RotaRhythm r where r.groupId in :groupIds order by r.until, r.id",
        hints = {@QueryHint(name = QueryCache.RESULTS, value = "true"),
            @QueryHint(name = QueryCache.RESULTS_SIZE,
                    value = QueryCache.SIZE)})
public class RotaRhythm implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final String FIND_BY_GROUP = "RotaRhythm.findByGroup";
    /** the earlier rhythms of several groups at once (a page of several groups' rotas) */
    public static final String FIND_BY_GROUPS = "RotaRhythm.findByGroups";

    @Id
    @SequenceGenerator(name = "rota_rhythm_seq", sequenceName = "rota_rhythm_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rota_rhythm_seq")
    private Long id;

    @Column(name = "group_id", nullable = false, updatable = false)
    private Long groupId;

    /** the first day the rhythm no longer applies to */
    @Column(name = "until_date", nullable = false, updatable = false)
    private LocalDate until;

    @Enumerated(EnumType.STRING)
    @Column(name = "rotation_unit", nullable = false, updatable = false, length = 20)
    private RotationUnit rotationUnit;

    @Embedded
    private Cadence cadence;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected RotaRhythm() {
    }

    public RotaRhythm(Long groupId, LocalDate until, RotationUnit rotationUnit, Cadence cadence) {
        this.groupId = groupId;
        this.until = until;
        this.rotationUnit = rotationUnit;
        this.cadence = cadence.copy();
        this.recordedAt = AppClock.now();
    }

    public Long getId() {
        return id;
    }

    public Long getGroupId() {
        return groupId;
    }

    public LocalDate getUntil() {
        return until;
    }

    public RotationUnit getRotationUnit() {
        return rotationUnit;
    }

    public Cadence getCadence() {
        return cadence;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
