package dk.tovholder.history.boundary;

import dk.tovholder.audit.entity.SubjectKind;
import dk.tovholder.caller.Caller;
import dk.tovholder.identity.boundary.CurrentUser;
import dk.tovholder.layout.ErrorResponses;
import dk.tovholder.network.boundary.NetworkGroups;
import dk.tovholder.organisation.boundary.Organisations;
import dk.tovholder.refusal.Forbidden;
import dk.tovholder.refusal.NotFound;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * history.xhtml: the audit log, newest first. With {@code group}: that group's
 * history, for its administrator; with {@code organisation}: the history of
 * the organisation's rooms and their bookings, for its bookers; with neither:
 * everything, for an administrator. Filtered by kind of thing.
 */
@Named
@RequestScoped
public class HistoryPage {

    @Inject
    AuditLog log;

    @Inject
    CurrentUser currentUser;

    @Inject
    NetworkGroups groups;

    @Inject
    Organisations organisations;

    private Long group;
    private Long organisation;
    private SubjectKind kind;
    private String heading;
    private List<AuditLog.Line> lines = List.of();

    public void load() {
        Caller caller = currentUser.caller();
        AuditLog.Filter filter = new AuditLog.Filter(kind, null, null, null, null);
        try {
            if (group != null) {
                heading = groups.find(group, caller).getName();
                lines = log.ofGroup(group, filter, caller);
            } else if (organisation != null) {
                heading = organisations.find(organisation).getName();
                lines = log.ofOrganisation(organisation, filter, caller);
            } else {
                lines = log.all(filter, caller);
            }
        } catch (NotFound notFound) {
            ErrorResponses.send(404);
        } catch (Forbidden forbidden) {
            ErrorResponses.send(403);
        }
    }

    public SubjectKind[] getKinds() {
        return SubjectKind.values();
    }

    /** The page a line's subject is shown on, or null. */
    public String linkOf(AuditLog.Line line) {
        return switch (line.kind()) {
            case MEETING -> "/meeting/meeting.xhtml?id=" + line.subjectId();
            case GROUP -> "/network/group.xhtml?id=" + line.subjectId();
            case ROOM -> "/room/room.xhtml?id=" + line.subjectId();
            default -> null;
        };
    }

    public List<AuditLog.Line> getLines() {
        return lines;
    }

    public String getHeading() {
        return heading;
    }

    public Long getGroup() {
        return group;
    }

    public void setGroup(Long group) {
        this.group = group;
    }

    public Long getOrganisation() {
        return organisation;
    }

    public void setOrganisation(Long organisation) {
        this.organisation = organisation;
    }

    public SubjectKind getKind() {
        return kind;
    }

    public void setKind(SubjectKind kind) {
        this.kind = kind;
    }
}
