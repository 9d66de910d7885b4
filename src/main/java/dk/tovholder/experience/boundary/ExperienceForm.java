package dk.tovholder.experience.boundary;

import dk.tovholder.experience.entity.ExperienceGroup;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** An experience group's description as its creator or facilitator edits it. */
public class ExperienceForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = ExperienceGroup.NAME_MAX)
    private String name;

    @NotBlank
    @Size(max = ExperienceGroup.TEXT_MAX)
    private String renovation;

    @NotBlank
    @Size(max = ExperienceGroup.TEXT_MAX)
    private String socialEffort;

    @NotNull
    private Long organisationId;

    @NotNull
    private Long facilitatorId;

    public static ExperienceForm of(ExperienceGroup group) {
        ExperienceForm form = new ExperienceForm();
        form.name = group.getName();
        form.renovation = group.getRenovation();
        form.socialEffort = group.getSocialEffort();
        form.organisationId = group.getOrganisation().getId();
        form.facilitatorId = group.getFacilitator().getId();
        return form;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRenovation() {
        return renovation;
    }

    public void setRenovation(String renovation) {
        this.renovation = renovation;
    }

    public String getSocialEffort() {
        return socialEffort;
    }

    public void setSocialEffort(String socialEffort) {
        this.socialEffort = socialEffort;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public Long getFacilitatorId() {
        return facilitatorId;
    }

    public void setFacilitatorId(Long facilitatorId) {
        this.facilitatorId = facilitatorId;
    }
}
