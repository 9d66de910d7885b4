package dk.tovholder.meeting.boundary;

import dk.tovholder.api.ApiLanguage;
import dk.tovholder.caller.Caller;
import dk.tovholder.clock.AppClock;
import dk.tovholder.identity.boundary.CurrentUser;
import dk.tovholder.language.Language;
import dk.tovholder.meeting.control.MeetingPdf;
import dk.tovholder.meeting.entity.Meeting;
import dk.tovholder.network.entity.Cadence;
import dk.tovholder.refusal.Forbidden;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/** Meetings and agendas as JSON. */
@Path("meetings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeetingsResource {

    @Inject
    Meetings meetings;

    @Inject
    Minutes minutes;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uri;

    @Inject
    Event<MinutesGathered> minutesGathered;

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
            @Context HttpHeaders headers) {
        Caller caller = currentUser.caller();
        Meeting meeting = meetings.find(id, caller);
        if (!meetings.mayReadAgenda(meeting, caller)) {
            throw new Forbidden("agenda.notPublished");
        }
        Locale locale = lang == null ? ApiLanguage.of(headers)
                : Language.of(lang).locale();
        MeetingPdf.Minutes minutes = null;
        if (meetings.mayReadMinutes(meeting, caller)) {
            MinutesGathered gathered = new MinutesGathered(meeting.getId(), locale);
            minutesGathered.fire(gathered);
            minutes = new MeetingPdf.Minutes(meetings.decisions(meeting),
                    meetings.actions(meeting), gathered.sections());
        }
        byte[] pdf = MeetingPdf.write(meeting, meetings.groupOf(meeting, caller).getName(),
                meetings.followUps(meeting), minutes, locale);
        String day = meeting.getStartsAt().atZone(Cadence.ZONE).toLocalDate().toString();
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
            throw new Forbidden("minutes.notYet");
        }
        LocalDate today = AppClock.today();
        return new MinutesView(meeting.getId(), meeting.isMinutesApproved(),
                meeting.getAgenda().stream().map(i -> new MinutesView.ItemNotes(i.getId(), i.getTitle(), i.getNotes()))
                        .toList(),
                meetings.decisions(meeting).stream().map(d -> new MinutesView.DecisionView(d.getAgendaItemId(),
                        d.getText())).toList(),
                meetings.actions(meeting).stream().map(a -> ActionsResource.ActionView.of(a, today)).toList());
    }

    /** Minutes as the API shows them. */
    public record MinutesView(Long meetingId, boolean approved, List<ItemNotes> items,
            List<DecisionView> decisions, List<ActionsResource.ActionView> actions) {
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
    @PUT
    @Path("{id}/agenda/items/{item}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    public MeetingView writeNotes(@PathParam("id") long id, @PathParam("item") long item,
            @QueryParam("version") @NotNull Long version, @Valid @NotNull NotesForm form) {
        return MeetingView.of(minutes.writeNotes(id, version, item, form.notes(), currentUser.caller()), true);
    }

    /**
     * Changes an agenda item (its editors only, until the minutes are
     * approved). Send the meeting's {@code version} as you last read it; a
     * concurrent change answers 409, as does a change of approved minutes.
     */
    @PUT
    @Path("{id}/agenda/items/{item}")
    @Consumes(MediaType.APPLICATION_JSON)
    public MeetingView changeItem(@PathParam("id") long id, @PathParam("item") long item,
            @QueryParam("version") @NotNull Long version, @Valid @NotNull AgendaItemForm form) {
        return MeetingView.of(meetings.changeItem(id, version, item, form, currentUser.caller()), true);
    }

    /** Removes an agenda item (its editors only, until the minutes are approved; not one with minutes). */
    @DELETE
    @Path("{id}/agenda/items/{item}")
    public MeetingView removeItem(@PathParam("id") long id, @PathParam("item") long item,
            @QueryParam("version") @NotNull Long version) {
        return MeetingView.of(meetings.removeItem(id, version, item, currentUser.caller()), true);
    }

    /** Publishes the agenda to the participants (again, after a change). */
    @POST
    @Path("{id}/agenda/publish")
    public MeetingView publish(@PathParam("id") long id, @QueryParam("version") @NotNull Long version) {
        return MeetingView.of(meetings.publishAgenda(id, version, currentUser.caller()), true);
    }

    /**
     * A step of the minutes that may need a reason: before the meeting's start
     * the minutes are circulated or approved only with {@code overrideReason}
     * (kept in the audit log); without it, 409.
     */
    public record MinutesStep(@Size(max = Meetings.OVERRIDE_REASON_MAX)
            String overrideReason) {
    }

    /** Sends the draft minutes to the participants for comments (body optional). */
    @POST
    @Path("{id}/minutes/circulate")
    @Consumes(MediaType.APPLICATION_JSON)
    public MeetingView circulate(@PathParam("id") long id, @QueryParam("version") @NotNull Long version,
            @Valid MinutesStep step) {
        return MeetingView.of(minutes.circulateMinutes(id, version, step == null ? null : step.overrideReason(),
                currentUser.caller()), true);
    }

    /** Approves the minutes (body optional); from then on the meeting is read-only (409) until a correction. */
    @POST
    @Path("{id}/minutes/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    public MeetingView approve(@PathParam("id") long id, @QueryParam("version") @NotNull Long version,
            @Valid MinutesStep step) {
        return MeetingView.of(minutes.approveMinutes(id, version, step == null ? null : step.overrideReason(),
                currentUser.caller()), true);
    }

    /** Why approved minutes are corrected. */
    public record Correction(@NotNull @Size(max = 1000) String reason) {
    }

    /** Opens approved minutes for a correction, with its reason; approving them again keeps a new version. */
    @POST
    @Path("{id}/minutes/correction")
    @Consumes(MediaType.APPLICATION_JSON)
    public MeetingView correct(@PathParam("id") long id, @QueryParam("version") @NotNull Long version,
            @Valid @NotNull Correction correction) {
        return MeetingView.of(minutes.reopenForCorrection(id, version, correction.reason(), currentUser.caller()),
                true);
    }

    /** Approved versions of the minutes, newest first: number, when, by whom, why, and the text. */
    @GET
    @Path("{id}/minutes/versions")
    public List<VersionView> versions(@PathParam("id") long id) {
        Caller caller = currentUser.caller();
        Meeting meeting = meetings.find(id, caller);
        if (!meetings.mayReadMinutes(meeting, caller)) {
            throw new Forbidden("minutes.notYet");
        }
        return minutes.versions(meeting).stream().map(v -> new VersionView(v.getNumber(),
                MeetingView.local(v.getApprovedAt()), v.getApprovedBy() == null ? null : v.getApprovedBy().getName(),
                v.getReason(), v.getContent())).toList();
    }

    /** One approved version of the minutes. */
    public record VersionView(int number, OffsetDateTime approvedAt, String approvedBy, String reason,
            String content) {
    }
}
