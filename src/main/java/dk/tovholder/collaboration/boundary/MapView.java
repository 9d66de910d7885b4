package dk.tovholder.collaboration.boundary;

import dk.tovholder.collaboration.control.MapStyle;
import dk.tovholder.collaboration.control.NetworkGraph;
import dk.tovholder.collaboration.control.Origin;
import dk.tovholder.collaboration.control.Suggestions;
import dk.tovholder.collaboration.control.Tie;
import dk.tovholder.collaboration.entity.CollaborationKind;
import dk.tovholder.language.Messages;
import dk.tovholder.organisation.entity.CollaborationValue;
import dk.tovholder.organisation.entity.OrganisationType;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The network map as JSON: the organisations with their measures, place
 * (0..1000 × 0..700) and colour, the lines, and the organisations with few
 * lines that want more, each with suggested partners in a sentence.
 */
public record MapView(List<NodeView> nodes, List<TieView> ties, List<Long> coreActors,
        List<WantingMore> wantingMore) {

    public record NodeView(long id, String name, OrganisationType type, String colour, double radius, int degree,
            double betweenness, boolean core, boolean isolated, boolean wantsMore, double x, double y) {
    }

    public record TieView(long first, long second, CollaborationKind kind, String colour, Origin origin,
            LocalDate since, LocalDate until, String label) {
    }

    public record SuggestionView(long partnerId, String partner, CollaborationValue value, String reason) {
        public static SuggestionView of(Suggestions.Suggestion s, Locale locale) {
            return new SuggestionView(s.partner().id(), s.partner().name(), s.value(),
                    Messages.get(locale, s.reasonKey(), s.arguments().toArray()));
        }
    }

    public record WantingMore(long id, String name, int degree, List<SuggestionView> suggestions) {
    }

    public static MapView of(NetworkGraph graph, Function<Long, List<Suggestions.Suggestion>> suggestions,
            Locale locale) {
        return new MapView(
                graph.nodes().stream().map(n -> new NodeView(n.actor().id(), n.actor().name(), n.actor().type(),
                        MapStyle.colour(n.actor().type()), MapStyle.radius(n.degree()), n.degree(),
                        Math.round(n.betweenness() * 1000) / 1000.0, n.core(), n.isolated(), n.actor().wantsMore(),
                        Math.round(n.x() * 10) / 10.0, Math.round(n.y() * 10) / 10.0)).toList(),
                graph.ties().stream().map(MapView::tie).toList(),
                graph.coreActors().stream().map(n -> n.actor().id()).toList(),
                graph.wantingMore().stream().map(n -> new WantingMore(n.actor().id(), n.actor().name(), n.degree(),
                        suggestions.apply(n.actor().id()).stream().map(s -> SuggestionView.of(s, locale)).toList()))
                        .toList());
    }

    private static TieView tie(Tie t) {
        return new TieView(t.first(), t.second(), t.kind(), MapStyle.colour(t.kind()), t.origin(), t.since(),
                t.until(), t.label());
    }
}
