/**
 * Who is asking: the {@link dk.tovholder.caller.Caller} every boundary's
 * permission rules take, the application-wide {@link dk.tovholder.caller.Role}s
 * and {@link dk.tovholder.caller.CurrentCaller}, the current request's caller.
 * A shared kernel: it depends on no other component, so every component can
 * use it without a cycle through {@code identity} (which makes callers from
 * accounts and provides the current one).
 */
package dk.tovholder.caller;
