package dk.tovholder.network.boundary;

import dk.tovholder.clock.AppClock;
import dk.tovholder.network.entity.Cadence;
import dk.tovholder.network.entity.CadenceKind;
import dk.tovholder.network.entity.NetworkGroup;
import dk.tovholder.network.entity.RotationUnit;
import dk.tovholder.network.entity.Visibility;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

/** What a coordinator fills in to create or change a group. */
public class GroupForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = NetworkGroup.NAME_MAX)
    private String name;
    @Size(max = NetworkGroup.PURPOSE_MAX)
    private String purpose;
    @Size(max = NetworkGroup.THEME_MAX)
    private String theme;
    @NotNull
    private Visibility visibility = Visibility.OPEN;
    @NotNull
    private RotationUnit rotationUnit = RotationUnit.MEETING;
    private LocalDate rotaStart;
    @NotNull
    private CadenceKind cadenceKind = CadenceKind.WEEKLY;
    /** weeks between meetings, for WEEKLY */
    @Min(1)
    @Max(12)
    private int weeks = 4;
    /** months between meetings, for MONTHLY */
    @Min(1)
    @Max(12)
    private int months = 1;
    private DayOfWeek day = DayOfWeek.TUESDAY;
    @Min(1)
    @Max(Cadence.LAST)
    private Integer weekOfMonth = 1;
    private LocalTime startTime = LocalTime.of(9, 0);
    @Min(15)
    @Max(600)
    private int minutes = 120;
    private LocalDate firstDate;

    public static GroupForm of(NetworkGroup group) {
        GroupForm form = new GroupForm();
        form.name = group.getName();
        form.purpose = group.getPurpose();
        form.theme = group.getTheme();
        form.visibility = group.getVisibility();
        form.rotationUnit = group.getRotationUnit();
        form.rotaStart = group.getRotaStart();
        Cadence c = group.getCadence();
        form.cadenceKind = c.getKind();
        if (c.getKind() == CadenceKind.MONTHLY) {
            form.months = c.getInterval();
        } else if (c.getKind() == CadenceKind.WEEKLY) {
            form.weeks = c.getInterval();
        }
        form.day = c.getDay();
        form.weekOfMonth = c.getWeekOfMonth() == null ? 1 : c.getWeekOfMonth();
        form.startTime = c.getStartTime();
        form.minutes = c.getMinutes();
        form.firstDate = c.getFirstDate();
        return form;
    }

    public Cadence cadence() {
        LocalDate from = firstDate != null ? firstDate : rotaStart != null ? rotaStart : AppClock.today();
        return switch (cadenceKind) {
            case WEEKLY -> Cadence.weekly(weeks, day, startTime, minutes, from);
            case MONTHLY -> Cadence.monthly(months, weekOfMonth == null ? 1 : weekOfMonth, day, startTime, minutes,
                    from);
            case AD_HOC -> Cadence.adHoc();
        };
    }

    void applyTo(NetworkGroup group) {
        group.describe(name, purpose, theme, visibility);
        group.meet(cadence(), rotationUnit);
    }


    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public void setVisibility(Visibility visibility) {
        this.visibility = visibility;
    }

    public RotationUnit getRotationUnit() {
        return rotationUnit;
    }

    public void setRotationUnit(RotationUnit rotationUnit) {
        this.rotationUnit = rotationUnit;
    }

    public LocalDate getRotaStart() {
        return rotaStart;
    }

    public void setRotaStart(LocalDate rotaStart) {
        this.rotaStart = rotaStart;
    }

    public CadenceKind getCadenceKind() {
        return cadenceKind;
    }

    public void setCadenceKind(CadenceKind cadenceKind) {
        this.cadenceKind = cadenceKind;
    }

    public int getWeeks() {
        return weeks;
    }

    public void setWeeks(int weeks) {
        this.weeks = weeks;
    }

    public int getMonths() {
        return months;
    }

    public void setMonths(int months) {
        this.months = months;
    }

    public DayOfWeek getDay() {
        return day;
    }

    public void setDay(DayOfWeek day) {
        this.day = day;
    }

    public Integer getWeekOfMonth() {
        return weekOfMonth;
    }

    public void setWeekOfMonth(Integer weekOfMonth) {
        this.weekOfMonth = weekOfMonth;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalTime startTime) {
        this.startTime = startTime;
    }

    public int getMinutes() {
        return minutes;
    }

    public void setMinutes(int minutes) {
        this.minutes = minutes;
    }

    public LocalDate getFirstDate() {
        return firstDate;
    }

    public void setFirstDate(LocalDate firstDate) {
        this.firstDate = firstDate;
    }
}
