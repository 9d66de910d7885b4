package dk.tovholder.exchange.entity;

import dk.tovholder.organisation.entity.Organisation;
import dk.tovholder.organisation.entity.Person;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;

/**
 * Another organisation's answer to a post, with a message to the poster;
 * once per organisation and post (a database constraint). It is written once
 * and not edited, so it carries no version. It is the record of a
 * collaboration between the two organisations that the network map shows.
 */
@Entity
@Table(name = "exchange_answer")
public class ExchangeAnswer implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MESSAGE_MAX = 2000;

    @Id
    @SequenceGenerator(name = "exchange_answer_seq", sequenceName = "exchange_answer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exchange_answer_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "post_id", nullable = false)
    private ExchangePost post;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    @NotBlank
    @Size(max = MESSAGE_MAX)
    @Column(nullable = false, length = MESSAGE_MAX)
    private String message;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ExchangeAnswer() {
    }

    public ExchangeAnswer(ExchangePost post, Organisation organisation, Person person, String message, Instant now) {
        this.post = post;
        this.organisation = organisation;
        this.person = person;
        this.message = message == null ? null : message.strip();
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public ExchangePost getPost() {
        return post;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Person getPerson() {
        return person;
    }

    public String getMessage() {
        return message;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
