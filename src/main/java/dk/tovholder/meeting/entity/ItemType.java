package dk.tovholder.meeting.entity;

/** What an agenda item asks of the meeting. */
public enum ItemType {
    INFORMATION, DISCUSSION, DECISION
}
