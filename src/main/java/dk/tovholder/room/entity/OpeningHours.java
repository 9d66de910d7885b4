package dk.tovholder.room.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** When a room is open on one weekday, in minutes after midnight (1440 = the end of the day). */
@Embeddable
public class OpeningHours implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int END_OF_DAY = 24 * 60;

    @Column(name = "weekday", nullable = false)
    private int weekday;

    @Column(name = "opens_at", nullable = false)
    private int opensAt;

    @Column(name = "closes_at", nullable = false)
    private int closesAt;

    protected OpeningHours() {
    }

    public OpeningHours(DayOfWeek day, int opensAt, int closesAt) {
        if (opensAt < 0 || closesAt > END_OF_DAY || closesAt <= opensAt) {
            throw new IllegalArgumentException("opening hours " + opensAt + "-" + closesAt);
        }
        this.weekday = day.getValue();
        this.opensAt = opensAt;
        this.closesAt = closesAt;
    }

    public static OpeningHours of(DayOfWeek day, LocalTime opens, LocalTime closes) {
        int close = closes.equals(LocalTime.MIDNIGHT) ? END_OF_DAY : closes.getHour() * 60 + closes.getMinute();
        return new OpeningHours(day, opens.getHour() * 60 + opens.getMinute(), close);
    }

    public DayOfWeek getDay() {
        return DayOfWeek.of(weekday);
    }

    public int getOpensAt() {
        return opensAt;
    }

    public int getClosesAt() {
        return closesAt;
    }

    public LocalTime getOpens() {
        return LocalTime.of(opensAt / 60, opensAt % 60);
    }

    /** The closing time; midnight at the end of the day shows as 00:00. */
    public LocalTime getCloses() {
        return closesAt == END_OF_DAY ? LocalTime.MIDNIGHT : LocalTime.of(closesAt / 60, closesAt % 60);
    }

    /** Whether [from, to) minutes after midnight lie within these hours. */
    public boolean covers(int from, int to) {
        return from >= opensAt && to <= closesAt;
    }
}
