package dk.tovholder.experience.boundary;

import dk.tovholder.caller.Caller;
import dk.tovholder.experience.entity.Advice;
import dk.tovholder.experience.entity.Agreement;
import dk.tovholder.experience.entity.Contribution;
import dk.tovholder.experience.entity.Department;
import dk.tovholder.experience.entity.Expectation;
import dk.tovholder.experience.entity.ExperienceGroup;
import dk.tovholder.experience.entity.Participant;
import dk.tovholder.experience.entity.ParticipantRole;
import dk.tovholder.experience.entity.Priority;
import dk.tovholder.experience.entity.Step;
import dk.tovholder.identity.boundary.CurrentUser;
import dk.tovholder.language.Messages;
import dk.tovholder.layout.ErrorResponses;
import dk.tovholder.layout.FacesMessages;
import dk.tovholder.meeting.boundary.Meetings;
import dk.tovholder.meeting.entity.Meeting;
import dk.tovholder.organisation.boundary.Organisations;
import dk.tovholder.organisation.entity.Organisation;
import dk.tovholder.organisation.entity.Person;
import dk.tovholder.refusal.NotFound;
import dk.tovholder.refusal.Refusal;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An experience group's page: progress for everyone; for its facilitator and
 * participants the four steps' worksheets, filled in during the sessions and
 * saved entry by entry (a closed browser loses nothing), and the joint project.
 */
