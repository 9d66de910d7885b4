package dk.tovholder.collaboration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tovholder.collaboration.control.Actor;
import dk.tovholder.collaboration.control.NetworkGraph;
import dk.tovholder.collaboration.control.Origin;
import dk.tovholder.collaboration.control.Tie;
import dk.tovholder.collaboration.entity.CollaborationKind;
import dk.tovholder.organisation.entity.OrganisationType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NetworkGraphTest {

    private static Actor actor(long id, String name, boolean wantsMore) {
        return new Actor(id, name, OrganisationType.VOLUNTARY_ORGANISATION, Set.of(), wantsMore, false, null);
    }

    private static Tie tie(long a, long b, CollaborationKind kind) {
        return new Tie(a, b, kind, Origin.RECORDED, LocalDate.of(2024, 1, 1), null, null, null);
    }

    private static Map<String, NetworkGraph.Node> byName(NetworkGraph graph) {
        return graph.nodes().stream().collect(Collectors.toMap(n -> n.actor().name(), Function.identity()));
    }

    /** A star: the hub joins four leaves; one more organisation has no line at all. */
    private static NetworkGraph star() {
        List<Actor> actors = List.of(actor(1, "Hub", false), actor(2, "A", false), actor(3, "B", true),
                actor(4, "C", false), actor(5, "D", false), actor(6, "Alone", true));
        return NetworkGraph.of(actors, List.of(tie(1, 2, CollaborationKind.REFERRAL),
                tie(1, 3, CollaborationKind.SPONSORSHIP), tie(4, 1, CollaborationKind.ROOM_LENDING),
                tie(1, 5, CollaborationKind.JOINT_PROJECT), tie(1, 2, CollaborationKind.KNOWLEDGE_SHARING)));
    }

    @Test
    void degreeCountsPartnersNotLinesAndTheHubOfAStarBridgesEveryPair() {
        Map<String, NetworkGraph.Node> nodes = byName(star());
        assertEquals(4, nodes.get("Hub").degree(), "two lines to A count as one partner");
        assertEquals(1, nodes.get("A").degree());
        assertEquals(0, nodes.get("Alone").degree());
        // the hub lies on the shortest path of each of the 4·3/2 = 6 pairs of leaves; normalised by (n-1)(n-2)/2 = 10
        assertEquals(0.6, nodes.get("Hub").betweenness(), 1e-9);
        assertEquals(0.0, nodes.get("A").betweenness(), 1e-9);
    }

    @Test
    void theHubIsTheCoreActorAndTheLeavesAndTheLonelyOneStandApart() {
        NetworkGraph graph = star();
        Map<String, NetworkGraph.Node> nodes = byName(graph);
        assertTrue(nodes.get("Hub").core());
        assertFalse(nodes.get("Hub").isolated());
        assertTrue(nodes.get("A").isolated() && nodes.get("Alone").isolated());
        assertFalse(nodes.get("A").core());
        assertEquals(List.of("Hub"), graph.coreActors().stream().map(n -> n.actor().name()).toList());
        assertEquals(List.of("Alone", "B"), graph.wantingMore().stream().map(n -> n.actor().name()).toList(),
                "those with few lines who want more, fewest first");
        assertEquals(Set.of(2L, 3L, 4L, 5L), graph.partners().get(1L));
    }

    @Test
    void aCircleOfThreeHasNoCoreActorWhenNobodyHasThreePartners() {
        NetworkGraph graph = NetworkGraph.of(List.of(actor(1, "X", false), actor(2, "Y", false),
                actor(3, "Z", false)), List.of(tie(1, 2, CollaborationKind.REFERRAL),
                tie(2, 3, CollaborationKind.REFERRAL), tie(3, 1, CollaborationKind.REFERRAL)));
        assertTrue(graph.coreActors().isEmpty());
        assertTrue(graph.nodes().stream().noneMatch(NetworkGraph.Node::isolated));
        assertTrue(graph.nodes().stream().allMatch(n -> n.betweenness() == 0.0));
    }

    @Test
    void theLayoutStaysInsideTheDrawingAndIsTheSameEveryTime() {
        NetworkGraph first = star();
        NetworkGraph second = star();
        for (int i = 0; i < first.nodes().size(); i++) {
            NetworkGraph.Node node = first.nodes().get(i);
            assertTrue(node.x() >= 0 && node.x() <= NetworkGraph.WIDTH && node.y() >= 0
                    && node.y() <= NetworkGraph.HEIGHT, () -> node + " outside the drawing");
            assertEquals(node.x(), second.nodes().get(i).x(), 1e-9);
            assertEquals(node.y(), second.nodes().get(i).y(), 1e-9);
        }
        Map<String, NetworkGraph.Node> nodes = byName(first);
        double toLeaf = distance(nodes.get("Hub"), nodes.get("A"));
        double toStranger = distance(nodes.get("Hub"), nodes.get("Alone"));
        assertTrue(toLeaf < toStranger, "partners are drawn nearer than strangers");
    }

    @Test
    void linesToOrganisationsNotOnTheMapAreLeftOutAndAPairIsKeptInOrder() {
        NetworkGraph graph = NetworkGraph.of(List.of(actor(1, "X", false), actor(2, "Y", false)),
                List.of(tie(2, 1, CollaborationKind.REFERRAL), tie(1, 99, CollaborationKind.REFERRAL)));
        assertEquals(1, graph.ties().size());
        assertEquals(1, graph.ties().get(0).first());
        assertTrue(tie(1, 2, CollaborationKind.REFERRAL).during(LocalDate.of(2023, 1, 1), null));
        assertFalse(tie(1, 2, CollaborationKind.REFERRAL).during(null, LocalDate.of(2023, 12, 31)),
                "it began after the period");
        Tie ended = new Tie(1, 2, CollaborationKind.REFERRAL, Origin.RECORDED, LocalDate.of(2020, 1, 1),
                LocalDate.of(2021, 6, 30), null, null);
        assertFalse(ended.during(LocalDate.of(2022, 1, 1), null), "it ended before the period");
        assertTrue(ended.during(LocalDate.of(2021, 6, 30), LocalDate.of(2022, 1, 1)));
    }

    private static double distance(NetworkGraph.Node a, NetworkGraph.Node b) {
        return Math.hypot(a.x() - b.x(), a.y() - b.y());
    }
}
