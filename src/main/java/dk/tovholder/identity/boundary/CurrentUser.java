package dk.tovholder.identity.boundary;

import dk.tovholder.caller.Caller;
import dk.tovholder.caller.CurrentCaller;
import dk.tovholder.caller.Role;
import dk.tovholder.identity.entity.Account;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/** The logged-in user of this request, loaded once per request. */
@Named
@RequestScoped
public class CurrentUser implements CurrentCaller {

    @Inject
    SecurityContext security;

    @Inject
    Accounts accounts;

    private Optional<Account> account;

    public Optional<Account> account() {
        if (account == null) {
            Principal principal = security.getCallerPrincipal();
            account = principal == null ? Optional.empty()
                    : accounts.findByUsername(principal.getName()).filter(Account::isActive);
        }
        return account;
    }

    @Override
    public Caller caller() {
        return account().map(Account::caller).orElse(Caller.ANONYMOUS);
    }

    public boolean isLoggedIn() {
        return account().isPresent();
    }

    public boolean isAdmin() {
        return security.isCallerInRole(Role.ADMIN_NAME);
    }

    public boolean isCoordinator() {
        return security.isCallerInRole(Role.COORDINATOR_NAME);
    }

    public boolean isBooker() {
        return security.isCallerInRole(Role.BOOKER_NAME);
    }

    public String getUsername() {
        return account().map(Account::getUsername).orElse(null);
    }

    public String getDisplayName() {
        return account().map(a -> a.getPerson().getName()).orElse(null);
    }

    public String getOrganisationName() {
        return account().map(a -> a.getPerson().getOrganisation().getName()).orElse(null);
    }

    public Long getOrganisationId() {
        return account().map(a -> a.getPerson().getOrganisation().getId()).orElse(null);
    }
}
