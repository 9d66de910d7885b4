package dk.tovholder.organisation.boundary;

import dk.tovholder.api.ApiLanguage;
import dk.tovholder.caller.Caller;
import dk.tovholder.caller.CurrentCaller;
import dk.tovholder.language.Language;
import dk.tovholder.organisation.control.DirectoryCsv;
import dk.tovholder.organisation.entity.CollaborationValue;
import dk.tovholder.organisation.entity.Organisation;
import dk.tovholder.organisation.entity.OrganisationType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * {@code GET /api/organisations} (the directory, filtered and paged; the total
 * in {@code X-Total-Count}), {@code GET /api/organisations/{id}},
 * {@code GET /api/organisations/export} (the same filters as CSV),
 * {@code POST /api/organisations} (administrators) and
 * {@code PUT /api/organisations/{id}} (administrators and the organisation's own people).
 */
@Path("organisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationsResource {

    @Inject
    Organisations organisations;

    @Inject
    CurrentCaller currentCaller;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @GET
    public Response list(@QueryParam("q") @Size(max = 200) String text,
            @QueryParam("type") OrganisationType type,
            @QueryParam("value") CollaborationValue value,
            @QueryParam("competence") @Size(max = 200) String competence,
            @QueryParam("first") @DefaultValue("0") @Min(0) int first,
            @QueryParam("max") @DefaultValue("100") @Min(1) @Max(Organisations.MAX_PAGE) int max) {
        OrganisationFilter filter = new OrganisationFilter(text, type, value, competence);
        Caller caller = currentCaller.caller();
        List<OrganisationView> page = organisations.search(filter, first, max).stream()
                .map(o -> OrganisationView.of(o, caller)).toList();
        return Response.ok(page).header("X-Total-Count", organisations.count(filter)).build();
    }

    @GET
    @Path("{id}")
    public OrganisationView get(@PathParam("id") long id) {
        return OrganisationView.of(organisations.find(id), currentCaller.caller());
    }

    /** A new organisation (administrators only); its name must be free. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull @Valid OrganisationForm form) {
        Caller caller = currentCaller.caller();
        Organisation created = organisations.create(form, caller);
        return Response.created(uri.getBaseUriBuilder().path("organisations").path(String.valueOf(created.getId()))
                .build()).entity(OrganisationView.of(created, caller)).build();
    }

    /** Saves an edit of the profile seen at {@code version} (or {@code If-Match}); the whole profile is sent. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public OrganisationView update(@PathParam("id") long id, @QueryParam("version") @NotNull Long version,
            @NotNull @Valid OrganisationForm form) {
        Caller caller = currentCaller.caller();
        return OrganisationView.of(organisations.update(id, version, form, caller), caller);
    }

    @GET
    @Path("export")
    @Produces("text/csv")
    public Response export(@QueryParam("q") @Size(max = 200) String text,
            @QueryParam("type") OrganisationType type,
            @QueryParam("value") CollaborationValue value,
            @QueryParam("competence") @Size(max = 200) String competence,
            @QueryParam("lang") String lang) {
        OrganisationFilter filter = new OrganisationFilter(text, type, value, competence);
        Caller caller = currentCaller.caller();
        Locale locale = lang != null ? Language.of(lang).locale() : ApiLanguage.of(headers);
        var rows = organisations.searchAll(filter);
        StreamingOutput body = out -> {
            var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            DirectoryCsv.write(rows, caller, locale, writer);
            writer.flush();
        };
        return Response.ok(body, "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"organisationer.csv\"")
                .build();
    }
}
