package dk.tovholder.it;

import java.time.LocalDate;

/** Days a demo room is open: Monday to Friday. */
public final class Weekdays {

    private Weekdays() {
    }

    /** The n-th weekday (Monday to Friday, counting from 0) on or after the day. */
    public static LocalDate nth(LocalDate from, int n) {
        LocalDate day = from;
        for (int left = n; ; day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() <= 5) {
                if (left == 0) {
                    return day;
                }
                left--;
            }
        }
    }
}
