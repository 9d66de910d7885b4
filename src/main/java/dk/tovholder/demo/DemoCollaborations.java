package dk.tovholder.demo;

import dk.tovholder.clock.AppClock;
import dk.tovholder.collaboration.entity.Collaboration;
import dk.tovholder.collaboration.entity.CollaborationKind;
import dk.tovholder.organisation.entity.Organisation;
import dk.tovholder.organisation.entity.Person;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * The demo's recorded collaborations, after the handbook's Frederiksberg
 * network: Højskoledagene (the care home, the citizens' centre and the
 * programme), the homework café, leisure jobs through the youth guidance
 * (UU) at the supermarket, and one line for the Tartuhus resident board. The
 * board and the pharmacy want more collaboration; both stand apart on the
 * map (the map adds what the system knows by itself: shared coordinator
 * duty, rooms lent, answered posts).
 */
final class DemoCollaborations {

    static final String TARTUHUS = "Afdelingsbestyrelsen i Tartuhus";
    static final String PHARMACY = "Apoteket Lille Bjørn";

    private DemoCollaborations() {
    }

    static void create(EntityManager em, Map<String, Organisation> byName, Person coordinator, LocalDate today) {
        Instant now = AppClock.now();
        Organisation programme = byName.get(DemoNetwork.PROGRAMME);
        Organisation centre = byName.get(DemoNetwork.CITIZENS_CENTRE);
        Organisation careHome = byName.get(DemoRooms.CARE_HOME);
        record(em, programme, careHome, CollaborationKind.JOINT_PROJECT, today.minusYears(3),
                "Højskoledagene for ældre", coordinator, now);
        record(em, centre, careHome, CollaborationKind.JOINT_PROJECT, today.minusYears(3),
                "Højskoledagene for ældre", coordinator, now);
        record(em, programme, byName.get("Bydelsmødre"), CollaborationKind.JOINT_PROJECT, today.minusYears(2),
                "Lektiecaféen", coordinator, now);
        record(em, byName.get("Ungdommens Uddannelsesvejledning (UU)"), byName.get("MENY Domus Vista"),
                CollaborationKind.REFERRAL, today.minusYears(1), "Lommepenge- og fritidsjob til unge", coordinator,
                now);
        record(em, byName.get("Røde Kors"), byName.get("Bydelsmødre"), CollaborationKind.KNOWLEDGE_SHARING,
                today.minusMonths(18), "Frivilligledelse", coordinator, now);
        record(em, byName.get(TARTUHUS), byName.get("Frederiksberg Forenede Boligselskaber (FFB)"),
                CollaborationKind.KNOWLEDGE_SHARING, today.minusYears(4), "Afdelingsmøder om renoveringen",
                coordinator, now);
        byName.get(TARTUHUS).wantMoreCollaboration(true);
        byName.get(PHARMACY).wantMoreCollaboration(true);
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    private static void record(EntityManager em, Organisation one, Organisation other, CollaborationKind kind,
            LocalDate since, String note, Person by, Instant now) {
        em.persist(new Collaboration(one, other, kind, since, null, note, by, now));
    }
}
