package dk.tovholder.meeting.control;

import dk.tovholder.language.Messages;
import dk.tovholder.meeting.entity.ActionItem;
import dk.tovholder.meeting.entity.AgendaItem;
import dk.tovholder.meeting.entity.Decision;
import dk.tovholder.meeting.entity.Meeting;
import java.util.List;
import java.util.Locale;

/** The minutes as plain text, as they are kept in an approved version (in Danish, the programme's language). */
public final class MinutesText {

    private static final Locale DANISH = Locale.forLanguageTag("da");

    private MinutesText() {
    }

    public static String of(Meeting meeting, List<Decision> decisions, List<ActionItem> actions) {
        StringBuilder text = new StringBuilder();
        for (AgendaItem item : meeting.getAgenda()) {
            text.append(item.getPosition() + 1).append(". ").append(item.getTitle()).append('\n');
            if (item.getNotes() != null) {
                text.append(item.getNotes()).append('\n');
            }
            text.append('\n');
        }
        text.append(Messages.get(DANISH, "minutes.decisions")).append(":\n");
        decisions.forEach(d -> text.append("- ").append(d.getText()).append('\n'));
        text.append('\n').append(Messages.get(DANISH, "minutes.actions")).append(":\n");
        actions.forEach(a -> text.append("- ").append(a.getWhat()).append(" (")
                .append(a.getResponsibleOrganisation().getName())
                .append(a.getResponsiblePerson() == null ? "" : ", " + a.getResponsiblePerson())
                .append(", ").append(Messages.get(DANISH, "action.due")).append(' ').append(a.getDueDate())
                .append(")\n"));
        return text.toString();
    }
}
