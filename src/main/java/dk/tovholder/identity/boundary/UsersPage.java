package dk.tovholder.identity.boundary;

import dk.tovholder.caller.Role;
import dk.tovholder.identity.entity.Account;
import dk.tovholder.layout.FacesMessages;
import dk.tovholder.organisation.boundary.Organisations;
import dk.tovholder.organisation.entity.Organisation;
import dk.tovholder.refusal.Refusal;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/** admin/users.xhtml: accounts, new account, password reset, deactivation. */
@Named
@ViewScoped
public class UsersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    @Inject
    Organisations organisations;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesMessages messages;

    private List<Account> list;
    private List<Organisation> organisationChoices;
    private NewAccount form = new NewAccount();
    private Long resetAccountId;
    private String resetPassword;

    @PostConstruct
    void load() {
        list = accounts.list(currentUser.caller());
        organisationChoices = organisations.all();
    }

    public String create() {
        try {
            Account created = accounts.create(form, currentUser.caller());
            messages.info("account.created", created.getUsername());
            return "/admin/users?faces-redirect=true";
        } catch (Refusal refusal) {
            messages.show(refusal, "newAccount");
            return null;
        }
    }

    public String reset() {
        try {
            accounts.resetPassword(resetAccountId, resetPassword, currentUser.caller());
            messages.info("account.passwordReset");
            return "/admin/users?faces-redirect=true";
        } catch (Refusal refusal) {
            messages.show(refusal, "reset");
            return null;
        }
    }

    public String deactivate(Long accountId) {
        try {
            accounts.deactivate(accountId, currentUser.caller());
            messages.info("account.deactivated");
            return "/admin/users?faces-redirect=true";
        } catch (Refusal refusal) {
            messages.show(refusal, null);
            return null;
        }
    }

    public String reactivate(Long accountId) {
        try {
            accounts.reactivate(accountId, currentUser.caller());
            messages.info("account.reactivated");
            return "/admin/users?faces-redirect=true";
        } catch (Refusal refusal) {
            messages.show(refusal, null);
            return null;
        }
    }

    public List<Account> getList() {
        return list;
    }

    public List<Organisation> getOrganisationChoices() {
        return organisationChoices;
    }

    public Role[] getGrantableRoles() {
        return new Role[] {Role.ADMIN, Role.COORDINATOR, Role.BOOKER};
    }

    /** As an array, so that JSF converts the checkboxes to enum constants. */
    public Role[] getSelectedRoles() {
        return form.getRoles().toArray(Role[]::new);
    }

    public void setSelectedRoles(Role[] selected) {
        form.setRoles(selected == null ? Set.of() : Set.of(selected));
    }

    public NewAccount getForm() {
        return form;
    }

    public Long getResetAccountId() {
        return resetAccountId;
    }

    public void setResetAccountId(Long resetAccountId) {
        this.resetAccountId = resetAccountId;
    }

    public String getResetPassword() {
        return resetPassword;
    }

    public void setResetPassword(String resetPassword) {
        this.resetPassword = resetPassword;
    }
}
