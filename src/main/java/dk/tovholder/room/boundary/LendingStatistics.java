package dk.tovholder.room.boundary;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** Hours the owner's rooms were lent, per borrowing organisation and month (confirmed bookings). */
public record LendingStatistics(List<YearMonth> months, List<Row> rows) implements Serializable {

    /** One borrowing organisation: hours per month and in all. */
    public record Row(String organisation, Map<YearMonth, Double> hours, double total) implements Serializable {

        public double hoursIn(YearMonth month) {
            return hours.getOrDefault(month, 0.0);
        }
    }
}
