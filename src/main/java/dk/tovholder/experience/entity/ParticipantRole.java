package dk.tovholder.experience.entity;

/** What a participant does in the area (the seed's typical members, and others). */
public enum ParticipantRole {
    CARETAKER, CONSTRUCTION_MANAGER, RESIDENT_COUNSELLOR, REHOUSING_CONSULTANT, OTHER
}
