package dk.tovholder.experience.entity;

import dk.tovholder.organisation.entity.Organisation;
import dk.tovholder.organisation.entity.Person;
import dk.tovholder.refusal.Conflict;
import dk.tovholder.refusal.Refusal;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * An experience group and its programme. Keeps the rules that hold across the
 * worksheets: 3 to 6 participants once it has started (never more than 6),
 * the steps completed in order and each only when its worksheet is complete,
 * and closing only with all four steps and the joint project.
 */
@Entity
@Table(name = "experience_group")
@NamedQuery(name = ExperienceGroup.FIND_ALL, query = "select g from ExperienceGroup g order by lower(g.name), g.id")
@NamedQuery(name = ExperienceGroup.FIND_BY_HOST, query = "select g from ExperienceGroup g where g.networkGroupId = :host")
public class ExperienceGroup implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final String FIND_ALL = "ExperienceGroup.findAll";
    public static final String FIND_BY_HOST = "ExperienceGroup.findByHost";
    public static final int MIN_PARTICIPANTS = 3;
    public static final int MAX_PARTICIPANTS = 6;
    public static final int ADVICE_TO_SELECT = 3;
    public static final int NAME_MAX = 200;
    public static final int TEXT_MAX = 300;
    public static final int PROJECT_TEXT_MAX = 2000;

    @Id
    @SequenceGenerator(name = "experience_group_seq", sequenceName = "experience_group_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "experience_group_seq")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(nullable = false, length = TEXT_MAX)
    private String renovation;

    @Column(name = "social_effort", nullable = false, length = TEXT_MAX)
    private String socialEffort;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    private Organisation organisation;

    @ManyToOne(optional = false)
    @JoinColumn(name = "facilitator_id", nullable = false)
    private Person facilitator;

    @Column(name = "network_group_id", nullable = false, updatable = false)
    private Long networkGroupId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProgrammeStatus status = ProgrammeStatus.PLANNING;

    @Column(name = "steps_done", nullable = false)
    private int stepsDone;

    @OneToMany(mappedBy = "group", cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchFetch(BatchFetchType.IN)
    private List<Participant> participants = new ArrayList<>();

    @ElementCollection
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "experience_session", joinColumns = @JoinColumn(name = "group_id"))
    @MapKeyColumn(name = "step")
    @Column(name = "meeting_id")
    private Map<Integer, Long> sessions = new TreeMap<>();

    @Column(name = "project_title", length = NAME_MAX)
    private String projectTitle;

    @Column(name = "project_goal", length = PROJECT_TEXT_MAX)
    private String projectGoal;

    @Column(name = "project_first_steps", length = PROJECT_TEXT_MAX)
    private String projectFirstSteps;

    @Column(name = "project_date")
    private LocalDate projectDate;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected ExperienceGroup() {
    }

    public ExperienceGroup(String name, String renovation, String socialEffort, Organisation organisation,
            Person facilitator, Long networkGroupId, Instant now) {
        this.organisation = organisation;
        this.networkGroupId = networkGroupId;
        this.createdAt = now;
        describe(name, renovation, socialEffort, facilitator);
    }

    public void describe(String name, String renovation, String socialEffort, Person facilitator) {
        this.name = name.strip();
        this.renovation = renovation.strip();
        this.socialEffort = socialEffort.strip();
        this.facilitator = facilitator;
    }

    // ---------------------------------------------------------------- participants

    /** Adds a participant; never a seventh, never twice, never after the programme closed. */
    public void addParticipant(Person person, ParticipantRole role, Department department) {
        requireNotClosed();
        if (participant(person.getId()).isPresent()) {
            throw new Conflict("person", "experience.participant.duplicate", person.getName());
        }
        if (participants.size() >= MAX_PARTICIPANTS) {
            throw Refusal.onField("person", "experience.size.max", MAX_PARTICIPANTS);
        }
        participants.add(new Participant(this, person, role, department));
    }

    /** Removes a participant; once the programme runs, never below three. */
    public void removeParticipant(Long personId) {
        requireNotClosed();
        Participant leaving = participant(personId)
                .orElseThrow(() -> Refusal.onField("person", "experience.participant.unknown"));
        if (status == ProgrammeStatus.RUNNING && participants.size() - 1 < MIN_PARTICIPANTS) {
            throw new Refusal("experience.size.min", MIN_PARTICIPANTS);
        }
        participants.remove(leaving);
    }

    public Optional<Participant> participant(Long personId) {
        return participants.stream().filter(p -> p.getPerson().getId().equals(personId)).findFirst();
    }

    public boolean isParticipant(Long personId) {
        return personId != null && participant(personId).isPresent();
    }

    /** Starts the programme: from now on it has 3 to 6 participants at all times. */
    public void start(Instant now) {
        if (status != ProgrammeStatus.PLANNING) {
            throw new Conflict(null, "experience.start.already");
        }
        if (participants.size() < MIN_PARTICIPANTS || participants.size() > MAX_PARTICIPANTS) {
            throw new Refusal("experience.start.size", MIN_PARTICIPANTS, MAX_PARTICIPANTS, participants.size());
        }
        status = ProgrammeStatus.RUNNING;
        startedAt = now;
    }

    // ---------------------------------------------------------------- steps

    /** The step whose worksheet is being filled in now (the first not completed), empty when all are done. */
    public Optional<Step> currentStep() {
        return stepsDone < Step.values().length ? Optional.of(Step.of(stepsDone + 1)) : Optional.empty();
    }

    public boolean isCompleted(Step step) {
        return stepsDone >= step.number();
    }

    /** A step's worksheet takes entries while the programme runs, the earlier steps are done and it is not. */
    public boolean isOpen(Step step) {
        return status == ProgrammeStatus.RUNNING && stepsDone == step.ordinal();
    }

    /** Refuses an entry in a step whose worksheet is not open. */
    public void requireOpen(Step step) {
        if (status == ProgrammeStatus.PLANNING) {
            throw new Refusal("experience.notStarted");
        }
        if (status == ProgrammeStatus.CLOSED || isCompleted(step)) {
            throw new Conflict(null, "experience.step.done", step.number());
        }
        if (!isOpen(step)) {
            throw new Conflict(null, "experience.step.notYet", step.number(), stepsDone + 1);
        }
    }

    /** Completes the current step when its worksheet is complete; steps are completed in order. */
    public void complete(Step step, Worksheets worksheets) {
        requireCompletable(step, worksheets);
        stepsDone++;
    }

    /**
     * Refuses completing a step that is not the open one or whose worksheet is
     * not complete. (When its session has begun is the boundary's to check: the
     * meetings are another component's.)
     */
    public void requireCompletable(Step step, Worksheets worksheets) {
        requireOpen(step);
        switch (step) {
            case ADVICE -> {
                if (worksheets.selectedAdvice() != ADVICE_TO_SELECT) {
                    throw new Refusal("experience.advice.exactlyThree", ADVICE_TO_SELECT, worksheets.selectedAdvice());
                }
            }
            case CONTRIBUTIONS -> {
                String missing = participants.stream()
                        .filter(p -> !worksheets.contributors().contains(p.getPerson().getId()))
                        .map(p -> p.getPerson().getName()).collect(Collectors.joining(", "));
                if (!missing.isEmpty()) {
                    throw new Refusal("experience.contributions.missing", missing);
                }
            }
            case STRUCTURES -> {
                if (worksheets.agreements() < 1) {
                    throw new Refusal("experience.agreements.none");
                }
            }
            case EXPECTATIONS -> {
                if (worksheets.expectations() < 1) {
                    throw new Refusal("experience.expectations.none");
                }
            }
        }
    }

    /** "2/4" as the list shows it. */
    public int getStepsDone() {
        return stepsDone;
    }

    // ---------------------------------------------------------------- sessions

    /** The meeting of a step's session. */
    public Optional<Long> session(Step step) {
        return Optional.ofNullable(sessions.get(step.number()));
    }

    /**
     * A session keeps the programme's order: it starts after the earlier steps' sessions and
     * before the later ones' ({@code startOf}: when a session's meeting starts).
     */
    public void checkSessionOrder(Step step, Instant startsAt, Function<Long, Instant> startOf) {
        for (Step other : Step.values()) {
            Optional<Long> session = session(other);
            if (session.isEmpty() || other == step) {
                continue;
            }
            Instant otherStart = startOf.apply(session.get());
            if (other.ordinal() < step.ordinal() && !startsAt.isAfter(otherStart)) {
                throw Refusal.onField("day", "experience.session.afterEarlier", step.number(), other.number());
            }
            if (other.ordinal() > step.ordinal() && !startsAt.isBefore(otherStart)) {
                throw Refusal.onField("day", "experience.session.beforeLater", step.number(), other.number());
            }
        }
    }

    public void scheduleSession(Step step, Long meetingId) {
        requireNotClosed();
        if (sessions.containsKey(step.number())) {
            throw new Conflict("step", "experience.session.exists", step.number());
        }
        sessions.put(step.number(), meetingId);
    }

    public Map<Integer, Long> getSessions() {
        return Map.copyOf(sessions);
    }

    // ---------------------------------------------------------------- the joint project and closing

    /** The joint project the programme ends in; its participants must be the group's. */
    public void planProject(String title, String goal, String firstSteps, LocalDate date, Set<Long> people) {
        requireNotClosed();
        if (status == ProgrammeStatus.PLANNING) {
            throw new Refusal("experience.notStarted");
        }
        for (Long person : people) {
            if (!isParticipant(person)) {
                throw Refusal.onField("people", "experience.participant.unknown");
            }
        }
        this.projectTitle = blankToNull(title);
        this.projectGoal = blankToNull(goal);
        this.projectFirstSteps = blankToNull(firstSteps);
        this.projectDate = date;
        participants.forEach(p -> p.setInProject(people.contains(p.getPerson().getId())));
    }

    public boolean isProjectComplete() {
        return projectTitle != null && projectGoal != null && projectFirstSteps != null && projectDate != null
                && participants.stream().anyMatch(Participant::isInProject);
    }

    /** Closes the programme: all four steps done and the joint project described. */
    public void close(Instant now) {
        requireClosable();
        status = ProgrammeStatus.CLOSED;
        closedAt = now;
    }

    /** Refuses closing before all four steps are done and the joint project is described. */
    public void requireClosable() {
        requireNotClosed();
        if (stepsDone < Step.values().length) {
            throw new Refusal("experience.close.steps", stepsDone);
        }
        if (!isProjectComplete()) {
            throw new Refusal("experience.close.project");
        }
    }

    private void requireNotClosed() {
        if (status == ProgrammeStatus.CLOSED) {
            throw new Conflict(null, "experience.closed");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    // ---------------------------------------------------------------- reading

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public String getRenovation() {
        return renovation;
    }

    public String getSocialEffort() {
        return socialEffort;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Person getFacilitator() {
        return facilitator;
    }

    public Long getNetworkGroupId() {
        return networkGroupId;
    }

    public ProgrammeStatus getStatus() {
        return status;
    }

    public List<Participant> getParticipants() {
        return List.copyOf(participants);
    }

    public Collection<Long> participantIds() {
        return participants.stream().map(p -> p.getPerson().getId()).toList();
    }

    public String getProjectTitle() {
        return projectTitle;
    }

    public String getProjectGoal() {
        return projectGoal;
    }

    public String getProjectFirstSteps() {
        return projectFirstSteps;
    }

    public LocalDate getProjectDate() {
        return projectDate;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
