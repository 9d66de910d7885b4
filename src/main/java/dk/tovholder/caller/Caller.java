package dk.tovholder.caller;

import java.io.Serializable;
import java.util.Set;

/**
 * Who makes a request, as boundaries need it for their permission rules:
 * the username, the person's organisation and the roles. Ids only, so every
 * component can take it without depending on the accounts behind it
 * ({@code identity} makes it from an account).
 */
public record Caller(String username, Long personId, Long organisationId, Set<Role> roles) implements Serializable {

    public static final Caller ANONYMOUS = new Caller(null, null, null, Set.of());

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
