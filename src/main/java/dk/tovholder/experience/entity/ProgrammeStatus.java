package dk.tovholder.experience.entity;

/** Planning (gathering participants), running (the four steps), closed (with its joint project). */
public enum ProgrammeStatus {
    PLANNING, RUNNING, CLOSED
}
