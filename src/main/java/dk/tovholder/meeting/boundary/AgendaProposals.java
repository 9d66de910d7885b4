package dk.tovholder.meeting.boundary;

import dk.tovholder.audit.boundary.Audited;
import dk.tovholder.audit.entity.AuditAction;
import dk.tovholder.caller.Caller;
import dk.tovholder.meeting.entity.AgendaProposal;
import dk.tovholder.meeting.entity.ItemType;
import dk.tovholder.meeting.entity.Meeting;
import dk.tovholder.network.boundary.NetworkGroups;
import dk.tovholder.network.entity.NetworkGroup;
import dk.tovholder.organisation.entity.Person;
import dk.tovholder.refusal.Forbidden;
import dk.tovholder.refusal.NotFound;
import dk.tovholder.refusal.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Participants propose items for a meeting's agenda until its deadline (or, without one, until
 * the agenda is published); the meeting's editors accept them onto the agenda or decline them
 * with a reason.
 */
@ApplicationScoped
@Transactional
public class AgendaProposals {

    @PersistenceContext
    EntityManager em;

    @Inject
    Meetings meetings;

    @Inject
    NetworkGroups groups;

    @Inject
    Clock clock;

    public List<AgendaProposal> proposals(@NotNull Meeting meeting) {
        return em.createNamedQuery(AgendaProposal.FIND_BY_MEETING, AgendaProposal.class)
                .setParameter("meetingId", meeting.getId()).getResultList();
    }

    @Audited(AuditAction.PROPOSAL_DEADLINE_SET)
    public Meeting setProposalDeadline(@NotNull Long meetingId, long seenVersion, Instant deadline,
            @NotNull Caller caller) {
        Meeting meeting = meetings.editable(meetingId, seenVersion, caller);
        meeting.setProposalDeadline(deadline);
        return meetings.saved(meeting);
    }

    /** A participant proposes an item, until the deadline (or, without one, until the agenda is published). */
    public AgendaProposal propose(@NotNull Long meetingId, @NotNull @Valid AgendaItemForm form,
            @NotNull Caller caller) {
        Meeting meeting = meetings.find(meetingId, caller);
        NetworkGroup group = groups.find(meeting.getGroupId(), caller);
        if (!group.isParticipant(caller.personId())) {
            throw new Forbidden("proposal.notParticipant");
        }
        if (!meeting.acceptsProposals(Instant.now(clock))) {
            throw new Refusal("proposal.closed");
        }
        AgendaProposal proposal = new AgendaProposal(meeting.getId(), em.find(Person.class, caller.personId()),
                form.getTitle(), form.getDescription(), form.getMinutes());
        em.persist(proposal);
        return proposal;
    }

    /** The coordinator accepts a proposal (it joins the agenda) or declines it with a reason. */
    @Audited(AuditAction.PROPOSAL_DECIDED)
    public Meeting decideProposal(@NotNull Long proposalId, boolean accept,
            @Size(max = AgendaProposal.REASON_MAX, message = "{proposal.reason.tooLong}") String reason,
            @NotNull Caller caller) {
        AgendaProposal proposal = em.find(AgendaProposal.class, proposalId);
        if (proposal == null) {
            throw new NotFound("proposal", proposalId);
        }
        Meeting meeting = meetings.find(proposal.getMeetingId(), caller);
        if (!meetings.mayEdit(meeting, caller)) {
            throw new Forbidden("agenda.edit.forbidden");
        }
        if (!accept && (reason == null || reason.isBlank())) {
            throw Refusal.onField("reason", "proposal.reason.required");
        }
        proposal.decide(accept, em.find(Person.class, caller.personId()), reason);
        if (accept) {
            meeting.addItem(proposal.getTitle(), proposal.getDescription(),
                    ItemType.DISCUSSION, proposal.getPerson().getName(),
                    proposal.getMinutes());
        }
        return meetings.saved(meeting);
    }
}
