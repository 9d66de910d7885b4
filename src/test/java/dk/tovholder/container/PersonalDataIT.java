package dk.tovholder.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tovholder.caller.Caller;
import dk.tovholder.caller.Role;
import dk.tovholder.identity.entity.Account;
import dk.tovholder.organisation.entity.Person;
import dk.tovholder.privacy.boundary.PersonalData;
import dk.tovholder.refusal.Conflict;
import dk.tovholder.refusal.Forbidden;
import dk.tovholder.refusal.NotFound;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A person's data: they (or an administrator) get all of it as one document;
 * an administrator erases it so that nothing identifies them while the
 * minutes, answers and history they took part in stay, as a former participant.
 */
@ExtendWith(ArquillianExtension.class)
class PersonalDataIT {


    @Deployment
    static WebArchive deployment() {
        return Deployments.tovholder();
    }

    @Inject
    PersonalData data;

    @Inject
    PrivacyTestData trail;

    @Inject
    IdentityStoreHandler identityStores;

    private Caller admin() {
        return new Caller("admin", trail.account("admin").getPerson().getId(), null, Set.of(Role.USER, Role.ADMIN));
    }

    private static Caller as(PrivacyTestData.Trail t) {
        return new Caller(t.username(), t.personId(), null, Set.of(Role.USER));
    }

    @Test
    void aPersonGetsEverythingHeldAboutThemAndNobodyElseDoes() {
        PrivacyTestData.Trail t = trail.personWithATrail("birthe-eksport", "Birthe Sørensen");
        JsonObject mine = data.export(t.personId(), as(t));
        assertEquals("Birthe Sørensen", mine.getJsonObject("person").getString("name"));
        assertEquals("birthe-eksport@example.dk", mine.getJsonObject("person").getString("email"));
        assertEquals("birthe-eksport", mine.getJsonObject("account").getString("username"));
        assertEquals("Lægeaftale den dag, ring på 20 30 40 50",
                mine.getJsonArray("attendance").getJsonObject(0).getString("note"));
        assertTrue(mine.getJsonArray("groups").getValuesAs(JsonObject.class).stream()
                .anyMatch(g -> g.getJsonNumber("groupId").longValue() == t.groupId()));
        assertEquals(1, mine.getJsonArray("calendarFeeds").size());
        assertEquals("AGENDAS", mine.getJsonArray("mailPreferences").getJsonObject(0).getString("topic"));

        assertEquals(mine.getJsonObject("person"), data.export(t.personId(), admin()).getJsonObject("person"),
                "an administrator gets the same");
        Caller someoneElse = new Caller("deltager", t.personId() + 1000, null, Set.of(Role.USER));
        assertThrows(NotFound.class, () -> data.export(t.personId(), someoneElse),
                "anyone else is told there is no such person");
    }

    @Test
    void erasingRemovesWhatIdentifiesThePersonAndKeepsTheHistory() {
        PrivacyTestData.Trail t = trail.personWithATrail("birthe-slet", "Birthe Nørgaard");
        data.erase(t.personId(), admin());

        Person person = trail.person(t.personId());
        assertEquals(Person.FORMER, person.getName());
        assertNull(person.getEmail());
        assertNull(person.getJobTitle());
        assertTrue(person.isErased());
        Account account = trail.account(t.personId());
        assertFalse(account.isActive());
        assertTrue(account.getUsername().startsWith("slettet-"), account.getUsername());
        assertEquals(CredentialValidationResult.Status.INVALID, identityStores
                .validate(new UsernamePasswordCredential("birthe-slet", "demo")).getStatus(), "no login left");

        assertEquals(List.of("-"), trail.attendanceNotes(t.personId()), "the answer stays, its note is gone");
        assertEquals(0, trail.feeds(t.personId()));
        assertFalse(trail.participates(t.groupId(), t.personId()));
        assertTrue(trail.auditActions(account.getId()).contains("PERSON_ERASED"));
        String exported = data.export(t.personId(), admin()).toString();
        assertFalse(exported.contains("Birthe") || exported.contains("birthe") || exported.contains("20 30 40 50"),
                exported);

        data.erase(t.personId(), admin());
        assertEquals(Person.FORMER, trail.person(t.personId()).getName(), "erasing twice is harmless");
    }

    @Test
    void onlyAnAdministratorErasesAndNotSomeoneStillHoldingAGroup() {
        PrivacyTestData.Trail t = trail.personWithATrail("birthe-regler", "Birthe Lund");
        assertThrows(Forbidden.class, () -> data.erase(t.personId(), as(t)));
        assertEquals("Birthe Lund", trail.person(t.personId()).getName(), "nothing was erased");
        Long administrator = trail.administratorOfAGroup();
        Conflict held = assertThrows(Conflict.class, () -> data.erase(administrator, admin()));
        assertEquals("privacy.erase.administers", held.messageKey());
        Caller self = new Caller("admin", t.personId(), null, Set.of(Role.USER, Role.ADMIN));
        assertThrows(Conflict.class, () -> data.erase(t.personId(), self), "not oneself");
    }
}
