package dk.tovholder.identity.entity;

import java.io.Serializable;
import java.util.Set;

/**
 * Who makes a request, as boundaries need it for their permission rules:
 * the username, the person's organisation and the roles.
 */
public record Caller(String username, Long personId, Long organisationId, Set<Role> roles) implements Serializable {

    public static final Caller ANONYMOUS = new Caller(null, null, null, Set.of());

    public static Caller of(Account account) {
        return new Caller(account.getUsername(), account.getPerson().getId(),
                account.getPerson().getOrganisation().getId(), Set.copyOf(account.getRoles()));
    }

    public boolean isAnonymous() {
        return username == null;
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean belongsTo(Long organisation) {
        return organisation != null && organisation.equals(organisationId);
    }
}
