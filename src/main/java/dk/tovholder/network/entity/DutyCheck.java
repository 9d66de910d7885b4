package dk.tovholder.network.entity;

import dk.tovholder.clock.AppClock;
import dk.tovholder.organisation.entity.Person;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A ticked item of a meeting's duty checklist: by hand now, automatically once meetings, agendas and bookings exist. */
@Entity
@Table(name = "duty_check")
@NamedQuery(name = DutyCheck.FIND_BY_GROUPS,
        query = "select c from DutyCheck c where c.groupId in :groupIds and c.meetingDate >= :from and c.meetingDate < :to")
public class DutyCheck implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final String FIND_BY_GROUPS = "DutyCheck.findByGroups";

    @Id
    @SequenceGenerator(name = "duty_check_seq", sequenceName = "duty_check_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "duty_check_seq")
    private Long id;

    @Column(name = "group_id", nullable = false, updatable = false)
    private Long groupId;

    @Column(name = "meeting_date", nullable = false, updatable = false)
    private LocalDate meetingDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private DutyItem item;

    @Column(name = "done_at", nullable = false)
    private Instant doneAt;

    @ManyToOne
    @JoinColumn(name = "done_by_id")
    private Person doneBy;

    @Column(nullable = false)
    private boolean automatic;

    protected DutyCheck() {
    }

    public DutyCheck(Long groupId, LocalDate meetingDate, DutyItem item, Person doneBy, boolean automatic) {
        this.groupId = groupId;
        this.meetingDate = meetingDate;
        this.item = item;
        this.doneBy = doneBy;
        this.automatic = automatic;
        this.doneAt = AppClock.now();
    }

    public Long getGroupId() {
        return groupId;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public DutyItem getItem() {
        return item;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public Person getDoneBy() {
        return doneBy;
    }

    public boolean isAutomatic() {
        return automatic;
    }
}
