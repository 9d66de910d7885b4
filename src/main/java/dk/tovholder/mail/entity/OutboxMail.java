package dk.tovholder.mail.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/** A message in the outbox: to whom, what, and how sending it went. */
@Entity
@Table(name = "outbox_mail")
@NamedQuery(name = OutboxMail.FIND_DUE, query = "select m.id from OutboxMail m where m.status ="
        + " dk.tovholder.mail.entity.MailStatus.PENDING and m.nextAttemptAt <= :now order by m.nextAttemptAt")
@NamedQuery(name = OutboxMail.FIND_RECENT, query = "select m from OutboxMail m order by m.createdAt desc, m.id desc")
@NamedQuery(name = OutboxMail.COUNT_BY_DEDUP, query = "select count(m) from OutboxMail m where m.dedupKey = :key")
public class OutboxMail implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final String FIND_DUE = "OutboxMail.findDue";
    public static final String FIND_RECENT = "OutboxMail.findRecent";
    public static final String COUNT_BY_DEDUP = "OutboxMail.countByDedup";
    /** After this many failed attempts a message is marked FAILED for the administrator. */
    public static final int MAX_ATTEMPTS = 10;

    @Id
    @SequenceGenerator(name = "outbox_mail_seq", sequenceName = "outbox_mail_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_mail_seq")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 320, updatable = false)
    private String recipient;

    @Column(name = "person_id", updatable = false)
    private Long personId;

    @Column(nullable = false, length = 40, updatable = false)
    private String kind;

    @Column(nullable = false, length = 300, updatable = false)
    private String subject;

    @Column(name = "body_text", nullable = false, length = 20000, updatable = false)
    private String bodyText;

    @Column(name = "body_html", nullable = false, length = 40000, updatable = false)
    private String bodyHtml;

    @Column(name = "dedup_key", length = 200, updatable = false)
    private String dedupKey;

    /** An iCalendar entry sent along (METHOD:REQUEST with an organiser, else PUBLISH), or null. */
    @Column(length = 20000, updatable = false)
    private String invitation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MailStatus status = MailStatus.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboxMail() {
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    public OutboxMail(String recipient, Long personId, String kind, String subject, String bodyText, String bodyHtml,
            String dedupKey, Instant now) {
        this.recipient = recipient;
        this.personId = personId;
        this.kind = kind;
        this.subject = subject;
        this.bodyText = bodyText;
        this.bodyHtml = bodyHtml;
        this.dedupKey = dedupKey;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    public OutboxMail withInvitation(String ics) {
        this.invitation = ics;
        return this;
    }

    public String getInvitation() {
        return invitation;
    }

    public void sent(Instant now) {
        status = MailStatus.SENT;
        attempts++;
        sentAt = now;
        lastError = null;
    }

    /** A failed attempt: the next one after a back-off that doubles each time; FAILED after the last. */
    public void failed(String error, Instant now, Duration firstRetry) {
        attempts++;
        lastError = error == null ? "?" : error.length() > 1000 ? error.substring(0, 1000) : error;
        if (attempts >= MAX_ATTEMPTS) {
            status = MailStatus.FAILED;
        } else {
            nextAttemptAt = now.plus(firstRetry.multipliedBy(1L << Math.min(attempts - 1, 12)));
        }
    }

    /** The SMTP server refused the recipient for good: no more attempts. */
    public void refused(String error, Instant now) {
        failed(error, now, Duration.ZERO);
        status = MailStatus.FAILED;
    }

    /** The administrator sends a failed or waiting message again now. */
    public void retryNow(Instant now) {
        if (status != MailStatus.SENT) {
            status = MailStatus.PENDING;
            nextAttemptAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public Long getPersonId() {
        return personId;
    }

    public String getKind() {
        return kind;
    }

    public String getSubject() {
        return subject;
    }

    public String getBodyText() {
        return bodyText;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
