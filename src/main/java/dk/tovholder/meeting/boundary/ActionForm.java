package dk.tovholder.meeting.boundary;

import dk.tovholder.meeting.entity.ActionItem;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** A new action item as the minute-taker writes it. */
public class ActionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long agendaItemId;

    @NotBlank
    @Size(max = ActionItem.WHAT_MAX)
    private String what;

    @NotNull
    private Long responsibleOrganisationId;

    @Size(max = ActionItem.PERSON_MAX)
    private String responsiblePerson;

    @NotNull
    private LocalDate dueDate;

    public Long getAgendaItemId() {
        return agendaItemId;
    }

    public void setAgendaItemId(Long agendaItemId) {
        this.agendaItemId = agendaItemId;
    }

    public String getWhat() {
        return what;
    }

    public void setWhat(String what) {
        this.what = what;
    }

    public Long getResponsibleOrganisationId() {
        return responsibleOrganisationId;
    }

    public void setResponsibleOrganisationId(Long responsibleOrganisationId) {
        this.responsibleOrganisationId = responsibleOrganisationId;
    }

    public String getResponsiblePerson() {
        return responsiblePerson;
    }

    public void setResponsiblePerson(String responsiblePerson) {
        this.responsiblePerson = responsiblePerson;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }
}
