package dk.tovholder.exchange.boundary;

import dk.tovholder.caller.Caller;
import dk.tovholder.exchange.entity.ExchangeAnswer;
import dk.tovholder.exchange.entity.ExchangePost;
import dk.tovholder.exchange.entity.PostCategory;
import dk.tovholder.exchange.entity.PostKind;
import dk.tovholder.exchange.entity.PostStatus;
import dk.tovholder.organisation.entity.Organisation;
import dk.tovholder.organisation.entity.OrganisationType;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A post as the API shows it to one caller. {@code contact} is the posting
 * organisation's contact details, null unless it consented to share them (or
 * the caller is one of its own or an administrator); {@code answers} counts
 * the answers for the posting organisation and administrators, null for
 * others; {@code isNew}: created after the caller last opened the list.
 */
public record PostView(long id, long version, PostKind kind, PostCategory category, String title,
        String description, String targetGroup, OrganisationRef organisation, Contact contact, Instant createdAt,
        LocalDate expiresOn, PostStatus status, boolean isNew, Long answers, boolean answeredByMine,
        boolean mayEdit, boolean mayAnswer) {

    public record OrganisationRef(long id, String name, OrganisationType type) {
        static OrganisationRef of(Organisation o) {
            return new OrganisationRef(o.getId(), o.getName(), o.getType());
        }
    }

    public record Contact(String person, String phone, String email) {
    }

    /** One answer: who answered, and their message to the posting organisation. */
    public record AnswerView(long id, OrganisationRef organisation, String person, String message,
            Instant createdAt) {
        public static AnswerView of(ExchangeAnswer a) {
            return new AnswerView(a.getId(), OrganisationRef.of(a.getOrganisation()),
                    a.getPerson() == null ? null : a.getPerson().getName(), a.getMessage(), a.getCreatedAt());
        }
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    public static PostView of(ExchangePost p, Caller caller, LocalDate today, Instant lastVisit, long answerCount,
            boolean answeredByMine) {
        Organisation o = p.getOrganisation();
        boolean own = caller.isAdmin() || caller.belongsTo(o.getId());
        Contact contact = o.contactVisibleTo(caller.isAdmin(), caller.organisationId()) && !o.getContact().isEmpty()
                ? new Contact(o.getContact().getPerson(), o.getContact().getPhone(), o.getContact().getEmail())
                : null;
        PostStatus status = p.status(today);
        return new PostView(p.getId(), p.getVersion(), p.getKind(), p.getCategory(), p.getTitle(),
                p.getDescription(), p.getTargetGroup(), OrganisationRef.of(o), contact, p.getCreatedAt(),
                p.getExpiresOn(), status, p.isNewSince(lastVisit), own ? answerCount : null, answeredByMine, own,
                Exchange.mayAnswer(p, caller, today, answeredByMine));
    }
}
