package dk.tovholder.container;

import dk.tovholder.mail.entity.OutboxMail;
import dk.tovholder.organisation.entity.Organisation;
import dk.tovholder.organisation.entity.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** What the outbox holds, as the tests look at it. */
@ApplicationScoped
@Transactional
public class MailTestData {

    @PersistenceContext
    EntityManager em;

    public Person person(String name) {
        return em.createQuery("select p from Person p where p.name = :n", Person.class)
                .setParameter("n", name).getSingleResult();
    }

    public List<OutboxMail> ofKind(String kind) {
        return em.createQuery("select m from OutboxMail m where m.kind = :kind order by m.id", OutboxMail.class)
                .setParameter("kind", kind).getResultList();
    }

    /** A new person with an address (no account) of an existing organisation; returns the person's id. */
    public Long newPerson(String name, String organisationName, String email) {
        Organisation organisation = em.createQuery(
                "select o from Organisation o where o.name = :n", Organisation.class)
                .setParameter("n", organisationName).getSingleResult();
        Person person = new Person(name, null, email,
                organisation);
        em.persist(person);
        em.flush();
        return person.getId();
    }
}
