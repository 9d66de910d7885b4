package dk.tovholder.room.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Instant;

/** A period the room cannot be booked (a holiday, a renovation), with the reason shown to those who try. */
@Embeddable
public class BlockedPeriod implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int REASON_MAX = 500;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(nullable = false, length = REASON_MAX)
    private String reason;

    protected BlockedPeriod() {
    }

    public BlockedPeriod(Instant startsAt, Instant endsAt, String reason) {
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("blocked period ends before it starts");
        }
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.reason = reason;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getReason() {
        return reason;
    }

    public boolean overlaps(Instant from, Instant to) {
        return startsAt.isBefore(to) && from.isBefore(endsAt);
    }
}
