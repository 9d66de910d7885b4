package dk.tovholder.container;

import dk.tovholder.audit.entity.AuditAction;
import dk.tovholder.calendar.entity.CalendarFeed;
import dk.tovholder.calendar.entity.FeedKind;
import dk.tovholder.caller.Role;
import dk.tovholder.clock.AppClock;
import dk.tovholder.identity.entity.Account;
import dk.tovholder.mail.entity.MailPreference;
import dk.tovholder.mail.entity.MailTopic;
import dk.tovholder.meeting.entity.Attendance;
import dk.tovholder.meeting.entity.Meeting;
import dk.tovholder.network.entity.NetworkGroup;
import dk.tovholder.organisation.entity.Organisation;
import dk.tovholder.organisation.entity.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

/** A person with a trail through Tovholder, for the personal-data tests. */
@ApplicationScoped
@Transactional
public class PrivacyTestData {

    @PersistenceContext
    EntityManager em;

    /** What was made: the person, their account, the group they joined and the meeting they answered. */
    public record Trail(Long personId, String username, Long groupId, Long meetingId) {
    }

    /** A person of their own name (the in-container tests share one server), with a trail. */
    public Trail personWithATrail(String username, String name) {
        Organisation organisation = em.createQuery("select o from Organisation o order by o.id", Organisation.class)
                .setMaxResults(1).getSingleResult();
        Person person = new Person(name, "Frivillig", username + "@example.dk", organisation);
        em.persist(person);
        em.persist(new Account(username, "PBKDF2WithHmacSHA512:1000:c2FsdA==:aGFzaA==", person, EnumSet.noneOf(Role.class)));
        NetworkGroup group = em.createQuery("select g from NetworkGroup g where g.kind = dk.tovholder.network.entity"
                + ".GroupKind.NETWORK order by g.id", NetworkGroup.class).setMaxResults(1).getSingleResult();
        group.addParticipant(person);
        Instant start = AppClock.now().plus(Duration.ofDays(3));
        Meeting meeting = new Meeting(group.getId(), null, "Ekstra møde", start, start.plus(Duration.ofHours(1)));
        em.persist(meeting);
        Attendance attendance = new Attendance(meeting.getId(), person);
        attendance.answer(Attendance.Answer.NOT_ATTENDING, "Lægeaftale den dag, ring på 20 30 40 50");
        em.persist(attendance);
        em.persist(new CalendarFeed(person, FeedKind.PERSON, null, AppClock.now()));
        em.persist(new MailPreference(person.getId(), MailTopic.AGENDAS, false));
        em.flush();
        return new Trail(person.getId(), username, group.getId(), meeting.getId());
    }

    public Person person(Long id) {
        return em.find(Person.class, id);
    }

    public Account account(Long personId) {
        return em.createQuery("select a from Account a where a.person.id = :p", Account.class)
                .setParameter("p", personId).getSingleResult();
    }

    public Account account(String username) {
        return em.createQuery("select a from Account a join fetch a.person where a.username = :u", Account.class)
                .setParameter("u", username).getSingleResult();
    }

    public List<String> attendanceNotes(Long personId) {
        return em.createQuery("select coalesce(a.note, '-') from Attendance a where a.person.id = :p", String.class)
                .setParameter("p", personId).getResultList();
    }

    public long feeds(Long personId) {
        return em.createQuery("select count(f) from CalendarFeed f where f.person.id = :p", Long.class)
                .setParameter("p", personId).getSingleResult();
    }

    public boolean participates(Long groupId, Long personId) {
        return em.find(NetworkGroup.class, groupId).isParticipant(personId);
    }

    public List<String> auditActions(Long accountId) {
        return em.createQuery("select e.action from AuditEntry e where e.subjectId = :a and e.subjectKind ="
                + " dk.tovholder.audit.entity.SubjectKind.ACCOUNT", AuditAction.class)
                .setParameter("a", accountId).getResultList().stream().map(Enum::name).toList();
    }

    public Long administratorOfAGroup() {
        return em.createQuery("select g.administrator.id from NetworkGroup g order by g.id", Long.class)
                .setMaxResults(1).getSingleResult();
    }
}
