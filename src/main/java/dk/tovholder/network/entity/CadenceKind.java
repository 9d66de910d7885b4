package dk.tovholder.network.entity;

/** How often a group meets. */
public enum CadenceKind {
    /** every n weeks on a weekday */
    WEEKLY,
    /** on the first, second, third, fourth or last weekday of every n months */
    MONTHLY,
    /** no fixed rhythm: each meeting is planned on its own */
    AD_HOC
}
