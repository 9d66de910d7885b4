package dk.tovholder.meeting.boundary;

import dk.tovholder.identity.boundary.CurrentUser;
import dk.tovholder.identity.entity.Caller;
import dk.tovholder.meeting.entity.Meeting;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;

/** Meetings and agendas as JSON. */
@Path("meetings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeetingsResource {

    @Inject
    Meetings meetings;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uri;

    @Inject
    jakarta.enterprise.event.Event<MinutesGathered> minutesGathered;

    @GET
    @Path("{id}")
    public MeetingView get(@PathParam("id") long id) {
        Caller caller = currentUser.caller();
        Meeting meeting = meetings.find(id, caller);
        return MeetingView.of(meeting, meetings.mayReadAgenda(meeting, caller));
    }

    /**
     * The agenda (and the minutes, for those who may read them) as a PDF, in
     * the language asked for ({@code lang=da|en}) or of {@code Accept-Language}.
     */
    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") long id, @QueryParam("lang") String lang,
            @Context jakarta.ws.rs.core.HttpHeaders headers) {
        Caller caller = currentUser.caller();
        Meeting meeting = meetings.find(id, caller);
        if (!meetings.mayReadAgenda(meeting, caller)) {
            throw new dk.tovholder.refusal.Forbidden("agenda.notPublished");
        }
        java.util.Locale locale = lang == null ? dk.tovholder.api.ApiLanguage.of(headers)
                : dk.tovholder.language.Language.of(lang).locale();
        dk.tovholder.meeting.control.MeetingPdf.Minutes minutes = null;
        if (meetings.mayReadMinutes(meeting, caller)) {
            MinutesGathered gathered = new MinutesGathered(meeting.getId(), locale);
            minutesGathered.fire(gathered);
            minutes = new dk.tovholder.meeting.control.MeetingPdf.Minutes(meetings.decisions(meeting),
                    meetings.actions(meeting), gathered.sections());
        }
        byte[] pdf = dk.tovholder.meeting.control.MeetingPdf.write(meeting, meetings.groupOf(meeting, caller).getName(),
                meetings.followUps(meeting), minutes, locale);
        String day = meeting.getStartsAt().atZone(dk.tovholder.network.entity.Cadence.ZONE).toLocalDate().toString();
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"dagsorden-" + day + ".pdf\"").build();
    }

    /** The minutes: notes per item, decisions and action items; for members once approved. */
    @GET
    @Path("{id}/minutes")
    public MinutesView minutes(@PathParam("id") long id) {
        Caller caller = currentUser.caller();
        Meeting meeting = meetings.find(id, caller);
        if (!meetings.mayReadMinutes(meeting, caller)) {
            throw new dk.tovholder.refusal.Forbidden("minutes.notYet");
        }
        java.time.LocalDate today = java.time.LocalDate.now(dk.tovholder.network.entity.Cadence.ZONE);
        return new MinutesView(meeting.getId(), meeting.isMinutesApproved(),
                meeting.getAgenda().stream().map(i -> new MinutesView.ItemNotes(i.getId(), i.getTitle(), i.getNotes()))
                        .toList(),
                meetings.decisions(meeting).stream().map(d -> new MinutesView.DecisionView(d.getAgendaItemId(),
                        d.getText())).toList(),
                meetings.actions(meeting).stream().map(a -> ActionsResource.ActionView.of(a, today)).toList());
    }

    /** Minutes as the API shows them. */
    public record MinutesView(Long meetingId, boolean approved, java.util.List<ItemNotes> items,
            java.util.List<DecisionView> decisions, java.util.List<ActionsResource.ActionView> actions) {
        public record ItemNotes(Long agendaItemId, String title, String notes) {
        }

        public record DecisionView(Long agendaItemId, String text) {
        }
    }

    /**
     * Adds an item at the end of the agenda (its editors only). Send the
     * meeting's {@code version} as you last read it in the query; a concurrent
     * change answers 409.
     */
    @POST
    @Path("{id}/agenda/items")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addItem(@PathParam("id") long id, @QueryParam("version") @NotNull Long version,
            @Valid @NotNull AgendaItemForm item) {
        Meeting meeting = meetings.addItem(id, version, item, currentUser.caller());
        return Response.created(uri.getBaseUriBuilder().path("meetings").path(String.valueOf(id)).build())
                .entity(MeetingView.of(meeting, true)).build();
    }

    /** The notes of one agenda item in the minutes (their writers only, until approved). */
    public record NotesForm(String notes) {
    }

    /**
     * Writes the minutes' notes of an agenda item (the minutes' writers only,
     * until they are approved). Send the meeting's {@code version} as you last
     * read it; a concurrent change answers 409.
     */
    @jakarta.ws.rs.PUT
    @Path("{id}/agenda/items/{item}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    public MeetingView writeNotes(@PathParam("id") long id, @PathParam("item") long item,
            @QueryParam("version") @NotNull Long version, @Valid @NotNull NotesForm form) {
        return MeetingView.of(meetings.writeNotes(id, version, item, form.notes(), currentUser.caller()), true);
    }
}
