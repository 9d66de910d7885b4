package dk.tovholder.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tovholder.exchange.entity.ExchangePost;
import dk.tovholder.exchange.entity.PostCategory;
import dk.tovholder.exchange.entity.PostKind;
import dk.tovholder.exchange.entity.PostStatus;
import dk.tovholder.organisation.entity.Organisation;
import dk.tovholder.organisation.entity.OrganisationType;
import dk.tovholder.refusal.Conflict;
import dk.tovholder.refusal.Refusal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExchangePostTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");
    private static final Organisation MENY = new Organisation("MENY Domus Vista", OrganisationType.BUSINESS);

    private static ExchangePost post(LocalDate expiresOn) {
        return new ExchangePost(MENY, null, NOW, TODAY, PostKind.OFFER, PostCategory.GOODS, "  Overskudsvarer  ",
                " ", "Foreninger", expiresOn);
    }

    @Test
    void aPostIsOpenUntilTheEndOfItsExpiryDay() {
        ExchangePost post = post(TODAY.plusDays(7));
        assertEquals("Overskudsvarer", post.getTitle(), "stripped");
        assertEquals(null, post.getDescription(), "blank is nothing");
        assertEquals(PostStatus.OPEN, post.status(TODAY));
        assertEquals(PostStatus.OPEN, post.status(TODAY.plusDays(7)));
        assertEquals(PostStatus.EXPIRED, post.status(TODAY.plusDays(8)));
        assertThrows(Conflict.class, () -> post.checkAnswerable(TODAY.plusDays(8)));
    }

    @Test
    void theExpiryIsTodayAtTheEarliestAndAYearAheadAtTheLatest() {
        assertEquals(PostStatus.OPEN, post(TODAY).status(TODAY));
        post(TODAY.plusDays(ExchangePost.MAX_DAYS_AHEAD));
        Refusal past = assertThrows(Refusal.class, () -> post(TODAY.minusDays(1)));
        assertEquals("exchange.expiry.past", past.messageKey());
        assertEquals("expiresOn", past.field());
        Refusal far = assertThrows(Refusal.class, () -> post(TODAY.plusDays(ExchangePost.MAX_DAYS_AHEAD + 1)));
        assertEquals("exchange.expiry.tooFar", far.messageKey());
        assertEquals("exchange.expiry.missing", assertThrows(Refusal.class, () -> post(null)).messageKey());
    }

    @Test
    void anUnchangedExpiryMayHavePassedWhenTheTextIsEditedButANewOneMayNot() {
        ExchangePost post = post(TODAY.plusDays(3));
        LocalDate later = TODAY.plusDays(10);
        post.describe(PostKind.OFFER, PostCategory.GOODS, "Brød", null, null, TODAY.plusDays(3), later);
        assertEquals("Brød", post.getTitle());
        assertThrows(Refusal.class, () -> post.describe(PostKind.OFFER, PostCategory.GOODS, "Brød", null, null,
                TODAY.plusDays(5), later));
        post.describe(PostKind.OFFER, PostCategory.GOODS, "Brød", null, null, later.plusDays(30), later);
        assertEquals(PostStatus.OPEN, post.status(later), "renewed");
    }

    @Test
    void aClosedPostIsNeitherAnsweredNorEditedNorClosedAgain() {
        ExchangePost post = post(TODAY.plusDays(7));
        post.close(NOW);
        assertEquals(PostStatus.CLOSED, post.status(TODAY));
        assertEquals("exchange.closed", assertThrows(Conflict.class, () -> post.checkAnswerable(TODAY)).messageKey());
        assertThrows(Conflict.class, () -> post.describe(PostKind.OFFER, PostCategory.GOODS, "x", null, null,
                TODAY.plusDays(7), TODAY));
        assertThrows(Conflict.class, () -> post.close(NOW));
    }

    @Test
    void newMeansCreatedAfterTheLastVisit() {
        ExchangePost post = post(TODAY.plusDays(7));
        assertTrue(post.isNewSince(null), "never visited: everything is new");
        assertTrue(post.isNewSince(NOW.minusSeconds(1)));
        assertFalse(post.isNewSince(NOW));
    }
}
