package dk.tovholder.exchange.boundary;

import dk.tovholder.caller.Caller;
import dk.tovholder.exchange.entity.ExchangePost;
import dk.tovholder.exchange.entity.PostCategory;
import dk.tovholder.exchange.entity.PostKind;
import dk.tovholder.identity.boundary.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * exchange/posts.xhtml: the posts, filtered by a GET form (a search can be
 * bookmarked). Opening the list records the visit; the time of the visit
 * before travels in {@code seen} through paging and filtering, so the posts
 * that were new stay marked new until the list is opened afresh.
 */
@Named
@RequestScoped
public class ExchangeListPage {

    static final int PAGE_SIZE = 25;

    @Inject
    Exchange exchange;

    @Inject
    CurrentUser currentUser;

    private PostKind kind;
    private PostCategory category;
    private String text;
    private boolean all;
    private boolean onlyNew;
    private Long seen;
    private int page;

    private Instant lastVisit;
    private List<ExchangePost> posts;
    private long total;
    private Map<Long, Long> answerCounts;
    private Set<Long> answeredByMine;

    public void load() {
        Caller caller = currentUser.caller();
        if (seen == null) {
            lastVisit = exchange.visit(caller);
            seen = lastVisit == null ? 0L : lastVisit.toEpochMilli();
        } else {
            lastVisit = seen == 0L ? null : Instant.ofEpochMilli(seen);
        }
        PostFilter filter = new PostFilter(kind, category, null, text, all,
                onlyNew && lastVisit != null ? lastVisit : null);
        posts = exchange.search(filter, Math.max(0, page) * PAGE_SIZE, PAGE_SIZE);
        total = exchange.count(filter);
        answerCounts = exchange.answerCounts(posts);
        answeredByMine = exchange.answeredByMine(posts, caller);
    }

    public boolean isNew(ExchangePost post) {
        return post.isNewSince(lastVisit);
    }

    public long newCount() {
        return lastVisit == null ? 0 : posts.stream().filter(this::isNew).count();
    }

    public String status(ExchangePost post) {
        return post.status(exchange.today()).name();
    }

    public boolean isMine(ExchangePost post) {
        return currentUser.caller().belongsTo(post.getOrganisation().getId());
    }

    public long answers(ExchangePost post) {
        return answerCounts.getOrDefault(post.getId(), 0L);
    }

    public boolean answeredByMine(ExchangePost post) {
        return answeredByMine.contains(post.getId());
    }

    public boolean isMayPost() {
        return exchange.mayPost(currentUser.caller());
    }

    public boolean isHasPrevious() {
        return page > 0;
    }

    public boolean isHasNext() {
        return (long) (page + 1) * PAGE_SIZE < total;
    }

    /** The query string of this search on another page. */
    public String query(int toPage) {
        StringBuilder query = new StringBuilder("page=").append(toPage).append("&seen=").append(seen);
        if (kind != null) {
            query.append("&kind=").append(kind);
        }
        if (category != null) {
            query.append("&category=").append(category);
        }
        if (text != null && !text.isBlank()) {
            query.append("&q=").append(URLEncoder.encode(text, StandardCharsets.UTF_8));
        }
        if (all) {
            query.append("&all=true");
        }
        if (onlyNew) {
            query.append("&new=true");
        }
        return query.toString();
    }

    public PostKind[] getKinds() {
        return PostKind.values();
    }

    public PostCategory[] getCategories() {
        return PostCategory.values();
    }

    public List<ExchangePost> getPosts() {
        return posts;
    }

    public long getTotal() {
        return total;
    }

    public PostKind getKind() {
        return kind;
    }

    public void setKind(PostKind kind) {
        this.kind = kind;
    }

    public PostCategory getCategory() {
        return category;
    }

    public void setCategory(PostCategory category) {
        this.category = category;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isAll() {
        return all;
    }

    public void setAll(boolean all) {
        this.all = all;
    }

    public boolean isOnlyNew() {
        return onlyNew;
    }

    public void setOnlyNew(boolean onlyNew) {
        this.onlyNew = onlyNew;
    }

    public Long getSeen() {
        return seen;
    }

    public void setSeen(Long seen) {
        this.seen = seen;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
