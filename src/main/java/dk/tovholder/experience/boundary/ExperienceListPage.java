package dk.tovholder.experience.boundary;

import dk.tovholder.experience.entity.ExperienceGroup;
import dk.tovholder.identity.boundary.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** All experience groups with their progress (1/4 … 4/4), for the programme manager and everyone. */
@Named
@RequestScoped
public class ExperienceListPage {

    @Inject
    ExperienceGroups groups;

    @Inject
    CurrentUser currentUser;

    private List<ExperienceGroup> all;

    public List<ExperienceGroup> getAll() {
        if (all == null) {
            all = groups.all();
        }
        return all;
    }

    public boolean isMayCreate() {
        return groups.mayCreate(currentUser.caller());
    }

    public boolean mayOpen(ExperienceGroup group) {
        return groups.mayRead(group, currentUser.caller());
    }
}
