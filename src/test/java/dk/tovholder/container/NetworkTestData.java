package dk.tovholder.container;

import dk.tovholder.caller.Caller;
import dk.tovholder.caller.Role;
import dk.tovholder.clock.AppClock;
import dk.tovholder.meeting.entity.Meeting;
import dk.tovholder.network.boundary.NetworkGroups;
import dk.tovholder.network.entity.Cadence;
import dk.tovholder.network.entity.NetworkGroup;
import dk.tovholder.network.entity.RotaEvent;
import dk.tovholder.organisation.entity.Organisation;
import dk.tovholder.organisation.entity.Person;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Direct database access for the in-container tests of network groups: ids, people and counts. */
@ApplicationScoped
@Transactional
public class NetworkTestData {

    @PersistenceContext
    EntityManager em;

    @Inject
    NetworkGroups groups;

    @Resource
    ManagedExecutorService executor;

    /** this bean through its proxy, so that a call of its own methods gets a transaction of its own */
    @Inject
    NetworkTestData self;

    public Long organisationId(String name) {
        return em.createQuery("select o.id from Organisation o where o.name = :name", Long.class)
                .setParameter("name", name).getSingleResult();
    }

    public Long personId(String name) {
        return em.createQuery("select p.id from Person p where p.name = :name", Long.class)
                .setParameter("name", name).getSingleResult();
    }

    /** A caller for a person of the demo network (with or without an account), by the person's name. */
    public Caller callerFor(String personName, Role... extraRoles) {
        Person person = em.createQuery("select p from Person p where p.name = :name", Person.class)
                .setParameter("name", personName).getSingleResult();
        Set<Role> roles = new HashSet<>(Set.of(extraRoles));
        roles.add(Role.USER);
        return new Caller(personName, person.getId(), person.getOrganisation().getId(), Set.copyOf(roles));
    }

    /** A new person (no account) of an existing organisation; returns the person's id. */
    public Long newPerson(String name, String organisationName) {
        Organisation organisation = em.find(Organisation.class, organisationId(organisationName));
        Person person = new Person(name, null, null, organisation);
        em.persist(person);
        em.flush();
        return person.getId();
    }

    public long countGroupsNamed(String name) {
        return em.createQuery("select count(g) from NetworkGroup g where lower(g.name) = lower(:name)", Long.class)
                .setParameter("name", name.strip()).getSingleResult();
    }

    /** Empties EclipseLink's shared cache: what a freshly started server reads from the database. */
    public void evictCache() {
        em.getEntityManagerFactory().getCache().evictAll();
    }

    public long countGroups() {
        return em.createQuery("select count(g) from NetworkGroup g", Long.class).getSingleResult();
    }

    /** The rota events stored for a group, read from the database (not the cache). */
    public long countRotaEvents(Long groupId) {
        return ((Number) em.createNativeQuery("select count(*) from rota_event where group_id = ?1")
                .setParameter(1, groupId).getSingleResult()).longValue();
    }

    public long countSwapRequests(Long groupId) {
        return ((Number) em.createNativeQuery("select count(*) from swap_request where group_id = ?1")
                .setParameter(1, groupId).getSingleResult()).longValue();
    }

    /** The group's version as stored in the database. */
    public long storedVersion(Long groupId) {
        return ((Number) em.createNativeQuery("select version from network_group where id = ?1")
                .setParameter(1, groupId).getSingleResult()).longValue();
    }

    /** The core members' organisation ids in rota order, as stored in the database. */
    public List<Long> storedCoreOrder(Long groupId) {
        return em.createQuery("select m.organisation.id from GroupMember m where m.group.id = :id and m.core = true"
                + " order by m.rotaPosition", Long.class).setParameter("id", groupId).getResultList();
    }

    public long countMembers(Long groupId) {
        return em.createQuery("select count(m) from GroupMember m where m.group.id = :id", Long.class)
                .setParameter("id", groupId).getSingleResult();
    }

    public List<String> participantNames(Long groupId) {
        return em.find(NetworkGroup.class, groupId).getParticipants().stream().map(Person::getName).sorted()
                .toList();
    }

