package dk.tovholder.meeting.boundary;

import dk.tovholder.clock.AppClock;
import dk.tovholder.meeting.entity.AgendaItem;
import dk.tovholder.meeting.entity.Meeting;
import dk.tovholder.network.entity.Cadence;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A meeting as the API shows it, times in Copenhagen with their offset. The
 * agenda is included for those who may read it (published, or editors).
 * {@code phase} is where the meeting is in its life (BEFORE, MINUTES,
 * APPROVED, CANCELLED); once the minutes are approved, every change of the
 * agenda or minutes answers 409 until a correction reopens them.
 */
public record MeetingView(Long id, Long groupId, String title, OffsetDateTime start, OffsetDateTime end, String place,
        String status, String phase, boolean agendaPublished, boolean minutesApproved, boolean agendaTooLong,
        OffsetDateTime estimatedEnd, OffsetDateTime invitationSentAt, long version,
        List<Item> agenda) {

    public record Item(Long id, int position, String title, String description, String type, String presenter,
            int minutes, OffsetDateTime start) {
    }

    static OffsetDateTime local(Instant instant) {
        return instant.atZone(Cadence.ZONE).toOffsetDateTime();
    }

    public static MeetingView of(Meeting m, boolean withAgenda) {
        List<Item> items = new ArrayList<>();
        if (withAgenda) {
            List<Instant> starts = m.itemStarts();
            List<AgendaItem> agenda = m.getAgenda();
            for (int i = 0; i < agenda.size(); i++) {
                AgendaItem a = agenda.get(i);
                items.add(new Item(a.getId(), a.getPosition(), a.getTitle(), a.getDescription(), a.getType().name(),
                        a.getPresenter(), a.getMinutes(), local(starts.get(i))));
            }
        }
        return new MeetingView(m.getId(), m.getGroupId(), m.getTitle(), local(m.getStartsAt()), local(m.getEndsAt()),
                m.getPlace(), m.getStatus().name(), m.phase(AppClock.now()).name(), m.isAgendaPublished(),
                m.isMinutesApproved(), withAgenda && m.isOverlong(),
                withAgenda ? local(m.estimatedEnd()) : null,
                m.isInvitationSent() ? local(m.getInvitationSentAt()) : null, m.getVersion(), withAgenda ? items : null);
    }
}
