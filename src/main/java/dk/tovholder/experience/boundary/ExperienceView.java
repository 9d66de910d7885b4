package dk.tovholder.experience.boundary;

import dk.tovholder.experience.entity.Advice;
import dk.tovholder.experience.entity.Agreement;
import dk.tovholder.experience.entity.Contribution;
import dk.tovholder.experience.entity.Expectation;
import dk.tovholder.experience.entity.ExperienceGroup;
import dk.tovholder.organisation.entity.Person;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An experience group as the API shows it: the progress to everyone, the
 * participants and the worksheets' outputs ({@code steps}) only to its
 * facilitator and participants.
 */
public record ExperienceView(Long id, long version, String name, String renovation, String socialEffort,
        Long organisationId, String organisation, String facilitator, String status, int stepsDone,
        String currentStep, Map<Integer, Long> sessionMeetings, List<Member> participants, Steps steps,
        Project project) {

    public record Member(Long personId, String name, String role, String department, boolean inProject) {
    }

    public record Steps(List<String> advice, List<String> proposedAdvice, List<ContributionRow> contributions,
            List<AgreementRow> agreements, List<ExpectationRow> expectations) {
    }

    public record ContributionRow(Long personId, String name, String competences, String brings) {
    }

    public record AgreementRow(String what, String when, List<String> responsible) {
    }

    public record ExpectationRow(String toWhom, String what, String priority) {
    }

    public record Project(String title, String goal, String firstSteps, LocalDate date) {
    }

    /** The progress only. */
    public static ExperienceView summary(ExperienceGroup g) {
        return new ExperienceView(g.getId(), g.getVersion(), g.getName(), g.getRenovation(), g.getSocialEffort(),
                g.getOrganisation().getId(), g.getOrganisation().getName(), g.getFacilitator().getName(),
                g.getStatus().name(), g.getStepsDone(), g.currentStep().map(Enum::name).orElse(null), null, null,
                null, null);
    }

    public static ExperienceView full(ExperienceGroup g, List<Advice> advice, List<Contribution> contributions,
            List<Agreement> agreements, List<Expectation> expectations) {
        List<Member> members = g.getParticipants().stream().map(p -> new Member(p.getPerson().getId(),
                p.getPerson().getName(), p.getRole().name(), p.getDepartment().name(), p.isInProject())).toList();
        Steps steps = new Steps(
                advice.stream().filter(Advice::isSelected).map(Advice::getText).toList(),
                advice.stream().map(Advice::getText).toList(),
                contributions.stream().map(c -> new ContributionRow(c.getPerson().getId(), c.getPerson().getName(),
                        c.getCompetences(), c.getBrings())).toList(),
                agreements.stream().map(a -> new AgreementRow(a.getWhat(), a.getWhen(),
                        a.getResponsible().stream().map(Person::getName).toList())).toList(),
                expectations.stream().map(e -> new ExpectationRow(e.getToWhom(), e.getWhat(),
                        e.getPriority().name())).toList());
        Project project = g.getProjectTitle() == null && g.getProjectGoal() == null ? null
                : new Project(g.getProjectTitle(), g.getProjectGoal(), g.getProjectFirstSteps(), g.getProjectDate());
        return new ExperienceView(g.getId(), g.getVersion(), g.getName(), g.getRenovation(), g.getSocialEffort(),
                g.getOrganisation().getId(), g.getOrganisation().getName(), g.getFacilitator().getName(),
                g.getStatus().name(), g.getStepsDone(), g.currentStep().map(Enum::name).orElse(null),
                g.getSessions(), members, steps, project);
    }
}
