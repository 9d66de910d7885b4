package dk.tovholder.network.boundary;

import dk.tovholder.network.control.Rota;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * One turn of a group's rota as pages and the API show it.
 *
 * @param date the meeting day, or the first day of the month or quarter the turn covers
 * @param holderId the organisation holding the duty, or null when nobody is available
 * @param dutyPerson the person the organisation names for the duty, or null
 * @param kind regular, covering for a skipped member, swapped, or uncovered
 * @param past whether the turn is over: its meeting day, month or quarter lies before today
 * @param until the first day after the turn (the day after the meeting, or after the month or quarter)
 */
public record RotaTurn(LocalDate date, Long holderId, String holderName, String dutyPerson, Rota.Kind kind,
        boolean past, LocalDate until) implements Serializable {

    /** Whether the turn covers one meeting day (else a month or quarter). */
    public boolean singleDay() {
        return until.equals(date.plusDays(1));
    }
}
