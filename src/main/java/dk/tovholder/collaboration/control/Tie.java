package dk.tovholder.collaboration.control;

import dk.tovholder.collaboration.entity.CollaborationKind;
import java.time.LocalDate;

/**
 * One line on the network map: a collaboration of a kind between two
 * organisations, since a day and (once over) until one, with where it comes
 * from and a short label (the group, the room, the post; null when the
 * source is not for everyone's eyes).
 */
public record Tie(long first, long second, CollaborationKind kind, Origin origin, LocalDate since, LocalDate until,
        String label, Long recordId) {

    public Tie {
        if (first == second) {
            throw new IllegalArgumentException("a tie joins two organisations");
        }
        if (first > second) {
            long swap = first;
            first = second;
            second = swap;
        }
    }

    /** Whether it existed at some time in the period (either end may be open). */
    public boolean during(LocalDate from, LocalDate to) {
        return (to == null || since == null || !since.isAfter(to)) && (from == null || until == null
                || !until.isBefore(from));
    }

    public boolean involves(long organisation) {
        return first == organisation || second == organisation;
    }

    public long partnerOf(long organisation) {
        return first == organisation ? second : first;
    }
}
