package dk.tovholder.room.boundary;

import dk.tovholder.room.entity.Room;
import java.io.Serializable;
import java.util.List;

/**
 * The answer to "find a free room": the rooms free at the wanted time, and
 * for each suitable room that is taken then, its nearest free slots.
 */
public record FreeRooms(List<Room> free, List<TakenRoom> taken) implements Serializable {

    /** A room that suits but is taken; {@code slots} are its nearest free times of the same length. */
    public record TakenRoom(Room room, List<Alternative> slots) implements Serializable {
    }
}
