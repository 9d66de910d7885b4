package dk.tovholder.experience.boundary;

import dk.tovholder.api.ApiLanguage;
import dk.tovholder.caller.Caller;
import dk.tovholder.experience.control.ExperienceReport;
import dk.tovholder.experience.entity.ExperienceGroup;
import dk.tovholder.experience.entity.Step;
import dk.tovholder.identity.boundary.CurrentUser;
import dk.tovholder.language.Language;
import dk.tovholder.refusal.Forbidden;
import dk.tovholder.refusal.Refusal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

/**
 * Experience groups as JSON, and the final report as PDF. The facilitator
 * completes a step ({@code POST {id}/steps/{1-4}/complete}) and closes the
 * programme ({@code POST {id}/close}), each with the group's {@code version}
 * as last read. Both follow the time rules: a step from its session's start,
 * closing from the last session's start. Earlier the answer is 409
 * problem+json ({@code overridable: true}, the {@code step}, and the session's
 * {@code sessionMeetingId} and {@code sessionStartsAt} when one is scheduled);
 * the same request with the query parameter {@code overrideReason} (at most
 * {@value ExperienceGroups#OVERRIDE_REASON_MAX} characters) records it anyway,
 * and the audit log keeps the reason.
 */
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
        return full(group, caller);
    }

    /**
     * Completes step {@code step} (1-4) when its worksheet is complete and its
     * session has begun, or before then with an {@code overrideReason}. Answers
     * the group.
     */
    @POST
    @Path("{id}/steps/{step}/complete")
    public ExperienceView complete(@PathParam("id") long id, @PathParam("step") int step,
            @QueryParam("version") @NotNull Long version, @QueryParam("overrideReason") String overrideReason) {
        if (step < 1 || step > Step.values().length) {
            throw Refusal.onField("step", "experience.step.unknown", step);
        }
        Caller caller = currentUser.caller();
        return full(groups.completeStep(id, version, Step.of(step), overrideReason, caller), caller);
    }

    /**
     * Closes the programme when all four steps are done, the joint project is
     * described and the last session has begun, or before then with an
     * {@code overrideReason}. Answers the group.
     */
    @POST
    @Path("{id}/close")
    public ExperienceView close(@PathParam("id") long id, @QueryParam("version") @NotNull Long version,
            @QueryParam("overrideReason") String overrideReason) {
        Caller caller = currentUser.caller();
        return full(groups.close(id, version, overrideReason, caller), caller);
    }

    private ExperienceView full(ExperienceGroup group, Caller caller) {
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
