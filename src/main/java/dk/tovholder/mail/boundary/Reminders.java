package dk.tovholder.mail.boundary;

import dk.tovholder.caller.Caller;
import dk.tovholder.caller.Role;
import dk.tovholder.clock.AppClock;
import dk.tovholder.experience.boundary.ExperienceGroups;
import dk.tovholder.experience.entity.ExperienceGroup;
import dk.tovholder.language.Messages;
import dk.tovholder.mail.control.MailSettings;
import dk.tovholder.meeting.entity.ActionItem;
import dk.tovholder.meeting.entity.Meeting;
import dk.tovholder.network.boundary.DutyChecklists;
import dk.tovholder.network.boundary.MeetingDuty;
import dk.tovholder.network.entity.DutyItem;
import dk.tovholder.network.entity.NetworkGroup;
import dk.tovholder.organisation.entity.Person;
import dk.tovholder.room.control.BookingRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
    DutyChecklists checklists;

    @Inject
    Outbox outbox;

    @Inject
    Recipients recipients;

    @Inject
    MailPreferences preferences;

    @Inject
    ExperienceGroups experienceGroups;

    @Inject
    MailSettings settings;

    /** Queues the reminders due now; returns how many were new. */
    public int queueDutyReminders() {
        return queueDutyReminders(AppClock.today(), settings.dutyReminderDays());
    }

    /** Queues a reminder for each duty in [today, today + days] with something still to do before the meeting. */
    public int queueDutyReminders(LocalDate today, int days) {
        long before = em.createQuery("select count(m) from OutboxMail m where m.kind = 'DUTY_REMINDER'", Long.class)
                .getSingleResult();
        List<Long> organisations = em.createQuery("select distinct m.organisation.id from GroupMember m"
                + " where m.core = true", Long.class).getResultList();
        for (Long organisation : organisations) {
            Caller asOrganisation = new Caller("reminders", null, organisation, Set.of(Role.USER));
            for (MeetingDuty duty : checklists.myDuties(asOrganisation)) {
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
                for (Person person : recipients.dutyPeople(duty.groupId(), organisation)) {
                    Locale locale = outbox.languageOf(person);
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
     * reminded, once for "due soon" and once for "overdue". Those who chose
     * the weekly digest get instead, once a week, one mail with their items
     * due within the week and the overdue ones; the week's key makes it go
     * out at the first run of the week, once.
     */
    public int queueActionReminders(LocalDate today) {
        long before = countOf("ACTION_");
        List<ActionItem> open = em.createQuery("select a from ActionItem a where a.status = "
                + "dk.tovholder.meeting.entity.ActionItem.Status.OPEN and a.dueDate is not null"
                + " and a.dueDate <= :until order by a.dueDate, a.id", ActionItem.class)
                .setParameter("until", today.plusDays(DIGEST_DAYS_AHEAD)).getResultList();
        Map<Person, List<ActionItem>> digests = new LinkedHashMap<>();
        for (ActionItem item : open) {
            boolean overdue = item.getDueDate().isBefore(today);
            boolean soon = !item.getDueDate().isAfter(today.plusDays(ACTION_DAYS_BEFORE));
            String stage = overdue ? "overdue" : "due";
            for (Person person : recipients.inGroup(item.getGroupId(), item.getResponsibleOrganisation().getId())) {
                if (preferences.digest(person.getId())) {
                    digests.computeIfAbsent(person, p -> new ArrayList<>()).add(item);
                } else if (soon) {
                    outbox.toPerson(person, overdue ? "ACTION_OVERDUE" : "ACTION_DUE", "mail.action." + stage
                            + ".subject", new Object[] {item.getWhat()}, "mail.action." + stage + ".body",
                            new Object[] {item.getWhat(), item.getDueDate().toString(),
                                item.getResponsibleOrganisation().getName()},
                            ACTIONS_PAGE, "action-" + stage + "-" + item.getId() + "-" + person.getId());
                }
            }
        }
        String week = today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        String weekNumber = String.valueOf(today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        digests.forEach((person, items) -> {
            Locale locale = outbox.languageOf(person);
            String lines = items.stream().map(item -> Messages.get(locale, item.getDueDate().isBefore(today)
                    ? "mail.action.digest.overdue" : "mail.action.digest.line", item.getWhat(),
                    item.getResponsibleOrganisation().getName(), groupName(item.getGroupId()),
                    item.getDueDate().toString())).collect(Collectors.joining("\n"));
            outbox.toPerson(person, MailPreferences.DIGEST, "mail.action.digest.subject", new Object[] {weekNumber},
                    "mail.action.digest.body", new Object[] {weekNumber, lines}, ACTIONS_PAGE,
                    "action-digest-" + week + "-" + person.getId());
        });
        em.flush();
        return (int) (countOf("ACTION_") - before);
    }

    /** Days ahead the weekly digest looks. */
    static final int DIGEST_DAYS_AHEAD = 7;

    private static final String ACTIONS_PAGE = "meeting/actions.xhtml";

    private String groupName(Long groupId) {
        NetworkGroup group = em.find(NetworkGroup.class, groupId);
        return group == null ? "" : group.getName();
    }

    /**
     * The sessions of experience groups in the coming days: each participant
     * and the facilitator get a reminder with the step and what the session
     * is about. A moved session is reminded of again at its new time.
     */
    public int queueSessionReminders(Instant now) {
        long before = countOf("SESSION_");
        List<Meeting> sessions = em.createQuery("select m from Meeting m, NetworkGroup g where m.groupId = g.id"
                + " and g.kind = dk.tovholder.network.entity.GroupKind.EXPERIENCE"
                + " and m.status <> dk.tovholder.meeting.entity.MeetingStatus.CANCELLED"
                + " and m.startsAt >= :now and m.startsAt <= :until order by m.startsAt", Meeting.class)
                .setParameter("now", now).setParameter("until", now.plus(Duration.ofDays(settings.sessionReminderDays())))
                .getResultList();
        for (Meeting session : sessions) {
            ExperienceGroup group = experienceGroups.ofHost(session.getGroupId()).orElse(null);
            if (group == null) {
                continue;
            }
            Integer step = group.getSessions().entrySet().stream()
                    .filter(e -> e.getValue().equals(session.getId())).map(Map.Entry::getKey).findFirst().orElse(null);
            if (step == null) {
                continue;
            }
            Set<Person> people = new LinkedHashSet<>();
            group.getParticipants().forEach(p -> people.add(p.getPerson()));
            people.add(group.getFacilitator());
            String when = BookingRules.format(session.getStartsAt());
            for (Person person : people) {
                Locale locale = outbox.languageOf(person);
                outbox.toPerson(person, "SESSION_REMINDER", "mail.session.subject",
                        new Object[] {group.getName(), step, when}, "mail.session.body",
                        new Object[] {group.getName(), step, when,
                            Messages.get(locale, "experience.step." + step + ".title"),
                            session.getPlace() == null ? "" : session.getPlace(),
                            Messages.get(locale, "experience.step." + step + ".guide")},
                        "experience/group.xhtml?id=" + group.getId(),
                        "session-" + session.getId() + "-" + session.getStartsAt().getEpochSecond() + "-"
                                + person.getId());
            }
        }
        em.flush();
        return (int) (countOf("SESSION_") - before);
    }

    private long countOf(String kindPrefix) {
        return em.createQuery("select count(m) from OutboxMail m where m.kind like :k", Long.class)
                .setParameter("k", kindPrefix + "%").getSingleResult();
    }
}
