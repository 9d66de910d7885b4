package dk.tovholder.room.boundary;

import dk.tovholder.caller.Caller;
import dk.tovholder.identity.boundary.CurrentUser;
import dk.tovholder.layout.FacesMessages;
import dk.tovholder.refusal.Refusal;
import dk.tovholder.room.entity.Booking;
import dk.tovholder.room.entity.BookingStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * My organisation's bookings (cancel one date, the following or all of a
 * recurring one) and, for room owners, the requests to approve or reject and
 * the lending statistics.
 */
@Named
@ViewScoped
public class BookingsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int STATISTICS_MONTHS = 12;

    @Inject
    RoomOverviews overviews;

    @Inject
    Bookings bookings;

    @Inject
    Rooms rooms;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesMessages messages;

    private transient List<Booking> mine;
    private transient List<Booking> pending;
    private transient LendingStatistics statistics;
    private final Map<Long, String> reasons = new HashMap<>();
    private transient Boolean owner;

    public List<Booking> getMine() {
        if (mine == null) {
            mine = bookings.mine(currentUser.caller());
        }
        return mine;
    }

    public List<Booking> getPending() {
        if (pending == null) {
            pending = bookings.pending(currentUser.caller());
        }
        return pending;
    }

    public boolean isOwner() {
        if (owner == null) {
            Caller caller = currentUser.caller();
            owner = caller.organisationId() != null && rooms.mayManageRoomsOf(caller.organisationId(), caller)
                    && !rooms.ofOwner(caller.organisationId()).isEmpty();
        }
        return owner;
    }

    public LendingStatistics getStatistics() {
        if (statistics == null) {
            Caller caller = currentUser.caller();
            statistics = overviews.statistics(caller.organisationId(), STATISTICS_MONTHS, caller);
        }
        return statistics;
    }

    public boolean maySeePurpose(Booking booking) {
        return bookings.maySeePurpose(booking, currentUser.caller());
    }

    public boolean mayCancel(Booking booking) {
        return booking.getStatus().isActive() && bookings.mayChange(booking, currentUser.caller());
    }

    public String cancel(Booking booking, CancelScope scope) {
        try {
            List<Booking> cancelled = bookings.cancel(booking.getId(), booking.getVersion(), scope,
                    reasons.get(booking.getId()), currentUser.caller());
            messages.info("booking.cancelled", cancelled.size());
            return "/room/bookings?faces-redirect=true";
        } catch (Refusal refusal) {
            messages.show(refusal, null);
            mine = null;
            return null;
        } catch (ConstraintViolationException invalid) {
            messages.show(invalid);
            return null;
        }
    }

    public String approve(Booking booking) {
        try {
            bookings.approve(booking.getId(), booking.getVersion(), currentUser.caller());
            messages.info("booking.approved", booking.getOrganisation().getName());
            return "/room/bookings?faces-redirect=true";
        } catch (Refusal refusal) {
            messages.show(refusal, null);
            pending = null;
            return null;
        }
    }

    public String reject(Booking booking) {
        try {
            bookings.reject(booking.getId(), booking.getVersion(), reasons.get(booking.getId()), currentUser.caller());
            messages.info("booking.rejected", booking.getOrganisation().getName());
            return "/room/bookings?faces-redirect=true";
        } catch (Refusal refusal) {
            messages.show(refusal, null);
            pending = null;
            return null;
        } catch (ConstraintViolationException invalid) {
            messages.show(invalid);
            pending = null;
            return null;
        }
    }

    public boolean isPending(Booking booking) {
        return booking.getStatus() == BookingStatus.PENDING;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public CancelScope[] getScopes() {
        return CancelScope.values();
    }
}