    /**
     * Two people skip a turn each at the same moment, both having seen the same
     * group version, as two requests would: the first passes its checks and,
     * before its transaction commits, the second runs on another thread. The
     * first commits when the second is done (or after half a second, should
     * the second wait for a lock the first holds). Returns what each threw,
     * null for success: [first, second].
     */
    @Transactional(TxType.NOT_SUPPORTED)
    public List<Throwable> skipAtTheSameMoment(Long groupId, long seenVersion, LocalDate firstTurn,
            LocalDate secondTurn, Caller caller) throws InterruptedException {
        CountDownLatch firstChecked = new CountDownLatch(1);
        CountDownLatch secondDone = new CountDownLatch(1);
        Future<Throwable> first = executor.submit(() -> outcome(() ->
                self.skipAndWait(groupId, seenVersion, firstTurn, caller, firstChecked, secondDone)));
        Future<Throwable> second = executor.submit(() -> {
            try {
                firstChecked.await(5, TimeUnit.SECONDS);
                return outcome(() -> groups.skip(groupId, seenVersion, secondTurn, "Andet skift", caller));
            } finally {
                secondDone.countDown();
            }
        });
        try {
            return Arrays.asList(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS));
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first skip, in a transaction that commits only when the second skip is done. */
    @Transactional(TxType.REQUIRES_NEW)
    public void skipAndWait(Long groupId, long seenVersion, LocalDate turn, Caller caller, CountDownLatch checked,
            CountDownLatch otherDone) throws InterruptedException {
        try {
            groups.skip(groupId, seenVersion, turn, "Første skift", caller);
        } finally {
            checked.countDown();
        }
        otherDone.await(500, TimeUnit.MILLISECONDS);
    }

    private static Throwable outcome(Action action) {
        try {
            action.run();
            return null;
        } catch (Throwable t) {
            return t;
        }
    }

    @FunctionalInterface
    private interface Action {
        void run() throws Exception;
    }

    /** The summaries of the group's audit entries of the action, as stored. */
    @SuppressWarnings("unchecked")
    public List<String> auditSummaries(Long groupId, String action) {
        return em.createNativeQuery("select summary from audit_entry where group_id = ?1 and action = ?2 order by id")
                .setParameter(1, groupId).setParameter(2, action).getResultList();
    }

    public Long groupIdNamed(String name) {
        return em.createQuery("select g.id from NetworkGroup g where g.name = :name", Long.class)
                .setParameter("name", name).getSingleResult();
    }

    /** A swap's status as stored. */
    public String storedSwapStatus(Long swapId) {
        return (String) em.createNativeQuery("select status from swap_request where id = ?1").setParameter(1, swapId)
                .getSingleResult();
    }

    /**
     * The group's rota as if its core members had been these, in this order,
     * from its start (a group begun before it was planned here).
     */
    public void coreFromTheStart(Long groupId, List<Long> order) {
        NetworkGroup group = em.find(NetworkGroup.class, groupId);
        em.persist(RotaEvent.order(groupId, true, group.getRotaStart(), order,
                group.getAdministrator(), null));
        em.flush();
        evictCache();
    }

    /** The group's meetings from the day on: series day (or null), start day and id, by start. */
    public List<Object[]> meetingsFrom(Long groupId, LocalDate from) {
        return em.createQuery("select m.seriesDate, m.startsAt, m.id from dk.tovholder.meeting.entity.Meeting m"
                + " where m.groupId = :g and m.startsAt >= :from order by m.startsAt", Object[].class)
                .setParameter("g", groupId).setParameter("from", from.atStartOfDay(
                        Cadence.ZONE).toInstant()).getResultList();
    }

    /** Meetings of the group at 09:00 on the given number of days before today, each a week apart. */
    public void pastMeetings(Long groupId, int count) {
        ZonedDateTime first = AppClock.today().minusDays(1)
                .atTime(9, 0).atZone(Cadence.ZONE);
        for (int i = 0; i < count; i++) {
            ZonedDateTime start = first.minusWeeks(i);
            em.persist(new Meeting(groupId, null, "Tidligere møde " + i,
                    start.toInstant(), start.plusHours(1).toInstant()));
        }
        em.flush();
    }
}
