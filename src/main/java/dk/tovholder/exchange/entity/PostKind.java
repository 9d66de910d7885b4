package dk.tovholder.exchange.entity;

/** Whether an organisation asks for something or offers it. */
public enum PostKind {
    REQUEST, OFFER
}
