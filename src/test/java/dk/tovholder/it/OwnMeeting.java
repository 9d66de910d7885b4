package dk.tovholder.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;

/**
 * A one-off meeting of the open network group that a test schedules for itself
 * (through the API, as its administrator), so that what it does to the agenda
 * meets no other test's expectations.
 */
public final class OwnMeeting {

    public static final String GROUP = "Netværksgruppen i Søndermarkskvarteret";

    private OwnMeeting() {
    }

    public static long groupId() {
        return Server.json(Server.get("api/groups", "koordinator")).asJsonArray().getValuesAs(JsonObject.class)
                .stream().filter(g -> g.getString("name").equals(GROUP)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    /**
     * Schedules the meeting eight months ahead (after the half year other
     * tests look at, so the group's rhythm they check stays as it is) and
     * returns its id.
     */
    public static long schedule(String title) {
        String json = Json.createObjectBuilder().add("title", title)
                .add("day", ServerDay.today().plusMonths(8).toString())
                .add("start", "14:00").add("minutes", 90).build().toString();
        HttpResponse<String> made = Server.send("koordinator", "POST", "api/groups/" + groupId() + "/meetings", json);
        if (made.statusCode() != 201) {
            throw new AssertionError("could not schedule a meeting: " + made.statusCode() + " " + made.body());
        }
        return Server.json(made).asJsonObject().getJsonNumber("id").longValue();
    }
}
