package dk.tovholder.demo;

import dk.tovholder.exchange.entity.ExchangeAnswer;
import dk.tovholder.exchange.entity.ExchangePost;
import dk.tovholder.exchange.entity.PostCategory;
import dk.tovholder.exchange.entity.PostKind;
import dk.tovholder.organisation.entity.Organisation;
import dk.tovholder.organisation.entity.Person;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

/**
 * The demo's resource exchange, after the handbook's examples: volunteers for
 * the homework café (answered by the Red Cross), surplus goods from the
 * supermarket (answered by the neighbourhood mothers), a room for 30 on
 * Saturdays (answered by the citizens' centre), and leisure jobs at the
 * pharmacy that nobody has answered yet: the pharmacy still stands apart.
 */
final class DemoExchange {

    private static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    private DemoExchange() {
    }

    static void create(EntityManager em, Map<String, Organisation> byName, Person coordinator, Person participant,
            Person booker, LocalDate today) {
        Organisation programme = byName.get(DemoNetwork.PROGRAMME);
        Organisation centre = byName.get(DemoNetwork.CITIZENS_CENTRE);
        Organisation meny = byName.get("MENY Domus Vista");
        Organisation pharmacy = byName.get("Apoteket Lille Bjørn");
        Organisation mothers = byName.get("Bydelsmødre");
        Organisation redCross = byName.get("Røde Kors");

        ExchangePost homework = post(em, programme, coordinator, today.minusDays(12), PostKind.REQUEST,
                PostCategory.VOLUNTEERS, "Frivillige til lektiecaféen",
                "Lektiecaféen i Søndermarkskvarteret mangler to frivillige tirsdage og torsdage kl. 15-17, "
                        + "gerne med styr på matematik.", "Skolebørn i 4.-9. klasse", 60);
        answer(em, homework, redCross, null, "Vi har to frivillige fra vores lektiehjælp, der kan starte efter "
                + "næste måned. Ring til frivilligkoordinatoren.", today.minusDays(10));
        ExchangePost goods = post(em, meny, null, today.minusDays(20), PostKind.OFFER, PostCategory.GOODS,
                "Overskudsvarer hver fredag", "Brød, frugt og grønt, der ikke kan sælges, kan hentes fredag "
                        + "kl. 20 ved varemodtagelsen.", "Foreninger med spisefællesskaber", 120);
        answer(em, goods, mothers, participant, "Bydelsmødrene vil gerne hente til fællesspisningen fredag aften.",
                today.minusDays(18));
        ExchangePost room = post(em, mothers, participant, today.minusDays(5), PostKind.REQUEST, PostCategory.ROOMS,
                "Lokale til 30 personer om lørdagen", "Vi søger et lokale med køkken til vores mødregruppe "
                        + "lørdag formiddag, to gange om måneden.", "Mødre og småbørn", 45);
        answer(em, room, centre, booker, "Store sal er ledig de fleste lørdage; book den under Lokaler, så "
                + "godkender vi hurtigt.", today.minusDays(4));
        post(em, pharmacy, null, today.minusDays(2), PostKind.OFFER, PostCategory.JOBS, "Fritidsjob til to unge",
                "Apoteket kan tage to unge i fritidsjob med at sætte varer på plads, tre timer om ugen.",
                "Unge 15-17 år", 30);
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    private static ExchangePost post(EntityManager em, Organisation organisation, Person author, LocalDate day,
            PostKind kind, PostCategory category, String title, String description, String targetGroup,
            int days) {
        ExchangePost post = new ExchangePost(organisation, author, at(day), day, kind, category, title, description,
                targetGroup, day.plusDays(days));
        em.persist(post);
        return post;
    }

    private static void answer(EntityManager em, ExchangePost post, Organisation organisation, Person person,
            String message, LocalDate day) {
        em.persist(new ExchangeAnswer(post, organisation, person, message, at(day)));
    }

    private static Instant at(LocalDate day) {
        return day.atTime(LocalTime.of(10, 0)).atZone(ZONE).toInstant();
    }
}
