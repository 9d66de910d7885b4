package dk.tovholder.identity.boundary;

import dk.tovholder.identity.control.PasswordHashing;
import dk.tovholder.schema.Database;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * The container's database identity store over the {@code account} table:
 * only active accounts log in; roles come from {@code account_role}.
 */
@ApplicationScoped
@DeclareRoles({"USER", "ADMIN", "COORDINATOR", "BOOKER"})
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = Database.JNDI_NAME,
        callerQuery = "select password_hash from account where username = ? and active = true",
        groupsQuery = "select r.role from account_role r join account a on a.id = r.account_id"
                + " where a.username = ? and a.active = true",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
            PasswordHashing.ALGORITHM,
            PasswordHashing.ITERATIONS,
            PasswordHashing.SALT_BYTES,
            PasswordHashing.KEY_BYTES
        })
public class IdentityStoreConfiguration {
}
