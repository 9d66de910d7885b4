package dk.tovholder.mail.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A person's choice for one kind of e-mail. */
@Entity
@Table(name = "mail_preference")
@IdClass(MailPreference.Key.class)
public class MailPreference implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private MailTopic topic;

    @Column(nullable = false)
    private boolean enabled;

    /** For action items: one weekly digest instead of a mail for each. */
    @Column(nullable = false)
    private boolean digest;

    protected MailPreference() {
    }

    public MailPreference(Long personId, MailTopic topic, boolean enabled) {
        this.personId = personId;
        this.topic = topic;
        this.enabled = enabled;
    }

    public MailTopic getTopic() {
        return topic;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isDigest() {
        return digest;
    }

    public void setDigest(boolean digest) {
        this.digest = digest;
    }

    /** The composite key (person, topic). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long personId;
        private MailTopic topic;

        public Key() {
        }

        public Key(Long personId, MailTopic topic) {
            this.personId = personId;
            this.topic = topic;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(personId, k.personId) && topic == k.topic;
        }

        @Override
        public int hashCode() {
            return Objects.hash(personId, topic);
        }
    }
}
