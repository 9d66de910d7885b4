package dk.tovholder.mail.boundary;

import dk.tovholder.identity.boundary.CurrentUser;
import dk.tovholder.layout.FacesMessages;
import dk.tovholder.mail.entity.AddressFailure;
import dk.tovholder.mail.entity.OutboxMail;
import dk.tovholder.refusal.Refusal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/** The administrator's view of the outbox: what waits, what was sent, what failed and why. */
@Named
@RequestScoped
public class OutboxPage {

    @Inject
    Outbox outbox;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesMessages messages;

    @Inject
    AddressFailures addressFailures;

    private List<OutboxMail> mails;
    private List<AddressFailure> failing;
    private Map<String, String> people;

    public List<OutboxMail> getMails() {
        if (mails == null) {
            mails = outbox.recent(currentUser.caller());
        }
        return mails;
    }

    public long count(String status) {
        return getMails().stream().filter(m -> m.getStatus().name().equals(status)).count();
    }

    public List<AddressFailure> getFailing() {
        if (failing == null) {
            failing = addressFailures.all(currentUser.caller());
            people = addressFailures.peopleOf(failing);
        }
        return failing;
    }

    /** The names of the people with the address. */
    public String people(String address) {
        getFailing();
        return people.getOrDefault(address, "");
    }

    public String clear(String address) {
        try {
            addressFailures.clear(address, currentUser.caller());
            messages.info("mail.failing.cleared");
            return "/admin/outbox?faces-redirect=true";
        } catch (Refusal refusal) {
            messages.show(refusal, null);
            return null;
        }
    }

    public String retry(Long id) {
        try {
            outbox.retry(id, currentUser.caller());
            messages.info("mail.retried");
            return "/admin/outbox?faces-redirect=true";
        } catch (Refusal refusal) {
            messages.show(refusal, null);
            return null;
        }
    }
}
