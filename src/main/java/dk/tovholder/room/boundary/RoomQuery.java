package dk.tovholder.room.boundary;

import dk.tovholder.room.entity.Facility;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** "Find a free room": a day and a time window in Copenhagen, the number of people, the facilities needed. */
public class RoomQuery implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private LocalDate day;

    @NotNull
    private LocalTime start;

    @NotNull
    private LocalTime end;

    @Min(1)
    @Max(10000)
    private int people = 1;

    private Set<Facility> facilities = EnumSet.noneOf(Facility.class);

    public RoomQuery() {
    }

    public RoomQuery(LocalDate day, LocalTime start, LocalTime end, int people, Set<Facility> facilities) {
        this.day = day;
        this.start = start;
        this.end = end;
        this.people = people;
        setFacilities(facilities);
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public LocalTime getStart() {
        return start;
    }

    public void setStart(LocalTime start) {
        this.start = start;
    }

    public LocalTime getEnd() {
        return end;
    }

    public void setEnd(LocalTime end) {
        this.end = end;
    }

    public int getPeople() {
        return people;
    }

    public void setPeople(int people) {
        this.people = people;
    }

    public Set<Facility> getFacilities() {
        return facilities;
    }

    public void setFacilities(Set<Facility> facilities) {
        this.facilities = facilities == null || facilities.isEmpty() ? EnumSet.noneOf(Facility.class)
                : EnumSet.copyOf(facilities);
    }

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
}
