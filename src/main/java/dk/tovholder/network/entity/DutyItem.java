package dk.tovholder.network.entity;

/** The coordinator's checklist for a turn, with how many days before (or after) the meeting each is due. */
public enum DutyItem {
    INVITATION(-21),
    ROOM(-14),
    AGENDA(-7),
    MINUTES(14);

    private final int dueDaysFromMeeting;

    DutyItem(int dueDaysFromMeeting) {
        this.dueDaysFromMeeting = dueDaysFromMeeting;
    }

    /** Days relative to the meeting day: negative before, positive after. */
    public int dueDaysFromMeeting() {
        return dueDaysFromMeeting;
    }
}
