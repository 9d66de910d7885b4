package dk.tovholder.meeting.boundary;

import dk.tovholder.meeting.entity.AgendaItem;
import dk.tovholder.meeting.entity.ItemType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** An agenda item as a coordinator types it (page) or sends it (API). */
public class AgendaItemForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = AgendaItem.TITLE_MAX)
    private String title;

    @Size(max = AgendaItem.DESCRIPTION_MAX)
    private String description;

    @NotNull
    private ItemType type = ItemType.INFORMATION;

    @Size(max = AgendaItem.PRESENTER_MAX)
    private String presenter;

    @Min(0)
    @Max(AgendaItem.MINUTES_MAX)
    private int minutes = 15;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public ItemType getType() {
        return type;
    }

    public void setType(ItemType type) {
        this.type = type;
    }

    public String getPresenter() {
        return presenter;
    }

    public void setPresenter(String presenter) {
        this.presenter = presenter;
    }

    public int getMinutes() {
        return minutes;
    }

    public void setMinutes(int minutes) {
        this.minutes = minutes;
    }

    /** The form filled with an item, to change it. */
    public static AgendaItemForm of(AgendaItem item) {
        AgendaItemForm form = new AgendaItemForm();
        form.title = item.getTitle();
        form.description = item.getDescription();
        form.type = item.getType();
        form.presenter = item.getPresenter();
        form.minutes = item.getMinutes();
        return form;
    }
}
