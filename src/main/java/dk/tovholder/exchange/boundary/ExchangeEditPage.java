package dk.tovholder.exchange.boundary;

import dk.tovholder.exchange.entity.ExchangePost;
import dk.tovholder.exchange.entity.PostCategory;
import dk.tovholder.exchange.entity.PostKind;
import dk.tovholder.identity.boundary.CurrentUser;
import dk.tovholder.layout.ErrorResponses;
import dk.tovholder.layout.FacesMessages;
import dk.tovholder.refusal.NotFound;
import dk.tovholder.refusal.Refusal;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;

/**
 * exchange/edit.xhtml: a new post (anyone of an organisation) or a change to
 * one (its organisation's people, administrators). The version read when the
 * page opened goes with the save, so a concurrent change is refused.
 */
@Named
@ViewScoped
public class ExchangeEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How long a new post runs unless its writer says otherwise. */
    static final int DEFAULT_DAYS = 30;

    @Inject
    Exchange exchange;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesMessages messages;

    private Long id;
    private long version;
    private PostForm form;
    private String organisationName;

    public void load() {
        if (form != null) {
            return; // a postback of this view
        }
        if (id == null) {
            if (!exchange.mayPost(currentUser.caller())) {
                ErrorResponses.send(403);
                return;
            }
            form = new PostForm();
            form.setKind(PostKind.REQUEST);
            form.setExpiresOn(exchange.today().plusDays(DEFAULT_DAYS));
            return;
        }
        try {
            ExchangePost post = exchange.find(id);
            if (!exchange.mayEdit(post, currentUser.caller())) {
                ErrorResponses.send(403);
                return;
            }
            form = PostForm.of(post);
            version = post.getVersion();
            organisationName = post.getOrganisation().getName();
        } catch (NotFound notFound) {
            ErrorResponses.send(404);
        }
    }

    public String save() {
        try {
            ExchangePost saved = id == null ? exchange.create(form, currentUser.caller())
                    : exchange.update(id, version, form, currentUser.caller());
            messages.info("exchange.saved", saved.getTitle());
            return "/exchange/post?faces-redirect=true&id=" + saved.getId();
        } catch (Refusal refusal) {
            messages.show(refusal, "post");
            return null;
        } catch (ConstraintViolationException invalid) {
            messages.show(invalid);
            return null;
        }
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PostForm getForm() {
        return form;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public PostKind[] getKinds() {
        return PostKind.values();
    }

    public PostCategory[] getCategories() {
        return PostCategory.values();
    }
}
