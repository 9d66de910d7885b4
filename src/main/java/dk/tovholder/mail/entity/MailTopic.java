package dk.tovholder.mail.entity;

/**
 * The kinds of e-mail a person can choose to receive or not. Duty reminders
 * are not among them: they reach whoever holds a duty; nor is a meeting's
 * invitation (MEETING_INVITATION), which the coordinator sends on purpose.
 */
public enum MailTopic {
    BOOKINGS, AGENDAS, MINUTES, ACTIONS, SESSIONS;

    /** The topic of an outbox message's kind ("BOOKING_CONFIRMED" → BOOKINGS), or null when it cannot be turned off. */
    public static MailTopic of(String kind) {
        if (kind.startsWith("BOOKING_")) {
            return BOOKINGS;
        }
        if (kind.startsWith("AGENDA_")) {
            return AGENDAS;
        }
        if (kind.startsWith("MINUTES_")) {
            return MINUTES;
        }
        if (kind.startsWith("ACTION_")) {
            return ACTIONS;
        }
        if (kind.startsWith("SESSION_")) {
            return SESSIONS;
        }
        return null;
    }
}
