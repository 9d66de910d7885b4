package dk.tovholder.room.control;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/** A span of time [start, end). */
public record Interval(Instant start, Instant end) implements Serializable {

    public Interval {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("interval ends before it starts: " + start + " - " + end);
        }
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    public Interval shiftedBy(Duration by) {
        return new Interval(start.plus(by), end.plus(by));
    }

    /**
     * Whether two bookings clash: they overlap, or fewer than {@code bufferMinutes}
     * lie between the end of one and the start of the other.
     */
    public boolean clashes(Interval other, int bufferMinutes) {
        Duration buffer = Duration.ofMinutes(bufferMinutes);
        return start.isBefore(other.end.plus(buffer)) && other.start.isBefore(end.plus(buffer));
    }
}
