package dk.tovholder.network.boundary;

import dk.tovholder.caller.Caller;
import dk.tovholder.identity.boundary.CurrentUser;
import dk.tovholder.layout.ErrorResponses;
import dk.tovholder.layout.FacesMessages;
import dk.tovholder.network.entity.Cadence;
import dk.tovholder.network.entity.CadenceKind;
import dk.tovholder.network.entity.NetworkGroup;
import dk.tovholder.network.entity.RotationUnit;
import dk.tovholder.network.entity.Visibility;
import dk.tovholder.refusal.NotFound;
import dk.tovholder.refusal.Refusal;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.DayOfWeek;

/** Create a group (coordinators, administrators) or change one (its administrator). */
@Named
@ViewScoped
public class GroupEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NetworkGroups groups;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesMessages messages;

    private Long id;
    private long version;
    private GroupForm form;

    public void load() {
        if (form != null) {
            return;
        }
        Caller caller = currentUser.caller();
        if (id == null) {
            if (!groups.mayCreate(caller)) {
                ErrorResponses.send(403);
                return;
            }
            form = new GroupForm();
            return;
        }
        try {
            NetworkGroup group = groups.find(id, caller);
            if (!groups.mayManage(group, caller)) {
                ErrorResponses.send(403);
                return;
            }
            form = GroupForm.of(group);
            version = group.getVersion();
        } catch (NotFound notFound) {
            ErrorResponses.send(404);
        }
    }

    public String save() {
        try {
            NetworkGroup saved = id == null ? groups.create(form, currentUser.caller())
                    : groups.update(id, version, form, currentUser.caller());
            messages.info("group.saved", saved.getName());
            return "/network/group?faces-redirect=true&id=" + saved.getId();
        } catch (Refusal refusal) {
            messages.show(refusal, "edit");
            return null;
        } catch (ConstraintViolationException invalid) {
            messages.show(invalid);
            return null;
        }
    }

    public boolean isNew() {
        return id == null;
    }

    public Visibility[] getVisibilities() {
        return Visibility.values();
    }

    public RotationUnit[] getRotationUnits() {
        return RotationUnit.values();
    }

    public CadenceKind[] getCadenceKinds() {
        return CadenceKind.values();
    }

    public DayOfWeek[] getDays() {
        return DayOfWeek.values();
    }

    public Integer[] getWeeksOfMonth() {
        return new Integer[] {1, 2, 3, 4, Cadence.LAST};
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public GroupForm getForm() {
        return form;
    }
}
