package dk.tovholder.network.boundary;

import dk.tovholder.caller.Caller;
import dk.tovholder.identity.boundary.CurrentUser;
import dk.tovholder.network.entity.NetworkGroup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** My groups and the open groups I am not in. */
@Named
@RequestScoped
public class GroupsPage {

    @Inject
    NetworkGroups groups;

    @Inject
    CurrentUser currentUser;

    private List<NetworkGroup> mine;
    private List<NetworkGroup> open;
    private Caller caller;

    @PostConstruct
    void load() {
        caller = currentUser.caller();
        List<NetworkGroup> visible = groups.visibleTo(caller).stream().filter(NetworkGroup::isNetwork).toList();
        mine = visible.stream().filter(g -> groups.isMember(g, caller)).toList();
        open = visible.stream().filter(g -> !groups.isMember(g, caller)).toList();
    }

    public List<NetworkGroup> getMine() {
        return mine;
    }

    public List<NetworkGroup> getOpen() {
        return open;
    }

    public boolean isMayCreate() {
        return groups.mayCreate(caller);
    }
}
