package dk.tovholder.room.entity;

import dk.tovholder.audit.entity.AuditSubject;
import dk.tovholder.organisation.entity.Organisation;
import dk.tovholder.refusal.Refusal;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A room an organisation lends to others, with its facilities, opening hours
 * and lending rules. The booking transaction locks this row, so bookings of
 * one room are decided one at a time.
 */
@Entity
@Table(name = "room")
@NamedQuery(name = Room.FIND_ACTIVE, query = "select r from Room r where r.active = true order by r.name")
@NamedQuery(name = Room.FIND_BY_OWNER, query = "select r from Room r where r.owner.id = :owner and r.active = true"
        + " order by r.name")
public class Room implements AuditSubject, Serializable {

    private static final long serialVersionUID = 1L;
    public static final String FIND_ACTIVE = "Room.findActive";
    public static final String FIND_BY_OWNER = "Room.findByOwner";
    public static final int NAME_MAX = 200;
    public static final int ADDRESS_MAX = 500;
    public static final int DIRECTIONS_MAX = 1000;
    public static final int TEXT_MAX = 4000;

    @Id
    @SequenceGenerator(name = "room_seq", sequenceName = "room_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "room_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "owner_id", nullable = false, updatable = false)
    private Organisation owner;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @NotBlank
    @Size(max = ADDRESS_MAX)
    @Column(nullable = false, length = ADDRESS_MAX)
    private String address;

    @Size(max = DIRECTIONS_MAX)
    @Column(length = DIRECTIONS_MAX)
    private String directions;

    @Min(1)
    @Max(10000)
    @Column(nullable = false)
    private int capacity;

    @ElementCollection
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "room_facility", joinColumns = @JoinColumn(name = "room_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "facility", length = 20)
    private Set<Facility> facilities = EnumSet.noneOf(Facility.class);

    @Size(max = DIRECTIONS_MAX)
    @Column(name = "other_facilities", length = DIRECTIONS_MAX)
    private String otherFacilities;

    @Size(max = TEXT_MAX)
    @Column(name = "practical_info", length = TEXT_MAX)
    private String practicalInfo;

    @ElementCollection
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "room_opening", joinColumns = @JoinColumn(name = "room_id"))
    @OrderBy("weekday")
    private List<OpeningHours> opening = new ArrayList<>();

    @Column(name = "open_to_all", nullable = false)
    private boolean openToAll = true;

