package dk.tovholder.network.entity;

public enum SwapStatus {
    PENDING, ACCEPTED, DECLINED, WITHDRAWN
}
