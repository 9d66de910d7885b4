package dk.tovholder.audit.entity;

/** What an audited change was made to. */
public enum SubjectKind {
    MEETING, GROUP, BOOKING, ROOM, ACCOUNT
}
