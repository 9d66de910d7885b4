package dk.tovholder.room.boundary;

import dk.tovholder.refusal.Refusal;
import dk.tovholder.room.entity.Facility;
import dk.tovholder.room.entity.OpeningHours;
import dk.tovholder.room.entity.Room;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A room's description and lending rules as the owner edits them (page form and API body). */
public class RoomForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = Room.NAME_MAX)
    private String name;

    @NotBlank
    @Size(max = Room.ADDRESS_MAX)
    private String address;

    @Size(max = Room.DIRECTIONS_MAX)
    private String directions;

    @Min(1)
    @Max(10000)
    private int capacity = 10;

    private Set<Facility> facilities = EnumSet.noneOf(Facility.class);

    @Size(max = Room.DIRECTIONS_MAX)
    private String otherFacilities;

    @Size(max = Room.TEXT_MAX)
    private String practicalInfo;

    private List<OpeningRow> opening = new ArrayList<>();

    private boolean openToAll = true;

    private Set<Long> borrowers = new HashSet<>();

    private boolean approvalRequired;

    @Min(15)
    @Max(1440)
    private int minMinutes = 30;

    @Min(15)
    @Max(1440)
    private int maxMinutes = 480;

    @Min(1)
    @Max(1830)
    private int maxDaysAhead = 365;

    @Min(0)
    @Max(240)
    private int bufferMinutes;

    /** One weekday's opening hours in the form; closed when {@code open} is false. */
    public static class OpeningRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private DayOfWeek day;
        private boolean open;
        private LocalTime opens;
        private LocalTime closes;

        public OpeningRow() {
        }

        public OpeningRow(DayOfWeek day, boolean open, LocalTime opens, LocalTime closes) {
            this.day = day;
            this.open = open;
            this.opens = opens;
            this.closes = closes;
        }

        public DayOfWeek getDay() {
            return day;
        }

        public void setDay(DayOfWeek day) {
            this.day = day;
        }

        public boolean isOpen() {
            return open;
        }

        public void setOpen(boolean open) {
            this.open = open;
        }

        public LocalTime getOpens() {
            return opens;
        }

        public void setOpens(LocalTime opens) {
            this.opens = opens;
        }

        public LocalTime getCloses() {
            return closes;
        }

        public void setCloses(LocalTime closes) {
            this.closes = closes;
        }
    }

    public static RoomForm of(Room room) {
        RoomForm form = new RoomForm();
        form.name = room.getName();
        form.address = room.getAddress();
        form.directions = room.getDirections();
        form.capacity = room.getCapacity();
        form.facilities = room.getFacilities().isEmpty() ? EnumSet.noneOf(Facility.class)
                : EnumSet.copyOf(room.getFacilities());
        form.otherFacilities = room.getOtherFacilities();
        form.practicalInfo = room.getPracticalInfo();
        for (DayOfWeek day : DayOfWeek.values()) {
            form.opening.add(room.openingOn(day)
                    .map(o -> new OpeningRow(day, true, o.getOpens(), o.getCloses()))
                    .orElseGet(() -> new OpeningRow(day, false, LocalTime.of(8, 0), LocalTime.of(16, 0))));
        }
        form.openToAll = room.isOpenToAll();
        form.borrowers = new HashSet<>(room.getBorrowers());
        form.approvalRequired = room.isApprovalRequired();
        form.minMinutes = room.getMinMinutes();
        form.maxMinutes = room.getMaxMinutes();
        form.maxDaysAhead = room.getMaxDaysAhead();
        form.bufferMinutes = room.getBufferMinutes();
        return form;
    }

    /** Writes the form into the room, refusing what Bean Validation cannot see (hours in order, min ≤ max). */
    void applyTo(Room room) {
        if (minMinutes > maxMinutes) {
            throw Refusal.onField("maxMinutes", "room.duration.order");
        }
        List<OpeningHours> hours = new ArrayList<>();
        for (OpeningRow row : opening) {
            if (row.open) {
                if (row.day == null || row.opens == null || row.closes == null) {
                    throw Refusal.onField("opening", "room.opening.missing");
                }
                boolean untilMidnight = row.closes.equals(LocalTime.MIDNIGHT);
                if (!untilMidnight && !row.closes.isAfter(row.opens)) {
                    throw Refusal.onField("opening", "room.opening.order");
                }
                hours.add(OpeningHours.of(row.day, row.opens, row.closes));
            }
        }
        if (hours.stream().map(OpeningHours::getDay).distinct().count() != hours.size()) {
            throw Refusal.onField("opening", "room.opening.twice");
        }
        room.describe(name, address, directions, capacity);
        room.equip(facilities == null ? Set.of() : facilities, otherFacilities, practicalInfo);
        room.openOn(hours);
        room.lendTo(openToAll, borrowers == null ? Set.of() : borrowers);
        room.lendOnTerms(approvalRequired, minMinutes, maxMinutes, maxDaysAhead, bufferMinutes);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getDirections() {
        return directions;
    }

    public void setDirections(String directions) {
        this.directions = directions;
    }

    public int getCapacity() {
        return capacity;
    }

    public void setCapacity(int capacity) {
        this.capacity = capacity;
    }

    public Set<Facility> getFacilities() {
        return facilities;
    }

    public void setFacilities(Set<Facility> facilities) {
        this.facilities = facilities;
    }

    /** For the page's checkbox list (JSF binds a list). */
    /** The facilities by name, for the page's checkboxes (JSF cannot see a list's element type). */
    public List<String> getFacilityList() {
        return facilities.stream().map(Facility::name).collect(Collectors.toCollection(ArrayList::new));
    }

    public void setFacilityList(List<String> names) {
        EnumSet<Facility> chosen = EnumSet.noneOf(Facility.class);
        if (names != null) {
            names.forEach(n -> chosen.add(Facility.valueOf(n)));
        }
        this.facilities = chosen;
    }

    public String getOtherFacilities() {
        return otherFacilities;
    }

    public void setOtherFacilities(String otherFacilities) {
        this.otherFacilities = otherFacilities;
    }

    public String getPracticalInfo() {
        return practicalInfo;
    }

    public void setPracticalInfo(String practicalInfo) {
        this.practicalInfo = practicalInfo;
    }

    public List<OpeningRow> getOpening() {
        return opening;
    }

    public void setOpening(List<OpeningRow> opening) {
        this.opening = opening;
    }

    public boolean isOpenToAll() {
        return openToAll;
    }

    public void setOpenToAll(boolean openToAll) {
        this.openToAll = openToAll;
    }

    public Set<Long> getBorrowers() {
        return borrowers;
    }

    public void setBorrowers(Set<Long> borrowers) {
        this.borrowers = borrowers;
    }

    /** For the page's select list (JSF binds a list). */
    public List<Long> getBorrowerList() {
        return new ArrayList<>(borrowers); // mutable: JSF copies it
    }

    public void setBorrowerList(List<Long> list) {
        this.borrowers = list == null ? new HashSet<>() : new HashSet<>(list);
    }

    public boolean isApprovalRequired() {
        return approvalRequired;
    }

    public void setApprovalRequired(boolean approvalRequired) {
        this.approvalRequired = approvalRequired;
    }

    public int getMinMinutes() {
        return minMinutes;
    }

    public void setMinMinutes(int minMinutes) {
        this.minMinutes = minMinutes;
    }

    public int getMaxMinutes() {
        return maxMinutes;
    }

    public void setMaxMinutes(int maxMinutes) {
        this.maxMinutes = maxMinutes;
    }

    public int getMaxDaysAhead() {
        return maxDaysAhead;
    }

    public void setMaxDaysAhead(int maxDaysAhead) {
        this.maxDaysAhead = maxDaysAhead;
    }

    public int getBufferMinutes() {
        return bufferMinutes;
    }

    public void setBufferMinutes(int bufferMinutes) {
        this.bufferMinutes = bufferMinutes;
    }
}
