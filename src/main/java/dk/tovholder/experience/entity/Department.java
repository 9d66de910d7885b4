package dk.tovholder.experience.entity;

/** The part of the housing organisation a participant works in. */
public enum Department {
    CONSTRUCTION, HOUSING_SOCIAL, OPERATIONS
}
