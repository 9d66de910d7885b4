package dk.tovholder.room.boundary;

import dk.tovholder.room.control.BookingRules;
import dk.tovholder.room.entity.Facility;
import dk.tovholder.room.entity.Room;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/** A room as the API shows it: description, opening hours, lending rules and blocked periods. */
public record RoomView(Long id, long version, Long ownerId, String owner, String name, String address,
        String directions, int capacity, Set<Facility> facilities, String otherFacilities, String practicalInfo,
        List<Hours> opening, Lending lending, List<Block> blocked, boolean mayManage) {

    public record Hours(String day, String opens, String closes) {
    }

    public record Lending(boolean openToAll, Set<Long> borrowers, boolean approvalRequired, int minMinutes,
            int maxMinutes, int maxDaysAhead, int bufferMinutes) {
    }

    public record Block(OffsetDateTime from, OffsetDateTime to, String reason) {
    }

    public static RoomView of(Room r, boolean mayManage) {
        return new RoomView(r.getId(), r.getVersion(), r.getOwner().getId(), r.getOwner().getName(), r.getName(),
                r.getAddress(), r.getDirections(), r.getCapacity(), r.getFacilities(), r.getOtherFacilities(),
                r.getPracticalInfo(),
                r.getOpening().stream().map(o -> new Hours(o.getDay().name(), o.getOpens().toString(),
                        o.getCloses().toString())).toList(),
                new Lending(r.isOpenToAll(), r.getBorrowers(), r.isApprovalRequired(), r.getMinMinutes(),
                        r.getMaxMinutes(), r.getMaxDaysAhead(), r.getBufferMinutes()),
                r.getBlocks().stream().map(b -> new Block(local(b.getStartsAt()), local(b.getEndsAt()),
                        b.getReason())).toList(),
                mayManage);
    }

    static OffsetDateTime local(Instant instant) {
        return instant.atZone(BookingRules.ZONE).toOffsetDateTime();
    }
}
