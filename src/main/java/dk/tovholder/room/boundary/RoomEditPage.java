package dk.tovholder.room.boundary;

import dk.tovholder.caller.Caller;
import dk.tovholder.identity.boundary.CurrentUser;
import dk.tovholder.layout.ErrorResponses;
import dk.tovholder.layout.FacesMessages;
import dk.tovholder.organisation.boundary.Organisations;
import dk.tovholder.organisation.entity.Organisation;
import dk.tovholder.refusal.NotFound;
import dk.tovholder.refusal.Refusal;
import dk.tovholder.room.control.BookingRules;
import dk.tovholder.room.entity.BlockedPeriod;
import dk.tovholder.room.entity.Facility;
import dk.tovholder.room.entity.Room;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/** The owner's form for a room: description, opening hours, lending rules and blocked periods. */
@Named
@ViewScoped
public class RoomEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Rooms rooms;

    @Inject
    Organisations organisations;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesMessages messages;

    private Long id;
    private Room room;
    private RoomForm form;
    private LocalDate blockFrom;
    private LocalDate blockTo;
    private String blockReason;
    private transient List<Organisation> allOrganisations;

    public void load() {
        if (form != null) {
            return;
        }
        Caller caller = currentUser.caller();
        if (id == null) {
            if (caller.organisationId() == null || !rooms.mayManageRoomsOf(caller.organisationId(), caller)) {
                ErrorResponses.send(403);
                return;
            }
            form = RoomForm.of(Room.blank(organisations.find(caller.organisationId())));
            return;
        }
        try {
            room = rooms.find(id);
        } catch (NotFound notFound) {
            ErrorResponses.send(404);
            return;
        }
        if (!rooms.mayManage(room, caller)) {
            ErrorResponses.send(403);
            return;
        }
        form = RoomForm.of(room);
    }

    public String save() {
        Caller caller = currentUser.caller();
        try {
            room = id == null ? rooms.create(caller.organisationId(), form, caller)
                    : rooms.update(id, room.getVersion(), form, caller);
            messages.info("room.saved", room.getName());
            return "/room/room?faces-redirect=true&id=" + room.getId();
        } catch (Refusal refusal) {
            messages.show(refusal, "room");
            return null;
        } catch (ConstraintViolationException invalid) {
            messages.show(invalid);
            return null;
        }
    }

    public String addBlock() {
        if (blockFrom == null || blockTo == null) {
            messages.error("room.block.dates");
            return null;
        }
        return change(() -> rooms.block(id, room.getVersion(), blockFrom, blockTo, blockReason,
                currentUser.caller()), "room.block.added");
    }

    public String removeBlock(int index) {
        return change(() -> rooms.unblock(id, room.getVersion(), index, currentUser.caller()), "room.block.removed");
    }

    public String retire() {
        try {
            rooms.retire(id, room.getVersion(), currentUser.caller());
            messages.info("room.retired", room.getName());
            return "/room/rooms?faces-redirect=true";
        } catch (Refusal refusal) {
            messages.show(refusal, "retire");
            return null;
        }
    }

    private String change(Supplier<Room> action, String doneKey) {
        try {
            room = action.get();
            messages.info(doneKey);
            return "/room/edit?faces-redirect=true&id=" + id;
        } catch (Refusal refusal) {
            messages.show(refusal, "blocks");
            return null;
        } catch (ConstraintViolationException invalid) {
            messages.show(invalid, "blocks");
            return null;
        }
    }

    public List<Organisation> getOrganisations() {
        if (allOrganisations == null) {
            allOrganisations = organisations.all();
        }
        return allOrganisations;
    }

    public Facility[] getFacilityChoices() {
        return Facility.values();
    }

    public List<BlockedPeriod> getBlocks() {
        return room == null ? List.of() : room.getBlocks();
    }

    /** The last day of a blocked period (it is stored up to midnight after it). */
    public LocalDate lastDay(BlockedPeriod period) {
        return period.getEndsAt().atZone(BookingRules.ZONE).toLocalDate().minusDays(1);
    }

    public LocalDate firstDay(BlockedPeriod period) {
        return period.getStartsAt().atZone(BookingRules.ZONE).toLocalDate();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Room getRoom() {
        return room;
    }

    public RoomForm getForm() {
        return form;
    }

    public LocalDate getBlockFrom() {
        return blockFrom;
    }

    public void setBlockFrom(LocalDate blockFrom) {
        this.blockFrom = blockFrom;
    }

    public LocalDate getBlockTo() {
        return blockTo;
    }

    public void setBlockTo(LocalDate blockTo) {
        this.blockTo = blockTo;
    }

    public String getBlockReason() {
        return blockReason;
    }

    public void setBlockReason(String blockReason) {
        this.blockReason = blockReason;
    }
}
