package dk.tovholder.privacy.boundary;

import dk.tovholder.identity.boundary.CurrentUser;
import dk.tovholder.layout.FacesMessages;
import dk.tovholder.refusal.Refusal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The administrator's button on the users page that removes a person's personal details. */
@Named
@RequestScoped
public class PrivacyActions {

    @Inject
    PersonalData data;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesMessages messages;

    public String erase(Long personId) {
        try {
            data.erase(personId, currentUser.caller());
            messages.info("privacy.erased");
            return "/admin/users?faces-redirect=true";
        } catch (Refusal refusal) {
            messages.show(refusal, null);
            return null;
        }
    }
}
