package dk.tovholder.mail.boundary;

import dk.tovholder.caller.Caller;
import dk.tovholder.identity.boundary.CurrentUser;
import dk.tovholder.layout.FacesMessages;
import dk.tovholder.mail.entity.AddressFailure;
import dk.tovholder.mail.entity.MailTopic;
import dk.tovholder.refusal.Refusal;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/** The profile's e-mail choices: which kinds to receive; duty reminders always reach a duty holder. */
@Named
@RequestScoped
public class MailPreferencesPage {

    @Inject
    MailPreferences preferences;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesMessages messages;

    private List<String> enabled = new ArrayList<>();
    private boolean holdsDuty;
    private boolean digest;
    private AddressFailure failure;

    @Inject
    AddressFailures addressFailures;

    @PostConstruct
    void load() {
        Caller caller = currentUser.caller();
        if (caller.personId() != null) {
            for (Map.Entry<MailTopic, Boolean> e : preferences.of(caller.personId()).entrySet()) {
                if (e.getValue()) {
                    enabled.add(e.getKey().name());
                }
            }
            holdsDuty = preferences.holdsComingDuty(caller);
            digest = preferences.digest(caller.personId());
            failure = addressFailures.ofCaller(caller).orElse(null);
        }
    }

    public String save() {
        EnumSet<MailTopic> chosen = EnumSet.noneOf(MailTopic.class);
        enabled.forEach(t -> chosen.add(MailTopic.valueOf(t)));
        try {
            preferences.save(chosen, digest, currentUser.caller());
            messages.info("mail.preferences.saved");
            return "/account/profile?faces-redirect=true";
        } catch (Refusal refusal) {
            messages.show(refusal, "mailPreferences");
            return null;
        }
    }

    /** The person's mailbox works again: mail may go to the address. */
    public String clearFailure() {
        try {
            if (failure != null) {
                addressFailures.clear(failure.getAddress(), currentUser.caller());
                messages.info("mail.failing.cleared");
            }
            return "/account/profile?faces-redirect=true";
        } catch (Refusal refusal) {
            messages.show(refusal, null);
            return null;
        }
    }

    /** Why mail does not reach the person's address, or null. */
    public AddressFailure getFailure() {
        return failure;
    }

    public MailTopic[] getTopics() {
        return MailTopic.values();
    }

    public List<String> getEnabled() {
        return enabled;
    }

    public void setEnabled(List<String> enabled) {
        this.enabled = enabled == null ? new ArrayList<>() : new ArrayList<>(enabled);
    }

    public boolean isDigest() {
        return digest;
    }

    public void setDigest(boolean digest) {
        this.digest = digest;
    }

    public boolean isHoldsDuty() {
        return holdsDuty;
    }
}
