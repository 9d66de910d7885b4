package dk.tovholder.experience.entity;

import dk.tovholder.organisation.entity.Person;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A member of an experience group: a person, their role and department,
 * whether they are in the joint project. Part of its group (added and
 * removed through it); an entity rather than an embeddable so that a
 * cluster node's isolated cache can flush it (dk.tovholder.cluster).
 */
@Entity
@Table(name = "experience_participant")
@IdClass(Participant.Key.class)
public class Participant implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @ManyToOne(optional = false)
    @JoinColumn(name = "group_id", nullable = false, updatable = false)
    private ExperienceGroup group;

    @Id
    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ParticipantRole role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Department department;

    @Column(name = "in_project", nullable = false)
    private boolean inProject;

    protected Participant() {
    }

    Participant(ExperienceGroup group, Person person, ParticipantRole role, Department department) {
        this.group = group;
        this.person = person;
        this.role = role;
        this.department = department;
    }

    public Person getPerson() {
        return person;
    }

    public ParticipantRole getRole() {
        return role;
    }

    public Department getDepartment() {
        return department;
    }

    public boolean isInProject() {
        return inProject;
    }

    void setInProject(boolean inProject) {
        this.inProject = inProject;
    }

    /** The key: the group's id and the person's. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long group;
        private Long person;

        public Key() {
        }

        public Key(Long group, Long person) {
            this.group = group;
            this.person = person;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(group, key.group) && Objects.equals(person, key.person);
        }

        @Override
        public int hashCode() {
            return Objects.hash(group, person);
        }
    }
}
