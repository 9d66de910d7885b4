package dk.tovholder.room.entity;

/** The fixed list of facilities a room can have; anything else goes in the room's free text. */
public enum Facility {
    PROJECTOR, WHITEBOARD, KITCHEN, STEP_FREE, HEARING_LOOP, WIFI
}
