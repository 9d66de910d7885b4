package dk.tovholder.container;

import dk.tovholder.organisation.entity.CollaborationValue;
import dk.tovholder.organisation.entity.Organisation;
import dk.tovholder.organisation.entity.OrganisationType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.EnumSet;

/** Direct database access for in-container tests: bulk data and a cold cache. */
@ApplicationScoped
@Transactional
public class TestData {

    @PersistenceContext
    EntityManager em;

    public void organisations(String prefix, int count) {
        for (int i = 0; i < count; i++) {
            Organisation o = new Organisation(prefix + " " + i, OrganisationType.values()[i % OrganisationType.values().length]);
            o.offer("testkompetence " + prefix, null, null, null, null, null);
            o.holdValues(EnumSet.of(CollaborationValue.values()[i % 5], CollaborationValue.values()[(i + 2) % 5]));
            o.recordConsent(i % 2 == 0);
            em.persist(o);
        }
    }

    /** Forgets EclipseLink's shared cache, so that the next reads go to the database. */
    public void coldCache() {
        em.getEntityManagerFactory().getCache().evictAll();
    }

    public String description(Long organisation) {
        return em.find(Organisation.class, organisation).getDescription();
    }

    public long countNamed(String name) {
        return em.createQuery("select count(o) from Organisation o where o.name = :name", Long.class)
                .setParameter("name", name).getSingleResult();
    }

    public String passwordHash(String username) {
        return em.createNativeQuery("select password_hash from account where username = ?1")
                .setParameter(1, username).getSingleResult().toString();
    }
}
