package dk.tovholder.privacy.boundary;

import dk.tovholder.audit.entity.AuditAction;
import dk.tovholder.audit.entity.AuditEntry;
import dk.tovholder.caller.Caller;
import dk.tovholder.caller.Role;
import dk.tovholder.clock.AppClock;
import dk.tovholder.identity.boundary.SessionRegistry;
import dk.tovholder.identity.control.PasswordHashing;
import dk.tovholder.identity.entity.Account;
import dk.tovholder.network.entity.GroupMember;
import dk.tovholder.network.entity.NetworkGroup;
import dk.tovholder.organisation.entity.Person;
import dk.tovholder.refusal.Conflict;
import dk.tovholder.refusal.Forbidden;
import dk.tovholder.refusal.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * A person's data protection rights: everything Tovholder holds about them as
 * one JSON document (for themselves or an administrator), and removal of their
 * personal details by an administrator, while the minutes, bookings and
 * history they took part in stay readable, naming them a former participant.
 */
@ApplicationScoped
@Transactional
public class PersonalData {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    SessionRegistry sessions;

    @Inject
    PasswordHashing hashing;

    private Person person(Long personId, Caller caller) {
        Person person = em.find(Person.class, personId);
        if (person == null || !(caller.isAdmin() || Objects.equals(caller.personId(), personId))) {
            throw new NotFound("person", personId);
        }
        return person;
    }

    /** Everything held about the person, for the person or an administrator. */
    public JsonObject export(@NotNull Long personId, @NotNull Caller caller) {
        Person person = person(personId, caller);
        JsonObjectBuilder json = Json.createObjectBuilder().add("exportedAt", AppClock.now().toString());
        json.add("person", Json.createObjectBuilder().add("id", person.getId()).add("name", person.getName())
                .add("jobTitle", text(person.getJobTitle())).add("email", text(person.getEmail()))
                .add("phone", text(person.getPhone())).add("organisation", person.getOrganisation().getName()));
        List<Account> accounts = em.createQuery("select a from Account a where a.person.id = :p", Account.class)
                .setParameter("p", personId).getResultList();
        for (Account account : accounts) {
            JsonArrayBuilder roles = Json.createArrayBuilder();
            account.getRoles().stream().map(Role::name).sorted().forEach(roles::add);
            json.add("account", Json.createObjectBuilder().add("username", account.getUsername())
                    .add("active", account.isActive()).add("language", account.getLanguage().name())
                    .add("roles", roles));
        }
        json.add("groups", rows("select g.id, g.name, 'participant' from NetworkGroup g join g.participants p"
                + " where p.id = :p union select g.id, g.name, 'administrator' from NetworkGroup g"
                + " where g.administrator.id = :p union select m.group.id, m.group.name, 'duty person'"
                + " from GroupMember m where m.dutyPerson.id = :p", personId, "groupId", "name", "as"));
        json.add("attendance", rows("select a.meetingId, a.answer, a.note, a.attended, a.answeredAt from Attendance a"
                + " where a.person.id = :p order by a.answeredAt", personId,
                "meetingId", "answer", "note", "attended", "answeredAt"));
        json.add("agendaProposals", rows("select x.meetingId, x.title, x.description, x.status, x.proposedAt"
                + " from AgendaProposal x where x.person.id = :p order by x.proposedAt", personId,
                "meetingId", "title", "description", "status", "proposedAt"));
        json.add("minutesComments", rows("select c.meetingId, c.text, c.createdAt from MinutesComment c"
                + " where c.person.id = :p order by c.createdAt", personId, "meetingId", "text", "createdAt"));
        json.add("exchangePosts", rows("select x.id, x.kind, x.title, x.description, x.createdAt, x.expiresOn"
                + " from ExchangePost x where x.author.id = :p order by x.createdAt", personId,
                "id", "kind", "title", "description", "createdAt", "expiresOn"));
        json.add("exchangeAnswers", rows("select a.post.id, a.message, a.createdAt from ExchangeAnswer a"
                + " where a.person.id = :p order by a.createdAt", personId, "postId", "message", "createdAt"));
        json.add("joinRequests", rows("select j.groupId, j.message, j.status, j.requestedAt from JoinRequest j"
                + " where j.person.id = :p order by j.requestedAt", personId,
                "groupId", "message", "status", "requestedAt"));
        json.add("bookings", rows("select b.id, b.room.name, b.startsAt, b.endsAt, b.purpose, b.status from Booking b"
                + " where b.bookedBy.id = :p order by b.startsAt", personId,
                "bookingId", "room", "start", "end", "purpose", "status"));
        json.add("experienceGroups", rows("select g.id, g.name, 'facilitator' from ExperienceGroup g"
                + " where g.facilitator.id = :p union select g.id, g.name, 'participant' from ExperienceGroup g"
                + " join g.participants x where x.person.id = :p", personId, "experienceGroupId", "name", "as"));
        json.add("experienceAdvice", rows("select a.groupId, a.text from Advice a where a.person.id = :p", personId,
                "experienceGroupId", "text"));
        json.add("experienceContributions", rows("select c.competences, c.brings from Contribution c"
                + " where c.person.id = :p", personId, "competences", "brings"));
        json.add("mailPreferences", rows("select m.topic, m.enabled, m.digest from MailPreference m"
                + " where m.personId = :p", personId, "topic", "enabled", "digest"));
        json.add("calendarFeeds", rows("select f.kind, f.targetId, f.createdAt, f.revokedAt from CalendarFeed f"
                + " where f.person.id = :p order by f.createdAt", personId, "kind", "targetId", "createdAt", "revokedAt"));
        json.add("apiTokens", rows("select t.name, t.createdAt, t.lastUsedAt from ApiToken t"
                + " where t.account.person.id = :p order by t.createdAt", personId, "name", "createdAt", "lastUsedAt"));
        json.add("mails", rows("select o.createdAt, o.recipient, o.subject, o.status from OutboxMail o"
                + " where o.personId = :p order by o.createdAt", personId, "createdAt", "to", "subject", "status"));
        json.add("changesMade", rows("select e.occurredAt, e.action, e.summary from AuditEntry e"
                + " where e.actorPersonId = :p order by e.occurredAt", personId, "at", "action", "summary"));
        return json.build();
    }

