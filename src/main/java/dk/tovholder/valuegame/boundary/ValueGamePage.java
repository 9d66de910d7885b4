package dk.tovholder.valuegame.boundary;

import dk.tovholder.caller.Caller;
import dk.tovholder.identity.boundary.CurrentUser;
import dk.tovholder.language.Messages;
import dk.tovholder.layout.ErrorResponses;
import dk.tovholder.layout.FacesMessages;
import dk.tovholder.meeting.boundary.Meetings;
import dk.tovholder.meeting.entity.Meeting;
import dk.tovholder.organisation.entity.CollaborationValue;
import dk.tovholder.organisation.entity.Organisation;
import dk.tovholder.refusal.NotFound;
import dk.tovholder.refusal.Refusal;
import dk.tovholder.valuegame.entity.ValueAnswer;
import dk.tovholder.valuegame.entity.ValueGame;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * meeting/values.xhtml: the value game of a meeting. The facilitator starts
 * it, marks answers for the member organisations as they speak (or each
 * organisation marks its own), and closes it; everyone who may see the group
 * sees the result as a picture (the handbook's sunshine model: one ray per
 * value, with the organisations that get it) and as a table.
 */
@Named
@ViewScoped
public class ValueGamePage implements Serializable {

    private static final long serialVersionUID = 1L;

    /* The picture's own units (the SVG's viewBox): room around the sun for labels of up to LABEL_CHARS. */
    static final double WIDTH = 1060;
    static final double HEIGHT = 600;
    static final double CX = 530;
    static final double CY = 320;
    static final double SUN = 70;
    static final double FONT = 24;
    static final double LINE = 28;
    static final int LABEL_CHARS = 18;

    @Inject
    ValueGames games;

    @Inject
    Meetings meetings;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesMessages messages;

    private Long meetingId;
    private Meeting meeting;
    private String groupName;
    private ValueGame game;
    private boolean mayRun;
    private List<Organisation> members;
    private List<Organisation> answerable;
    private Long organisationId;
    private CollaborationValue[] selected = new CollaborationValue[0];
    private String ownValue;

    public void load() {
        if (meeting != null) {
            return; // a postback of this view
        }
        if (meetingId == null) {
            ErrorResponses.send(404);
            return;
        }
        try {
            read();
        } catch (NotFound notFound) {
            ErrorResponses.send(404);
        }
    }

    private void read() {
        Caller caller = currentUser.caller();
        meeting = meetings.find(meetingId, caller);
        groupName = meetings.groupOf(meeting, caller).getName();
        game = games.ofMeeting(meetingId, caller).orElse(null);
        mayRun = games.mayRun(meeting, caller);
        members = games.members(meeting, caller);
        answerable = games.answerableFor(meeting, caller);
        if (organisationId == null || answerable.stream().noneMatch(o -> o.getId().equals(organisationId))) {
            organisationId = answerable.stream().filter(o -> caller.belongsTo(o.getId())).findFirst()
                    .or(() -> answerable.stream().findFirst()).map(Organisation::getId).orElse(null);
        }
        prefill();
    }

    /** The chosen organisation's answer so far, in the form. */
    private void prefill() {
        Optional<ValueAnswer> answer = game == null || organisationId == null ? Optional.empty()
                : game.answerOf(organisationId);
        selected = answer.map(a -> a.getValues().toArray(CollaborationValue[]::new))
                .orElse(new CollaborationValue[0]);
        ownValue = answer.map(ValueAnswer::getOwnValue).orElse(null);
    }

    public String start() {
        try {
            games.start(meetingId, currentUser.caller());
            messages.info("valuegame.startedNow");
            return again();
        } catch (Refusal refusal) {
            messages.show(refusal, null);
            return null;
        }
    }

    public String answer() {
        ValueAnswerForm form = new ValueAnswerForm();
        form.setValues(Set.of(selected));
        form.setOwnValue(ownValue);
        try {
            games.answer(meetingId, game.getVersion(), organisationId, form, currentUser.caller());
            messages.info("valuegame.answered", nameOf(organisationId));
            return again() + "&organisation=" + organisationId;
        } catch (Refusal refusal) {
            messages.show(refusal, "answer");
            return null;
        } catch (ConstraintViolationException invalid) {
            messages.show(invalid);
            return null;
        }
    }

    public String close() {
        try {
            games.close(meetingId, game.getVersion(), currentUser.caller());
            messages.info("valuegame.closedNow");
            return again();
        } catch (Refusal refusal) {
            messages.show(refusal, null);
            return null;
        }
    }

