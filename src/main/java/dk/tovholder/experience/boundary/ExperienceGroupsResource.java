package dk.tovholder.experience.boundary;

import dk.tovholder.api.ApiLanguage;
import dk.tovholder.experience.control.ExperienceReport;
import dk.tovholder.experience.entity.ExperienceGroup;
import dk.tovholder.identity.boundary.CurrentUser;
import dk.tovholder.identity.entity.Caller;
import dk.tovholder.language.Language;
import dk.tovholder.refusal.Forbidden;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/** Experience groups as JSON, and the final report as PDF. */
@Path("experience-groups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ExperienceGroupsResource {

    @Inject
    ExperienceGroups groups;

    @Inject
    CurrentUser currentUser;

    /** Every group's progress (for the programme manager). */
    @GET
    public List<ExperienceView> all() {
        return groups.all().stream().map(ExperienceView::summary).toList();
    }

    /** A group; with participants and the steps' outputs for its facilitator and participants. */
    @GET
    @Path("{id}")
    public ExperienceView get(@PathParam("id") long id) {
        Caller caller = currentUser.caller();
        ExperienceGroup group = groups.find(id);
        if (!groups.mayRead(group, caller)) {
            return ExperienceView.summary(group);
        }
        return ExperienceView.full(group, groups.advice(group, caller), groups.contributions(group, caller),
                groups.agreements(group, caller), groups.expectations(group, caller));
    }

    /** The final report as PDF, in the language asked for ({@code lang=da|en}) or of {@code Accept-Language}. */
    @GET
    @Path("{id}/report")
    @Produces("application/pdf")
    public Response report(@PathParam("id") long id, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        Caller caller = currentUser.caller();
        ExperienceGroup group = groups.find(id);
        if (!groups.mayRead(group, caller)) {
            throw new Forbidden("experience.read.forbidden");
        }
        Locale locale = lang == null ? ApiLanguage.of(headers) : Language.of(lang).locale();
        byte[] pdf = ExperienceReport.write(group, groups.content(group, caller), locale);
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"erfaringsgruppe-" + group.getId() + ".pdf\"").build();
    }
}