    private JsonArrayBuilder rows(String jpql, Long personId, String... names) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Object row : em.createQuery(jpql).setParameter("p", personId).getResultList()) {
            Object[] values = row instanceof Object[] many ? many : new Object[] {row};
            JsonObjectBuilder item = Json.createObjectBuilder();
            for (int i = 0; i < names.length; i++) {
                Object value = values[i];
                if (value == null) {
                    item.addNull(names[i]);
                } else if (value instanceof Number number) {
                    item.add(names[i], number.longValue());
                } else if (value instanceof Boolean bool) {
                    item.add(names[i], bool);
                } else {
                    item.add(names[i], value.toString());
                }
            }
            array.add(item);
        }
        return array;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /**
     * Removes the person's personal details for good: name, title, e-mail and
     * phone, their login, calendar feeds, mail settings and queued mail, their
     * notes to attendance answers and join requests, and their places in groups
     * as participant or duty person. What they wrote into minutes and agendas,
     * and the bookings and changes they made, stay, under "former participant".
     * Refused while they administer a group or take part in an experience group
     * that is not closed: someone else must take over first.
     */
    public void erase(@NotNull Long personId, @NotNull Caller caller) {
        if (!caller.isAdmin()) {
            throw new Forbidden("privacy.erase.forbidden");
        }
        if (Objects.equals(caller.personId(), personId)) {
            throw new Conflict("person", "privacy.erase.self");
        }
        Person person = person(personId, caller);
        if (person.isErased()) {
            return;
        }
        List<String> administered = em.createQuery("select g.name from NetworkGroup g where g.administrator.id = :p",
                String.class).setParameter("p", personId).getResultList();
        if (!administered.isEmpty()) {
            throw new Conflict("person", "privacy.erase.administers", String.join(", ", administered));
        }
        List<String> experience = em.createQuery("select distinct g.name from ExperienceGroup g left join"
                + " g.participants x where g.closedAt is null and (g.facilitator.id = :p or x.person.id = :p)",
                String.class).setParameter("p", personId).getResultList();
        if (!experience.isEmpty()) {
            throw new Conflict("person", "privacy.erase.experience", String.join(", ", experience));
        }
        String email = person.getEmail();
        Instant now = AppClock.now();
        List<Account> accounts = em.createQuery("select a from Account a where a.person.id = :p", Account.class)
                .setParameter("p", personId).getResultList();
        for (Account account : accounts) {
            String username = account.getUsername();
            byte[] secret = new byte[32];
            RANDOM.nextBytes(secret);
            account.erase(hashing.hash(Base64.getEncoder().encodeToString(secret)));
            sessions.endAll(username);
            em.persist(new AuditEntry(now, caller.personId(), AuditAction.PERSON_ERASED, account.getId(), null, null,
                    "#" + personId));
        }
        person.erase(now);
        em.createQuery("delete from CalendarFeed f where f.person.id = :p").setParameter("p", personId).executeUpdate();
        em.createQuery("delete from ApiToken t where t.account.id in (select a.id from Account a where a.person.id = :p)")
                .setParameter("p", personId).executeUpdate();
        em.createQuery("delete from MailPreference m where m.personId = :p").setParameter("p", personId).executeUpdate();
        em.createQuery("delete from ExchangeVisit v where v.personId = :p").setParameter("p", personId).executeUpdate();
        em.createQuery("delete from OutboxMail o where o.personId = :p").setParameter("p", personId).executeUpdate();
        em.createQuery("update Attendance a set a.note = null where a.person.id = :p").setParameter("p", personId)
                .executeUpdate();
        em.createQuery("update JoinRequest j set j.message = null where j.person.id = :p").setParameter("p", personId)
                .executeUpdate();
        em.createQuery("update GroupMember m set m.dutyPerson = null where m.dutyPerson.id = :p")
                .setParameter("p", personId).executeUpdate();
        for (NetworkGroup group : em.createQuery("select g from NetworkGroup g join g.participants p where p.id = :p",
                NetworkGroup.class).setParameter("p", personId).getResultList()) {
            group.removeParticipant(person);
        }
        if (email != null) {
            long others = em.createQuery("select count(p) from Person p where lower(p.email) = lower(:e)", Long.class)
                    .setParameter("e", email).getSingleResult();
            if (others == 0) {
                em.createQuery("delete from AddressFailure f where f.address = lower(:e)").setParameter("e", email)
                        .executeUpdate();
            }
        }
        em.getEntityManagerFactory().getCache().evict(GroupMember.class);
    }
}
