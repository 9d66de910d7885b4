package dk.tovholder.demo;

import dk.tovholder.clock.AppClock;
import dk.tovholder.network.control.Rota;
import dk.tovholder.network.entity.Cadence;
import dk.tovholder.network.entity.NetworkGroup;
import dk.tovholder.network.entity.RotaEvent;
import dk.tovholder.network.entity.RotaEventKind;
import dk.tovholder.network.entity.SwapRequest;
import dk.tovholder.network.entity.Visibility;
import dk.tovholder.organisation.entity.Organisation;
import dk.tovholder.organisation.entity.Person;
import jakarta.persistence.EntityManager;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

/**
 * The demo network's groups: the open network group of Søndermarkskvarteret,
 * whose coordinator duty has rotated among four core organisations for a year
 * (with a skip and a swap in its history), and a members-only group on crime
 * prevention that participants outside it cannot see.
 */
final class DemoGroups {

    static final String NETWORK_GROUP = "Netværksgruppen i Søndermarkskvarteret";
    static final String SAFETY_GROUP = "Tryghedsgruppen for unge";

    private DemoGroups() {
    }

    static void create(EntityManager em, Map<String, Organisation> byName, Person coordinator, Person participant,
            Person booker) {
        Organisation programme = byName.get(DemoNetwork.PROGRAMME);
        Organisation centre = byName.get(DemoNetwork.CITIZENS_CENTRE);
        Organisation housing = byName.get("Frederiksberg Forenede Boligselskaber (FFB)");
        Organisation redCross = byName.get("Røde Kors");
        Person housingContact = person(em, "Boligsocial medarbejder, FFB", housing);
        Person redCrossContact = person(em, "Frivilligkoordinator, Røde Kors", redCross);

        LocalDate today = AppClock.today();
        LocalDate start = today.minusYears(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        NetworkGroup network = new NetworkGroup(NETWORK_GROUP, coordinator, start);
        network.describe(NETWORK_GROUP, "Kvarterets aktører mødes hver fjerde uge for at koordinere indsatser for"
                + " børn, unge og ældre: lektiecaféen, Højskoledagene og fritidsjob til unge. Tovholderrollen går på"
                + " skift mellem kerneaktørerne.", "Samarbejde på tværs i Søndermarkskvarteret", Visibility.OPEN);
        network.meet(Cadence.weekly(4, DayOfWeek.TUESDAY, LocalTime.of(9, 0), 120, start), network.getRotationUnit());
        network.addMember(programme, true).nameDutyPerson(coordinator);
        network.addMember(centre, true).nameDutyPerson(booker);
        network.addMember(housing, true).nameDutyPerson(housingContact);
        network.addMember(redCross, true).nameDutyPerson(redCrossContact);
        network.addMember(byName.get("Bydelsmødre"), false);
        network.addMember(byName.get("Ungdommens Uddannelsesvejledning (UU)"), false);
        network.addMember(byName.get("Afdelingsbestyrelsen i Tartuhus"), false);
        for (Person p : List.of(coordinator, participant, booker, housingContact, redCrossContact)) {
            network.addParticipant(p);
        }
        em.persist(network);
        em.flush();
        em.persist(RotaEvent.order(network.getId(), false, start, network.coreOrder(), coordinator,
                "Tovholderrollen går på skift mellem de fire kerneaktører."));

        List<LocalDate> turns = network.turnDates(start, today.plusYears(1));
        // in the summer FFB could not hold its turn; the next in line took it
        List<Rota.Turn> plain = Rota.plan(turns, List.of(new Rota.OrderChange(start, network.coreOrder(), false)),
                List.of(), List.of());
        LocalDate summer = plain.stream().filter(t -> t.holder().equals(housing.getId()))
                .filter(t -> t.date().getMonthValue() >= 6 && t.date().isBefore(today.minusWeeks(8)))
                .map(Rota.Turn::date).findFirst().orElse(plain.get(2).date());
        em.persist(RotaEvent.skip(network.getId(), summer, housing, coordinator, "Ferie i FFB's boligsociale team"));
        // and a swap, agreed between the citizens' centre and Røde Kors
        LocalDate pastA = turns.get(4);
        LocalDate pastB = turns.get(5);
        List<Long> order = network.coreOrder();
        SwapRequest swap = new SwapRequest(network.getId(), pastA,
                holderOrNull(em, order, pastA, turns, summer, housing), pastB,
                holderOrNull(em, order, pastB, turns, summer, housing),
                booker, "Medborgercentret har Højskoledagene den uge");
        if (swap.getHolderA() != null && swap.getHolderB() != null
                && !swap.getHolderA().getId().equals(swap.getHolderB().getId())) {
            em.persist(swap);
            swap.decide(true, redCrossContact);
            em.persist(RotaEvent.swap(RotaEventKind.SWAP_ACCEPTED, swap, redCrossContact, null));
        }

        NetworkGroup safety = new NetworkGroup(SAFETY_GROUP, coordinator, start);
        safety.describe(SAFETY_GROUP, "Kriminalitetsforebyggelse for unge: fortrolige drøftelser af konkrete"
                + " bekymringer.", "Unge og tryghed", Visibility.MEMBERS_ONLY);
        safety.meet(Cadence.monthly(1, DayOfWeek.THURSDAY, LocalTime.of(14, 0), 90, start), safety.getRotationUnit());
        safety.addMember(programme, true).nameDutyPerson(coordinator);
        safety.addMember(byName.get("Ungdommens Uddannelsesvejledning (UU)"), true);
        safety.addMember(housing, true).nameDutyPerson(housingContact);
        safety.addParticipant(coordinator);
        safety.addParticipant(housingContact);
        em.persist(safety);
        em.flush();
        em.persist(RotaEvent.order(safety.getId(), false, start, safety.coreOrder(), coordinator, null));
    }

    /** Who holds a turn in the plain rotation with the one summer skip (for the demo swap). */
    private static Organisation holderOrNull(EntityManager em, List<Long> order, LocalDate turn, List<LocalDate> turns,
            LocalDate skipped, Organisation skippedHolder) {
        List<Rota.Turn> plan = Rota.plan(turns, List.of(new Rota.OrderChange(turns.get(0), order, false)),
                List.of(new Rota.Skip(skipped, skippedHolder.getId())), List.of());
        return plan.stream().filter(t -> t.date().equals(turn)).findFirst()
                .map(t -> em.find(Organisation.class, t.holder())).orElse(null);
    }

    private static Person person(EntityManager em, String name, Organisation organisation) {
        Person person = new Person(name, null, null, organisation);
        em.persist(person);
        return person;
    }

    /** The demo's person of that name in the organisation (a contact of the groups), or a new one. */
    static Person existingOrNew(EntityManager em, String name, Organisation organisation) {
        return em.createQuery("select p from Person p where p.name = :name and p.organisation = :organisation",
                        Person.class)
                .setParameter("name", name).setParameter("organisation", organisation).getResultStream().findFirst()
                .orElseGet(() -> person(em, name, organisation));
    }
}
