package dk.tovholder.exchange.boundary;

import dk.tovholder.caller.Caller;
import dk.tovholder.exchange.entity.ExchangeAnswer;
import dk.tovholder.exchange.entity.ExchangePost;
import dk.tovholder.exchange.entity.ExchangeVisit;
import dk.tovholder.exchange.entity.PostStatus;
import dk.tovholder.language.Language;
import dk.tovholder.language.Messages;
import dk.tovholder.meeting.boundary.AgendaItemForm;
import dk.tovholder.meeting.boundary.AgendaProposals;
import dk.tovholder.meeting.boundary.Meetings;
import dk.tovholder.meeting.entity.AgendaItem;
import dk.tovholder.meeting.entity.ItemType;
import dk.tovholder.meeting.entity.Meeting;
import dk.tovholder.meeting.entity.MeetingStatus;
import dk.tovholder.network.boundary.NetworkGroups;
import dk.tovholder.network.entity.GroupKind;
import dk.tovholder.network.entity.NetworkGroup;
import dk.tovholder.organisation.boundary.Organisations;
import dk.tovholder.organisation.entity.Organisation;
import dk.tovholder.organisation.entity.Person;
import dk.tovholder.refusal.Conflict;
import dk.tovholder.refusal.Forbidden;
import dk.tovholder.refusal.NotFound;
import dk.tovholder.refusal.Refusal;
import dk.tovholder.schema.Constraints;
import dk.tovholder.schema.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The resource exchange's posts: every logged-in user reads them; people
 * post, edit and close for their own organisation (administrators for any);
 * another organisation answers once per post, and the poster hears of it by
 * e-mail. An answer is visible to the two organisations and administrators.
 */
@ApplicationScoped
@Transactional
public class Exchange {

    public static final int MAX_PAGE = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    AgendaProposals proposals;

    @Inject
    Event<PostAnswered> answered;

    @Inject
    NetworkGroups groups;

    @Inject
    Meetings meetings;

    @Inject
    Clock clock;

