package dk.tovholder.organisation.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
