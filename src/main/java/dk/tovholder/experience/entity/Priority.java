package dk.tovholder.experience.entity;

/** How much an expectation to the organisation matters to the group. */
public enum Priority {
    HIGH, MEDIUM, LOW
}
