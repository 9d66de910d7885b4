package dk.tovholder.calendar.boundary;

import dk.tovholder.calendar.entity.CalendarFeed;
import dk.tovholder.calendar.entity.FeedKind;
import dk.tovholder.caller.Caller;
import dk.tovholder.identity.boundary.CurrentUser;
import dk.tovholder.layout.FacesMessages;
import dk.tovholder.network.boundary.NetworkGroups;
import dk.tovholder.network.entity.NetworkGroup;
import dk.tovholder.refusal.Refusal;
import dk.tovholder.room.boundary.Rooms;
import dk.tovholder.room.entity.Room;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * My calendar subscriptions: make one for my calendar, a group of mine or a room (one of each: asking again shows
 * the one I have); see their addresses (https to copy, webcal to open the calendar app); revoke.
 */
@Named
@RequestScoped
public class CalendarsPage {

    @Inject
    Calendars calendars;

    @Inject
    NetworkGroups groups;

    @Inject
    Rooms rooms;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesMessages messages;

    private Long group;
    private Long room;
    private List<CalendarFeed> feeds;

    public List<CalendarFeed> getFeeds() {
        if (feeds == null) {
            feeds = calendars.feedsOf(currentUser.caller());
        }
        return feeds;
    }

    public String address(CalendarFeed feed) {
        return calendars.addressOf(feed);
    }

    public String webcal(CalendarFeed feed) {
        return calendars.webcalOf(feed);
    }

    public String describe(CalendarFeed feed) {
        return calendars.describe(feed, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public List<NetworkGroup> getMyGroups() {
        Caller caller = currentUser.caller();
        return groups.visibleTo(caller).stream().filter(g -> groups.isMember(g, caller)).toList();
    }

    public List<Room> getRooms() {
        return rooms.all();
    }

    public String subscribeMine() {
        return subscribe(FeedKind.PERSON, null);
    }

    public String subscribeGroup() {
        return subscribe(FeedKind.GROUP, group);
    }

    public String subscribeRoom() {
        return subscribe(FeedKind.ROOM, room);
    }

    private String subscribe(FeedKind kind, Long target) {
        try {
            boolean created = calendars.subscribe(kind, target, currentUser.caller()).created();
            messages.info(created ? "calendar.subscribed" : "calendar.subscribed.already");
            return "/account/calendars?faces-redirect=true";
        } catch (Refusal refusal) {
            messages.show(refusal, null);
            return null;
        }
    }

    public String revoke(Long feedId) {
        try {
            calendars.revoke(feedId, currentUser.caller());
            messages.info("calendar.revoked");
            return "/account/calendars?faces-redirect=true";
        } catch (Refusal refusal) {
            messages.show(refusal, null);
            return null;
        }
    }

    public Long getGroup() {
        return group;
    }

    public void setGroup(Long group) {
        this.group = group;
    }

    public Long getRoom() {
        return room;
    }

    public void setRoom(Long room) {
        this.room = room;
    }
}
