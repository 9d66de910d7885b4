package dk.tovholder.calendar.entity;

/** What a feed holds: my calendar (meetings of my groups, my duties, my organisation's bookings), a group's, a room's. */
public enum FeedKind {
    PERSON, GROUP, ROOM
}
