package dk.tovholder.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tovholder.it.AccessMatrix.Expect;
import dk.tovholder.it.AccessMatrix.Row;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The concurrency tier: the pages of the access matrix asked all at once, as
 * a busy Monday morning would. Many sessions of different users, and many
 * requests in one session (several tabs, PrimeFaces' AJAX): every answer is
 * the page (200) for that session's own user (their name in the header),
 * never a 500, never a redirect to the login page.
 */
class ConcurrentPagesIT {

    private static final Set<Expect> SEES = EnumSet.of(Expect.ALLOW, Expect.SHOWN, Expect.REDACTED);
    private static final List<String> USERS = List.of("koordinator", "deltager", "booker", "varmemester", "admin");

    @Test
    void twoHundredFortyRequestsOfFiveUsersAreEachAnsweredAsTheirOwnUser() throws Exception {
        Map<String, List<String>> pages = pagesOf(USERS);
        Map<String, WebSession> sessions = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (String user : USERS) {
            sessions.put(user, WebSession.of(user));
            names.put(user, Server.json(Server.get("api/me", user)).asJsonObject().getString("name"));
        }
        List<Ask> asks = new ArrayList<>();
        for (int i = 0; i < 240; i++) {
            String user = USERS.get(i % USERS.size());
            List<String> own = pages.get(user);
            asks.add(new Ask(sessions.get(user), names.get(user), own.get((i / USERS.size()) % own.size())));
        }
        assertAllRight(asks, 200);
    }

    @Test
    void fortyRequestsInOneSessionAreAllAnswered() throws Exception {
        WebSession session = WebSession.of("koordinator");
        String name = Server.json(Server.get("api/me", "koordinator")).asJsonObject().getString("name");
        List<String> own = pagesOf(List.of("koordinator")).get("koordinator");
        List<Ask> asks = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            asks.add(new Ask(session, name, own.get(i % own.size())));
        }
        assertAllRight(asks, 40);
    }

    private record Ask(WebSession session, String name, String path) {
        String answer() {
            HttpResponse<String> response = session.get(path);
            if (response.statusCode() != 200) {
                return session.username() + " " + path + " → " + response.statusCode()
                        + response.headers().firstValue("Location").map(l -> " → " + l).orElse("");
            }
            return response.body().contains("class=\"user-name\">" + name + "<") ? null
                    : session.username() + " " + path + " → 200 without their name";
        }
    }

    private static void assertAllRight(List<Ask> asks, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<String>> answers = new ArrayList<>();
            asks.forEach(ask -> answers.add(pool.submit(ask::answer)));
            List<String> wrong = new ArrayList<>();
            for (Future<String> answer : answers) {
                String result = answer.get(120, TimeUnit.SECONDS);
                if (result != null) {
                    wrong.add(result);
                }
            }
            assertTrue(wrong.isEmpty(), wrong.size() + " of " + asks.size() + " answered wrongly:\n  "
                    + String.join("\n  ", wrong.subList(0, Math.min(15, wrong.size()))));
        } finally {
            pool.shutdownNow();
        }
    }

    /** Each user's pages: the matrix's GET pages they may see, with its placeholders filled in. */
    private static Map<String, List<String>> pagesOf(List<String> users) {
        AccessMatrixIT.Fixture fixture = AccessMatrixIT.Fixture.shared();
        Map<String, List<String>> pages = new LinkedHashMap<>();
        for (String user : users) {
            List<String> own = new ArrayList<>();
            for (Row row : AccessMatrix.load().rows()) {
                if (row.isPage() && row.method().equals("GET") && SEES.contains(row.cells().get(user))) {
                    String path = fixture.path(row.path());
                    own.add(path.substring(1));
                }
            }
            pages.put(user, own);
        }
        return pages;
    }
}
