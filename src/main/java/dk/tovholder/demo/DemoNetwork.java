package dk.tovholder.demo;

import dk.tovholder.caller.Role;
import dk.tovholder.clock.AppClock;
import dk.tovholder.identity.control.PasswordHashing;
import dk.tovholder.identity.entity.Account;
import dk.tovholder.meeting.boundary.MeetingSeries;
import dk.tovholder.network.entity.NetworkGroup;
import dk.tovholder.organisation.entity.CollaborationValue;
import dk.tovholder.organisation.entity.ContactDetails;
import dk.tovholder.organisation.entity.Organisation;
import dk.tovholder.organisation.entity.OrganisationType;
import dk.tovholder.organisation.entity.Person;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On first start with {@code tovholder.demo-data=true}: the Frederiksberg
 * network of the handbook (seed 002) around Søndermarkskvarteret, and the demo
 * logins. People are invented; the organisations are the handbook's.
 * Tartuhus and the pharmacy have not consented to sharing contact details.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class DemoNetwork {

    private static final Logger LOG = Logger.getLogger(DemoNetwork.class.getName());

    public static final String PASSWORD = "demo";
    public static final String PROGRAMME = "Boligsocial helhedsplan for Søndermarkskvarteret";
    public static final String CITIZENS_CENTRE = "Medborgercentret Norden Plads";

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    @Inject
    MeetingSeries series;

    @Inject
    @ConfigProperty(name = "tovholder.demo-data", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "tovholder.public-url", defaultValue = "http://localhost:8080/")
    String publicUrl;

    @PostConstruct
    void load() {
        if (!enabled) {
            LOG.info(() -> "Tovholder is ready at " + publicUrl + " (no demo data)");
            return;
        }
        long existing = em.createNamedQuery(Organisation.COUNT_ALL, Long.class).getSingleResult();
        if (existing == 0) {
            createNetwork();
        } else {
            addGroupsToAnEarlierDemo();
            addRoomsToAnEarlierDemo();
            addExperienceGroupToAnEarlierDemo();
            addExchangeToAnEarlierDemo();
            addCollaborationsToAnEarlierDemo();
        }
        LOG.info(() -> String.join(System.lineSeparator(),
                "",
                "==============================================================",
                " Tovholder is ready at " + publicUrl,
                " Demo logins (password '" + PASSWORD + "' for each):",
                "   admin        administrator",
                "   koordinator  coordinator, " + PROGRAMME,
                "   deltager     participant, Bydelsmødre",
                "   booker       books rooms for " + CITIZENS_CENTRE,
                "   varmemester  caretaker (FFB) in the experience group " + DemoExperience.NAME,
                "=============================================================="));
    }

    /**
     * The demo groups' meetings from their rotas' first turns, as a group made
     * in the app gets them (its past turns' meetings included, so that each
     * duty leads to its meeting).
     */
    private void planSeries() {
        em.flush();
        for (NetworkGroup group : em.createQuery("select g from NetworkGroup g", NetworkGroup.class)
                .getResultList()) {
            series.plan(group, group.getRotaStart(), AppClock.today());
        }
    }

    private void createNetwork() {
        Map<String, Organisation> byName = new HashMap<>();
        organisation(byName, "MENY Domus Vista", OrganisationType.BUSINESS,
                "Supermarked i Domus Vista-centret ved Søndermarkskvarteret.",
                "Frederiksberg Allé, Frederiksberg", "https://meny.dk",
                new ContactDetails("Butikschef", "+45 38 10 00 00", "domusvista@example.dk"), true,
                "Detailhandel, fødevarer, oplæring af unge medarbejdere",
                "Unge i fritidsjob, kunder i området", "dansk, engelsk",
                "Butikken i Domus Vista", null, "Overskudsvarer hver fredag",
                EnumSet.of(CollaborationValue.SOCIAL_RESPONSIBILITY, CollaborationValue.BROADER_TARGET_GROUP));
        organisation(byName, "Apoteket Lille Bjørn", OrganisationType.BUSINESS,
                "Apotek i kvarteret; vil gerne samarbejde mere med områdets foreninger.",
                "Frederiksberg", null,
                new ContactDetails("Apoteker", "+45 38 20 00 00", "lillebjorn@example.dk"), false,
                "Medicinrådgivning, sundhedsformidling", "Ældre, småbørnsfamilier", "dansk",
                "Apoteket", null, null,
                EnumSet.of(CollaborationValue.BROADER_TARGET_GROUP));
        organisation(byName, "Ungdommens Uddannelsesvejledning (UU)", OrganisationType.MUNICIPAL_INSTITUTION,
                "Kommunal vejledning af unge om uddannelse og job.",
                "Frederiksberg Kommune", "https://www.frederiksberg.dk",
                new ContactDetails("UU-vejleder", "+45 38 21 00 00", "uu@example.dk"), true,
                "Uddannelsesvejledning, kontakt til unge uden job eller uddannelse",
                "Unge 15-25 år", "dansk, engelsk, arabisk", "Kontor på rådhuset", null, null,
                EnumSet.of(CollaborationValue.BROADER_TARGET_GROUP, CollaborationValue.PROFESSIONAL_COMPETENCE));
        organisation(byName, CITIZENS_CENTRE, OrganisationType.MUNICIPAL_INSTITUTION,
                "Kommunalt medborgercenter med mødelokaler, som områdets organisationer kan låne.",
                "Nordens Plads, Frederiksberg", "https://www.frederiksberg.dk",
                new ContactDetails("Centerleder", "+45 38 21 10 00", "nordenplads@example.dk"), true,
                "Lokaleudlån, borgerservice, frivilligkoordinering", "Alle borgere i området",
                "dansk, engelsk", "Medborgercentret",
                "Mødelokaler (4-40 personer), storskærm, køkken, trinfri adgang", null,
                EnumSet.of(CollaborationValue.COLLABORATION_BASIS, CollaborationValue.MORE_RESOURCES));
        organisation(byName, PROGRAMME, OrganisationType.HOUSING_ORGANISATION,
                "Den boligsociale helhedsplan samler områdets aktører i netværk og står for lektiecaféen "
                        + "og Højskoledagene sammen med plejehjemmet og medborgercentret.",
                "Søndermarkskvarteret, Frederiksberg", "https://example.dk/helhedsplan",
                new ContactDetails("Projektleder", "+45 38 30 00 00", "helhedsplan@example.dk"), true,
                "Netværksledelse, projektledelse, beboerinddragelse",
                "Beboere i Søndermarkskvarteret, unge, ældre", "dansk, engelsk, tyrkisk",
                "Projektlokaler i kvarteret", "Mødelokale til 12 personer", null,
                EnumSet.allOf(CollaborationValue.class));
        organisation(byName, "Frederiksberg Forenede Boligselskaber (FFB)", OrganisationType.HOUSING_ORGANISATION,
                "Almen boligorganisation med afdelinger i Søndermarkskvarteret.",
                "Frederiksberg", "https://www.ffb.dk",
                new ContactDetails("Boligsocial medarbejder", "+45 38 40 00 00", "ffb@example.dk"), true,
                "Boligadministration, renovering, beboerrådgivning", "Lejere i almene boliger", "dansk",
                "Administrationen", null, "Lokaler i afdelingerne",
                EnumSet.of(CollaborationValue.MORE_RESOURCES, CollaborationValue.COLLABORATION_BASIS));
        organisation(byName, "Afdelingsbestyrelsen i Tartuhus", OrganisationType.RESIDENT_ASSOCIATION,
                "Beboervalgt afdelingsbestyrelse; ønsker mere samarbejde med kvarterets andre aktører.",
                "Tartuhus, Søndermarkskvarteret", null,
                new ContactDetails("Formand", "+45 20 00 00 00", "tartuhus@example.dk"), false,
                "Kendskab til beboerne, arrangementer", "Beboere i Tartuhus", "dansk",
                "Fælleslokalet i Tartuhus", "Fælleslokale med køkken", null,
                EnumSet.of(CollaborationValue.COLLABORATION_BASIS));
        organisation(byName, "Bydelsmødre", OrganisationType.VOLUNTARY_ORGANISATION,
                "Frivillige kvinder, der støtter andre kvinder i kvarteret med viden og netværk.",
                "Søndermarkskvarteret", "https://bydelsmor.dk",
                new ContactDetails("Koordinator", "+45 30 00 00 00", "bydelsmoedre@example.dk"), true,
                "Tætte relationer til familier, sproglige kompetencer",
                "Kvinder og familier med anden etnisk baggrund", "arabisk, somali, tyrkisk, urdu, dansk",
                null, null, null,
                EnumSet.of(CollaborationValue.BROADER_TARGET_GROUP, CollaborationValue.SOCIAL_RESPONSIBILITY));
        organisation(byName, "Røde Kors", OrganisationType.VOLUNTARY_ORGANISATION,
                "Frivillig organisation; lektiehjælp og besøgsvenner i kvarteret.",
                "Frederiksberg", "https://www.rodekors.dk",
                new ContactDetails("Frivilligkoordinator", "+45 35 00 00 00", "roedekors@example.dk"), true,
                "Lektiehjælp, besøgsvenner, frivilligledelse", "Børn, unge og ældre", "dansk, engelsk",
                null, null, "Frivillige til lektiecaféen",
                EnumSet.of(CollaborationValue.PROFESSIONAL_COMPETENCE, CollaborationValue.MORE_RESOURCES));

        account("admin", "Lone Andersen", "Sekretariatsleder", byName.get(PROGRAMME), EnumSet.of(Role.ADMIN));
        Person coordinator = account("koordinator", "Mette Holm", "Netværkskoordinator", byName.get(PROGRAMME),
                EnumSet.of(Role.COORDINATOR));
        Person participant = account("deltager", "Amina Yusuf", "Bydelsmor", byName.get("Bydelsmødre"),
                EnumSet.noneOf(Role.class));
        Person booker = account("booker", "Jonas Berg", "Lokalebooker", byName.get(CITIZENS_CENTRE),
                EnumSet.of(Role.BOOKER));
        em.flush();
        DemoGroups.create(em, byName, coordinator, participant, booker);
        planSeries();
        DemoRooms.create(em, byName, coordinator, booker, AppClock.today());
        DemoExperience.create(em, byName, coordinator, hashing.hash(PASSWORD),
                AppClock.today());
        DemoExchange.create(em, byName, coordinator, participant, booker,
                AppClock.today());
        DemoCollaborations.create(em, byName, coordinator,
                AppClock.today());
        LOG.info(() -> "Loaded the demo network: " + byName.size() + " organisations, 5 demo logins");
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    private void organisation(Map<String, Organisation> byName, String name, OrganisationType type,
            String description, String address, String website, ContactDetails contact, boolean consent,
            String competences, String targetGroups, String languages, String physicalBase, String facilities,
            String otherResources, Set<CollaborationValue> values) {
        Organisation o = new Organisation(name, type);
        o.describe(name, type, description, address, website);
        o.reachAt(contact);
        o.recordConsent(consent);
        o.offer(competences, targetGroups, languages, physicalBase, facilities, otherResources);
        o.holdValues(values);
        em.persist(o);
        byName.put(name, o);
    }

    /**
     * A demo database made before network groups existed gets the demo groups
     * on its next start (once: only while it has no groups at all).
     */
    private void addGroupsToAnEarlierDemo() {
        long groups = em.createQuery("select count(g) from NetworkGroup g", Long.class).getSingleResult();
        if (groups > 0) {
            return;
        }
        Map<String, Organisation> byName = organisationsByName();
        Map<String, Person> people = peopleByUsername();
        if (byName.keySet().containsAll(List.of(PROGRAMME, CITIZENS_CENTRE, "Bydelsmødre", "Røde Kors",
                "Frederiksberg Forenede Boligselskaber (FFB)", "Ungdommens Uddannelsesvejledning (UU)",
                "Afdelingsbestyrelsen i Tartuhus"))
                && people.keySet().containsAll(List.of("koordinator", "deltager", "booker"))) {
            DemoGroups.create(em, byName, people.get("koordinator"), people.get("deltager"), people.get("booker"));
            planSeries();
            LOG.info("Added the demo groups to the existing demo network");
        }
    }

    /** A demo database made before rooms existed gets the demo rooms on its next start (while it has none). */
    private void addRoomsToAnEarlierDemo() {
        long rooms = em.createQuery("select count(r) from Room r", Long.class).getSingleResult();
        if (rooms > 0) {
            return;
        }
        Map<String, Organisation> byName = organisationsByName();
        Map<String, Person> people = peopleByUsername();
        if (byName.keySet().containsAll(List.of(PROGRAMME, CITIZENS_CENTRE, "Bydelsmødre", "Røde Kors",
                "Frederiksberg Forenede Boligselskaber (FFB)"))
                && people.keySet().containsAll(List.of("koordinator", "booker"))) {
            DemoRooms.create(em, byName, people.get("koordinator"), people.get("booker"),
                    AppClock.today());
            LOG.info("Added the demo rooms to the existing demo network");
        }
    }

    /** A demo database made before experience groups existed gets the demo's group (while it has none). */
    private void addExperienceGroupToAnEarlierDemo() {
        long count = em.createQuery("select count(g) from ExperienceGroup g", Long.class).getSingleResult();
        if (count > 0) {
            return;
        }
        Map<String, Organisation> byName = organisationsByName();
        Map<String, Person> people = peopleByUsername();
        if (byName.containsKey("Frederiksberg Forenede Boligselskaber (FFB)") && people.containsKey("koordinator")
                && !people.containsKey("varmemester")) {
            DemoExperience.create(em, byName, people.get("koordinator"), hashing.hash(PASSWORD),
                    AppClock.today());
            LOG.info("Added the demo experience group to the existing demo network");
        }
    }

    /** A demo database made before the resource exchange existed gets the demo's posts (while it has none). */
    private void addExchangeToAnEarlierDemo() {
        long count = em.createQuery("select count(p) from ExchangePost p", Long.class).getSingleResult();
        if (count > 0) {
            return;
        }
        Map<String, Organisation> byName = organisationsByName();
        Map<String, Person> people = peopleByUsername();
        if (byName.keySet().containsAll(List.of(PROGRAMME, CITIZENS_CENTRE, "MENY Domus Vista", "Apoteket Lille Bjørn",
                "Bydelsmødre", "Røde Kors")) && people.keySet().containsAll(List.of("koordinator", "deltager", "booker"))) {
            DemoExchange.create(em, byName, people.get("koordinator"), people.get("deltager"), people.get("booker"),
                    AppClock.today());
            LOG.info("Added the demo resource exchange to the existing demo network");
        }
    }

    /** A demo database made before the network map existed gets the demo's collaborations (while it has none). */
    private void addCollaborationsToAnEarlierDemo() {
        long count = em.createQuery("select count(c) from Collaboration c", Long.class).getSingleResult();
        if (count > 0) {
            return;
        }
        Map<String, Organisation> byName = organisationsByName();
        Map<String, Person> people = peopleByUsername();
        if (byName.keySet().containsAll(List.of(PROGRAMME, CITIZENS_CENTRE, DemoRooms.CARE_HOME, "Bydelsmødre",
                "Røde Kors", "Ungdommens Uddannelsesvejledning (UU)", "MENY Domus Vista", DemoCollaborations.TARTUHUS,
                DemoCollaborations.PHARMACY, "Frederiksberg Forenede Boligselskaber (FFB)"))
                && people.containsKey("koordinator")) {
            DemoCollaborations.create(em, byName, people.get("koordinator"),
                    AppClock.today());
            LOG.info("Added the demo collaborations to the existing demo network");
        }
    }

    private Map<String, Organisation> organisationsByName() {
        Map<String, Organisation> byName = new HashMap<>();
        em.createNamedQuery(Organisation.FIND_ALL_NAMES, Organisation.class).getResultList()
                .forEach(o -> byName.put(o.getName(), o));
        return byName;
    }

    /** The demo logins' people, by username. */
    private Map<String, Person> peopleByUsername() {
        Map<String, Person> people = new HashMap<>();
        em.createNamedQuery(Account.FIND_ALL, Account.class).getResultList()
                .forEach(a -> people.put(a.getUsername(), a.getPerson()));
        return people;
    }

    private Person account(String username, String name, String title, Organisation organisation, Set<Role> roles) {
        Person person = new Person(name, title, username + "@example.dk", organisation);
        em.persist(person);
        em.persist(new Account(username, hashing.hash(PASSWORD), person, roles));
        return person;
    }
}