    /** Today in Denmark: the day a post's expiry is counted against. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---------------------------------------------------------------- reading

    /** One page of posts, newest first, with their organisations (one query). */
    public List<ExchangePost> search(@NotNull @Valid PostFilter filter, int first, int max) {
        return query(filter, "select p", " order by p.createdAt desc, p.id desc", ExchangePost.class)
                .setHint("eclipselink.join-fetch", "p.organisation")
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(max, MAX_PAGE)))
                .getResultList();
    }

    public long count(@NotNull @Valid PostFilter filter) {
        return query(filter, "select count(p)", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(PostFilter filter, String select, String order, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" from ExchangePost p where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (!filter.all()) {
            jpql.append(" and p.closedAt is null and p.expiresOn >= :today");
            parameters.put("today", today());
        }
        if (filter.kind() != null) {
            jpql.append(" and p.kind = :kind");
            parameters.put("kind", filter.kind());
        }
        if (filter.category() != null) {
            jpql.append(" and p.category = :category");
            parameters.put("category", filter.category());
        }
        if (filter.organisationId() != null) {
            jpql.append(" and p.organisation.id = :organisation");
            parameters.put("organisation", filter.organisationId());
        }
        if (filter.newerThan() != null) {
            jpql.append(" and p.createdAt > :newerThan");
            parameters.put("newerThan", filter.newerThan());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            jpql.append(" and (lower(p.title) like :text escape '\\' or lower(p.description) like :text escape '\\'"
                    + " or lower(p.targetGroup) like :text escape '\\' or lower(p.organisation.name) like :text"
                    + " escape '\\')");
            parameters.put("text", Organisations.contains(filter.text()));
        }
        TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type);
        parameters.forEach(query::setParameter);
        return query;
    }

    public ExchangePost find(@NotNull Long id) {
        ExchangePost post = em.find(ExchangePost.class, id);
        if (post == null) {
            throw new NotFound("post", id);
        }
        return post;
    }

    /** When the caller last opened the list (null: never). */
    public Instant lastVisit(@NotNull Caller caller) {
        if (caller.personId() == null) {
            return null;
        }
        ExchangeVisit visit = em.find(ExchangeVisit.class, caller.personId());
        return visit == null ? null : visit.getSeenAt();
    }

    /**
     * Open posts of other organisations created since the caller last opened
     * the list (all open ones before the first visit), newest first, at most
     * {@code max}, with their organisations. Reading them records no visit.
     */
    public List<ExchangePost> newFor(@NotNull Caller caller, int max) {
        Instant since = lastVisit(caller);
        long organisation = caller.organisationId() == null ? -1 : caller.organisationId();
        return em.createQuery("select p from ExchangePost p where p.closedAt is null and p.expiresOn >= :today"
                + " and p.organisation.id <> :organisation and p.createdAt > :since"
                + " order by p.createdAt desc, p.id desc", ExchangePost.class)
                .setParameter("today", today()).setParameter("organisation", organisation)
                .setParameter("since", since == null ? Instant.EPOCH : since)
                .setHint("eclipselink.join-fetch", "p.organisation")
                .setMaxResults(Math.max(1, Math.min(max, MAX_PAGE))).getResultList();
    }

    /** Records a visit to the list now and returns the one before (null: the first). */
    public Instant visit(@NotNull Caller caller) {
        if (caller.personId() == null) {
            return null;
        }
        ExchangeVisit visit = em.find(ExchangeVisit.class, caller.personId());
        Instant now = Instant.now(clock);
        if (visit == null) {
            try {
                em.persist(new ExchangeVisit(caller.personId(), now));
                em.flush();
            } catch (PersistenceException raced) {
                if (!Constraints.violated(raced, "exchange_visit")) { // its primary key, the person
                    throw raced;
                }
                // the same person opened the list twice at once: one visit is recorded, that is all we need
                throw Versions.stale();
            }
            return null;
        }
        Instant before = visit.getSeenAt();
        visit.seen(now);
        return before;
    }

    /**
     * The answers the caller may read: all of them for the posting
     * organisation and administrators, their own organisation's otherwise.
     */
    public List<ExchangeAnswer> answers(@NotNull ExchangePost post, @NotNull Caller caller) {
        boolean all = mayEdit(post, caller);
        if (!all && caller.organisationId() == null) {
            return List.of();
        }
        String jpql = "select a from ExchangeAnswer a join fetch a.organisation where a.post.id = :post"
                + (all ? "" : " and a.organisation.id = :organisation") + " order by a.createdAt, a.id";
        TypedQuery<ExchangeAnswer> query = em.createQuery(jpql, ExchangeAnswer.class)
                .setParameter("post", post.getId());
        if (!all) {
            query.setParameter("organisation", caller.organisationId());
        }
        return query.getResultList();
    }

    /** How many answers each of the posts has (one query), for the list. */
    public Map<Long, Long> answerCounts(@NotNull List<ExchangePost> posts) {
        if (posts.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select a.post.id, count(a) from ExchangeAnswer a where a.post.id in :ids"
                + " group by a.post.id", Object[].class)
                .setParameter("ids", posts.stream().map(ExchangePost::getId).toList()).getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    /** The posts the caller's organisation has answered, among these (one query). */
    public Set<Long> answeredByMine(@NotNull List<ExchangePost> posts, @NotNull Caller caller) {
        if (posts.isEmpty() || caller.organisationId() == null) {
            return Set.of();
        }
        return em.createQuery("select a.post.id from ExchangeAnswer a where a.post.id in :ids"
                + " and a.organisation.id = :organisation", Long.class)
                .setParameter("ids", posts.stream().map(ExchangePost::getId).toList())
                .setParameter("organisation", caller.organisationId()).getResultStream()
                .collect(Collectors.toSet());
    }

    public boolean mayEdit(@NotNull ExchangePost post, @NotNull Caller caller) {
        return caller.isAdmin() || caller.belongsTo(post.getOrganisation().getId());
    }

    public boolean mayPost(@NotNull Caller caller) {
        return caller.organisationId() != null || caller.isAdmin();
    }

    /** Someone of another organisation, while the post is open and their organisation has not answered. */
    public boolean mayAnswer(@NotNull ExchangePost post, @NotNull Caller caller) {
        return mayAnswer(post, caller, today(), !answeredByMine(List.of(post), caller).isEmpty());
    }

    /** The rule itself, for callers that know already whether the caller's organisation answered. */
    static boolean mayAnswer(ExchangePost post, Caller caller, LocalDate today, boolean answeredByMine) {
        return caller.organisationId() != null && !caller.belongsTo(post.getOrganisation().getId())
                && post.status(today) == PostStatus.OPEN && !answeredByMine;
    }

    // ---------------------------------------------------------------- changing

    public ExchangePost create(@NotNull @Valid PostForm form, @NotNull Caller caller) {
        Organisation organisation = postingOrganisation(form, caller);
        ExchangePost post = new ExchangePost(organisation, me(caller), Instant.now(clock), today(), form.getKind(),
                form.getCategory(), form.getTitle(), form.getDescription(), form.getTargetGroup(),
                form.getExpiresOn());
        em.persist(post);
        em.flush();
        return post;
    }

    private Organisation postingOrganisation(PostForm form, Caller caller) {
        Long id = form.getOrganisationId() != null && caller.isAdmin() ? form.getOrganisationId()
                : caller.organisationId();
        if (id == null) {
            throw new Forbidden("exchange.noOrganisation");
        }
        if (form.getOrganisationId() != null && !form.getOrganisationId().equals(id)) {
            throw new Forbidden("exchange.otherOrganisation");
        }
        Organisation organisation = em.find(Organisation.class, id);
        if (organisation == null) {
            throw Refusal.onField("organisationId", "exchange.organisation.unknown");
        }
        return organisation;
    }

    /** Changes a post; a stale version (someone saved in between) is refused, not merged. */
    public ExchangePost update(@NotNull Long id, long seenVersion, @NotNull @Valid PostForm form,
            @NotNull Caller caller) {
        ExchangePost post = editable(id, seenVersion, caller);
        post.describe(form.getKind(), form.getCategory(), form.getTitle(), form.getDescription(),
                form.getTargetGroup(), form.getExpiresOn(), today());
        return saved(post);
    }

    public ExchangePost close(@NotNull Long id, long seenVersion, @NotNull Caller caller) {
        ExchangePost post = editable(id, seenVersion, caller);
        post.close(Instant.now(clock));
        return saved(post);
    }

    private ExchangePost editable(Long id, long seenVersion, Caller caller) {
        ExchangePost post = find(id);
        if (!mayEdit(post, caller)) {
            throw new Forbidden("refusal.forbidden");
        }
        Versions.check(post.getVersion(), seenVersion);
        return post;
    }

    private ExchangePost saved(ExchangePost post) {
        Versions.flush(em);
        return post;
    }

    /** Answers a post for the caller's organisation; the poster hears of it. */
    public ExchangeAnswer answer(@NotNull Long id, @NotNull @Valid AnswerForm form, @NotNull Caller caller) {
        ExchangePost post = find(id);
        if (caller.organisationId() == null) {
            throw new Forbidden("exchange.noOrganisation");
        }
        if (caller.belongsTo(post.getOrganisation().getId())) {
            throw new Refusal("exchange.answer.own");
        }
        post.checkAnswerable(today());
        if (!answeredByMine(List.of(post), caller).isEmpty()) {
            throw new Conflict(null, "exchange.answer.twice");
        }
        ExchangeAnswer answer = new ExchangeAnswer(post, em.find(Organisation.class, caller.organisationId()),
                me(caller), form.getMessage(), Instant.now(clock));
        em.persist(answer);
        try {
            em.flush(); // two colleagues answering at once: the unique constraint decides
        } catch (PersistenceException e) {
            if (Constraints.violated(e, "exchange_answer_once")) {
                throw new Conflict(null, "exchange.answer.twice");
            }
            throw e;
        }
        answered.fire(new PostAnswered(post.getId(), answer.getId()));
        return answer;
    }

    /**
     * Announces the post in a network group's next meeting (or in the coming
     * meeting of the group given): an agenda item when the caller edits that
     * agenda (the group's administrator, the duty holder), otherwise a
     * proposal its coordinator decides on.
     */
    public Announcement announce(@NotNull Long id, @NotNull Long groupId, Long meetingId, @NotNull Caller caller) {
        ExchangePost post = find(id);
        NetworkGroup group = groups.find(groupId, caller);
        if (!groups.isMember(group, caller) && !groups.mayManage(group, caller)) {
            throw new Forbidden("exchange.announce.notMember");
        }
        post.checkAnswerable(today());
        Meeting meeting = meetingId == null ? nextMeeting(group, caller) : comingMeeting(group, meetingId, caller);
        AgendaItemForm item = agendaItem(post);
        if (meetings.mayEdit(meeting, caller)) {
            meetings.addItem(meeting.getId(), meeting.getVersion(), item, caller);
            return new Announcement(meeting.getId(), group.getId(), true);
        }
        proposals.propose(meeting.getId(), item, caller);
        return new Announcement(meeting.getId(), group.getId(), false);
    }

    /** How many coming meetings of each group the announce form offers: the next few, at a fixed cost. */
    static final int ANNOUNCE_MEETINGS = 4;

    /**
     * A coming meeting the caller can announce a post in: on its agenda ({@code added}: they edit it), or as a
     * proposal while it still takes them.
     */
    public record AnnounceTarget(Long meetingId, Long groupId, String groupName, Instant startsAt, boolean added)
            implements Serializable {
    }

    /**
     * The meetings the caller can announce a post in, group by group (their network groups), earliest first: the
     * next few of each group in the coming half year whose agenda the caller edits, or which still take proposals
     * from them (a participant, before the deadline; without one, until the agenda is published). A meeting whose
     * proposals are closed is left out rather than offered and then refused.
     */
    public List<AnnounceTarget> announceTargets(@NotNull Caller caller) {
        Instant now = Instant.now(clock);
        LocalDate today = today();
        List<AnnounceTarget> targets = new ArrayList<>();
        for (NetworkGroup group : groups.memberOf(caller)) {
            if (group.getKind() != GroupKind.NETWORK) {
                continue;
            }
            boolean participant = caller.personId() != null && group.isParticipant(caller.personId());
            meetings.ofGroup(group.getId(), caller, today, today.plusMonths(6)).stream()
                    .filter(m -> m.getStatus() != MeetingStatus.CANCELLED && m.getStartsAt().isAfter(now))
                    .map(m -> {
                        boolean edits = meetings.mayEdit(m, caller);
                        return edits || participant && m.acceptsProposals(now)
                                ? new AnnounceTarget(m.getId(), group.getId(), group.getName(), m.getStartsAt(), edits)
                                : null;
                    })
                    .filter(Objects::nonNull).limit(ANNOUNCE_MEETINGS).forEach(targets::add);
        }
        return targets;
    }

    private Meeting nextMeeting(NetworkGroup group, Caller caller) {
        LocalDate today = today();
        return meetings.ofGroup(group.getId(), caller, today.plusDays(1), today.plusMonths(6)).stream()
                .filter(m -> m.getStatus() != MeetingStatus.CANCELLED).findFirst()
                .orElseThrow(() -> new Refusal("exchange.announce.noMeeting", group.getName()));
    }

    private Meeting comingMeeting(NetworkGroup group, Long meetingId, Caller caller) {
        Meeting meeting = meetings.find(meetingId, caller);
        if (!meeting.getGroupId().equals(group.getId()) || meeting.getStatus() == MeetingStatus.CANCELLED
                || !meeting.getStartsAt().isAfter(Instant.now(clock))) {
            throw Refusal.onField("meeting", "exchange.announce.notComing", group.getName());
        }
        return meeting;
    }

    /** The agenda item, in Danish (the agenda's language is the group's, which is Danish). */
    static AgendaItemForm agendaItem(ExchangePost post) {
        Locale danish = Language.DEFAULT.locale();
        AgendaItemForm item = new AgendaItemForm();
        String title = Messages.get(danish, "exchange.announce.title",
                Messages.get(danish, "PostKind." + post.getKind()), post.getTitle());
        item.setTitle(title.length() > AgendaItem.TITLE_MAX ? title.substring(0, AgendaItem.TITLE_MAX - 1) + "…"
                : title);
        String description = Messages.get(danish, "exchange.announce.description", post.getOrganisation().getName(),
                Messages.get(danish, "PostCategory." + post.getCategory()),
                post.getExpiresOn().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(danish)),
                post.getDescription() == null ? "" : post.getDescription());
        item.setDescription(description.length() > AgendaItem.DESCRIPTION_MAX
                ? description.substring(0, AgendaItem.DESCRIPTION_MAX - 1) + "…" : description);
        item.setType(ItemType.INFORMATION);
        item.setMinutes(10);
        return item;
    }

    private Person me(Caller caller) {
        return caller.personId() == null ? null : em.find(Person.class, caller.personId());
    }
}
