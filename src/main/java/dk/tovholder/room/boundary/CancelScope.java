package dk.tovholder.room.boundary;

/** Which dates a cancellation of a recurring booking's date applies to. */
public enum CancelScope { THIS, FOLLOWING, ALL }
