package dk.tovholder.meeting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One point of a meeting's agenda. Part of the {@link Meeting} aggregate. */
@Entity
@Table(name = "agenda_item")
public class AgendaItem implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int PRESENTER_MAX = 200;
    public static final int MINUTES_MAX = 600;
    public static final int NOTES_MAX = 8000;

    @Id
    @SequenceGenerator(name = "agenda_item_seq", sequenceName = "agenda_item_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agenda_item_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @Column(nullable = false)
    private int position;

    @NotBlank
    @Size(max = TITLE_MAX)
    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Size(max = DESCRIPTION_MAX)
    @Column(length = DESCRIPTION_MAX)
    private String description;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "item_type", nullable = false, length = 20)
    private ItemType type = ItemType.INFORMATION;

    @Size(max = PRESENTER_MAX)
    @Column(length = PRESENTER_MAX)
    private String presenter;

    @Min(0)
    @Max(MINUTES_MAX)
    @Column(nullable = false)
    private int minutes;

    /** the minutes' notes for this item */
    @Size(max = NOTES_MAX)
    @Column(length = NOTES_MAX)
    private String notes;

    /** when the notes were last saved, and by whom (a person's id; null: never, or by the system) */
    @Column(name = "notes_written_at")
    private Instant notesWrittenAt;

    @Column(name = "notes_written_by_id")
    private Long notesWrittenBy;

    protected AgendaItem() {
    }

    AgendaItem(Meeting meeting, int position, String title, String description, ItemType type, String presenter,
            int minutes) {
        this.meeting = meeting;
        this.position = position;
        change(title, description, type, presenter, minutes);
    }

    void change(String title, String description, ItemType type, String presenter, int minutes) {
        this.title = title == null ? null : title.strip();
        this.description = blankToNull(description);
        this.type = type;
        this.presenter = blankToNull(presenter);
        this.minutes = minutes;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    void setPosition(int position) {
        this.position = position;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public ItemType getType() {
        return type;
    }

    public String getPresenter() {
        return presenter;
    }

    public int getMinutes() {
        return minutes;
    }

    public String getNotes() {
        return notes;
    }

    void writeNotes(String text, Long byPersonId, Instant at) {
        String written = blankToNull(text);
        if (!Objects.equals(written, notes)) {
            this.notes = written;
            this.notesWrittenBy = byPersonId;
            this.notesWrittenAt = at;
        }
    }

    /** Whether the stored notes are still those a writer started from (blank and none are the same). */
    public boolean notesAre(String text) {
        return Objects.equals(notes, blankToNull(text));
    }

    public Instant getNotesWrittenAt() {
        return notesWrittenAt;
    }

    public Long getNotesWrittenBy() {
        return notesWrittenBy;
    }
}
