package dk.tovholder.mail.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;

/**
 * An e-mail address that mail cannot reach. No more mail is queued for it
 * until the administrator (or the person, by fixing the address) clears it.
 */
@Entity
@Table(name = "mail_address_failure")
@NamedQuery(name = AddressFailure.FIND_ALL, query = "select f from AddressFailure f order by f.lastFailedAt desc")
public class AddressFailure implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final String FIND_ALL = "AddressFailure.findAll";
    public static final int REASON_MAX = 1000;

    @Id
    @Column(length = 320)
    private String address;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private FailureSource source;

    @Column(nullable = false, length = REASON_MAX)
    private String reason;

    @Column(nullable = false)
    private int failures;

    @Column(name = "first_failed_at", nullable = false, updatable = false)
    private Instant firstFailedAt;

    @Column(name = "last_failed_at", nullable = false)
    private Instant lastFailedAt;

    protected AddressFailure() {
    }

    public AddressFailure(String address, FailureSource source, String reason, Instant now) {
        this.address = normalise(address);
        this.firstFailedAt = now;
        again(source, reason, now);
    }

    /** The key an address is kept under: trimmed, lower case. */
    public static String normalise(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }

    /** Another failure for the same address. */
    public final void again(FailureSource newSource, String newReason, Instant now) {
        this.source = newSource;
        String text = newReason == null || newReason.isBlank() ? "?" : newReason.strip();
        this.reason = text.length() > REASON_MAX ? text.substring(0, REASON_MAX) : text;
        this.failures++;
        this.lastFailedAt = now;
    }

    public String getAddress() {
        return address;
    }

    public FailureSource getSource() {
        return source;
    }

    public String getReason() {
        return reason;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getFirstFailedAt() {
        return firstFailedAt;
    }

    public Instant getLastFailedAt() {
        return lastFailedAt;
    }
}
