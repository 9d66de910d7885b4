package dk.tovholder.identity.boundary;

import dk.tovholder.layout.FacesMessages;
import dk.tovholder.refusal.Refusal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** account/profile.xhtml: who I am, and changing my own password. */
@Named
@RequestScoped
public class ProfilePage {

    @Inject
    Accounts accounts;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesMessages messages;

    @NotBlank
    @Size(max = 128)
    private String currentPassword;

    @NotBlank
    @Size(max = 128)
    private String newPassword;

    @NotBlank
    @Size(max = 128)
    private String repeatPassword;

    public String changePassword() {
        if (!newPassword.equals(repeatPassword)) {
            messages.show(Refusal.onField("repeatPassword", "password.repeat.mismatch"), "password");
            return null;
        }
        try {
            accounts.changeOwnPassword(currentUser.caller(), currentPassword, newPassword);
        } catch (Refusal refusal) {
            messages.show(refusal, "password");
            return null;
        }
        messages.info("password.changed");
        return "/account/profile?faces-redirect=true";
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatPassword() {
        return repeatPassword;
    }

    public void setRepeatPassword(String repeatPassword) {
        this.repeatPassword = repeatPassword;
    }
}
