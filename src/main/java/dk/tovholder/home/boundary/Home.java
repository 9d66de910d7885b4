package dk.tovholder.home.boundary;

import dk.tovholder.caller.Caller;
import dk.tovholder.exchange.boundary.Exchange;
import dk.tovholder.experience.boundary.ExperienceGroups;
import dk.tovholder.meeting.boundary.MeetingArchive;
import dk.tovholder.meeting.boundary.Meetings;
import dk.tovholder.network.boundary.DutyChecklists;
import dk.tovholder.network.boundary.MeetingDuty;
import dk.tovholder.room.boundary.Bookings;
import dk.tovholder.room.boundary.Rooms;
import dk.tovholder.room.entity.Booking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * "What do I need to do?": the start page's sections for one person, read
 * through the boundaries that own them, in one transaction. Each section
 * reads one row more than it shows, so the page can say there are more
 * without counting them.
 */
@ApplicationScoped
@Transactional
public class Home {

    /** rows a section shows; the page links to the whole list */
    public static final int SHOWN = 5;

    @Inject
    Meetings meetings;

    @Inject
    MeetingArchive archive;

    @Inject
    DutyChecklists checklists;

    @Inject
    Bookings bookings;

    @Inject
    Rooms rooms;

    @Inject
    Exchange exchange;

    @Inject
    ExperienceGroups experienceGroups;

    @Inject
    Clock clock;

    public Overview overview(@NotNull Caller caller) {
        LocalDate today = LocalDate.now(clock);
        Section<Booking> requests = caller.organisationId() != null
                && rooms.mayManageRoomsOf(caller.organisationId(), caller)
                ? Section.of(bookings.pending(caller, SHOWN + 1), SHOWN) : null;
        return new Overview(today, requests, duties(caller, today),
                Section.of(meetings.openActionsOf(caller, SHOWN + 1), SHOWN),
                Section.of(meetings.comingFor(caller, SHOWN + 1), SHOWN),
                experienceGroups.nextSessions(caller),
                Section.of(exchange.newFor(caller, SHOWN + 1), SHOWN));
    }

    /**
     * The duties with something missing first (those with a late item
     * before them), then by date; with the meetings where the job is done.
     */
    private Section<DutyTask> duties(Caller caller, LocalDate today) {
        List<MeetingDuty> all = checklists.myDuties(caller);
        if (all.isEmpty()) {
            return Section.of(List.of(), SHOWN);
        }
        List<DutyTask> tasks = new ArrayList<>(all.size());
        for (MeetingDuty duty : all) {
            tasks.add(new DutyTask(duty, null, DutyTask.missing(duty, today)));
        }
        tasks.sort(Comparator.comparing((DutyTask t) -> !t.isLate()).thenComparing(DutyTask::isReady)
                .thenComparing(t -> t.duty().start()));
        Section<DutyTask> first = Section.of(tasks, SHOWN);
        Map<String, Long> meetingIds = archive.ofDuties(first.items().stream().map(DutyTask::duty).toList(), caller);
        return new Section<>(first.items().stream().map(t -> new DutyTask(t.duty(),
                meetingIds.get(MeetingArchive.key(t.duty().groupId(), t.duty().day())), t.missing())).toList(),
                first.more());
    }
}
