package dk.tovholder.experience.boundary;

import dk.tovholder.audit.boundary.AuditTrail;
import dk.tovholder.audit.entity.AuditAction;
import dk.tovholder.caller.Caller;
import dk.tovholder.caller.Role;
import dk.tovholder.experience.control.ExperienceReport;
import dk.tovholder.experience.entity.Advice;
import dk.tovholder.experience.entity.Agreement;
import dk.tovholder.experience.entity.Contribution;
import dk.tovholder.experience.entity.Department;
import dk.tovholder.experience.entity.Expectation;
import dk.tovholder.experience.entity.ExperienceGroup;
import dk.tovholder.experience.entity.ParticipantRole;
import dk.tovholder.experience.entity.Priority;
import dk.tovholder.experience.entity.SessionStart;
import dk.tovholder.experience.entity.Step;
import dk.tovholder.experience.entity.Worksheets;
import dk.tovholder.language.Language;
import dk.tovholder.language.Messages;
import dk.tovholder.meeting.boundary.Meetings;
import dk.tovholder.meeting.entity.Meeting;
import dk.tovholder.meeting.entity.MeetingStatus;
import dk.tovholder.network.boundary.NetworkGroups;
import dk.tovholder.network.entity.NetworkGroup;
import dk.tovholder.organisation.entity.Organisation;
import dk.tovholder.organisation.entity.Person;
import dk.tovholder.refusal.Conflict;
import dk.tovholder.refusal.Forbidden;
import dk.tovholder.refusal.NotFound;
import dk.tovholder.refusal.Refusal;
import dk.tovholder.schema.Constraints;
import dk.tovholder.schema.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Experience groups: who may see and do what, the participants, the four
 * sessions as meetings of the group's host, the worksheets of the four steps,
 * the joint project. The facilitator (or an administrator) runs the
 * programme; participants add their own advice (step 1) and contribution
 * (step 2) and read everything; everyone else sees the progress only.
 */
@ApplicationScoped
@Transactional
public class ExperienceGroups {

    static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    /** The longest reason for overriding a time rule (it goes into an audit entry's summary). */
    public static final int OVERRIDE_REASON_MAX = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    NetworkGroups networkGroups;

    @Inject
    Meetings meetings;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Clock clock;

    Instant now() {
        return Instant.now(clock);
    }

    // ---------------------------------------------------------------- reading and permissions

    /** All experience groups with their progress (visible to every logged-in user). */
    public List<ExperienceGroup> all() {
        return em.createNamedQuery(ExperienceGroup.FIND_ALL, ExperienceGroup.class).getResultList();
    }

    public ExperienceGroup find(@NotNull Long id) {
        ExperienceGroup group = em.find(ExperienceGroup.class, id);
        if (group == null) {
            throw new NotFound("experienceGroup", id);
        }
        return group;
    }

    /** The experience group whose sessions the network group hosts, if any. */
    public Optional<ExperienceGroup> ofHost(@NotNull Long networkGroupId) {
        return em.createNamedQuery(ExperienceGroup.FIND_BY_HOST, ExperienceGroup.class)
                .setParameter("host", networkGroupId).getResultStream().findFirst();
    }

