package dk.tovholder.room.boundary;

import dk.tovholder.caller.Caller;
import dk.tovholder.clock.AppClock;
import dk.tovholder.identity.boundary.CurrentUser;
import dk.tovholder.language.Language;
import dk.tovholder.language.LanguagePreference;
import dk.tovholder.language.Messages;
import dk.tovholder.layout.ErrorResponses;
import dk.tovholder.layout.FacesMessages;
import dk.tovholder.refusal.NotFound;
import dk.tovholder.refusal.Refusal;
import dk.tovholder.room.control.BookingRules;
import dk.tovholder.room.control.Interval;
import dk.tovholder.room.entity.Booking;
import dk.tovholder.room.entity.BookingStatus;
import dk.tovholder.room.entity.OpeningHours;
import dk.tovholder.room.entity.RecurrenceRule;
import dk.tovholder.room.entity.Room;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

/** A room: its description and rules, its calendar, and the booking form (one date or recurring). */
@Named
@ViewScoped
public class RoomPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Rooms rooms;

    @Inject
    Bookings bookings;

    @Inject
    CurrentUser currentUser;

    @Inject
    LanguagePreference language;

    @Inject
    FacesMessages messages;

    private Long id;
    private String dayParam;
    private String startParam;
    private String endParam;
    private Integer people;
    private Room room;
    private boolean mayManage;
    private boolean mayBook;
    private final BookingRequest request = new BookingRequest();
    private transient List<SeriesDate> report;
    private ScheduleModel schedule;

    public void load() {
        if (id == null) {
            ErrorResponses.send(404);
            return;
        }
        if (room != null) {
            return;
        }
        Caller caller = currentUser.caller();
        try {
            room = rooms.find(id);
        } catch (NotFound notFound) {
            ErrorResponses.send(404);
            return;
        }
        mayManage = rooms.mayManage(room, caller);
        mayBook = rooms.mayBook(caller) && room.isActive() && (room.lendsTo(caller.organisationId()) || caller.isAdmin());
        // the messages of the page's parameters in the reader's language (the view is not built yet)
        FacesContext.getCurrentInstance().getViewRoot().setLocale(language.getLocale());
        request.setRoomId(id);
        request.setDay(AppClock.today().plusDays(1));
        request.setStart(LocalTime.of(10, 0));
        request.setEnd(LocalTime.of(12, 0));
        prefill();
        schedule = new Calendar(id, bookings, caller, Language.of(FacesContext.getCurrentInstance().getViewRoot()
                .getLocale()).locale());
    }

    /**
     * The booking form filled in from the address (the day overview's timeline and list link
     * here with {@code day}, {@code start} and {@code end}); a value that cannot be read
     * leaves the form's usual values and says so.
     */
    private void prefill() {
        try {
            if (dayParam != null && !dayParam.isBlank()) {
                request.setDay(LocalDate.parse(dayParam.trim()));
            }
            if (startParam != null && !startParam.isBlank()) {
                LocalTime start = LocalTime.parse(startParam.trim());
                LocalTime end = endParam == null || endParam.isBlank() ? start.plusHours(1) : LocalTime.parse(endParam.trim());
                request.setStart(start);
                request.setEnd(end);
            }
        } catch (DateTimeParseException unreadable) {
            messages.error("room.book.badParam");
        }
    }

    /** The week the calendar opens on: this week by the app's clock, not the browser's. */
    public LocalDate getToday() {
        return AppClock.today();
    }

    /** The first and last hour the week view shows: the room's earliest opening and latest closing. */
    public String getSlotMinTime() {
        int opens = room.getOpening().stream().mapToInt(OpeningHours::getOpensAt).min().orElse(7 * 60);
        return clock(opens / 60 * 60);
    }

    public String getSlotMaxTime() {
        int closes = room.getOpening().stream().mapToInt(OpeningHours::getClosesAt).max().orElse(22 * 60);
        return clock(Math.min(OpeningHours.END_OF_DAY, (closes + 59) / 60 * 60));
    }

    private static String clock(int minutes) {
        return String.format(Locale.ROOT, "%02d:%02d:00", minutes / 60, minutes % 60);
    }

    /** The room's bookings as calendar events, fetched per visible week or month. */
    static final class Calendar extends LazyScheduleModel {
        private static final long serialVersionUID = 1L;
        private final Long roomId;
        private final transient Bookings bookings;
        private final Caller caller;
        private final Locale locale;

        Calendar(Long roomId, Bookings bookings, Caller caller, Locale locale) {
            this.roomId = roomId;
            this.bookings = bookings;
            this.caller = caller;
            this.locale = locale;
        }

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            Bookings source = bookings != null ? bookings
                    : CDI.current().select(Bookings.class).get();
            Predicate<Booking> purposeShown = source.purposeVisibleTo(caller);
            for (Booking b : source.ofRoom(roomId, start.atZone(BookingRules.ZONE).toInstant(),
                    end.atZone(BookingRules.ZONE).toInstant())) {
                String title = b.getOrganisation().getName()
                        + (purposeShown.test(b) ? ": " + b.getPurpose() : "")
                        + (b.getStatus() == BookingStatus.PENDING ? " (" + Messages.get(locale,
                                "BookingStatus.PENDING") + ")" : "");
                addEvent(DefaultScheduleEvent.builder()
                        .id(String.valueOf(b.getId()))
                        .title(title)
                        .startDate(b.getStartsAt().atZone(BookingRules.ZONE).toLocalDateTime())
                        .endDate(b.getEndsAt().atZone(BookingRules.ZONE).toLocalDateTime())
                        .styleClass(b.getStatus() == BookingStatus.PENDING ? "booking-pending" : "booking-confirmed")
                        .editable(false)
                        .build());
            }
        }
    }

    /** The per-date report of the request (every date of a recurring one) before it is booked. */
    public void preview() {
        request.setPeople(people == null ? 0 : people);
        try {
            report = bookings.preview(request, currentUser.caller());
        } catch (Refusal refusal) {
            report = null;
            messages.show(refusal, "book");
        } catch (ConstraintViolationException invalid) {
            messages.show(invalid, "book");
        }
    }

    public String book() {
        request.setPeople(people == null ? 0 : people);
        try {
            List<Booking> made = bookings.book(request, currentUser.caller());
            Booking first = made.get(0);
            if (made.size() > 1) {
                messages.info("booking.series.done", made.size(), room.getName());
            } else {
                messages.info(first.getStatus() == BookingStatus.PENDING ? "booking.requested" : "booking.done",
                        room.getName(), BookingRules.format(new Interval(first.getStartsAt(), first.getEndsAt())));
            }
            return "/room/room?faces-redirect=true&id=" + id;
        } catch (Refusal refusal) {
            messages.show(refusal, "book");
            if (request.getRepeat() != null) {
                preview();
            }
            return null;
        } catch (ConstraintViolationException invalid) {
            messages.show(invalid, "book");
            return null;
        }
    }

    public String problemText(SeriesDate date) {
        return date.isFree() ? "" : Messages.get(FacesContext.getCurrentInstance().getViewRoot().getLocale(),
                date.problem().messageKey(), date.problem().arguments());
    }

    public RecurrenceRule[] getRules() {
        return RecurrenceRule.values();
    }

    public Integer getPeople() {
        return people;
    }

    public void setPeople(Integer people) {
        this.people = people;
    }

    public String getDayParam() {
        return dayParam;
    }

    public void setDayParam(String dayParam) {
        this.dayParam = dayParam;
    }

    public String getStartParam() {
        return startParam;
    }

    public void setStartParam(String startParam) {
        this.startParam = startParam;
    }

    public String getEndParam() {
        return endParam;
    }

    public void setEndParam(String endParam) {
        this.endParam = endParam;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Room getRoom() {
        return room;
    }

    public boolean isMayManage() {
        return mayManage;
    }

    public boolean isMayBook() {
        return mayBook;
    }

    public BookingRequest getRequest() {
        return request;
    }

    public List<SeriesDate> getReport() {
        return report;
    }

    public ScheduleModel getSchedule() {
        return schedule;
    }
}
