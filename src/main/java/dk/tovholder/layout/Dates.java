package dk.tovholder.layout;

import dk.tovholder.language.LanguagePreference;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Dates and times as the reader writes them (Danish or English), in Copenhagen time. */
@Named
@RequestScoped
public class Dates {

    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    @Inject
    LanguagePreference language;

    public String date(LocalDate date) {
        return date == null ? "" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(language.getLocale()));
    }

    /** e.g. "tirsdag den 1. december 2026 09.00" */
    public String dateTime(ZonedDateTime time) {
        return time == null ? "" : time.withZoneSameInstant(ZONE).format(DateTimeFormatter
                .ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(language.getLocale()));
    }

    /** A meeting's start, e.g. "tirsdag den 1. december 2026 09.00". */
    public String start(Instant instant) {
        return instant == null ? "" : dateTime(instant.atZone(ZONE));
    }

    /** Only the clock time, e.g. "09.15". */
    public String time(Instant instant) {
        return instant == null ? "" : instant.atZone(ZONE).format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(language.getLocale()));
    }

    public String moment(Instant instant) {
        return instant == null ? "" : instant.atZone(ZONE).format(DateTimeFormatter
                .ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(language.getLocale()));
    }
}
