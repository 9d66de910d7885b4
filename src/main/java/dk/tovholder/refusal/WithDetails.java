package dk.tovholder.refusal;

import java.util.Map;

/**
 * A refusal that carries data the client can act on (the free alternatives
 * to a taken room): the API adds it to the problem as extension members.
 */
public interface WithDetails {

    /** Member name to a value JSON-B can write. */
    Map<String, Object> details();
}
