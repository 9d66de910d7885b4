package dk.tovholder.exchange.boundary;

/** Another organisation answered a post: the poster hears of it (the mail component observes this). */
public record PostAnswered(Long postId, Long answerId) {
}
