package dk.tovholder.mail.boundary;

import dk.tovholder.identity.entity.Account;
import dk.tovholder.identity.entity.Caller;
import dk.tovholder.identity.entity.Role;
import dk.tovholder.language.Messages;
import dk.tovholder.network.boundary.MeetingDuty;
import dk.tovholder.network.boundary.NetworkGroups;
import dk.tovholder.network.entity.DutyItem;
import dk.tovholder.network.entity.GroupMember;
import dk.tovholder.organisation.entity.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The coordinator duty reminder: for every meeting in the coming days whose
 * duty an organisation holds, its duty person (or else its coordinators) gets
 * the checklist of what is still missing. Each reminder has a key of its
 * own, so running again (every hour, after a restart) never sends it twice
 * and a reminder missed while the server was down goes out at the next run.
 */
@ApplicationScoped
@Transactional
public class Reminders {

    static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    @PersistenceContext
    EntityManager em;

    @Inject
    NetworkGroups groups;

    @Inject
    Outbox outbox;

    @Inject
    @ConfigProperty(name = "tovholder.mail.duty-reminder-days", defaultValue = "7")
    int daysAhead;

    /** Queues the reminders due now; returns how many were new. */
    public int queueDutyReminders() {
        return queueDutyReminders(LocalDate.now(ZONE), daysAhead);
    }

    /** Queues a reminder for each duty in [today, today + days] with something still to do before the meeting. */
    public int queueDutyReminders(LocalDate today, int days) {
        long before = em.createQuery("select count(m) from OutboxMail m where m.kind = 'DUTY_REMINDER'", Long.class)
                .getSingleResult();
        List<Long> organisations = em.createQuery("select distinct m.organisation.id from GroupMember m"
                + " where m.core = true", Long.class).getResultList();
        for (Long organisation : organisations) {
            Caller asOrganisation = new Caller("reminders", null, organisation, Set.of(Role.USER));
            for (MeetingDuty duty : groups.myDuties(asOrganisation)) {
                if (duty.day().isBefore(today) || duty.day().isAfter(today.plusDays(days))) {
                    continue;
                }
                List<DutyItem> missing = new ArrayList<>();
                for (DutyItem item : DutyItem.values()) {
                    if (item.dueDaysFromMeeting() <= 0 && !duty.isDone(item)) {
                        missing.add(item);
                    }
                }
                if (missing.isEmpty()) {
                    continue;
                }
                for (Person person : recipients(duty.groupId(), organisation)) {
                    java.util.Locale locale = outbox.languageOf(person);
                    String list = missing.stream().map(i -> "- " + Messages.get(locale, "DutyItem." + i))
                            .collect(Collectors.joining("\n"));
                    outbox.toPerson(person, "DUTY_REMINDER", "mail.duty.subject",
                            new Object[] {duty.groupName(), duty.day().toString()}, "mail.duty.body",
                            new Object[] {duty.groupName(), duty.day().toString(), list}, "network/duties.xhtml",
                            "duty-reminder-" + duty.groupId() + "-" + duty.day() + "-" + person.getId());
                }
            }
        }
        em.flush();
        long after = em.createQuery("select count(m) from OutboxMail m where m.kind = 'DUTY_REMINDER'", Long.class)
                .getSingleResult();
        return (int) (after - before);
    }

    /** Days before its due date an open action item is reminded of. */
    static final int ACTION_DAYS_BEFORE = 2;

    /**
     * Open action items due within two days, and overdue ones: their
     * organisation's participants in the group (or else its coordinators) are
     * reminded, once for "due soon" and once for "overdue".
     */
    public int queueActionReminders(LocalDate today) {
        long before = countOf("ACTION_");
        List<dk.tovholder.meeting.entity.ActionItem> open = em.createQuery("select a from ActionItem a"
                + " where a.status = dk.tovholder.meeting.entity.ActionItem.Status.OPEN and a.dueDate is not null"
                + " and a.dueDate <= :until", dk.tovholder.meeting.entity.ActionItem.class)
                .setParameter("until", today.plusDays(ACTION_DAYS_BEFORE)).getResultList();
        for (dk.tovholder.meeting.entity.ActionItem item : open) {
            boolean overdue = item.getDueDate().isBefore(today);
            String kind = overdue ? "ACTION_OVERDUE" : "ACTION_DUE";
            String stage = overdue ? "overdue" : "due";
            for (Person person : responsible(item.getGroupId(), item.getResponsibleOrganisation().getId())) {
                outbox.toPerson(person, kind, "mail.action." + stage + ".subject", new Object[] {item.getWhat()},
                        "mail.action." + stage + ".body", new Object[] {item.getWhat(), item.getDueDate().toString(),
                                item.getResponsibleOrganisation().getName()},
                        "meeting/actions.xhtml", "action-" + stage + "-" + item.getId() + "-" + person.getId());
            }
        }
        em.flush();
        return (int) (countOf("ACTION_") - before);
    }

    private long countOf(String kindPrefix) {
        return em.createQuery("select count(m) from OutboxMail m where m.kind like :k", Long.class)
                .setParameter("k", kindPrefix + "%").getSingleResult();
    }

    /** The organisation's people taking part in the group, or else its coordinators. */
    private List<Person> responsible(Long groupId, Long organisationId) {
        dk.tovholder.network.entity.NetworkGroup group = em.find(dk.tovholder.network.entity.NetworkGroup.class, groupId);
        List<Person> inGroup = group == null ? List.of() : group.getParticipants().stream()
                .filter(p -> p.getOrganisation().getId().equals(organisationId)).toList();
        return inGroup.isEmpty() ? coordinators(organisationId) : inGroup;
    }

    private List<Person> coordinators(Long organisationId) {
        return em.createQuery("select a from Account a where a.person.organisation.id = :o", Account.class)
                .setParameter("o", organisationId).getResultStream()
                .filter(a -> a.isActive() && a.getRoles().contains(Role.COORDINATOR)).map(Account::getPerson).toList();
    }

    /** The organisation's duty person in the group, or else its coordinators. */
    private List<Person> recipients(Long groupId, Long organisationId) {
        List<Person> duty = em.createQuery("select m from GroupMember m where m.group.id = :g"
                + " and m.organisation.id = :o", GroupMember.class).setParameter("g", groupId)
                .setParameter("o", organisationId).getResultStream()
                .map(GroupMember::getDutyPerson).filter(java.util.Objects::nonNull).toList();
        return duty.isEmpty() ? coordinators(organisationId) : duty;
    }
}
