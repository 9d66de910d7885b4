package dk.tovholder.exchange.boundary;

import dk.tovholder.exchange.entity.ExchangePost;
import dk.tovholder.exchange.entity.PostCategory;
import dk.tovholder.exchange.entity.PostKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A post as its organisation writes it (page) or sends it (API). An
 * administrator may post for another organisation ({@code organisationId});
 * everyone else posts for their own.
 */
public class PostForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private PostKind kind;

    @NotNull
    private PostCategory category;

    @NotBlank
    @Size(max = ExchangePost.TITLE_MAX)
    private String title;

    @Size(max = ExchangePost.DESCRIPTION_MAX)
    private String description;

    @Size(max = ExchangePost.TARGET_GROUP_MAX)
    private String targetGroup;

    @NotNull
    private LocalDate expiresOn;

    private Long organisationId;

    public static PostForm of(ExchangePost post) {
        PostForm form = new PostForm();
        form.kind = post.getKind();
        form.category = post.getCategory();
        form.title = post.getTitle();
        form.description = post.getDescription();
        form.targetGroup = post.getTargetGroup();
        form.expiresOn = post.getExpiresOn();
        form.organisationId = post.getOrganisation().getId();
        return form;
    }

    public PostKind getKind() {
        return kind;
    }

    public void setKind(PostKind kind) {
        this.kind = kind;
    }

    public PostCategory getCategory() {
        return category;
    }

    public void setCategory(PostCategory category) {
        this.category = category;
    }

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

    public String getTargetGroup() {
        return targetGroup;
    }

    public void setTargetGroup(String targetGroup) {
        this.targetGroup = targetGroup;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }
}
