package dk.tovholder.collaboration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tovholder.collaboration.control.Actor;
import dk.tovholder.collaboration.control.Suggestions;
import dk.tovholder.organisation.entity.CollaborationValue;
import dk.tovholder.organisation.entity.OrganisationType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The handbook's patterns of who can support whom, on a small Frederiksberg. */
class SuggestionsTest {

    private static final Actor PHARMACY = new Actor(1, "Apoteket", OrganisationType.BUSINESS,
            Set.of(CollaborationValue.BROADER_TARGET_GROUP), true, false, "Medicinrådgivning");
    private static final Actor TARTUHUS = new Actor(2, "Tartuhus", OrganisationType.RESIDENT_ASSOCIATION, Set.of(),
            true, false, null);
    private static final Actor CENTRE = new Actor(3, "Medborgercentret", OrganisationType.MUNICIPAL_INSTITUTION,
            Set.of(), false, true, "Lokaleudlån, frivilligkoordinering");
    private static final Actor PROGRAMME = new Actor(4, "Helhedsplanen", OrganisationType.HOUSING_ORGANISATION,
            Set.of(), false, true, null);
    private static final Actor MENY = new Actor(5, "MENY", OrganisationType.BUSINESS, Set.of(), false, false, null);
    private static final Actor RED_CROSS = new Actor(6, "Røde Kors", OrganisationType.VOLUNTARY_ORGANISATION,
            Set.of(CollaborationValue.PROFESSIONAL_COMPETENCE), false, false, "Lektiehjælp, frivilligledelse");
    private static final List<Actor> ALL = List.of(PHARMACY, TARTUHUS, CENTRE, PROGRAMME, MENY, RED_CROSS);

    @Test
    void aBusinessLooksForASociallyResponsibleProfileBesidesWhatItSaysItself() {
        assertEquals(EnumSet.of(CollaborationValue.BROADER_TARGET_GROUP, CollaborationValue.SOCIAL_RESPONSIBILITY),
                Suggestions.needs(PHARMACY));
        assertEquals(EnumSet.of(CollaborationValue.MORE_RESOURCES), Suggestions.needs(TARTUHUS));
        assertEquals(EnumSet.of(CollaborationValue.COLLABORATION_BASIS), Suggestions.needs(PROGRAMME));
    }

    @Test
    void thePharmacyMeetsTheResidentBoardFirstWhoBringsLocalKnowledgeAndTheResidentsNeeds() {
        List<Suggestions.Suggestion> suggestions = Suggestions.forActor(PHARMACY, ALL, Set.of(), Set.of(4L));
        assertEquals("Tartuhus", suggestions.get(0).partner().name(), "two of its needs: more than anyone else");
        assertEquals(CollaborationValue.BROADER_TARGET_GROUP, suggestions.get(0).value());
        assertEquals("suggestion.localKnowledge.residents", suggestions.get(0).reasonKey());
        assertEquals(List.of("Tartuhus"), suggestions.get(0).arguments());
        assertEquals("Helhedsplanen", suggestions.get(1).partner().name(), "a housing organisation knows the area");
        assertEquals(2, suggestions.size(), "nobody else matches what the pharmacy looks for");
    }

    @Test
    void theResidentBoardGetsRoomsFromThoseWhoLendThemAndSponsorshipFromBusinesses() {
        List<Suggestions.Suggestion> suggestions = Suggestions.forActor(TARTUHUS, ALL, Set.of(), Set.of());
        assertEquals(List.of("Apoteket", "Helhedsplanen", "Medborgercentret"),
                suggestions.stream().map(s -> s.partner().name()).toList(),
                "the pharmacy wants more itself, so it comes first among equals; then by name");
        assertEquals("suggestion.sponsorship", suggestions.get(0).reasonKey());
        assertEquals("suggestion.rooms", suggestions.get(1).reasonKey());
        assertTrue(suggestions.size() <= Suggestions.MAX);
    }

    @Test
    void competenceComesFromThoseWhoNameCompetencesAndPartnersAreNotSuggestedAgain() {
        List<Suggestions.Suggestion> forRedCross = Suggestions.forActor(RED_CROSS, ALL, Set.of(3L), Set.of());
        assertTrue(forRedCross.stream().noneMatch(s -> s.partner().id() == 3L), "already a partner");
        List<Suggestions.Suggestion> forCentre = Suggestions.forActor(CENTRE, ALL, Set.of(), Set.of());
        Suggestions.Suggestion competence = forCentre.stream()
                .filter(s -> s.value() == CollaborationValue.PROFESSIONAL_COMPETENCE).findFirst().orElseThrow();
        assertEquals("Røde Kors", competence.partner().name());
        assertEquals(List.of("Røde Kors", "Lektiehjælp, frivilligledelse"), competence.arguments());
    }

    @Test
    void theProgrammeIsSuggestedCoreActorsForAStrongerBasis() {
        List<Suggestions.Suggestion> suggestions = Suggestions.forActor(PROGRAMME, ALL, Set.of(), Set.of(3L));
        assertEquals(List.of("Medborgercentret"), suggestions.stream().map(s -> s.partner().name()).toList());
        assertEquals("suggestion.coreActor", suggestions.get(0).reasonKey());
    }
}
