package dk.tovholder.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tovholder.caller.Caller;
import dk.tovholder.caller.Role;
import dk.tovholder.diagnostics.StatementCounter;
import dk.tovholder.identity.boundary.Accounts;
import dk.tovholder.organisation.boundary.OrganisationFilter;
import dk.tovholder.organisation.boundary.OrganisationForm;
import dk.tovholder.organisation.boundary.OrganisationView;
import dk.tovholder.organisation.boundary.Organisations;
import dk.tovholder.organisation.entity.CollaborationValue;
import dk.tovholder.organisation.entity.Organisation;
import dk.tovholder.organisation.entity.OrganisationType;
import dk.tovholder.refusal.Conflict;
import dk.tovholder.refusal.Forbidden;
import dk.tovholder.schema.Versions;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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

    private Organisation named(String name) {
        return organisations.search(new OrganisationFilter(name, null, null, null), 0, 1).get(0);
    }

    private static OrganisationForm form(String name) {
        OrganisationForm form = new OrganisationForm();
        form.setName(name);
        form.setType(OrganisationType.VOLUNTARY_ORGANISATION);
        return form;
    }

    @Test
    void aStaleEditIsRefusedAndTheFirstEditStays() {
        Organisation redCross = named("Røde Kors");
        long seen = redCross.getVersion();
        OrganisationForm first = OrganisationForm.of(redCross);
        first.setDescription("Lektiecafé hver tirsdag");
        organisations.update(redCross.getId(), seen, first, ADMIN);

        OrganisationForm second = OrganisationForm.of(redCross);
        second.setDescription("Besøgsvenner om torsdagen");
        Conflict refused = assertThrows(Conflict.class,
                () -> organisations.update(redCross.getId(), seen, second, ADMIN));
        assertTrue(Versions.isStale(refused), refused.messageKey());
        assertEquals("Lektiecafé hver tirsdag", data.description(redCross.getId()));
    }

    @Test
    void anEditStoresEveryPartOfTheProfileAndWhenTheConsentChanged() {
        OrganisationForm form = form("Strikkeklubben " + System.nanoTime());
        Organisation club = organisations.create(form, ADMIN);
        Instant firstConsent = organisations.find(club.getId()).getConsentRecordedAt();

        OrganisationForm edit = OrganisationForm.of(organisations.find(club.getId()));
        edit.setName("  " + form.getName() + " og venner ");
        edit.setType(OrganisationType.RESIDENT_ASSOCIATION);
        edit.setWebsite(" https://strik.example.dk ");
        edit.setContactPerson("Inge");
        edit.setContactPhone("+45 12 34 56 78");
        edit.setContactEmail("inge@example.dk");
        edit.setContactConsent(true);
        edit.setCompetences("Strik og hækling");
        edit.setLanguages("dansk, arabisk");
        edit.setValues(EnumSet.of(CollaborationValue.values()[1], CollaborationValue.values()[3]));
        edit.setWantsMoreCollaboration(true);
        organisations.update(club.getId(), club.getVersion(), edit, ADMIN);

        data.coldCache();
        Organisation stored = organisations.find(club.getId());
        assertEquals(form.getName() + " og venner", stored.getName(), "the name is trimmed");
        assertEquals(OrganisationType.RESIDENT_ASSOCIATION, stored.getType());
        assertEquals("https://strik.example.dk", stored.getWebsite());
        assertEquals("Inge", stored.getContact().getPerson());
        assertEquals("+45 12 34 56 78", stored.getContact().getPhone());
        assertEquals("inge@example.dk", stored.getContact().getEmail());
        assertTrue(stored.isContactConsent());
        assertFalse(stored.getConsentRecordedAt().isBefore(firstConsent), "the consent's change is dated");
        assertEquals("Strik og hækling", stored.getCompetences());
        assertEquals("dansk, arabisk", stored.getLanguages());
        assertEquals(EnumSet.of(CollaborationValue.values()[1], CollaborationValue.values()[3]), stored.getValues());
        assertTrue(stored.isWantsMoreCollaboration());
        assertEquals(club.getVersion() + 1, stored.getVersion());
    }

    @Test
    void aBadProfileIsRefusedAndChangesNothing() {
        Organisation redCross = named("Røde Kors");
        String before = data.description(redCross.getId());
        OrganisationForm bad = OrganisationForm.of(redCross);
        bad.setDescription("Ændret");
        bad.setWebsite("ftp://rodekors.dk");
        bad.setContactPhone("ring til Inge");
        bad.setName(" ");
        ConstraintViolationException refused = assertThrows(ConstraintViolationException.class,
                () -> organisations.update(redCross.getId(), redCross.getVersion(), bad, ADMIN));
        assertEquals(Set.of("name", "website", "contactPhone"), refused.getConstraintViolations().stream()
                .map(v -> v.getPropertyPath().toString().replaceAll(".*\\.", "")).collect(Collectors.toSet()));
        assertEquals(before, data.description(redCross.getId()));
    }

    @Test
    void aNameCanBeUsedByOneOrganisationOnly() {
        Conflict refused = assertThrows(Conflict.class, () -> organisations.create(form("røde kors"), ADMIN));
        assertEquals("name", refused.field());
        assertEquals(0, data.countNamed("røde kors"));

        Organisation redCross = named("Røde Kors");
        Organisation other = named("Bydelsmødre");
        OrganisationForm rename = OrganisationForm.of(other);
        rename.setName("RØDE KORS ");
        assertThrows(Conflict.class, () -> organisations.update(other.getId(), other.getVersion(), rename, ADMIN));
        assertEquals(1, data.countNamed(redCross.getName()));
        assertEquals("Bydelsmødre", organisations.find(other.getId()).getName());
    }

    @Test
    void onlyAdministratorsCreateOrganisationsAndOnlyItsOwnPeopleEditOne() {
        Caller participant = new Caller("deltager", null, 1L, Set.of(Role.USER));
        assertThrows(Forbidden.class, () -> organisations.create(form("Ny klub"), participant));
        assertEquals(0, data.countNamed("Ny klub"));

        Organisation redCross = named("Røde Kors");
        Organisation other = named("Bydelsmødre");
        Caller ofTheOther = new Caller("bydelsmor", null, other.getId(), Set.of(Role.USER));
        OrganisationForm takeOver = OrganisationForm.of(redCross);
        takeOver.setDescription("Overtaget");
        assertThrows(Forbidden.class,
                () -> organisations.update(redCross.getId(), redCross.getVersion(), takeOver, ofTheOther));
        assertFalse("Overtaget".equals(data.description(redCross.getId())));
    }

    @Test
    void passwordsAreStoredAsPbkdf2Hashes() {
        String hash = data.passwordHash("koordinator");
        assertTrue(hash.startsWith("PBKDF2WithHmacSHA512:"), hash);
        assertTrue(!hash.contains("demo"));
        assertTrue(accounts.findByUsername("koordinator").isPresent());
    }
}