    @ElementCollection
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "room_borrower", joinColumns = @JoinColumn(name = "room_id"))
    @Column(name = "organisation_id")
    private Set<Long> borrowers = new HashSet<>();

    @Column(name = "approval_required", nullable = false)
    private boolean approvalRequired;

    @Min(15)
    @Max(1440)
    @Column(name = "min_minutes", nullable = false)
    private int minMinutes = 30;

    @Min(15)
    @Max(1440)
    @Column(name = "max_minutes", nullable = false)
    private int maxMinutes = 8 * 60;

    @Min(1)
    @Max(1830)
    @Column(name = "max_days_ahead", nullable = false)
    private int maxDaysAhead = 365;

    @Min(0)
    @Max(240)
    @Column(name = "buffer_minutes", nullable = false)
    private int bufferMinutes;

    @ElementCollection
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "room_block", joinColumns = @JoinColumn(name = "room_id"))
    @OrderBy("startsAt")
    private List<BlockedPeriod> blocks = new ArrayList<>();

    @Column(nullable = false)
    private boolean active = true;

    protected Room() {
    }

    public Room(Organisation owner, String name, String address, int capacity) {
        this.owner = owner;
        describe(name, address, null, capacity);
    }

    /** A new room of the owner, open on weekdays 8–16 and to every organisation of the network. */
    public static Room blank(Organisation owner) {
        Room room = new Room(owner, null, null, 10);
        for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
            room.opening.add(new OpeningHours(day, 8 * 60, 16 * 60));
        }
        return room;
    }

    /** What the room is and where: its name, address, how to find it, and how many it seats. */
    public void describe(String name, String address, String directions, int capacity) {
        this.name = name == null ? null : name.strip();
        this.address = address == null ? null : address.strip();
        this.directions = blankToNull(directions);
        this.capacity = capacity;
    }

    /** What the room has: the fixed list's facilities, others in words, and practical information. */
    public void equip(Set<Facility> facilities, String otherFacilities, String practicalInfo) {
        this.facilities.clear();
        this.facilities.addAll(facilities);
        this.otherFacilities = blankToNull(otherFacilities);
        this.practicalInfo = blankToNull(practicalInfo);
    }

    /**
     * The terms a booking must keep: whether the owner approves each one, its shortest and longest
     * length, how far ahead it may be, and the minutes kept free around it.
     */
    public void lendOnTerms(boolean approvalRequired, int minMinutes, int maxMinutes, int maxDaysAhead,
            int bufferMinutes) {
        if (minMinutes > maxMinutes) {
            throw Refusal.onField("maxMinutes", "room.duration.order");
        }
        this.approvalRequired = approvalRequired;
        this.minMinutes = minMinutes;
        this.maxMinutes = maxMinutes;
        this.maxDaysAhead = maxDaysAhead;
        this.bufferMinutes = bufferMinutes;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Organisation getOwner() {
        return owner;
    }

    public String getName() {
        return name;
    }


    public String getAddress() {
        return address;
    }


    public String getDirections() {
        return directions;
    }


    public int getCapacity() {
        return capacity;
    }


    /** The facilities in the fixed list's order. */
    public Set<Facility> getFacilities() {
        return facilities.isEmpty() ? EnumSet.noneOf(Facility.class) : EnumSet.copyOf(facilities);
    }


    public boolean has(Set<Facility> required) {
        return facilities.containsAll(required);
    }

    public String getOtherFacilities() {
        return otherFacilities;
    }


    public String getPracticalInfo() {
        return practicalInfo;
    }


    /** Opening hours, Monday first; a weekday without an entry is closed. */
    public List<OpeningHours> getOpening() {
        return opening.stream().sorted(Comparator.comparing(OpeningHours::getDay)).toList();
    }

    public Optional<OpeningHours> openingOn(DayOfWeek day) {
        return opening.stream().filter(o -> o.getDay() == day).findFirst();
    }

    /** The weekly opening hours, one entry per weekday at most (a weekday without one is closed). */
    public void openOn(List<OpeningHours> hours) {
        if (hours.stream().map(OpeningHours::getDay).distinct().count() != hours.size()) {
            throw new IllegalArgumentException("one entry per weekday");
        }
        opening.clear();
        opening.addAll(hours);
    }

    public boolean isOpenToAll() {
        return openToAll;
    }

    public Set<Long> getBorrowers() {
        return Set.copyOf(borrowers);
    }

    /** Lending to every organisation of the network, or only to the owner and the listed ones. */
    public void lendTo(boolean toAll, Set<Long> organisations) {
        this.openToAll = toAll;
        borrowers.clear();
        if (!toAll) {
            borrowers.addAll(organisations);
        }
    }

    /** The owner always may; others when the room is open to all or they are listed. */
    public boolean lendsTo(Long organisationId) {
        return organisationId != null
                && (openToAll || organisationId.equals(owner.getId()) || borrowers.contains(organisationId));
    }

    public boolean isApprovalRequired() {
        return approvalRequired;
    }


    public int getMinMinutes() {
        return minMinutes;
    }

    public int getMaxMinutes() {
        return maxMinutes;
    }


    public int getMaxDaysAhead() {
        return maxDaysAhead;
    }


    public int getBufferMinutes() {
        return bufferMinutes;
    }


    public List<BlockedPeriod> getBlocks() {
        return List.copyOf(blocks);
    }

    public void block(BlockedPeriod period) {
        blocks.add(period);
        blocks.sort(Comparator.comparing(BlockedPeriod::getStartsAt));
    }

    public void unblock(int index) {
        if (index >= 0 && index < blocks.size()) {
            blocks.remove(index);
        }
    }

    public Optional<BlockedPeriod> blockedDuring(Instant from, Instant to) {
        return blocks.stream().filter(b -> b.overlaps(from, to)).findFirst();
    }

    public boolean isActive() {
        return active;
    }

    /** Taken out of lending: no new bookings, and gone from the lists; its bookings stay in the history. */
    public void retire() {
        this.active = false;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** In the log: its name; its owner's history. */
    @Override
    public Optional<Subject> auditSubject(Lookup lookup) {
        return Optional.of(new Subject(getId(), null, getOwner().getId(), getName()));
    }
}
