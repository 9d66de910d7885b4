package dk.tovholder.experience.entity;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * When a step's session begins, as the time rules see it: a step may be
 * completed (and the programme closed after step 4) from its session's start.
 * A step with no session scheduled yet, or whose session was cancelled, has
 * not begun; only an override with a reason records it anyway.
 *
 * @param meetingId the session's meeting, null when none is scheduled
 * @param startsAt the meeting's start, null when none is scheduled
 * @param cancelled whether the meeting was cancelled
 */
public record SessionStart(Long meetingId, Instant startsAt, boolean cancelled) {

    /** No session scheduled. */
    public static final SessionStart NONE = new SessionStart(null, null, false);

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Copenhagen"));

    public SessionStart {
        if ((meetingId == null) != (startsAt == null)) {
            throw new IllegalArgumentException("a session has both a meeting and a start, or neither");
        }
    }

    public boolean isScheduled() {
        return meetingId != null;
    }

    /** Whether the session has begun at the moment: scheduled, not cancelled and its start reached. */
    public boolean hasBegun(Instant now) {
        return isScheduled() && !cancelled && !now.isBefore(startsAt);
    }

    /** Why it has not begun, as the suffix of a message key: "" (starts later), ".noSession" or ".cancelled". */
    public String why() {
        return !isScheduled() ? ".noSession" : cancelled ? ".cancelled" : "";
    }

    /** The start as people read it in Copenhagen ("3.3.2027 13:00"), or "" when none is scheduled. */
    public String formattedStart() {
        return startsAt == null ? "" : WHEN.format(startsAt);
    }
}
