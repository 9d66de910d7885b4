package dk.tovholder.collaboration.boundary;

import dk.tovholder.caller.Caller;
import dk.tovholder.collaboration.control.Actor;
import dk.tovholder.collaboration.control.NetworkGraph;
import dk.tovholder.collaboration.control.Origin;
import dk.tovholder.collaboration.control.Suggestions;
import dk.tovholder.collaboration.control.Tie;
import dk.tovholder.collaboration.entity.Collaboration;
import dk.tovholder.collaboration.entity.CollaborationKind;
import dk.tovholder.exchange.entity.ExchangeAnswer;
import dk.tovholder.exchange.entity.PostCategory;
import dk.tovholder.network.entity.Cadence;
import dk.tovholder.network.entity.GroupMember;
import dk.tovholder.organisation.entity.Organisation;
import dk.tovholder.organisation.entity.Person;
import dk.tovholder.refusal.Conflict;
import dk.tovholder.refusal.Forbidden;
import dk.tovholder.refusal.NotFound;
import dk.tovholder.refusal.Refusal;
import dk.tovholder.schema.Constraints;
import dk.tovholder.schema.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The network map: the area's organisations and their collaborations, those
 * recorded and those the system knows by itself; measures, core actors, the
 * ones standing apart and suggested partners. Everyone logged in sees the
 * map. The lines come from the whole database, so they are gathered at most
 * once a minute per server (and at once after a recorded collaboration
 * changes); what they derive from (memberships, bookings, answers) shows on
 * the map within that minute.
 */
@ApplicationScoped
@Transactional
public class NetworkMap {

    static final Duration FRESH = Duration.ofMinutes(1);
    private static final int GRAPHS_KEPT = 16;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    private record Snapshot(List<Actor> actors, List<Tie> ties, Instant at, Map<MapFilter, NetworkGraph> graphs) {
    }

    private volatile Snapshot snapshot;

    // ---------------------------------------------------------------- the map

    public NetworkGraph graph(@NotNull MapFilter filter) {
        Snapshot current = current();
        synchronized (current.graphs()) {
            NetworkGraph graph = current.graphs().get(filter);
            if (graph == null) {
                graph = NetworkGraph.of(current.actors(), current.ties().stream().filter(filter::shows).toList());
                if (current.graphs().size() >= GRAPHS_KEPT) {
                    current.graphs().clear();
                }
                current.graphs().put(filter, graph);
            }
            return graph;
        }
    }

    /** Suggested partners for the organisation, on the whole map. */
    public List<Suggestions.Suggestion> suggestionsFor(@NotNull Long organisationId) {
        NetworkGraph graph = graph(MapFilter.all());
        if (graph.nodes().stream().noneMatch(n -> n.actor().id() == organisationId)) {
            if (em.find(Organisation.class, organisationId) == null) {
                throw new NotFound("organisation", organisationId);
            }
            refresh(); // an organisation newer than what was gathered
            graph = graph(MapFilter.all());
        }
        NetworkGraph map = graph;
        Actor actor = map.nodes().stream().map(NetworkGraph.Node::actor).filter(a -> a.id() == organisationId)
                .findFirst().orElseThrow(() -> new NotFound("organisation", organisationId));
        Set<Long> core = map.coreActors().stream().map(n -> n.actor().id()).collect(Collectors.toSet());
        return Suggestions.forActor(actor, map.nodes().stream().map(NetworkGraph.Node::actor).toList(),
                map.partners().getOrDefault(organisationId, Set.of()), core);
    }

    private Snapshot current() {
        Snapshot current = snapshot;
        Instant now = Instant.now(clock);
        if (current == null || current.at().plus(FRESH).isBefore(now)) {
            current = new Snapshot(actors(), ties(), now, new LinkedHashMap<>());
            snapshot = current;
        }
        return current;
    }

    /** Forget what was gathered (a recorded collaboration changed). */
    void refresh() {
        snapshot = null;
    }

    private List<Actor> actors() {
        Set<Long> lenders = new HashSet<>(em.createQuery(
                "select distinct r.owner.id from Room r where r.active = true", Long.class).getResultList());
        return em.createQuery("select o from Organisation o order by o.name", Organisation.class)
                .setHint("eclipselink.batch", "o.values").getResultStream()
                .map(o -> new Actor(o.getId(), o.getName(), o.getType(), Set.copyOf(o.getValues()),
                        o.isWantsMoreCollaboration(), lenders.contains(o.getId()), o.getCompetences()))
                .toList();
    }

