package dk.tovholder.exchange.entity;

/** Open until its expiry date has passed or its organisation closes it. */
public enum PostStatus {
    OPEN, EXPIRED, CLOSED
}
