package dk.tovholder.mail.boundary;

import dk.tovholder.caller.Caller;
import dk.tovholder.clock.AppClock;
import dk.tovholder.mail.entity.AddressFailure;
import dk.tovholder.mail.entity.FailureSource;
import dk.tovholder.organisation.entity.Person;
import dk.tovholder.refusal.Forbidden;
import dk.tovholder.refusal.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Addresses mail cannot reach: refused by the SMTP server or bounced back.
 * While an address is failing no more mail is queued for it; the
 * administrator sees who is affected and clears it once it is fixed, and the
 * person sees a warning in their profile.
 */
@ApplicationScoped
@Transactional
public class AddressFailures {

    @PersistenceContext
    EntityManager em;

    /** Records a failure (again) for the address. */
    public void record(@NotNull String address, @NotNull FailureSource source, String reason) {
        AddressFailure failure = em.find(AddressFailure.class, AddressFailure.normalise(address));
        if (failure == null) {
            em.persist(new AddressFailure(address, source, reason, AppClock.now()));
        } else {
            failure.again(source, reason, AppClock.now());
        }
    }

    public boolean isFailing(String address) {
        return address != null && em.find(AddressFailure.class, AddressFailure.normalise(address)) != null;
    }

    /** The failure of the caller's own address, if any. */
    public Optional<AddressFailure> ofCaller(@NotNull Caller caller) {
        if (caller.personId() == null) {
            return Optional.empty();
        }
        Person person = em.find(Person.class, caller.personId());
        return person == null || person.getEmail() == null ? Optional.empty()
                : Optional.ofNullable(em.find(AddressFailure.class, AddressFailure.normalise(person.getEmail())));
    }

    /** Every failing address, the latest first (administrators). */
    public List<AddressFailure> all(@NotNull Caller caller) {
        requireAdmin(caller);
        return em.createNamedQuery(AddressFailure.FIND_ALL, AddressFailure.class).getResultList();
    }

    /** The names of the people with each of the addresses (one query). */
    public Map<String, String> peopleOf(@NotNull List<AddressFailure> failures) {
        if (failures.isEmpty()) {
            return Map.of();
        }
        List<String> addresses = failures.stream().map(AddressFailure::getAddress).toList();
        return em.createQuery("select p from Person p where lower(p.email) in :addresses order by p.name", Person.class)
                .setParameter("addresses", addresses).getResultStream()
                .collect(Collectors.groupingBy(p -> AddressFailure.normalise(p.getEmail()),
                        Collectors.mapping(Person::getName, Collectors.joining(", "))));
    }

    /** Mail may go to the address again: an administrator, or the person whose address it is. */
    public void clear(@NotNull String address, @NotNull Caller caller) {
        AddressFailure failure = em.find(AddressFailure.class, AddressFailure.normalise(address));
        if (failure == null) {
            throw new NotFound("address", address);
        }
        boolean own = ofCaller(caller).map(f -> f.getAddress().equals(failure.getAddress())).orElse(false);
        if (!caller.isAdmin() && !own) {
            throw new Forbidden("refusal.forbidden");
        }
        em.remove(failure);
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.isAdmin()) {
            throw new Forbidden("refusal.forbidden");
        }
    }
}
