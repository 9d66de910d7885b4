package dk.tovholder.network.entity;

/** What happened to a group's rota. */
public enum RotaEventKind {
    /** the core members changed (added, removed); members who stay keep their place */
    ORDER,
    /** the core members were put in a new order */
    REORDER,
    /** the holder of a turn is unavailable; the next in line takes it */
    SKIP,
    SWAP_PROPOSED,
    SWAP_ACCEPTED,
    SWAP_DECLINED,
    /** a pending or agreed swap whose turns changed (a skip, an order or rhythm change) lapsed by itself */
    SWAP_WITHDRAWN,
    /** a note from a holder to the next one: what is pending */
    HANDOVER_NOTE,
    /** the meeting days or the rotation unit changed from the turn date on; earlier turns keep theirs */
    RHYTHM
}
