package dk.tovholder.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tovholder.caller.Caller;
import dk.tovholder.caller.Role;
import dk.tovholder.diagnostics.StatementCounter;
import dk.tovholder.identity.boundary.Accounts;
import dk.tovholder.organisation.boundary.OrganisationFilter;
import dk.tovholder.organisation.boundary.OrganisationView;
import dk.tovholder.organisation.boundary.Organisations;
import dk.tovholder.organisation.entity.Organisation;
import dk.tovholder.organisation.entity.OrganisationType;
import dk.tovholder.refusal.Conflict;
import dk.tovholder.refusal.Forbidden;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The organisation directory and accounts inside the server: real
 * transactions, EclipseLink and the database's constraints.
 */
@ExtendWith(ArquillianExtension.class)
class DirectoryIT {

    private static final Caller ADMIN = new Caller("admin", null, null, Set.of(Role.USER, Role.ADMIN));

    @Deployment
    static WebArchive deployment() {
        return Deployments.tovholder();
    }

    @Inject
    Organisations organisations;

    @Inject
    Accounts accounts;

    @Inject
    TestData data;

    private int statementsToShowTheDirectory(int rows) {
        data.coldCache();
        StatementCounter.reset();
        OrganisationFilter all = new OrganisationFilter(null, null, null, null);
        List<OrganisationView> page = organisations.search(all, 0, rows).stream()
                .map(o -> OrganisationView.of(o, ADMIN)).toList();
        organisations.count(all);
        assertEquals(rows, page.size());
        return StatementCounter.count();
    }

    @Test
    void theDirectoryCostsTheSameStatementsForFiveRowsAndForFiveHundred() {
        data.organisations("Forening", 600);
        int five = statementsToShowTheDirectory(5);
        int fiveHundred = statementsToShowTheDirectory(500);
        assertTrue(five > 0);
        assertEquals(five, fiveHundred, "statements must not grow with the rows shown");
    }

    @Test
    void aStaleEditIsRefusedAndTheFirstEditStays() {
        Organisation redCross = organisations.search(new OrganisationFilter("Røde Kors", null, null, null), 0, 1).get(0);
        Organisation first = organisations.find(redCross.getId());
        Organisation second = organisations.find(redCross.getId());
        first.setDescription("Lektiecafé hver tirsdag");
        organisations.save(first, ADMIN);

        second.setDescription("Besøgsvenner om torsdagen");
        assertThrows(Conflict.class, () -> organisations.save(second, ADMIN));
        assertEquals("Lektiecafé hver tirsdag", data.description(redCross.getId()));
    }

    @Test
    void aNameCanBeUsedByOneOrganisationOnly() {
        Organisation copy = new Organisation("røde kors", OrganisationType.VOLUNTARY_ORGANISATION);
        Conflict refused = assertThrows(Conflict.class, () -> organisations.save(copy, ADMIN));
        assertEquals("name", refused.field());
        assertEquals(0, data.countNamed("røde kors"));
    }

    @Test
    void onlyAdministratorsCreateOrganisations() {
        Caller participant = new Caller("deltager", null, 1L, Set.of(Role.USER));
        Organisation club = new Organisation("Ny klub", OrganisationType.VOLUNTARY_ORGANISATION);
        assertThrows(Forbidden.class, () -> organisations.save(club, participant));
        assertEquals(0, data.countNamed("Ny klub"));
    }

    @Test
    void passwordsAreStoredAsPbkdf2Hashes() {
        String hash = data.passwordHash("koordinator");
        assertTrue(hash.startsWith("PBKDF2WithHmacSHA512:"), hash);
        assertTrue(!hash.contains("demo"));
        assertTrue(accounts.findByUsername("koordinator").isPresent());
    }
}
