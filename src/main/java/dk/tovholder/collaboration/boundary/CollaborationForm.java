package dk.tovholder.collaboration.boundary;

import dk.tovholder.collaboration.entity.Collaboration;
import dk.tovholder.collaboration.entity.CollaborationKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A collaboration as someone records it: between their organisation (an
 * administrator may name another, {@code organisationId}) and a partner.
 */
public class CollaborationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private Long partnerId;

    @NotNull
    private CollaborationKind kind;

    @NotNull
    private LocalDate since;

    private LocalDate until;

    @Size(max = Collaboration.NOTE_MAX)
    private String note;

    private Long organisationId;

    public Long getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(Long partnerId) {
        this.partnerId = partnerId;
    }

    public CollaborationKind getKind() {
        return kind;
    }

    public void setKind(CollaborationKind kind) {
        this.kind = kind;
    }

    public LocalDate getSince() {
        return since;
    }

    public void setSince(LocalDate since) {
        this.since = since;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }
}
