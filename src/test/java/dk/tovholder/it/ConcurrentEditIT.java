package dk.tovholder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two people open the same editing page; the first saves; the second's save
 * from the page they still have is refused with a message saying someone else
 * saved meanwhile, keeps what they typed in the form, and the first one's
 * change stays. One case per editing page whose form a test can send as
 * the browser does without changing demo data other tests rely on: the
 * group page edits a group the test creates first through its own page.
 * (The room page's stale saves are refused the same way at the boundary, see
 * RoomsIT; a room of the test's own would join every free-room search the
 * other tests make.)
 */
class ConcurrentEditIT {

    private static long idOf(String path, String name) {
        return Server.json(Server.get(path, "admin")).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + path)).getJsonNumber("id").longValue();
    }

    /** A network group of the test's own, created through its page as its coordinator would. */
    private static String ownGroupPage() {
        WebSession koordinator = WebSession.of("koordinator");
        JsfForm create = JsfForm.of(koordinator.get("network/edit.xhtml"), "edit");
        HttpResponse<String> created = create.set("edit:name", "Redaktørgruppen " + Long.toString(System.nanoTime(), 36))
                .set("edit:purpose", "Gruppen til testen af to redaktører").submit(koordinator, "edit:save");
        assertEquals(302, created.statusCode(), () -> "the group is created: " + created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        return "network/edit.xhtml?id=" + location.replaceAll(".*[?&]id=(\\d+).*", "$1");
    }

    static Stream<Arguments> editingPages() {
        return Stream.of(
                Arguments.of("an organisation's profile", "deltager",
                        "organisation/edit.xhtml?id=" + idOf("api/organisations?max=100", "Bydelsmødre"), "edit",
                        "edit:description", "edit:save"),
                Arguments.of("an experience group", "koordinator",
                        "experience/edit.xhtml?id=" + idOf("api/experience-groups", "Erfaringsgruppen Tartuhus"),
                        "experience", "experience:socialEffort", "experience:save"),
                Arguments.of("a meeting's agenda", "koordinator", "meeting/meeting.xhtml?id=" + OwnMeeting.schedule("To redaktører"), "agenda",
                        "agenda:title", "agenda:add"),
                Arguments.of("a network group", "koordinator", ownGroupPage(), "edit", "edit:purpose", "edit:save"),
                Arguments.of("an exchange post", "deltager", "exchange/edit.xhtml?id=" + ownPost(), "post",
                        "post:description", "post:save"));
    }

    /** A post of Bydelsmødre's (deltager's organisation) for the test. */
    private static long ownPost() {
        HttpResponse<String> made = Server.send("deltager", "POST", "api/exchange/posts", Json
                .createObjectBuilder().add("kind", "REQUEST").add("category", "OTHER").add("title", "To redaktører")
                .add("description", "Opslag til testen").add("expiresOn",
                        ServerDay.today().plusDays(20).toString())
                .build().toString());
        assertEquals(201, made.statusCode(), made::body);
        return Server.json(made).asJsonObject().getJsonNumber("id").longValue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("editingPages")
    void theSecondOfTwoEditorsIsToldAndOverwritesNothing(String what, String editor, String page, String form,
            String field, String button) {
        twoEditors(what, editor, page, form, field, button);
    }

    /**
     * A room's page, on a room of the test's own that it retires afterwards
     * (while it exists, it would join the free-room searches other tests make).
     */
    @Test
    void theSecondOfTwoEditorsOfARoomIsToldAndOverwritesNothing() {
        HttpResponse<String> made = Server.send("booker", "POST", "api/rooms?owner="
                + idOf("api/organisations?max=100", "Medborgercentret Norden Plads"), Json
                .createObjectBuilder().add("name", "Redaktørlokalet " + Long.toString(System.nanoTime(), 36))
                .add("address", "Nordens Plads 1, Frederiksberg").add("directions", "Kælderen").build().toString());
        assertEquals(201, made.statusCode(), made::body);
        String page = "room/edit.xhtml?id=" + Server.json(made).asJsonObject().getJsonNumber("id").longValue();
        try {
            twoEditors("a room", "booker", page, "room", "room:directions", "room:save");
        } finally {
            WebSession booker = WebSession.of("booker");
            HttpResponse<String> retired = JsfForm.of(booker.get(page), "retire").submit(booker, "retire:retireRoom");
            assertEquals(302, retired.statusCode(), "the test's room is retired again");
        }
    }

    private static void twoEditors(String what, String editor, String page, String form, String field,
            String button) {
        WebSession first = WebSession.of(editor);
        WebSession second = WebSession.of("admin");
        JsfForm firstForm = JsfForm.of(first.get(page), form);
        JsfForm secondForm = JsfForm.of(second.get(page), form);
        String stamp = Long.toString(System.nanoTime(), 36);
        String firstText = (firstForm.get(field) + " Første " + stamp).strip();
        String secondText = (secondForm.get(field) + " Anden " + stamp).strip();

        HttpResponse<String> saved = firstForm.set(field, firstText).submit(first, button);
        // a page that saves in place answers 200 with its message; one that moves on redirects (302)
        assertTrue(saved.statusCode() == 302 || saved.statusCode() == 200 && !saved.body().contains("message-error"),
                () -> what + ": the first save goes through: " + saved.statusCode() + " " + saved.body());

        HttpResponse<String> refused = secondForm.set(field, secondText).submit(second, button);
        assertEquals(200, refused.statusCode(), what);
        assertTrue(refused.body().contains("En anden har gemt ændringer imens"),
                what + ": the second editor is told someone else saved meanwhile");
        assertTrue(refused.body().contains("Anden " + stamp), what + ": what the second editor typed is still there");

        String now = first.get(page).body();
        assertTrue(now.contains("Første " + stamp), what + ": the first save stays");
        assertTrue(!now.contains("Anden " + stamp), what + ": and was not overwritten");
    }
}
