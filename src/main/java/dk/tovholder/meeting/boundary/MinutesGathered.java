package dk.tovholder.meeting.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The minutes of a meeting are being written out (the PDF): other components
 * add what belongs with them (the value game's result) without the meeting
 * component knowing them. Fired synchronously; observers call {@link #add}.
 */
public final class MinutesGathered {

    /** A part of the minutes another component adds: a heading and its lines, in the reader's language. */
    public record Section(String heading, List<String> lines) {
    }

    private final Long meetingId;
    private final Locale locale;
    private final List<Section> sections = new ArrayList<>();

    public MinutesGathered(Long meetingId, Locale locale) {
        this.meetingId = meetingId;
        this.locale = locale;
    }

    public Long meetingId() {
        return meetingId;
    }

    public Locale locale() {
        return locale;
    }

    public void add(Section section) {
        sections.add(section);
    }

    public List<Section> sections() {
        return List.copyOf(sections);
    }
}
