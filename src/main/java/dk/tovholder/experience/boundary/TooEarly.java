package dk.tovholder.experience.boundary;

import dk.tovholder.experience.entity.SessionStart;
import dk.tovholder.experience.entity.Step;
import dk.tovholder.refusal.Conflict;
import dk.tovholder.refusal.WithDetails;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A step completed, or the programme closed, before the session it belongs
 * to has begun. Its message says from when it is possible; the caller may
 * send the same request again with an override reason, which the audit log
 * keeps. The API adds {@code overridable}, the step and the session's
 * meeting and start (ISO) to the problem.
 */
public class TooEarly extends Conflict implements WithDetails {

    private static final long serialVersionUID = 1L;
    private final Integer step;
    private final Long sessionMeetingId;
    private final String sessionStartsAt;

    private TooEarly(String key, Integer step, SessionStart session, Object... arguments) {
        super(null, key + session.why(), arguments);
        this.step = step;
        this.sessionMeetingId = session.meetingId();
        this.sessionStartsAt = session.startsAt() == null ? null : session.startsAt().toString();
    }

    /** Completing the step before its session began: "experience.step.tooEarly[.noSession|.cancelled]". */
    static TooEarly step(Step step, SessionStart session) {
        return new TooEarly("experience.step.tooEarly", step.number(), session, step.number(),
                session.formattedStart());
    }

    /** Closing before the last session began: "experience.close.tooEarly[.noSession|.cancelled]". */
    static TooEarly close(SessionStart lastSession) {
        return new TooEarly("experience.close.tooEarly", null, lastSession, lastSession.formattedStart());
    }

    /** The step, or null when it is the programme that would close too early. */
    public Integer step() {
        return step;
    }

    @Override
    public Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("overridable", true);
        details.put("overrideParameter", "overrideReason");
        if (step != null) {
            details.put("step", step);
        }
        if (sessionMeetingId != null) {
            details.put("sessionMeetingId", sessionMeetingId);
            details.put("sessionStartsAt", sessionStartsAt);
        }
        return details;
    }
}
