package dk.tovholder.experience.entity;

import dk.tovholder.organisation.entity.Person;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.io.Serializable;

/** A member of an experience group: a person, their role and department, whether they are in the joint project. */
@Embeddable
public class Participant implements Serializable {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id", nullable = false)
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

    public Participant(Person person, ParticipantRole role, Department department) {
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
}
