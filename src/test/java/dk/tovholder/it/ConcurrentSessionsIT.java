package dk.tovholder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Many people logged in at once: every request of a session is answered as
 * that session's user, never refused and never as someone else. (With
 * Jakarta Security's {@code @AutoApplySession}, Payara 6.2025.10 answered
 * about one in ten such requests with 403.)
 */
class ConcurrentSessionsIT {

    private static final List<String> USERS = List.of("admin", "koordinator", "deltager", "booker", "varmemester");

    @Test
    void concurrentRequestsOfManySessionsAreEachAnsweredAsTheirOwnUser() throws Exception {
        List<WebSession> sessions = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            for (String user : USERS) {
                sessions.add(WebSession.of(user));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                WebSession session = sessions.get(i % sessions.size());
                String path = i % 2 == 0 ? "account/profile.xhtml" : "api/me";
                answers.add(pool.submit(() -> {
                    HttpResponse<String> response = session.get(path);
                    String expected = path.startsWith("api") ? "\"username\":\"" + session.username() + "\""
                            : "id=\"profile-username\">" + session.username();
                    return response.statusCode() == 200 && response.body().contains(expected) ? "ok"
                            : session.username() + " " + path + " -> " + response.statusCode();
                }));
            }
            List<String> wrong = new ArrayList<>();
            for (Future<String> answer : answers) {
                String result = answer.get();
                if (!result.equals("ok")) {
                    wrong.add(result);
                }
            }
            assertTrue(wrong.isEmpty(), wrong.size() + " of 400 answered wrongly: "
                    + wrong.subList(0, Math.min(10, wrong.size())));
        } finally {
            pool.shutdownNow();
        }
        assertEquals(200, sessions.get(0).get("account/profile.xhtml").statusCode());
    }
}