@Named
@ViewScoped
public class ExperiencePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ExperienceGroups groups;

    @Inject
    Meetings meetings;

    @Inject
    Organisations organisations;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesMessages messages;

    private Long id;
    private Long host;
    private ExperienceGroup group;
    private boolean mayRead;
    private boolean mayFacilitate;
    private transient List<Advice> advice;
    private transient List<Contribution> contributions;
    private transient List<Agreement> agreements;
    private transient List<Expectation> expectations;
    private transient List<Person> people;
    private transient Map<Step, Optional<Meeting>> sessions;

    private Long newPerson;
    private ParticipantRole newRole = ParticipantRole.OTHER;
    private Department newDepartment = Department.HOUSING_SOCIAL;
    private Step sessionStep = Step.ADVICE;
    private LocalDate sessionDay;
    private LocalTime sessionStart = LocalTime.of(9, 0);
    private int sessionMinutes = 120;
    private String sessionPlace;
    private String adviceText;
    private Long contributor;
    private String competences;
    private String brings;
    private String agreementWhat;
    private String agreementWhen;
    private List<Long> agreementResponsible = new ArrayList<>();
    private String expectationToWhom;
    private String expectationWhat;
    private Priority expectationPriority = Priority.MEDIUM;
    private String projectTitle;
    private String projectGoal;
    private String projectFirstSteps;
    private LocalDate projectDate;
    private List<Long> projectPeople = new ArrayList<>();
    private Step earlyStep;
    private boolean earlyClose;
    private String earlyMessage;
    private String overrideReason;

    public void load() {
        if (group != null) {
            return;
        }
        try {
            if (id == null && host != null) {
                id = groups.ofHost(host).map(ExperienceGroup::getId).orElseThrow(() -> new NotFound("experienceGroup", host));
            }
            if (id == null) {
                ErrorResponses.send(404);
                return;
            }
            refresh();
            contributor = group.isParticipant(currentUser.caller().personId()) ? currentUser.caller().personId() : null;
            projectTitle = group.getProjectTitle();
            projectGoal = group.getProjectGoal();
            projectFirstSteps = group.getProjectFirstSteps();
            projectDate = group.getProjectDate();
            projectPeople = group.getParticipants().stream().filter(Participant::isInProject)
                    .map(p -> p.getPerson().getId()).collect(Collectors.toCollection(ArrayList::new));
            sessionStep = group.currentStep().orElse(Step.EXPECTATIONS);
        } catch (NotFound notFound) {
            ErrorResponses.send(404);
        }
    }

    private void refresh() {
        Caller caller = currentUser.caller();
        group = groups.find(id);
        mayRead = groups.mayRead(group, caller);
        mayFacilitate = groups.mayFacilitate(group, caller);
        advice = null;
        sessions = null;
        contributions = null;
        agreements = null;
        expectations = null;
    }

    private String run(Runnable action, String form, String doneKey, Object... args) {
        try {
            action.run();
            messages.info(doneKey, args);
            return "/experience/group?faces-redirect=true&id=" + id;
        } catch (TooEarly early) {
            throw early; // the caller asks for an override reason
        } catch (Refusal refusal) {
            messages.show(refusal, form);
            refresh();
            return null;
        } catch (ConstraintViolationException invalid) {
            messages.show(invalid, form);
            return null;
        }
    }

    private Caller caller() {
        return currentUser.caller();
    }

    // ---------------------------------------------------------------- participants, start, sessions

    public String addParticipant() {
        if (newPerson == null) {
            messages.error("experience.participant.choose");
            return null;
        }
        return run(() -> groups.addParticipant(id, group.getVersion(), newPerson, newRole, newDepartment, caller()),
                "participants", "experience.participant.added");
    }

    public String removeParticipant(Long personId) {
        return run(() -> groups.removeParticipant(id, group.getVersion(), personId, caller()), "participants",
                "experience.participant.removed");
    }

    public String start() {
        return run(() -> groups.start(id, group.getVersion(), caller()), "participants", "experience.started");
    }

    public String scheduleSession() {
        if (sessionDay == null || sessionStart == null) {
            messages.error("experience.session.when");
            return null;
        }
        return run(() -> groups.scheduleSession(id, group.getVersion(), sessionStep, sessionDay, sessionStart,
                sessionMinutes, sessionPlace, caller()), "sessions", "experience.session.scheduled", sessionStep.number());
    }

    /** The meeting of a step's session, if scheduled. */
    public Meeting session(Step step) {
        if (sessions == null) {
            sessions = new EnumMap<>(Step.class);
        }
        return sessions.computeIfAbsent(step, s -> group.session(s).flatMap(id -> {
            try {
                return Optional.of(meetings.find(id, caller()));
            } catch (NotFound hidden) {
                return Optional.empty();
            }
        })).orElse(null);
    }

    // ---------------------------------------------------------------- the worksheets

    public String proposeAdvice() {
        return run(() -> groups.proposeAdvice(id, adviceText, caller()), "advice", "experience.advice.added");
    }

    public String removeAdvice(Long adviceId) {
        return run(() -> groups.removeAdvice(adviceId, caller()), "advice", "experience.entry.removed");
    }

    public String select(Long adviceId, boolean selected) {
        return run(() -> groups.selectAdvice(adviceId, selected, caller()), "advice",
                selected ? "experience.advice.selected" : "experience.advice.deselected");
    }

    public String contribute() {
        if (contributor == null) {
            messages.error("experience.participant.choose");
            return null;
        }
        return run(() -> groups.contribute(id, contributor, competences, brings, caller()), "contribution",
                "experience.contribution.saved");
    }

    public String addAgreement() {
        return run(() -> groups.addAgreement(id, agreementWhat, agreementWhen, agreementResponsible, caller()),
                "agreement", "experience.agreement.added");
    }

    public String removeAgreement(Long agreementId) {
        return run(() -> groups.removeAgreement(agreementId, caller()), "agreement", "experience.entry.removed");
    }

    public String addExpectation() {
        return run(() -> groups.addExpectation(id, expectationToWhom, expectationWhat, expectationPriority, caller()),
                "expectation", "experience.expectation.added");
    }

    public String removeExpectation(Long expectationId) {
        return run(() -> groups.removeExpectation(expectationId, caller()), "expectation", "experience.entry.removed");
    }

    /** Completes the step; before its session began, asks for a reason in the override dialog instead. */
    public String complete(Step step) {
        try {
            return run(() -> groups.completeStep(id, group.getVersion(), step, null, caller()),
                    "step" + step.number(), "experience.step.completed", step.number());
        } catch (TooEarly early) {
            return askOverride(early, step, false);
        }
    }

    public String saveProject() {
        return run(() -> groups.planProject(id, group.getVersion(), projectTitle, projectGoal, projectFirstSteps,
                projectDate, projectPeople, caller()), "project", "experience.project.saved");
    }

    /** Closes the programme (the page asked first); before the last session began, asks for a reason. */
    public String close() {
        try {
            return run(() -> groups.close(id, group.getVersion(), null, caller()), "project", "experience.closed.done");
        } catch (TooEarly early) {
            return askOverride(early, null, true);
        }
    }

    // ---------------------------------------------------------------- overriding a time rule

    private String askOverride(TooEarly early, Step step, boolean closing) {
        refresh();
        earlyStep = step;
        earlyClose = closing;
        earlyMessage = Messages.get(FacesContext.getCurrentInstance()
                .getViewRoot().getLocale(), early.messageKey(), early.arguments());
        overrideReason = null;
        return null;
    }

    /** The override dialog's confirmation: the same action again, with the reason for the audit log. */
    public String overrideAnyway() {
        if (!isOverridePending()) {
            return null;
        }
        if (overrideReason == null || overrideReason.isBlank()) {
            messages.show(Refusal.onField("overrideReason", "experience.override.reason.required"), "override");
            return null;
        }
        String reason = overrideReason;
        Step step = earlyStep;
        try {
            String outcome = earlyClose
                    ? run(() -> groups.close(id, group.getVersion(), reason, caller()), "override",
                            "experience.closed.early")
                    : run(() -> groups.completeStep(id, group.getVersion(), step, reason, caller()), "override",
                            "experience.step.completedEarly", step.number());
            if (outcome != null) {
                cancelOverride(); // done: the dialog closes
            } else {
                earlyStep = null; // refused for another reason: its message is shown on the page
                earlyClose = false;
            }
            return outcome;
        } catch (TooEarly stillEarly) {
            return askOverride(stillEarly, step, earlyClose);
        }
    }

    /** Closes the override dialog; nothing is recorded. */
    public String cancelOverride() {
        earlyStep = null;
        earlyClose = false;
        earlyMessage = null;
        overrideReason = null;
        return "/experience/group?faces-redirect=true&id=" + id;
    }

    public boolean isOverridePending() {
        return earlyStep != null || earlyClose;
    }

    public boolean isEarlyClose() {
        return earlyClose;
    }

    public String getEarlyMessage() {
        return earlyMessage;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public void setOverrideReason(String overrideReason) {
        this.overrideReason = overrideReason;
    }

    public int getOverrideReasonMax() {
        return ExperienceGroups.OVERRIDE_REASON_MAX;
    }

    // ---------------------------------------------------------------- reading

    public List<Advice> getAdvice() {
        if (advice == null) {
            advice = mayRead ? groups.advice(group, caller()) : List.of();
        }
        return advice;
    }

    public List<Advice> getSelectedAdvice() {
        return getAdvice().stream().filter(Advice::isSelected).toList();
    }

    public List<Contribution> getContributions() {
        if (contributions == null) {
            contributions = mayRead ? groups.contributions(group, caller()) : List.of();
        }
        return contributions;
    }

    /** The contribution matrix: each participant with their contribution (or null). */
    public List<Map.Entry<Participant, Contribution>> getMatrix() {
        Map<Long, Contribution> byPerson = getContributions().stream()
                .collect(Collectors.toMap(c -> c.getPerson().getId(), Function.identity()));
        return group.getParticipants().stream()
                .map(p -> Map.entry(p, byPerson.getOrDefault(p.getPerson().getId(), Contribution.NONE))).toList();
    }

    public List<Agreement> getAgreements() {
        if (agreements == null) {
            agreements = mayRead ? groups.agreements(group, caller()) : List.of();
        }
        return agreements;
    }

    public List<Expectation> getExpectations() {
        if (expectations == null) {
            expectations = mayRead ? groups.expectations(group, caller()) : List.of();
        }
        return expectations;
    }

    /** Who can be added: the people of every organisation not in the group yet, by name. */
    public List<Person> getCandidates() {
        if (people == null) {
            List<Long> orgs = organisations.all().stream().map(Organisation::getId).toList();
            people = organisations.people(orgs).values().stream().flatMap(List::stream)
                    .filter(p -> !group.isParticipant(p.getId()))
                    .sorted(Comparator.comparing(Person::getName)).toList();
        }
        return people;
    }

    public boolean mayRemoveAdvice(Advice a) {
        return mayFacilitate || a.getPerson().getId().equals(caller().personId());
    }

    public boolean isOpen(Step step) {
        return group.isOpen(step);
    }

    public boolean isCompleted(Step step) {
        return group.isCompleted(step);
    }

    public Step[] getSteps() {
        return Step.values();
    }

    public ParticipantRole[] getRoles() {
        return ParticipantRole.values();
    }

    public Department[] getDepartments() {
        return Department.values();
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    /** The index p:steps marks as active: the current step, or the last when all are done. */
    public int getActiveIndex() {
        return Math.min(group.getStepsDone(), Step.values().length - 1);
    }

    // ---------------------------------------------------------------- properties

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getHost() {
        return host;
    }

    public void setHost(Long host) {
        this.host = host;
    }

    public ExperienceGroup getGroup() {
        return group;
    }

    public boolean isMayRead() {
        return mayRead;
    }

    public boolean isMayFacilitate() {
        return mayFacilitate;
    }

    public boolean isParticipant() {
        return group.isParticipant(caller().personId());
    }

    public Long getNewPerson() {
        return newPerson;
    }

    public void setNewPerson(Long newPerson) {
        this.newPerson = newPerson;
    }

    public ParticipantRole getNewRole() {
        return newRole;
    }

    public void setNewRole(ParticipantRole newRole) {
        this.newRole = newRole;
    }

    public Department getNewDepartment() {
        return newDepartment;
    }

    public void setNewDepartment(Department newDepartment) {
        this.newDepartment = newDepartment;
    }

    public Step getSessionStep() {
        return sessionStep;
    }

    public void setSessionStep(Step sessionStep) {
        this.sessionStep = sessionStep;
    }

    public LocalDate getSessionDay() {
        return sessionDay;
    }

    public void setSessionDay(LocalDate sessionDay) {
        this.sessionDay = sessionDay;
    }

    public LocalTime getSessionStart() {
        return sessionStart;
    }

    public void setSessionStart(LocalTime sessionStart) {
        this.sessionStart = sessionStart;
    }

    public int getSessionMinutes() {
        return sessionMinutes;
    }

    public void setSessionMinutes(int sessionMinutes) {
        this.sessionMinutes = sessionMinutes;
    }

    public String getSessionPlace() {
        return sessionPlace;
    }

    public void setSessionPlace(String sessionPlace) {
        this.sessionPlace = sessionPlace;
    }

    public String getAdviceText() {
        return adviceText;
    }

    public void setAdviceText(String adviceText) {
        this.adviceText = adviceText;
    }

    public Long getContributor() {
        return contributor;
    }

    public void setContributor(Long contributor) {
        this.contributor = contributor;
    }

    public String getCompetences() {
        return competences;
    }

    public void setCompetences(String competences) {
        this.competences = competences;
    }

    public String getBrings() {
        return brings;
    }

    public void setBrings(String brings) {
        this.brings = brings;
    }

    public String getAgreementWhat() {
        return agreementWhat;
    }

    public void setAgreementWhat(String agreementWhat) {
        this.agreementWhat = agreementWhat;
    }

    public String getAgreementWhen() {
        return agreementWhen;
    }

    public void setAgreementWhen(String agreementWhen) {
        this.agreementWhen = agreementWhen;
    }

    public List<Long> getAgreementResponsible() {
        return agreementResponsible;
    }

    public void setAgreementResponsible(List<Long> agreementResponsible) {
        this.agreementResponsible = agreementResponsible;
    }

    public String getExpectationToWhom() {
        return expectationToWhom;
    }

    public void setExpectationToWhom(String expectationToWhom) {
        this.expectationToWhom = expectationToWhom;
    }

    public String getExpectationWhat() {
        return expectationWhat;
    }

    public void setExpectationWhat(String expectationWhat) {
        this.expectationWhat = expectationWhat;
    }

    public Priority getExpectationPriority() {
        return expectationPriority;
    }

    public void setExpectationPriority(Priority expectationPriority) {
        this.expectationPriority = expectationPriority;
    }

    public String getProjectTitle() {
        return projectTitle;
    }

    public void setProjectTitle(String projectTitle) {
        this.projectTitle = projectTitle;
    }

    public String getProjectGoal() {
        return projectGoal;
    }

    public void setProjectGoal(String projectGoal) {
        this.projectGoal = projectGoal;
    }

    public String getProjectFirstSteps() {
        return projectFirstSteps;
    }

    public void setProjectFirstSteps(String projectFirstSteps) {
        this.projectFirstSteps = projectFirstSteps;
    }

    public LocalDate getProjectDate() {
        return projectDate;
    }

    public void setProjectDate(LocalDate projectDate) {
        this.projectDate = projectDate;
    }

    public List<Long> getProjectPeople() {
        return projectPeople;
    }

    public void setProjectPeople(List<Long> projectPeople) {
        this.projectPeople = projectPeople;
    }
}
