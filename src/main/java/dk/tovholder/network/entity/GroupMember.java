package dk.tovholder.network.entity;

import dk.tovholder.clock.AppClock;
import dk.tovholder.organisation.entity.Organisation;
import dk.tovholder.organisation.entity.Person;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * An organisation in a network group. Core members share the coordinator
 * duty; the person the organisation names holds it on its turns. Part of the
 * {@link NetworkGroup} aggregate (changed only through it).
 */
@Entity
@Table(name = "group_member")
public class GroupMember implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "group_member_seq", sequenceName = "group_member_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "group_member_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id", nullable = false)
    private NetworkGroup group;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @Column(nullable = false)
    private boolean core;

    /** place in the rota order among the core members (0 first); null when not core */
    @Column(name = "rota_position")
    private Integer rotaPosition;

    @ManyToOne
    @JoinColumn(name = "duty_person_id")
    private Person dutyPerson;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    protected GroupMember() {
    }

    GroupMember(NetworkGroup group, Organisation organisation) {
        this.group = group;
        this.organisation = organisation;
        this.joinedAt = AppClock.now();
    }

    public Long getId() {
        return id;
    }

    public NetworkGroup getGroup() {
        return group;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public boolean isCore() {
        return core;
    }

    void setCore(boolean core, Integer position) {
        this.core = core;
        this.rotaPosition = core ? position : null;
    }

    public Integer getRotaPosition() {
        return rotaPosition;
    }

    void setRotaPosition(Integer rotaPosition) {
        this.rotaPosition = rotaPosition;
    }

    public Person getDutyPerson() {
        return dutyPerson;
    }

    public void nameDutyPerson(Person person) {
        if (person != null && !person.getOrganisation().getId().equals(organisation.getId())) {
            throw new IllegalArgumentException("the duty person must belong to the organisation");
        }
        this.dutyPerson = person;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }
}
