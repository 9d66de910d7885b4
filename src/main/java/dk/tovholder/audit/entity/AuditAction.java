package dk.tovholder.audit.entity;

/** The changes the audit log records, each with the kind of thing it changes. */
public enum AuditAction {
    // agenda
    MEETING_SCHEDULED(SubjectKind.MEETING),
    MEETING_CHANGED(SubjectKind.MEETING),
    MEETING_CANCELLED(SubjectKind.MEETING),
    AGENDA_ITEM_ADDED(SubjectKind.MEETING),
    AGENDA_ITEM_CHANGED(SubjectKind.MEETING),
    AGENDA_ITEM_REMOVED(SubjectKind.MEETING),
    AGENDA_ITEM_MOVED(SubjectKind.MEETING),
    AGENDA_PUBLISHED(SubjectKind.MEETING),
    PROPOSAL_DEADLINE_SET(SubjectKind.MEETING),
    PROPOSAL_DECIDED(SubjectKind.MEETING),
    ATTENDANCE_RECORDED(SubjectKind.MEETING),
    /** the invitation (with its calendar entry) sent to the participants, or sent again */
    INVITATION_SENT(SubjectKind.MEETING),
    // minutes
    MINUTES_NOTES_WRITTEN(SubjectKind.MEETING),
    DECISION_ADDED(SubjectKind.MEETING),
    DECISION_REMOVED(SubjectKind.MEETING),
    ACTION_ADDED(SubjectKind.MEETING),
    ACTION_REMOVED(SubjectKind.MEETING),
    ACTION_DONE(SubjectKind.MEETING),
    MINUTES_CIRCULATED(SubjectKind.MEETING),
    MINUTES_APPROVED(SubjectKind.MEETING),
    MINUTES_REOPENED(SubjectKind.MEETING),
    /** a time rule overridden with a reason: minutes before the meeting, a step before its session */
    MEETING_TIME_RULE_OVERRIDDEN(SubjectKind.MEETING),
    // rota and members
    DUTY_SKIPPED(SubjectKind.GROUP),
    SWAP_PROPOSED(SubjectKind.GROUP),
    SWAP_DECIDED(SubjectKind.GROUP),
    HANDOVER_NOTE(SubjectKind.GROUP),
    ROTA_ORDER_CHANGED(SubjectKind.GROUP),
    DUTY_PERSON_NAMED(SubjectKind.GROUP),
    MEMBER_ADDED(SubjectKind.GROUP),
    MEMBER_REMOVED(SubjectKind.GROUP),
    MEMBER_CORE_CHANGED(SubjectKind.GROUP),
    JOIN_DECIDED(SubjectKind.GROUP),
    MEMBER_LEFT(SubjectKind.GROUP),
    GROUP_CREATED(SubjectKind.GROUP),
    GROUP_CHANGED(SubjectKind.GROUP),
    GROUP_MEETING_TIME_CHANGED(SubjectKind.GROUP),
    /** a time rule overridden with a reason: a programme closed before its last session */
    GROUP_TIME_RULE_OVERRIDDEN(SubjectKind.GROUP),
    // rooms and bookings
    BOOKING_CREATED(SubjectKind.BOOKING),
    BOOKING_APPROVED(SubjectKind.BOOKING),
    BOOKING_REJECTED(SubjectKind.BOOKING),
    BOOKING_MOVED(SubjectKind.BOOKING),
    BOOKING_CANCELLED(SubjectKind.BOOKING),
    ROOM_CREATED(SubjectKind.ROOM),
    ROOM_CHANGED(SubjectKind.ROOM),
    ROOM_BLOCKED(SubjectKind.ROOM),
    ROOM_UNBLOCKED(SubjectKind.ROOM),
    ROOM_RETIRED(SubjectKind.ROOM),
    // accounts and permissions
    ACCOUNT_CREATED(SubjectKind.ACCOUNT),
    PASSWORD_RESET(SubjectKind.ACCOUNT),
    ACCOUNT_DEACTIVATED(SubjectKind.ACCOUNT),
    ACCOUNT_REACTIVATED(SubjectKind.ACCOUNT),
    PERSON_ERASED(SubjectKind.ACCOUNT),
    /** a personal API token made (the subject is its owner's account; the summary names the token) */
    API_TOKEN_CREATED(SubjectKind.ACCOUNT),
    API_TOKEN_REVOKED(SubjectKind.ACCOUNT);

    private final SubjectKind kind;

    AuditAction(SubjectKind kind) {
        this.kind = kind;
    }

    public SubjectKind kind() {
        return kind;
    }
}
