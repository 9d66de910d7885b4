package dk.tovholder.network.entity;

/**
 * What a group is for: a network group of organisations, or the members-only
 * host of an experience group's four sessions (not listed among network groups).
 */
public enum GroupKind {
    NETWORK, EXPERIENCE
}
