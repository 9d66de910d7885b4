package dk.tovholder.collaboration.boundary;

import dk.tovholder.api.ApiLanguage;
import dk.tovholder.collaboration.control.MapCsv;
import dk.tovholder.collaboration.control.MapSvg;
import dk.tovholder.collaboration.control.NetworkGraph;
import dk.tovholder.collaboration.entity.CollaborationKind;
import dk.tovholder.language.Language;
import dk.tovholder.language.Messages;
import dk.tovholder.refusal.Refusal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The network map: {@code GET /api/network-map} (JSON), {@code .../svg}
 * (the picture), {@code .../edges.csv} (the lines) and
 * {@code .../suggestions?organisation=}; each with the filters
 * {@code kind} (repeatable), {@code from} and {@code to}, and {@code lang}
 * for the words in the picture and the CSV.
 */
@Path("network-map")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NetworkMapResource {

    @Inject
    NetworkMap map;

    @Context
    HttpHeaders headers;

    private static MapFilter filter(List<CollaborationKind> kinds, LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw Refusal.onField("to", "map.period.invalid");
        }
        return new MapFilter(kinds == null ? Set.of() : Set.copyOf(kinds), from, to);
    }

    private Locale locale(String lang) {
        return lang != null ? Language.of(lang).locale() : ApiLanguage.of(headers);
    }

    @GET
    public MapView get(@QueryParam("kind") List<CollaborationKind> kinds, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to, @QueryParam("lang") String lang) {
        NetworkGraph graph = map.graph(filter(kinds, from, to));
        return MapView.of(graph, map::suggestionsFor, locale(lang));
    }

    @GET
    @Path("svg")
    @Produces("image/svg+xml")
    public Response svg(@QueryParam("kind") List<CollaborationKind> kinds, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to, @QueryParam("lang") String lang) {
        Locale locale = locale(lang);
        String svg = MapSvg.write(map.graph(filter(kinds, from, to)), Messages.get(locale, "map.title"),
                key -> Messages.get(locale, key));
        return Response.ok(svg, "image/svg+xml;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"netvaerkskort.svg\"").build();
    }

    @GET
    @Path("edges.csv")
    @Produces("text/csv")
    public Response edges(@QueryParam("kind") List<CollaborationKind> kinds, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to, @QueryParam("lang") String lang) {
        Locale locale = locale(lang);
        NetworkGraph graph = map.graph(filter(kinds, from, to));
        StreamingOutput body = out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            MapCsv.write(graph, locale, writer);
            writer.flush();
        };
        return Response.ok(body, "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"samarbejder.csv\"").build();
    }

    @GET
    @Path("suggestions")
    public List<MapView.SuggestionView> suggestions(@QueryParam("organisation") @NotNull Long organisation,
            @QueryParam("lang") String lang) {
        Locale locale = locale(lang);
        return map.suggestionsFor(organisation).stream().map(s -> MapView.SuggestionView.of(s, locale)).toList();
    }
}
