package dk.tovholder.room.boundary;

import dk.tovholder.room.entity.Booking;
import dk.tovholder.room.entity.RecurrenceRule;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * What a booker asks for: a room, a day and wall-clock times in Copenhagen,
 * the number of people and a purpose; optionally a meeting it is for, or a
 * rule to repeat it by until a last date. Bound by the booking form and read
 * from the API's JSON.
 */
public class BookingRequest implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private Long roomId;

    @NotNull
    private LocalDate day;

    @NotNull
    private LocalTime start;

    @NotNull
    private LocalTime end;

    @Min(1)
    @Max(10000)
    private int people = 1;

    @NotBlank(message = "{booking.purpose.required}")
    @Size(max = Booking.PURPOSE_MAX)
    private String purpose;

    private boolean privatePurpose;

    private Long meetingId;

    private RecurrenceRule repeat;

    private LocalDate until;

    private boolean skipConflicts;

    public BookingRequest() {
    }

    public BookingRequest(Long roomId, LocalDate day, LocalTime start, LocalTime end, int people, String purpose) {
        this.roomId = roomId;
        this.day = day;
        this.start = start;
        this.end = end;
        this.people = people;
        this.purpose = purpose;
    }

    public Long getRoomId() {
        return roomId;
    }

    public void setRoomId(Long roomId) {
        this.roomId = roomId;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public LocalTime getStart() {
        return start;
    }

    public void setStart(LocalTime start) {
        this.start = start;
    }

    public LocalTime getEnd() {
        return end;
    }

    public void setEnd(LocalTime end) {
        this.end = end;
    }

    public int getPeople() {
        return people;
    }

    public void setPeople(int people) {
        this.people = people;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public boolean isPrivatePurpose() {
        return privatePurpose;
    }

    public void setPrivatePurpose(boolean privatePurpose) {
        this.privatePurpose = privatePurpose;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(Long meetingId) {
        this.meetingId = meetingId;
    }

    public RecurrenceRule getRepeat() {
        return repeat;
    }

    public void setRepeat(RecurrenceRule repeat) {
        this.repeat = repeat;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public boolean isSkipConflicts() {
        return skipConflicts;
    }

    public void setSkipConflicts(boolean skipConflicts) {
        this.skipConflicts = skipConflicts;
    }
}
