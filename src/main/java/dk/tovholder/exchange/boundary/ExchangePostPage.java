package dk.tovholder.exchange.boundary;

import dk.tovholder.caller.Caller;
import dk.tovholder.exchange.entity.ExchangeAnswer;
import dk.tovholder.exchange.entity.ExchangePost;
import dk.tovholder.identity.boundary.CurrentUser;
import dk.tovholder.layout.ErrorResponses;
import dk.tovholder.layout.FacesMessages;
import dk.tovholder.network.boundary.NetworkGroups;
import dk.tovholder.network.entity.GroupKind;
import dk.tovholder.network.entity.NetworkGroup;
import dk.tovholder.refusal.NotFound;
import dk.tovholder.refusal.Refusal;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.List;

/**
 * exchange/post.xhtml: a post; another organisation answers it here, its own
 * organisation reads the answers, closes it, and anyone in a network group
 * announces it in a coming meeting of one of their groups (one that still takes it).
 */
@Named
@ViewScoped
public class ExchangePostPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Exchange exchange;

    @Inject
    NetworkGroups groups;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesMessages messages;

    private Long id;
    private ExchangePost post;
    private List<ExchangeAnswer> answers;
    private boolean mayAnswer;
    private List<NetworkGroup> myGroups;
    private final AnswerForm answer = new AnswerForm();
    private Long meetingId;
    private List<Exchange.AnnounceTarget> announceTargets;

    public void load() {
        if (post != null) {
            return; // a postback of this view
        }
        if (id == null) {
            ErrorResponses.send(404);
            return;
        }
        try {
            read();
        } catch (NotFound notFound) {
            ErrorResponses.send(404);
        }
    }

    private void read() {
        Caller caller = currentUser.caller();
        post = exchange.find(id);
        answers = exchange.answers(post, caller);
        mayAnswer = exchange.mayAnswer(post, caller);
        myGroups = groups.memberOf(caller).stream()
                .filter(g -> g.getKind() == GroupKind.NETWORK).toList();
        announceTargets = isOpen() && !myGroups.isEmpty() ? exchange.announceTargets(caller) : List.of();
    }

    public String answer() {
        try {
            exchange.answer(id, answer, currentUser.caller());
            messages.info("exchange.answered", post.getOrganisation().getName());
            return "/exchange/post?faces-redirect=true&id=" + id;
        } catch (Refusal refusal) {
            messages.show(refusal, "answer");
            return null;
        } catch (ConstraintViolationException invalid) {
            messages.show(invalid);
            return null;
        }
    }

    public String close() {
        try {
            exchange.close(id, post.getVersion(), currentUser.caller());
            messages.info("exchange.closedNow");
            return "/exchange/post?faces-redirect=true&id=" + id;
        } catch (Refusal refusal) {
            messages.show(refusal, null);
            return null;
        }
    }

    /** Announces the post in the meeting chosen: on its agenda, or as a proposal to it. */
    public String announce() {
        Exchange.AnnounceTarget target = announceTargets.stream().filter(t -> t.meetingId().equals(meetingId))
                .findFirst().orElse(null);
        if (target == null) {
            messages.error("exchange.announce.chooseMeeting");
            return null;
        }
        try {
            Announcement done = exchange.announce(id, target.groupId(), target.meetingId(), currentUser.caller());
            messages.info(done.added() ? "exchange.announce.added" : "exchange.announce.proposed");
            return "/meeting/meeting?faces-redirect=true&id=" + done.meetingId();
        } catch (Refusal refusal) {
            messages.show(refusal, "announce");
            return null;
        }
    }

    public List<Exchange.AnnounceTarget> getAnnounceTargets() {
        return announceTargets;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(Long meetingId) {
        this.meetingId = meetingId;
    }

    public boolean isMayEdit() {
        return exchange.mayEdit(post, currentUser.caller());
    }

    public boolean isMayAnswer() {
        return mayAnswer;
    }

    public boolean isOpen() {
        return "OPEN".equals(getStatus());
    }

    public String getStatus() {
        return post.status(exchange.today()).name();
    }

    public boolean isContactVisible() {
        Caller caller = currentUser.caller();
        return post.getOrganisation().contactVisibleTo(caller.isAdmin(), caller.organisationId())
                && !post.getOrganisation().getContact().isEmpty();
    }

    public boolean isAnsweredByMine() {
        Long mine = currentUser.caller().organisationId();
        return mine != null && answers.stream().anyMatch(a -> a.getOrganisation().getId().equals(mine));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ExchangePost getPost() {
        return post;
    }

    public List<ExchangeAnswer> getAnswers() {
        return answers;
    }

    public List<NetworkGroup> getMyGroups() {
        return myGroups;
    }

    public AnswerForm getAnswer() {
        return answer;
    }

}
