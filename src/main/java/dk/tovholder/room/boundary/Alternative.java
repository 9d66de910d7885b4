package dk.tovholder.room.boundary;

import dk.tovholder.room.control.BookingRules;
import dk.tovholder.room.control.Interval;
import dk.tovholder.room.entity.Room;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** A free room and time offered instead of a taken one, in Copenhagen wall-clock time. */
public record Alternative(Long roomId, String roomName, LocalDate day, LocalTime start, LocalTime end)
        implements Serializable {

    public static Alternative of(Room room, Interval interval) {
        ZonedDateTime s = interval.start().atZone(BookingRules.ZONE);
        ZonedDateTime e = interval.end().atZone(BookingRules.ZONE);
        return new Alternative(room.getId(), room.getName(), s.toLocalDate(), s.toLocalTime(), e.toLocalTime());
    }

    /** "Store sal 3.3.2027 10:00–12:00" */
    public String describe() {
        return roomName + " " + day.format(DateTimeFormatter.ofPattern("d.M.yyyy")) + " "
                + start + "–" + end;
    }
}
