package dk.tovholder.exchange.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * When a person last opened the exchange's list: posts created after it
 * are "new since my last visit". A marker overwritten on each visit (the last
 * write wins on purpose), so it carries no version.
 */
@Entity
@Table(name = "exchange_visit")
public class ExchangeVisit implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Column(name = "seen_at", nullable = false)
    private Instant seenAt;

    protected ExchangeVisit() {
    }

    public ExchangeVisit(Long personId, Instant seenAt) {
        this.personId = personId;
        this.seenAt = seenAt;
    }

    public void seen(Instant now) {
        seenAt = now;
    }

    public Long getPersonId() {
        return personId;
    }

    public Instant getSeenAt() {
        return seenAt;
    }
}
