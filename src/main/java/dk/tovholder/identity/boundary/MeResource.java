package dk.tovholder.identity.boundary;

import dk.tovholder.caller.Role;
import dk.tovholder.identity.entity.Account;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Who the caller is, as the API sees them. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    CurrentUser currentUser;

    @GET
    public Me me() {
        Account account = currentUser.account().orElseThrow(() -> new NotAuthorizedException("Basic"));
        return new Me(account.getUsername(), account.getPerson().getId(), account.getPerson().getName(), account.getPerson().getEmail(),
                account.getPerson().getOrganisation().getId(), account.getPerson().getOrganisation().getName(),
                account.getRoles().stream().map(Role::name).sorted().toList());
    }

    /** The caller's account. */
    public record Me(String username, Long personId, String name, String email, Long organisationId, String organisation,
            List<String> roles) {
    }
}
