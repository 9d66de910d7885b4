package dk.tovholder.collaboration.boundary;

import dk.tovholder.collaboration.control.MapStyle;
import dk.tovholder.collaboration.control.NetworkGraph;
import dk.tovholder.collaboration.control.Suggestions;
import dk.tovholder.collaboration.entity.CollaborationKind;
import dk.tovholder.identity.boundary.CurrentUser;
import dk.tovholder.organisation.entity.OrganisationType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * collaboration/map.xhtml: the map with its filters (a GET form, so a map can
 * be bookmarked and the exports follow the same filters), the core actors,
 * and the organisations with few lines that want more, with suggestions.
 * The page itself carries the text alternative of the picture: every
 * organisation with its partners.
 */
@Named
@RequestScoped
public class MapPage {

    @Inject
    NetworkMap map;

    @Inject
    CurrentUser currentUser;

    private Set<CollaborationKind> kinds = EnumSet.noneOf(CollaborationKind.class);
    private LocalDate from;
    private LocalDate to;
    private boolean invalidPeriod;
    private NetworkGraph graph;
    private Map<Long, String> names;
    private Map<Long, Set<Long>> partners;

    public void load() {
        Map<String, String[]> parameters = FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterValuesMap();
        for (String kind : parameters.getOrDefault("kind", new String[0])) {
            Arrays.stream(CollaborationKind.values()).filter(k -> k.name().equals(kind)).forEach(kinds::add);
        }
        from = date(parameters.get("from"));
        to = date(parameters.get("to"));
        if (from != null && to != null && to.isBefore(from)) {
            invalidPeriod = true;
            to = null;
        }
        graph = map.graph(new MapFilter(kinds, from, to));
    }

    private static LocalDate date(String[] values) {
        if (values == null || values.length == 0 || values[0].isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(values[0].strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The filters as a query string, for the JSON, the SVG and the CSV. */
    public String getQuery() {
        StringBuilder query = new StringBuilder();
        kinds.stream().sorted().forEach(k -> query.append("kind=").append(k).append('&'));
        if (from != null) {
            query.append("from=").append(from).append('&');
        }
        if (to != null) {
            query.append("to=").append(to).append('&');
        }
        return query.toString();
    }

    public List<Suggestions.Suggestion> suggestionsFor(long organisation) {
        return map.suggestionsFor(organisation);
    }

    /** An organisation's partners on the map, by name (the names and partners are worked out once a request). */
    public String partnersOf(long organisation) {
        if (partners == null) {
            names = graph.nodes().stream().collect(Collectors.toMap(n -> n.actor().id(), n -> n.actor().name()));
            partners = graph.partners();
        }
        return partners.getOrDefault(organisation, Set.of()).stream().map(names::get).sorted()
                .collect(Collectors.joining(", "));
    }

    public boolean shows(CollaborationKind kind) {
        return kinds.contains(kind);
    }

    public CollaborationKind[] getKinds() {
        return CollaborationKind.values();
    }

    /** The organisation types, for the legend of the circles' colours. */
    public OrganisationType[] getTypes() {
        return OrganisationType.values();
    }

    /** A type's colour on the map (the legend draws it as an SVG fill: no inline style under the CSP). */
    public String colour(OrganisationType type) {
        return MapStyle.colour(type);
    }

    public NetworkGraph getGraph() {
        return graph;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }

    public boolean isInvalidPeriod() {
        return invalidPeriod;
    }

    public String percent(double share) {
        return String.format(Locale.ROOT, "%.0f %%", share * 100);
    }
}
