package dk.tovholder.room.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A recurring booking's rule; each of its dates is a booking of its own, which can be changed or cancelled alone. */
@Entity
@Table(name = "booking_series")
public class BookingSeries implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "booking_series_seq", sequenceName = "booking_series_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "booking_series_seq")
    private Long id;

    @Column(name = "room_id", nullable = false, updatable = false)
    private Long roomId;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 30)
    private RecurrenceRule rule;

    @Column(name = "first_date", nullable = false, updatable = false)
    private LocalDate firstDate;

    @Column(name = "last_date", nullable = false, updatable = false)
    private LocalDate lastDate;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected BookingSeries() {
    }

    public BookingSeries(Long roomId, Long organisationId, RecurrenceRule rule, LocalDate firstDate,
            LocalDate lastDate, Instant createdAt) {
        this.roomId = roomId;
        this.organisationId = organisationId;
        this.rule = rule;
        this.firstDate = firstDate;
        this.lastDate = lastDate;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getRoomId() {
        return roomId;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public RecurrenceRule getRule() {
        return rule;
    }

    public LocalDate getFirstDate() {
        return firstDate;
    }

    public LocalDate getLastDate() {
        return lastDate;
    }
}
