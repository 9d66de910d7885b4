package dk.tovholder.room.entity;

/** How a recurring booking repeats: every week, every second week, or monthly on the same weekday (the 2nd Tuesday). */
public enum RecurrenceRule {
    WEEKLY, FORTNIGHTLY, MONTHLY_WEEKDAY
}