    private List<Tie> ties() {
        List<Tie> ties = new ArrayList<>();
        for (Object[] r : em.createQuery("select c.first.id, c.second.id, c.kind, c.since, c.until, c.note, c.id"
                + " from Collaboration c", Object[].class).getResultList()) {
            ties.add(new Tie((Long) r[0], (Long) r[1], (CollaborationKind) r[2], Origin.RECORDED, (LocalDate) r[3],
                    (LocalDate) r[4], (String) r[5], (Long) r[6]));
        }
        // core members of the same open network group hold the rope together (the members themselves are read:
        // a report item of an Instant attribute reaches the converter as whatever the driver returns, which on
        // PostgreSQL is a java.sql.Timestamp)
        for (Object[] r : em.createQuery("select a, b from GroupMember a join a.group g, GroupMember b"
                + " where b.group = a.group and a.organisation.id < b.organisation.id and a.core = true"
                + " and b.core = true and g.visibility = dk.tovholder.network.entity.Visibility.OPEN"
                + " and g.kind = dk.tovholder.network.entity.GroupKind.NETWORK", Object[].class).getResultList()) {
            GroupMember a = (GroupMember) r[0];
            GroupMember b = (GroupMember) r[1];
            ties.add(new Tie(a.getOrganisation().getId(), b.getOrganisation().getId(), CollaborationKind.NETWORK_GROUP,
                    Origin.NETWORK_GROUP, later(day(a.getJoinedAt()), day(b.getJoinedAt())), null,
                    a.getGroup().getName(), null));
        }
        // rooms lent: confirmed bookings of one organisation in another's room
        Map<List<Long>, Object[]> lending = new HashMap<>();
        Map<List<Long>, Set<String>> roomNames = new HashMap<>();
        // (SQL: the aggregate of a converted Instant attribute is not converted back the same way on every database)
        @SuppressWarnings("unchecked")
        List<Object[]> lent = em.createNativeQuery("select b.organisation_id, r.owner_id, r.name, min(b.starts_at),"
                + " max(b.starts_at) from booking b join room r on r.id = b.room_id where b.status = 'CONFIRMED'"
                + " and b.organisation_id <> r.owner_id group by b.organisation_id, r.owner_id, r.name")
                .getResultList();
        for (Object[] raw : lent) {
            Object[] r = {((Number) raw[0]).longValue(), ((Number) raw[1]).longValue(), raw[2], instant(raw[3]),
                instant(raw[4])};
            List<Long> pair = List.of((Long) r[0], (Long) r[1]);
            roomNames.computeIfAbsent(pair, p -> new TreeSet<>()).add((String) r[2]);
            lending.merge(pair, new Object[] {r[3], r[4]}, (x, y) -> new Object[] {
                ((Instant) x[0]).isBefore((Instant) y[0]) ? x[0] : y[0],
                ((Instant) x[1]).isAfter((Instant) y[1]) ? x[1] : y[1]});
        }
        LocalDate today = LocalDate.now(clock);
        lending.forEach((pair, period) -> {
            LocalDate last = day((Instant) period[1]);
            ties.add(new Tie(pair.get(0), pair.get(1), CollaborationKind.ROOM_LENDING, Origin.ROOM_BOOKINGS,
                    day((Instant) period[0]), last.isBefore(today) ? last : null,
                    String.join(", ", roomNames.get(pair)), null));
        });
        // answered posts in the resource exchange
        for (ExchangeAnswer a : em.createQuery("select a from ExchangeAnswer a"
                + " join fetch a.post p join fetch p.organisation join fetch a.organisation"
                + " where a.organisation.id <> p.organisation.id", ExchangeAnswer.class)
                .getResultList()) {
            ties.add(new Tie(a.getOrganisation().getId(), a.getPost().getOrganisation().getId(),
                    kindOf(a.getPost().getCategory()), Origin.EXCHANGE_POST, day(a.getCreatedAt()), null,
                    a.getPost().getTitle(), null));
        }
        // experience groups' joint projects: the group's organisation and those of the people in the project
        Map<Long, Set<Long>> projects = new HashMap<>();
        Map<Long, LocalDate> projectDays = new HashMap<>();
        for (Object[] r : em.createQuery("select g.id, g.organisation.id, p.person.organisation.id, g.projectDate"
                + " from ExperienceGroup g join g.participants p where p.inProject = true"
                + " and g.projectTitle is not null", Object[].class).getResultList()) {
            Set<Long> organisations = projects.computeIfAbsent((Long) r[0], g -> new TreeSet<>());
            organisations.add((Long) r[1]);
            organisations.add((Long) r[2]);
            projectDays.put((Long) r[0], (LocalDate) r[3]);
        }
        projects.forEach((group, organisations) -> {
            List<Long> list = List.copyOf(organisations);
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    ties.add(new Tie(list.get(i), list.get(j), CollaborationKind.JOINT_PROJECT,
                            Origin.EXPERIENCE_GROUP, projectDays.get(group), null, null, null));
                }
            }
        });
        return ties;
    }

    /** The kind of collaboration an answered post of the category is. */
    public static CollaborationKind kindOf(PostCategory category) {
        return switch (category) {
            case ROOMS -> CollaborationKind.ROOM_LENDING;
            case GOODS, SPONSORSHIP -> CollaborationKind.SPONSORSHIP;
            case COMPETENCE -> CollaborationKind.KNOWLEDGE_SHARING;
            case JOBS -> CollaborationKind.REFERRAL;
            case VOLUNTEERS, ACTIVITY, OTHER -> CollaborationKind.RESOURCE_EXCHANGE;
        };
    }

    /** A timestamp as the driver returns it in a native query (H2: OffsetDateTime; PostgreSQL: Timestamp). */
    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        throw new IllegalStateException("not a timestamp: " + value.getClass());
    }

    private static LocalDate day(Instant instant) {
        return instant == null ? null : instant.atZone(Cadence.ZONE).toLocalDate();
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    // ---------------------------------------------------------------- recorded collaborations

    /** The recorded collaborations of an organisation, newest first. */
    public List<Collaboration> recordedOf(@NotNull Long organisationId) {
        return em.createQuery("select c from Collaboration c join fetch c.first join fetch c.second"
                + " where c.first.id = :o or c.second.id = :o order by c.since desc, c.id desc", Collaboration.class)
                .setParameter("o", organisationId).getResultList();
    }

    /** Records a collaboration between the caller's organisation (or, for an administrator, the one named) and a partner. */
    public Collaboration record(@NotNull @Valid CollaborationForm form, @NotNull Caller caller) {
        Long own = form.getOrganisationId() != null && caller.isAdmin() ? form.getOrganisationId()
                : caller.organisationId();
        if (own == null) {
            throw new Forbidden("collaboration.noOrganisation");
        }
        if (form.getOrganisationId() != null && !form.getOrganisationId().equals(own)) {
            throw new Forbidden("collaboration.otherOrganisation");
        }
        Organisation organisation = em.find(Organisation.class, own);
        Organisation partner = em.find(Organisation.class, form.getPartnerId());
        if (organisation == null || partner == null) {
            throw Refusal.onField("partnerId", "collaboration.partner.unknown");
        }
        Collaboration collaboration = new Collaboration(organisation, partner, form.getKind(), form.getSince(),
                form.getUntil(), form.getNote(),
                caller.personId() == null ? null : em.find(Person.class, caller.personId()), Instant.now(clock));
        if (collaboration.getSince().isAfter(LocalDate.now(clock))) {
            throw Refusal.onField("since", "collaboration.since.future");
        }
        boolean exists = em.createQuery("select count(c) from Collaboration c where c.first = :a and c.second = :b"
                + " and c.kind = :kind", Long.class).setParameter("a", collaboration.getFirst())
                .setParameter("b", collaboration.getSecond()).setParameter("kind", collaboration.getKind())
                .getSingleResult() > 0;
        if (exists) {
            throw new Conflict("kind", "collaboration.exists", partner.getName());
        }
        em.persist(collaboration);
        try {
            em.flush(); // two people recording the same at once: the unique constraint decides
        } catch (PersistenceException e) {
            if (Constraints.violated(e, "collaboration_once")) {
                throw new Conflict("kind", "collaboration.exists", partner.getName());
            }
            throw e;
        }
        refresh();
        return collaboration;
    }

    /** Removes a recorded collaboration: people of either organisation, administrators. */
    public void remove(@NotNull Long id, long seenVersion, @NotNull Caller caller) {
        Collaboration collaboration = em.find(Collaboration.class, id);
        if (collaboration == null) {
            throw new NotFound("collaboration", id);
        }
        if (!mayChange(collaboration, caller)) {
            throw new Forbidden("refusal.forbidden");
        }
        Versions.check(collaboration.getVersion(), seenVersion);
        em.remove(collaboration);
        em.flush();
        refresh();
    }

    public boolean mayChange(@NotNull Collaboration collaboration, @NotNull Caller caller) {
        return caller.isAdmin() || (caller.organisationId() != null
                && collaboration.involves(caller.organisationId()));
    }
}
