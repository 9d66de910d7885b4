package dk.tovholder.exchange.boundary;

import dk.tovholder.exchange.entity.PostCategory;
import dk.tovholder.exchange.entity.PostKind;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * What the list shows: by kind, category, organisation and words; only open
 * posts unless {@code all}; only those created after {@code newerThan} (the
 * caller's last visit) when given.
 */
public record PostFilter(PostKind kind, PostCategory category, Long organisationId,
        @Size(max = 200) String text, boolean all, Instant newerThan) {

    public static PostFilter open() {
        return new PostFilter(null, null, null, null, false, null);
    }
}