    /**
     * The caller's experience groups that are not closed (as participant or
     * facilitator), each with its next session not cancelled, or none planned;
     * soonest session first. One statement: the groups, their sessions and the
     * sessions' meetings, joined.
     */
    public List<NextSession> nextSessions(@NotNull Caller caller) {
        if (caller.personId() == null) {
            return List.of();
        }
        List<Object[]> rows = em.createQuery("select g.id, g.name, key(s), m.id, m.startsAt, m.place"
                + " from ExperienceGroup g left join g.sessions s left join Meeting m on m.id = value(s)"
                + " and m.endsAt > :now and m.status <> dk.tovholder.meeting.entity.MeetingStatus.CANCELLED"
                + " where g.status <> dk.tovholder.experience.entity.ProgrammeStatus.CLOSED"
                + " and (g.facilitator.id = :person or exists (select p from Participant p"
                + " where p.group = g and p.person.id = :person))", Object[].class)
                .setParameter("now", now()).setParameter("person", caller.personId()).getResultList();
        Map<Long, NextSession> next = new LinkedHashMap<>();
        for (Object[] r : rows) {
            NextSession candidate = new NextSession((Long) r[0], (String) r[1], r[3] == null ? null : (Integer) r[2],
                    (Long) r[3], (Instant) r[4], (String) r[5]);
            NextSession known = next.get(candidate.groupId());
            if (known == null || candidate.isPlanned()
                    && (!known.isPlanned() || candidate.startsAt().isBefore(known.startsAt()))) {
                next.put(candidate.groupId(), candidate);
            }
        }
        return next.values().stream().sorted(Comparator.comparing(NextSession::startsAt,
                Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }

    /** Programme managers (coordinators) and administrators start experience groups. */
    public boolean mayCreate(@NotNull Caller caller) {
        return caller.isAdmin() || caller.has(Role.COORDINATOR);
    }

    public boolean mayFacilitate(@NotNull ExperienceGroup group, @NotNull Caller caller) {
        return caller.isAdmin() || group.getFacilitator().getId().equals(caller.personId());
    }

    /** The worksheets are for the facilitator and the participants. */
    public boolean mayRead(@NotNull ExperienceGroup group, @NotNull Caller caller) {
        return mayFacilitate(group, caller) || group.isParticipant(caller.personId());
    }

    private ExperienceGroup readable(Long id, Caller caller) {
        ExperienceGroup group = find(id);
        if (!mayRead(group, caller)) {
            throw new Forbidden("experience.read.forbidden");
        }
        return group;
    }

    private ExperienceGroup facilitated(Long id, Long seenVersion, Caller caller) {
        ExperienceGroup group = find(id);
        if (!mayFacilitate(group, caller)) {
            throw new Forbidden("experience.facilitate.forbidden");
        }
        Versions.check(group.getVersion(), seenVersion);
        return group;
    }

    /** The group's version goes up with every change (its participants and sessions are part of it). */
    private ExperienceGroup saved(ExperienceGroup group) {
        Versions.increment(em, group);
        return group;
    }

    public List<Advice> advice(@NotNull ExperienceGroup group, @NotNull Caller caller) {
        readable(group.getId(), caller);
        return em.createNamedQuery(Advice.FIND_BY_GROUP, Advice.class).setParameter("groupId", group.getId())
                .getResultList();
    }

    public List<Contribution> contributions(@NotNull ExperienceGroup group, @NotNull Caller caller) {
        readable(group.getId(), caller);
        return em.createNamedQuery(Contribution.FIND_BY_GROUP, Contribution.class)
                .setParameter("groupId", group.getId()).getResultList();
    }

    public List<Agreement> agreements(@NotNull ExperienceGroup group, @NotNull Caller caller) {
        readable(group.getId(), caller);
        return em.createNamedQuery(Agreement.FIND_BY_GROUP, Agreement.class).setParameter("groupId", group.getId())
                .getResultList();
    }

    public List<Expectation> expectations(@NotNull ExperienceGroup group, @NotNull Caller caller) {
        readable(group.getId(), caller);
        return em.createNamedQuery(Expectation.FIND_BY_GROUP, Expectation.class)
                .setParameter("groupId", group.getId()).getResultList().stream()
                .sorted(Comparator.comparing(Expectation::getPriority)).toList();
    }

    /** All four worksheets, for the report and the API. */
    public ExperienceReport.Content content(@NotNull ExperienceGroup group,
            @NotNull Caller caller) {
        return new ExperienceReport.Content(advice(group, caller),
                contributions(group, caller), agreements(group, caller), expectations(group, caller));
    }

    // ---------------------------------------------------------------- the group and its participants

    public ExperienceGroup create(@NotNull @Valid ExperienceForm form, @NotNull Caller caller) {
        if (!mayCreate(caller)) {
            throw new Forbidden("experience.create.forbidden");
        }
        refuseTakenName(form.getName(), null);
        Organisation organisation = organisation(form.getOrganisationId());
        Person facilitator = person(form.getFacilitatorId());
        Long host = networkGroups.createExperienceHost(hostName(form.getName()), facilitator.getId(), caller)
                .getId();
        ExperienceGroup group = new ExperienceGroup(form.getName(), form.getRenovation(), form.getSocialEffort(),
                organisation, facilitator, host, now());
        em.persist(group);
        try {
            em.flush();
        } catch (PersistenceException e) {
            // its name, or its host network group's name (made from it)
            if (Constraints.violated(e, "experience_group_name_unique")
                    || Constraints.violated(e, "network_group_name_unique")) {
                throw new Conflict("name", "experience.name.taken", form.getName());
            }
            throw e;
        }
        return group;
    }

    public ExperienceGroup update(@NotNull Long id, long seenVersion, @NotNull @Valid ExperienceForm form,
            @NotNull Caller caller) {
        ExperienceGroup group = facilitated(id, seenVersion, caller);
        refuseTakenName(form.getName(), id);
        group.describe(form.getName(), form.getRenovation(), form.getSocialEffort(), person(form.getFacilitatorId()));
        syncHost(group, caller);
        return saved(group);
    }

    public ExperienceGroup addParticipant(@NotNull Long id, long seenVersion, @NotNull Long personId,
            @NotNull ParticipantRole role, @NotNull Department department, @NotNull Caller caller) {
        ExperienceGroup group = facilitated(id, seenVersion, caller);
        group.addParticipant(person(personId), role, department);
        syncHost(group, caller);
        return saved(group);
    }

    public ExperienceGroup removeParticipant(@NotNull Long id, long seenVersion, @NotNull Long personId,
            @NotNull Caller caller) {
        ExperienceGroup group = facilitated(id, seenVersion, caller);
        group.removeParticipant(personId);
        syncHost(group, caller);
        return saved(group);
    }

    public ExperienceGroup start(@NotNull Long id, long seenVersion, @NotNull Caller caller) {
        ExperienceGroup group = facilitated(id, seenVersion, caller);
        group.start(now());
        return saved(group);
    }

    /** The host network group follows the group's participants and facilitator (the caller administers it). */
    private void syncHost(ExperienceGroup group, Caller caller) {
        networkGroups.syncExperienceHost(group.getNetworkGroupId(), group.participantIds(),
                group.getFacilitator().getId(), caller);
    }

    private void refuseTakenName(String name, Long except) {
        boolean taken = all().stream().anyMatch(g -> g.getName().equalsIgnoreCase(name.strip())
                && !g.getId().equals(except));
        if (taken) {
            throw new Conflict("name", "experience.name.taken", name);
        }
    }

    private static String hostName(String name) {
        String host = "Erfaringsgruppe: " + name.strip();
        return host.length() > 200 ? host.substring(0, 200) : host;
    }

    private Organisation organisation(Long id) {
        Organisation organisation = em.find(Organisation.class, id);
        if (organisation == null) {
            throw new NotFound("organisation", id);
        }
        return organisation;
    }

    private Person person(Long id) {
        Person person = em.find(Person.class, id);
        if (person == null) {
            throw new NotFound("person", id);
        }
        return person;
    }

    // ---------------------------------------------------------------- sessions

    /**
     * Schedules a step's session as a meeting of the group's host, its agenda
     * taken from the facilitator's guide. Sessions come in the steps' order:
     * after the earlier steps' sessions and before the later ones.
     */
    public Meeting scheduleSession(@NotNull Long id, long seenVersion, @NotNull Step step, @NotNull LocalDate day,
            @NotNull LocalTime start,
            @Min(value = 1, message = "{meeting.time.order}") @Max(value = 24 * 60, message = "{meeting.time.tooLong}")
            int minutes,
            @Size(max = Meeting.PLACE_MAX, message = "{meeting.place.tooLong}") String place,
            @NotNull Caller caller) {
        ExperienceGroup group = facilitated(id, seenVersion, caller);
        Instant startsAt = day.atTime(start).atZone(ZONE).toInstant();
        group.checkSessionOrder(step, startsAt, meeting -> em.find(Meeting.class, meeting).getStartsAt());
        Locale da = Language.DEFAULT.locale();
        String title = group.getName() + " – " + Messages.get(da, "experience.step." + step.number() + ".title");
        Meeting meeting = meetings.schedule(group.getNetworkGroupId(), title.length() > Meeting.TITLE_MAX
                ? title.substring(0, Meeting.TITLE_MAX) : title, day, start, minutes, place, caller);
        for (SessionGuide.Item item : SessionGuide.of(step)) {
            meeting.addItem(Messages.get(da, item.key()), null, item.type(), null, item.minutes());
        }
        group.scheduleSession(step, meeting.getId());
        return meeting;
    }

    // ---------------------------------------------------------------- step 1: good advice

    public Advice proposeAdvice(@NotNull Long id,
            @NotBlank(message = "{experience.required}")
            @Size(max = Advice.TEXT_MAX, message = "{experience.text.tooLong}") String text,
            @NotNull Caller caller) {
        ExperienceGroup group = readable(id, caller);
        group.requireOpen(Step.ADVICE);
        String advice = text.strip();
        String key = Advice.keyOf(advice);
        boolean duplicate = em.createNamedQuery(Advice.FIND_BY_GROUP, Advice.class).setParameter("groupId", id)
                .getResultStream().anyMatch(a -> Advice.keyOf(a.getText()).equals(key));
        if (duplicate) {
            throw new Conflict("text", "experience.advice.duplicate");
        }
        Advice entry = new Advice(id, person(caller.personId()), advice, now());
        em.persist(entry);
        try {
            em.flush(); // two people proposing the same advice at once: the unique constraint decides
        } catch (PersistenceException e) {
            if (Constraints.violated(e, "experience_advice_unique")) {
                throw new Conflict("text", "experience.advice.duplicate");
            }
            throw e;
        }
        return entry;
    }

    public void removeAdvice(@NotNull Long adviceId, @NotNull Caller caller) {
        Advice advice = em.find(Advice.class, adviceId);
        if (advice == null) {
            throw new NotFound("advice", adviceId);
        }
        ExperienceGroup group = readable(advice.getGroupId(), caller);
        if (!mayFacilitate(group, caller) && !advice.getPerson().getId().equals(caller.personId())) {
            throw new Forbidden("experience.entry.notYours");
        }
        group.requireOpen(Step.ADVICE);
        em.remove(advice);
    }

    /** The facilitator selects (or deselects) a piece of advice; never more than three are selected. */
    public void selectAdvice(@NotNull Long adviceId, boolean selected, @NotNull Caller caller) {
        Advice advice = em.find(Advice.class, adviceId);
        if (advice == null) {
            throw new NotFound("advice", adviceId);
        }
        ExperienceGroup group = facilitated(advice.getGroupId(), null, caller);
        group.requireOpen(Step.ADVICE);
        if (selected && !advice.isSelected() && selectedAdvice(group.getId()) >= ExperienceGroup.ADVICE_TO_SELECT) {
            throw new Conflict(null, "experience.advice.tooMany", ExperienceGroup.ADVICE_TO_SELECT);
        }
        advice.setSelected(selected);
        saved(group); // the group's version goes up: of two selections at once, one wins
    }

    private int selectedAdvice(Long groupId) {
        return (int) em.createNamedQuery(Advice.FIND_BY_GROUP, Advice.class).setParameter("groupId", groupId)
                .getResultStream().filter(Advice::isSelected).count();
    }

    // ---------------------------------------------------------------- step 2: contributions

    /** A participant's own contribution (or the facilitator writing it down for them); saving again changes it. */
    public Contribution contribute(@NotNull Long id, @NotNull Long personId,
            @NotBlank(message = "{experience.required}")
            @Size(max = Contribution.TEXT_MAX, message = "{experience.text.tooLong}") String competences,
            @NotBlank(message = "{experience.required}")
            @Size(max = Contribution.TEXT_MAX, message = "{experience.text.tooLong}") String brings,
            @NotNull Caller caller) {
        ExperienceGroup group = readable(id, caller);
        if (!mayFacilitate(group, caller) && !personId.equals(caller.personId())) {
            throw new Forbidden("experience.entry.notYours");
        }
        if (!group.isParticipant(personId)) {
            throw Refusal.onField("person", "experience.participant.unknown");
        }
        group.requireOpen(Step.CONTRIBUTIONS);
        String what = competences.strip();
        String gives = brings.strip();
        Contribution existing = em.createNamedQuery(Contribution.FIND_BY_GROUP, Contribution.class)
                .setParameter("groupId", id).getResultStream()
                .filter(c -> c.getPerson().getId().equals(personId)).findFirst().orElse(null);
        if (existing != null) {
            existing.change(what, gives);
            return existing;
        }
        Contribution contribution = new Contribution(id, person(personId), what, gives);
        em.persist(contribution);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (Constraints.violated(e, "experience_contribution_unique")) {
                throw Versions.stale();
            }
            throw e;
        }
        return contribution;
    }

    // ---------------------------------------------------------------- step 3: structures

    public Agreement addAgreement(@NotNull Long id,
            @NotBlank(message = "{experience.required}")
            @Size(max = Agreement.WHAT_MAX, message = "{experience.text.tooLong}") String what,
            @NotBlank(message = "{experience.required}")
            @Size(max = Agreement.WHEN_MAX, message = "{experience.text.tooLong}") String when,
            @NotEmpty(message = "{experience.agreement.responsible.missing}") Collection<Long> responsible,
            @NotNull Caller caller) {
        ExperienceGroup group = facilitated(id, null, caller);
        group.requireOpen(Step.STRUCTURES);
        String agreed = what.strip();
        String often = when.strip();
        Set<Person> people = new HashSet<>();
        for (Long personId : responsible) {
            if (!group.isParticipant(personId)) {
                throw Refusal.onField("responsible", "experience.participant.unknown");
            }
            people.add(person(personId));
        }
        Agreement agreement = new Agreement(id, agreed, often, people, now());
        em.persist(agreement);
        return agreement;
    }

    public void removeAgreement(@NotNull Long agreementId, @NotNull Caller caller) {
        Agreement agreement = em.find(Agreement.class, agreementId);
        if (agreement == null) {
            throw new NotFound("agreement", agreementId);
        }
        ExperienceGroup group = facilitated(agreement.getGroupId(), null, caller);
        group.requireOpen(Step.STRUCTURES);
        em.remove(agreement);
    }

    // ---------------------------------------------------------------- step 4: expectations

    public Expectation addExpectation(@NotNull Long id,
            @NotBlank(message = "{experience.required}")
            @Size(max = Expectation.TO_WHOM_MAX, message = "{experience.text.tooLong}") String toWhom,
            @NotBlank(message = "{experience.required}")
            @Size(max = Expectation.WHAT_MAX, message = "{experience.text.tooLong}") String what,
            @NotNull(message = "{experience.required}") Priority priority, @NotNull Caller caller) {
        ExperienceGroup group = facilitated(id, null, caller);
        group.requireOpen(Step.EXPECTATIONS);
        String to = toWhom.strip();
        String expected = what.strip();
        Expectation expectation = new Expectation(id, to, expected, priority, now());
        em.persist(expectation);
        return expectation;
    }

    public void removeExpectation(@NotNull Long expectationId, @NotNull Caller caller) {
        Expectation expectation = em.find(Expectation.class, expectationId);
        if (expectation == null) {
            throw new NotFound("expectation", expectationId);
        }
        ExperienceGroup group = facilitated(expectation.getGroupId(), null, caller);
        group.requireOpen(Step.EXPECTATIONS);
        em.remove(expectation);
    }

    // ---------------------------------------------------------------- completing, the project, closing

    /**
     * Completes a step when its worksheet is complete; the next step's worksheet
     * opens. Only from its session's start: before then (or with no session
     * scheduled, or a cancelled one) it is refused with {@link TooEarly}, unless
     * the facilitator gives an override reason, which the audit log keeps (on
     * the session's meeting, or on the host group when no session is scheduled).
     * A reason given when the session has begun is not needed and not recorded.
     *
     * @param overrideReason why the step is recorded before its session; null or blank: no override
     */
    public ExperienceGroup completeStep(@NotNull Long id, long seenVersion, @NotNull Step step,
            @Size(max = OVERRIDE_REASON_MAX, message = "{experience.text.tooLong}") String overrideReason,
            @NotNull Caller caller) {
        ExperienceGroup group = facilitated(id, seenVersion, caller);
        Worksheets worksheets = worksheets(group);
        group.requireCompletable(step, worksheets); // what no reason overrides comes first
        String reason = overrideReason(overrideReason);
        SessionStart session = sessionStart(group, step);
        if (!session.hasBegun(now())) {
            if (reason == null) {
                throw TooEarly.step(step, session);
            }
            if (session.isScheduled()) {
                auditTrail.record(AuditAction.MEETING_TIME_RULE_OVERRIDDEN, em.find(Meeting.class,
                        session.meetingId()), caller, reason);
            } else {
                auditTrail.record(AuditAction.GROUP_TIME_RULE_OVERRIDDEN, host(group), caller,
                        Messages.get(Language.DEFAULT.locale(), "experience.override.note.noSession", step.number())
                                + " " + reason);
            }
        }
        group.complete(step, worksheets);
        return saved(group);
    }

    /** When the step's session begins (its meeting's current start), as the time rules see it. */
    public SessionStart sessionStart(@NotNull ExperienceGroup group, @NotNull Step step) {
        return group.session(step).map(meetingId -> em.find(Meeting.class, meetingId))
                .map(m -> new SessionStart(m.getId(), m.getStartsAt(), m.getStatus() == MeetingStatus.CANCELLED))
                .orElse(SessionStart.NONE);
    }

    private NetworkGroup host(ExperienceGroup group) {
        return em.find(NetworkGroup.class, group.getNetworkGroupId());
    }

    /** A reason to override a time rule, stripped; null when none was given. */
    private static String overrideReason(String reason) {
        return reason == null || reason.isBlank() ? null : reason.strip();
    }

    Worksheets worksheets(ExperienceGroup group) {
        Long id = group.getId();
        int selected = selectedAdvice(id);
        Set<Long> contributors = em.createNamedQuery(Contribution.FIND_BY_GROUP, Contribution.class)
                .setParameter("groupId", id).getResultStream().map(c -> c.getPerson().getId())
                .collect(Collectors.toSet());
        long agreements = em.createQuery("select count(a) from Agreement a where a.groupId = :g", Long.class)
                .setParameter("g", id).getSingleResult();
        long expectations = em.createQuery("select count(e) from Expectation e where e.groupId = :g", Long.class)
                .setParameter("g", id).getSingleResult();
        return new Worksheets(selected, contributors, (int) agreements, (int) expectations);
    }

    public ExperienceGroup planProject(@NotNull Long id, long seenVersion,
            @Size(max = ExperienceGroup.NAME_MAX, message = "{experience.text.tooLong}") String title,
            @Size(max = ExperienceGroup.PROJECT_TEXT_MAX, message = "{experience.text.tooLong}") String goal,
            @Size(max = ExperienceGroup.PROJECT_TEXT_MAX, message = "{experience.text.tooLong}") String firstSteps,
            LocalDate date, Collection<Long> people, @NotNull Caller caller) {
        ExperienceGroup group = facilitated(id, seenVersion, caller);
        group.planProject(title, goal, firstSteps, date, people == null ? Set.of() : Set.copyOf(people));
        return saved(group);
    }

    /**
     * Closes the programme: all four steps done and the joint project described,
     * and only from the start of its last session (step 4's). Before then it is
     * refused with {@link TooEarly}, unless the facilitator gives an override
     * reason, which the audit log keeps on the host group.
     *
     * @param overrideReason why the programme closes before its last session; null or blank: no override
     */
    public ExperienceGroup close(@NotNull Long id, long seenVersion,
            @Size(max = OVERRIDE_REASON_MAX, message = "{experience.text.tooLong}") String overrideReason,
            @NotNull Caller caller) {
        ExperienceGroup group = facilitated(id, seenVersion, caller);
        group.requireClosable();
        String reason = overrideReason(overrideReason);
        SessionStart last = sessionStart(group, Step.EXPECTATIONS);
        if (!last.hasBegun(now())) {
            if (reason == null) {
                throw TooEarly.close(last);
            }
            auditTrail.record(AuditAction.GROUP_TIME_RULE_OVERRIDDEN, host(group), caller,
                    Messages.get(Language.DEFAULT.locale(), "experience.override.note.close") + " " + reason);
        }
        group.close(now());
        return saved(group);
    }
}
