package dk.tovholder.experience.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * An experience group the caller takes part in, with its next session: the
 * step (1 to 4) and its meeting, or none when no coming session is planned.
 */
public record NextSession(Long groupId, String groupName, Integer step, Long meetingId, Instant startsAt,
        String place) implements Serializable {

    public boolean isPlanned() {
        return meetingId != null;
    }

    /** The bundle key of the step's title (the step planned). */
    public String stepTitleKey() {
        return "experience.step." + step + ".title";
    }
}
