package dk.tovholder.meeting.entity;

/** Where a meeting is in its life. */
public enum MeetingStatus {
    PLANNED, AGENDA_PUBLISHED, HELD, MINUTES_DRAFT, MINUTES_APPROVED, CANCELLED
}
