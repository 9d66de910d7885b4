package dk.tovholder.collaboration.control;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.IndexedFRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.LayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * The network map's graph (JGraphT): the organisations and their lines, each
 * organisation's degree (how many others it collaborates with: several lines
 * to the same partner count once) and betweenness centrality, which are the
 * core actors and which stand apart, and a force-directed layout
 * (Fruchterman-Reingold, Barnes-Hut indexed) that is the same every time for
 * the same network (a fixed seed), so the page, the SVG and the PNG agree.
 */
public final class NetworkGraph {

    /** At most this many partners: the organisation stands apart (the handbook's "isolated actors"). */
    public static final int ISOLATED_MAX = 1;
    /** At most this many partners and wanting more: listed with suggested partners. */
    public static final int FEW_MAX = 2;
    /** A core actor has at least this many partners ... */
    public static final int CORE_MIN = 3;
    /** ... and at least this share of the best-connected organisation's partners. */
    public static final double CORE_SHARE = 0.5;

    public static final double WIDTH = 1000;
    public static final double HEIGHT = 700;
    private static final long SEED = 20_250_315L;

    /** An organisation on the map, with its measures and place. */
    public record Node(Actor actor, int degree, double betweenness, boolean core, boolean isolated, double x,
            double y) {
    }

    /** Names in Danish alphabetical order (case and accents second). */
    static final Collator BY_NAME = Collator.getInstance(Locale.forLanguageTag("da"));

    private final List<Node> nodes;
    private final List<Tie> ties;

    private NetworkGraph(List<Node> nodes, List<Tie> ties) {
        this.nodes = nodes;
        this.ties = ties;
    }

    /** Measures and lays out the network; ties to organisations not among the actors are left out. */
    public static NetworkGraph of(Collection<Actor> actors, Collection<Tie> allTies) {
        Graph<Long, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        Map<Long, Actor> byId = new HashMap<>();
        actors.stream().sorted(Comparator.comparingLong(Actor::id)).forEach(a -> {
            byId.put(a.id(), a);
            graph.addVertex(a.id());
        });
        List<Tie> ties = allTies.stream().filter(t -> byId.containsKey(t.first()) && byId.containsKey(t.second()))
                .sorted(Comparator.comparingLong(Tie::first).thenComparingLong(Tie::second)
                        .thenComparing(Tie::kind).thenComparing(Tie::origin))
                .toList();
        ties.forEach(t -> graph.addEdge(t.first(), t.second()));

        // normalised as usual for an undirected graph: the share of the other pairs' shortest paths through it
        // (JGraphT's own normalisation divides by (n-1)(n-2), the directed count, which halves the share)
        int n = graph.vertexSet().size();
        double pairs = (n - 1) * (n - 2) / 2.0;
        Map<Long, Double> betweenness = new HashMap<>();
        if (pairs > 0) {
            new BetweennessCentrality<>(graph, false).getScores()
                    .forEach((vertex, score) -> betweenness.put(vertex, score / pairs));
        }
        int maxDegree = graph.vertexSet().stream().mapToInt(graph::degreeOf).max().orElse(0);
        Map<Long, Point2D> places = layout(graph);

        List<Node> nodes = new ArrayList<>();
        for (Actor actor : byId.values()) {
            int degree = graph.degreeOf(actor.id());
            boolean core = degree >= CORE_MIN && degree >= CORE_SHARE * maxDegree;
            Point2D place = places.get(actor.id());
            nodes.add(new Node(actor, degree, betweenness.getOrDefault(actor.id(), 0.0), core,
                    degree <= ISOLATED_MAX, place.getX(), place.getY()));
        }
        nodes.sort(Comparator.comparing((Node node) -> node.actor().name(), BY_NAME)
                .thenComparingLong(node -> node.actor().id()));
        return new NetworkGraph(List.copyOf(nodes), ties);
    }

    private static Map<Long, Point2D> layout(Graph<Long, DefaultEdge> graph) {
        MapLayoutModel2D<Long> model = new MapLayoutModel2D<>(new Box2D(WIDTH, HEIGHT));
        Map<Long, Point2D> places = new HashMap<>();
        if (graph.vertexSet().size() == 1) {
            places.put(graph.vertexSet().iterator().next(), Point2D.of(WIDTH / 2, HEIGHT / 2));
            return places;
        }
        if (!graph.vertexSet().isEmpty()) {
            LayoutAlgorithm2D<Long, DefaultEdge> algorithm = new IndexedFRLayoutAlgorithm2D<>(
                    IndexedFRLayoutAlgorithm2D.DEFAULT_ITERATIONS, IndexedFRLayoutAlgorithm2D.DEFAULT_THETA_FACTOR,
                    IndexedFRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR, new Random(SEED));
            algorithm.layout(graph, model);
        }
        for (Long vertex : graph.vertexSet()) {
            places.put(vertex, model.get(vertex));
        }
        return places;
    }

    public List<Node> nodes() {
        return nodes;
    }

    public List<Tie> ties() {
        return ties;
    }

    public List<Node> coreActors() {
        return nodes.stream().filter(Node::core)
                .sorted(Comparator.comparingInt(Node::degree).reversed().thenComparing(n -> n.actor().name(), BY_NAME))
                .toList();
    }

    /** Organisations with few lines that want more (the handbook's Tartuhus and pharmacy). */
    public List<Node> wantingMore() {
        return nodes.stream().filter(n -> n.degree() <= FEW_MAX && n.actor().wantsMore())
                .sorted(Comparator.comparingInt(Node::degree).thenComparing(n -> n.actor().name(), BY_NAME)).toList();
    }

    /** The organisations each one already collaborates with. */
    public Map<Long, Set<Long>> partners() {
        Map<Long, Set<Long>> partners = new HashMap<>();
        nodes.forEach(n -> partners.put(n.actor().id(), new HashSet<>()));
        for (Tie tie : ties) {
            partners.get(tie.first()).add(tie.second());
            partners.get(tie.second()).add(tie.first());
        }
        return partners;
    }
}
