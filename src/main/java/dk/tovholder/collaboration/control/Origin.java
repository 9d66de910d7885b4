package dk.tovholder.collaboration.control;

/** Where a line on the network map comes from. */
public enum Origin {
    /** someone recorded it */
    RECORDED,
    /** both organisations are core members of the same open network group */
    NETWORK_GROUP,
    /** one organisation has used the other's room (confirmed bookings) */
    ROOM_BOOKINGS,
    /** one organisation answered the other's post in the resource exchange */
    EXCHANGE_POST,
    /** both took part in an experience group's joint project */
    EXPERIENCE_GROUP
}
