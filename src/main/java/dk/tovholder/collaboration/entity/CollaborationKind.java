package dk.tovholder.collaboration.entity;

/**
 * The kinds of line on the network map. The first five are what people
 * record; {@link #NETWORK_GROUP} (core members of the same open network group)
 * and {@link #RESOURCE_EXCHANGE} (an answered post that is none of the others)
 * only come from what the system knows.
 */
public enum CollaborationKind {
    KNOWLEDGE_SHARING, REFERRAL, SPONSORSHIP, ROOM_LENDING, JOINT_PROJECT, NETWORK_GROUP, RESOURCE_EXCHANGE;

    /** Whether people can record a collaboration of this kind. */
    public boolean isRecordable() {
        return this != NETWORK_GROUP && this != RESOURCE_EXCHANGE;
    }
}
