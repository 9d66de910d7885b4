package dk.tovholder.caller;

/**
 * Application-wide roles, the names used in web.xml's security constraints.
 * Every account has {@link #USER}; group-specific duties (the rotating
 * coordinator) come from memberships, not from these roles.
 */
public enum Role {
    /** Any active account. */
    USER,
    /** Manages accounts and all organisations. */
    ADMIN,
    /** Schedules meetings and holds coordinator duties. */
    COORDINATOR,
    /** Books rooms on behalf of their organisation. */
    BOOKER;

    public static final String USER_NAME = "USER";
    public static final String ADMIN_NAME = "ADMIN";
    public static final String COORDINATOR_NAME = "COORDINATOR";
    public static final String BOOKER_NAME = "BOOKER";
}
