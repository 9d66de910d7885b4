package dk.tovholder.mail.boundary;

import dk.tovholder.caller.Role;
import dk.tovholder.identity.entity.Account;
import dk.tovholder.network.entity.GroupMember;
import dk.tovholder.network.entity.NetworkGroup;
import dk.tovholder.organisation.entity.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** Who of an organisation a message is for: its duty person, its people in a group, its coordinators, its bookers. */
@ApplicationScoped
public class Recipients {

    @PersistenceContext
    EntityManager em;

    /** The organisation's duty person in the group, or else its coordinators. */
    public List<Person> dutyPeople(Long groupId, Long organisationId) {
        List<Person> duty = em.createQuery("select m from GroupMember m where m.group.id = :g"
                + " and m.organisation.id = :o", GroupMember.class).setParameter("g", groupId)
                .setParameter("o", organisationId).getResultStream()
                .map(GroupMember::getDutyPerson).filter(Objects::nonNull).toList();
        return duty.isEmpty() ? withRole(organisationId, Role.COORDINATOR) : duty;
    }

    /** The organisation's people taking part in the group, or else its coordinators. */
    public List<Person> inGroup(Long groupId, Long organisationId) {
        NetworkGroup group = em.find(NetworkGroup.class, groupId);
        List<Person> taking = group == null ? List.of() : group.getParticipants().stream()
                .filter(p -> p.getOrganisation().getId().equals(organisationId)).toList();
        return taking.isEmpty() ? withRole(organisationId, Role.COORDINATOR) : taking;
    }

    /** The people of the organisation with an active account and one of the roles. */
    public List<Person> withRole(Long organisationId, Role... roles) {
        List<Role> wanted = Arrays.asList(roles);
        return em.createQuery("select a from Account a where a.person.organisation.id = :o", Account.class)
                .setParameter("o", organisationId).getResultStream()
                .filter(a -> a.isActive() && a.getRoles().stream().anyMatch(wanted::contains))
                .map(Account::getPerson).toList();
    }
}
