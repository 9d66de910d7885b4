package dk.tovholder.network.entity;

/** Who can see a group. */
public enum Visibility {
    /** every logged-in user of the area */
    OPEN,
    /** its members only; to others it does not exist (404) */
    MEMBERS_ONLY
}
