package dk.tovholder.caller;

/**
 * The caller of the current request, for components that need no more of the
 * logged-in user than that: injecting this instead of {@code identity}'s
 * {@code CurrentUser} keeps them independent of the accounts (that component
 * provides the bean).
 */
public interface CurrentCaller {

    /** Who makes the current request; {@link Caller#ANONYMOUS} when nobody is logged in. */
    Caller caller();
}