    private String again() {
        return "/meeting/values?faces-redirect=true&meeting=" + meetingId;
    }

    private String nameOf(Long id) {
        return members.stream().filter(o -> o.getId().equals(id)).map(Organisation::getName).findFirst().orElse("");
    }

    /**
     * One ray of the sun: a value, who gets it, and where it is drawn: the ray from (x1, y1) to (x2, y2), and its
     * label (the value's name in at most two lines, the last with the count) from (labelX, labelY), one line below
     * the other; {@code number} is the ray's number in the list under the picture, which a phone shows instead.
     */
    public record Ray(CollaborationValue value, int number, List<String> organisations, double x1, double y1,
            double x2, double y2, double width, double labelX, double labelY, String anchor, List<String> label) {
    }

    /** The five rays, clockwise from the top; a ray grows with the organisations that get its value. */
    public List<Ray> getRays() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return layout(v -> game == null ? List.of() : game.giving(v).stream().map(Organisation::getName).toList(),
                v -> Messages.get(locale, "CollaborationValue." + v.name()));
    }

    static List<Ray> layout(Function<CollaborationValue, List<String>> givingOf,
            Function<CollaborationValue, String> nameOf) {
        List<Ray> rays = new ArrayList<>();
        CollaborationValue[] values = CollaborationValue.values();
        for (int i = 0; i < values.length; i++) {
            List<String> giving = givingOf.apply(values[i]);
            double angle = Math.toRadians(-90 + i * 360.0 / values.length);
            double cos = Math.cos(angle);
            double sin = Math.sin(angle);
            double length = 50 + 16 * Math.min(giving.size(), 6);
            double x2 = CX + (SUN + length) * cos;
            double y2 = CY + (SUN + length) * sin;
            String anchor = cos > 0.3 ? "start" : cos < -0.3 ? "end" : "middle";
            List<String> label = wrap(nameOf.apply(values[i]) + " (" + giving.size() + ")", LABEL_CHARS);
            double gap = 16;
            double labelX = x2 + gap * cos;
            double labelY;
            if (sin < -0.5) { // above the ray's end: the last line just above it
                labelY = y2 - gap - (label.size() - 1) * LINE;
            } else if (sin > 0.5) { // below it: the first line's top just below it
                labelY = y2 + gap + FONT;
            } else { // beside it: centred on it
                labelY = y2 + FONT / 3 - (label.size() - 1) * LINE / 2;
            }
            rays.add(new Ray(values[i], i + 1, giving, round(CX + SUN * cos), round(CY + SUN * sin), round(x2),
                    round(y2), 6 + 3 * Math.min(giving.size(), 6), round(labelX), round(labelY), anchor, label));
        }
        return rays;
    }

    /** The organisations that get a ray's value, for the list under the picture. */
    public String names(Ray ray) {
        return String.join(", ", ray.organisations());
    }

    /** Words in lines of at most {@code max} characters where they can be (a longer word stands alone). */
    static List<String> wrap(String text, int max) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > max) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    public String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    public boolean gives(Organisation organisation, CollaborationValue value) {
        return game != null && game.answerOf(organisation.getId()).map(a -> a.gives(value)).orElse(false);
    }

    public String ownValueOf(Organisation organisation) {
        return game == null ? null : game.answerOf(organisation.getId()).map(ValueAnswer::getOwnValue).orElse(null);
    }

    public boolean answered(Organisation organisation) {
        return game != null && game.answerOf(organisation.getId()).isPresent();
    }

    public boolean isMayAnswer() {
        return game != null && !game.isClosed() && !answerable.isEmpty();
    }

    public CollaborationValue[] getValues() {
        return CollaborationValue.values();
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(Long meetingId) {
        this.meetingId = meetingId;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public String getGroupName() {
        return groupName;
    }

    public ValueGame getGame() {
        return game;
    }

    public boolean isMayRun() {
        return mayRun;
    }

    public List<Organisation> getMembers() {
        return members;
    }

    public List<Organisation> getAnswerable() {
        return answerable;
    }

    /** The organisation the form answers for. */
    public String getOrganisationName() {
        return nameOf(organisationId);
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public CollaborationValue[] getSelected() {
        return selected;
    }

    public void setSelected(CollaborationValue[] selected) {
        this.selected = selected == null ? new CollaborationValue[0] : selected;
    }

    public String getOwnValue() {
        return ownValue;
    }

    public void setOwnValue(String ownValue) {
        this.ownValue = ownValue;
    }
}
