package dk.tovholder.room.boundary;

import dk.tovholder.caller.Caller;
import dk.tovholder.clock.AppClock;
import dk.tovholder.identity.boundary.CurrentUser;
import dk.tovholder.language.LanguagePreference;
import dk.tovholder.language.Messages;
import dk.tovholder.layout.ErrorResponses;
import dk.tovholder.layout.FacesMessages;
import dk.tovholder.room.control.BookingRules;
import dk.tovholder.room.entity.Booking;
import dk.tovholder.room.entity.BookingStatus;
import dk.tovholder.room.entity.OpeningHours;
import dk.tovholder.room.entity.Room;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.primefaces.model.timeline.TimelineEvent;
import org.primefaces.model.timeline.TimelineGroup;
import org.primefaces.model.timeline.TimelineModel;

/**
 * The room owner's overview of a day or a week: its rooms as rows of a timeline, each
 * booking a span coloured by the organisation holding it, and the same as a list per
 * room for keyboards, screen readers and phones. The page's parameters are read by
 * hand: a date or owner that cannot be read is a message and a sensible default, not
 * an error page.
 */
@Named
@ViewScoped
public class DayPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The timeline's hours when none of the rooms is open that day. */
    static final int FIRST_HOUR = 7;
    static final int LAST_HOUR = 22;
    /** The number of organisation colours (tovholder.css, org-colour-0 … 7). */
    static final int COLOURS = 8;
    static final String WEEK = "week";

    @Inject
    RoomOverviews overviews;

    @Inject
    Bookings bookings;

    @Inject
    Rooms rooms;

    @Inject
    CurrentUser currentUser;

    @Inject
    LanguagePreference language;

    @Inject
    FacesMessages messages;

    private String dateParam;
    private String viewParam;
    private String ownerParam;
    private LocalDate date;
    private boolean week;
    private Long owner;
    private transient Overview overview;

    /** One booking as the page shows it: its room, when, by whom, and its colour. */
    public record Entry(Booking booking, LocalDate day, String from, String to, String label, boolean pending,
            int colour) {
        public String getStyleClass() {
            return "org-colour-" + colour + (pending ? " booking-pending" : " booking-confirmed");
        }
    }

    /** A room's bookings in the range, in order. */
    public record RoomRow(Room room, List<Entry> entries) {
    }

    /** An organisation holding a booking in the range, and its colour. */
    public record Holder(String name, int colour) {
    }

    /** What the page shows, computed once per view from two queries. */
    record Overview(List<RoomRow> rows, List<Holder> legend, TimelineModel<Entry, Room> timeline,
            LocalDateTime start, LocalDateTime end) {
    }

    public void load() {
        if (date != null) {
            return; // a postback: the parameters were read on the first request
        }
        // the messages of the page's parameters in the reader's language (the view is not built yet)
        FacesContext.getCurrentInstance().getViewRoot().setLocale(language.getLocale());
        Caller caller = currentUser.caller();
        owner = readOwner(caller);
        if (owner == null || !rooms.mayManageRoomsOf(owner, caller)) {
            ErrorResponses.send(403);
            return;
        }
        date = readDate();
        week = WEEK.equals(viewParam);
        if (viewParam != null && !viewParam.isBlank() && !week && !"day".equals(viewParam)) {
            messages.error("room.day.badView");
        }
    }

    private Long readOwner(Caller caller) {
        if (ownerParam == null || ownerParam.isBlank()) {
            return caller.organisationId();
        }
        try {
            return Long.valueOf(ownerParam.trim());
        } catch (NumberFormatException notANumber) {
            messages.error("room.day.badOwner");
            return caller.organisationId();
        }
    }

    private LocalDate readDate() {
        LocalDate today = AppClock.today();
        if (dateParam == null || dateParam.isBlank()) {
            return today;
        }
        try {
            return LocalDate.parse(dateParam.trim());
        } catch (DateTimeParseException unreadable) {
            messages.error("room.day.badDate");
            return today;
        }
    }

    private Overview overview() {
        if (overview == null) {
            overview = build();
        }
        return overview;
    }

    private Overview build() {
        Caller caller = currentUser.caller();
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        LocalDate first = getFirstDay();
        int days = week ? 7 : 1;
        Map<Room, List<Booking>> byRoom = overviews.between(owner, first, days);
        Map<String, Integer> colours = new TreeMap<>();
        byRoom.values().forEach(list -> list.forEach(b -> colours.put(b.getOrganisation().getName(), 0)));
        int next = 0;
        for (Map.Entry<String, Integer> c : colours.entrySet()) {
            c.setValue(next++ % COLOURS);
        }
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        String pendingWord = Messages.get(locale, "BookingStatus.PENDING");
        Predicate<Booking> purposeShown = bookings.purposeVisibleTo(caller);
        TimelineModel<Entry, Room> timeline = new TimelineModel<>();
        List<RoomRow> rows = new ArrayList<>();
        for (Map.Entry<Room, List<Booking>> e : byRoom.entrySet()) {
            Room room = e.getKey();
            timeline.addGroup(new TimelineGroup<>(String.valueOf(room.getId()), room));
            List<Entry> entries = new ArrayList<>();
            for (Booking b : e.getValue()) {
                LocalDateTime from = b.getStartsAt().atZone(BookingRules.ZONE).toLocalDateTime();
                LocalDateTime to = b.getEndsAt().atZone(BookingRules.ZONE).toLocalDateTime();
                boolean pending = b.getStatus() == BookingStatus.PENDING;
                String label = b.getOrganisation().getName()
                        + (purposeShown.test(b) ? ": " + b.getPurpose() : "");
                Entry entry = new Entry(b, from.toLocalDate(), from.format(time), to.format(time),
                        pending ? pendingWord + ": " + label : label, pending,
                        colours.get(b.getOrganisation().getName()));
                entries.add(entry);
                timeline.add(TimelineEvent.<Entry>builder().id(String.valueOf(b.getId())).data(entry)
                        .startDate(from).endDate(to).group(String.valueOf(room.getId()))
                        .styleClass(entry.getStyleClass()).title(entry.from() + "–" + entry.to() + " " + entry.label())
                        .editable(false).build());
            }
            rows.add(new RoomRow(room, entries));
        }
        List<Holder> legend = colours.entrySet().stream().map(c -> new Holder(c.getKey(), c.getValue())).toList();
        LocalDateTime start;
        LocalDateTime end;
        if (week) {
            start = first.atStartOfDay();
            end = first.plusDays(7).atStartOfDay();
        } else {
            int[] hours = openingHours(byRoom.keySet(), first.getDayOfWeek());
            start = first.atStartOfDay().plusMinutes(hours[0]);
            end = first.atStartOfDay().plusMinutes(hours[1]);
        }
        return new Overview(rows, legend, timeline, start, end);
    }

    /** The earliest opening and latest closing (minutes after midnight) of the rooms that day, in whole hours. */
    static int[] openingHours(Iterable<Room> rooms, DayOfWeek day) {
        int opens = Integer.MAX_VALUE;
        int closes = Integer.MIN_VALUE;
        for (Room room : rooms) {
            for (OpeningHours o : room.getOpening()) {
                if (o.getDay() == day) {
                    opens = Math.min(opens, o.getOpensAt());
                    closes = Math.max(closes, o.getClosesAt());
                }
            }
        }
        if (opens == Integer.MAX_VALUE) {
            return new int[] {FIRST_HOUR * 60, LAST_HOUR * 60};
        }
        return new int[] {opens / 60 * 60, Math.min(OpeningHours.END_OF_DAY, (closes + 59) / 60 * 60)};
    }

    /** The first day shown: the date itself, or the Monday of its week. */
    public LocalDate getFirstDay() {
        return week ? date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : date;
    }

    public LocalDate getLastDay() {
        return week ? getFirstDay().plusDays(6) : date;
    }

    /** The days to list for a room: the day itself, or the days of the week it has bookings on. */
    public List<LocalDate> daysOf(RoomRow row) {
        return week ? row.entries().stream().map(Entry::day).distinct().toList() : List.of(date);
    }

    public List<Entry> entriesOn(RoomRow row, LocalDate day) {
        return row.entries().stream().filter(e -> e.day().equals(day)).toList();
    }

    public List<RoomRow> getRows() {
        return overview().rows();
    }

    public List<Holder> getLegend() {
        return overview().legend();
    }

    public TimelineModel<Entry, Room> getTimeline() {
        return overview().timeline();
    }

    public LocalDateTime getStart() {
        return overview().start();
    }

    public LocalDateTime getEnd() {
        return overview().end();
    }

    public LocalDate getToday() {
        return AppClock.today();
    }

    public LocalDate getPrevious() {
        return date.minusDays(week ? 7 : 1);
    }

    public LocalDate getNext() {
        return date.plusDays(week ? 7 : 1);
    }

    /** The view parameter for links: "week" or "day". */
    public String getView() {
        return week ? WEEK : "day";
    }

    public boolean isWeek() {
        return week;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getDateParam() {
        return dateParam;
    }

    public void setDateParam(String dateParam) {
        this.dateParam = dateParam;
    }

    public String getViewParam() {
        return viewParam;
    }

    public void setViewParam(String viewParam) {
        this.viewParam = viewParam;
    }

    public String getOwnerParam() {
        return ownerParam;
    }

    public void setOwnerParam(String ownerParam) {
        this.ownerParam = ownerParam;
    }

    public Long getOwner() {
        return owner;
    }
}
