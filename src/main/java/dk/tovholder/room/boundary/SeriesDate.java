package dk.tovholder.room.boundary;

import dk.tovholder.refusal.Refusal;
import java.io.Serializable;
import java.time.LocalDate;

/** One date of a recurring booking in the report shown before saving: free, or why not. */
public record SeriesDate(LocalDate day, Refusal problem) implements Serializable {

    public boolean isFree() {
        return problem == null;
    }
}
