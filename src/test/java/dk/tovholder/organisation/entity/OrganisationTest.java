package dk.tovholder.organisation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class OrganisationTest {

    @Test
    void contactDetailsAreSharedOnlyWithConsentOrWithAdministrators() {
        Organisation pharmacy = new Organisation("Apoteket", OrganisationType.BUSINESS);
        pharmacy.recordConsent(false);
        assertFalse(pharmacy.contactVisibleTo(false, 42L), "another organisation sees no contact without consent");
        assertFalse(pharmacy.contactVisibleTo(false, null), "a person without organisation sees nothing");
        assertTrue(pharmacy.contactVisibleTo(true, 42L), "the administrator maintains the directory");

        pharmacy.recordConsent(true);
        assertTrue(pharmacy.contactVisibleTo(false, 42L));
    }

    @Test
    void consentIsDatedWhenItChanges() {
        Organisation club = new Organisation("Boldklubben", OrganisationType.VOLUNTARY_ORGANISATION);
        club.recordConsent(true);
        assertNotNull(club.getConsentRecordedAt());
    }

    @Test
    void anOrganisationAlwaysHasANameAndAType() {
        Organisation club = new Organisation(" Boldklubben ", OrganisationType.VOLUNTARY_ORGANISATION);
        assertEquals("Boldklubben", club.getName());
        assertThrows(IllegalArgumentException.class,
                () -> club.describe(" ", OrganisationType.VOLUNTARY_ORGANISATION, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> club.describe("Boldklubben", null, null, null, null));
        assertEquals(OrganisationType.VOLUNTARY_ORGANISATION, club.getType());
    }

    @Test
    void itsValuesAreReplacedWholeAndReadOnlyFromOutside() {
        Organisation club = new Organisation("Boldklubben", OrganisationType.VOLUNTARY_ORGANISATION);
        club.holdValues(Set.of(CollaborationValue.values()[0], CollaborationValue.values()[1]));
        club.holdValues(Set.of(CollaborationValue.values()[2]));
        assertEquals(Set.of(CollaborationValue.values()[2]), club.getValues());
        assertThrows(UnsupportedOperationException.class, () -> club.getValues().clear());
        club.holdValues(null);
        assertTrue(club.getValues().isEmpty());
    }
}
