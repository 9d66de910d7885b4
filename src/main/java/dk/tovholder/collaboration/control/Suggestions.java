package dk.tovholder.collaboration.control;

import dk.tovholder.organisation.entity.CollaborationValue;
import dk.tovholder.organisation.entity.OrganisationType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The handbook's "patterns of who can support whom" as rules: for an
 * organisation, which others could give it what it looks for, each with the
 * reason in a sentence. What it looks for is the values on its profile, and
 * what organisations of its type typically look for: businesses a more
 * socially responsible profile, voluntary and resident-run associations
 * material resources, housing organisations a stronger basis for
 * collaboration, municipal institutions more professional competence. Who can
 * give it: resident-run associations and housing organisations (local
 * knowledge and contact to residents: a broader target group), municipal
 * institutions and voluntary organisations that name competences (more
 * professional competence), the area's core actors (they connect others:
 * a stronger basis), resident-run associations (knowledge of the residents'
 * needs: social responsibility), organisations that lend rooms and
 * businesses (sponsorships and surplus goods: more resources). Organisations
 * it already collaborates with are not suggested.
 */
public final class Suggestions {

    /** How many partners are suggested at most. */
    public static final int MAX = 3;
    private static final int COMPETENCES_SHOWN = 80;

    /** A suggested partner: what it could give, and why (a message key and its arguments). */
    public record Suggestion(Actor partner, CollaborationValue value, String reasonKey, List<String> arguments) {
    }

    private Suggestions() {
    }

    /** What the organisation looks for: its profile's values, then its type's typical ones. */
    public static Set<CollaborationValue> needs(Actor actor) {
        Set<CollaborationValue> needs = EnumSet.noneOf(CollaborationValue.class);
        needs.addAll(actor.values());
        switch (actor.type()) {
            case BUSINESS -> needs.add(CollaborationValue.SOCIAL_RESPONSIBILITY);
            case VOLUNTARY_ORGANISATION, RESIDENT_ASSOCIATION -> needs.add(CollaborationValue.MORE_RESOURCES);
            case HOUSING_ORGANISATION -> needs.add(CollaborationValue.COLLABORATION_BASIS);
            case MUNICIPAL_INSTITUTION -> needs.add(CollaborationValue.PROFESSIONAL_COMPETENCE);
            case OTHER_ACTOR -> {
                // no typical need: only what it says itself
            }
        }
        return needs;
    }

    /**
     * Up to {@link #MAX} partners for the organisation: those who can give
     * more of what it looks for first, then those who want more collaboration
     * themselves, then by name.
     */
    public static List<Suggestion> forActor(Actor actor, Collection<Actor> others, Set<Long> partners,
            Set<Long> coreActors) {
        Set<CollaborationValue> needs = needs(actor);
        record Candidate(Actor partner, List<Suggestion> reasons) {
        }
        Map<Long, Candidate> candidates = new LinkedHashMap<>();
        for (Actor other : others) {
            if (other.id() == actor.id() || partners.contains(other.id())) {
                continue;
            }
            for (CollaborationValue need : needs) {
                Suggestion reason = reason(need, other, coreActors.contains(other.id()));
                if (reason != null) {
                    candidates.computeIfAbsent(other.id(), id -> new Candidate(other, new ArrayList<>()))
                            .reasons().add(reason);
                }
            }
        }
        return candidates.values().stream()
                .sorted(Comparator.comparingInt((Candidate c) -> -c.reasons().size())
                        .thenComparing(c -> !c.partner().wantsMore())
                        .thenComparing(c -> c.partner().name(), NetworkGraph.BY_NAME))
                .limit(MAX).map(c -> c.reasons().get(0)).toList();
    }

    /** Why the other organisation could give the value, or null when the patterns say nothing. */
    static Suggestion reason(CollaborationValue value, Actor other, boolean core) {
        OrganisationType type = other.type();
        return switch (value) {
            case BROADER_TARGET_GROUP -> type == OrganisationType.RESIDENT_ASSOCIATION
                    ? suggestion(other, value, "suggestion.localKnowledge.residents")
                    : type == OrganisationType.HOUSING_ORGANISATION
                            ? suggestion(other, value, "suggestion.localKnowledge.professionals") : null;
            case PROFESSIONAL_COMPETENCE -> (type == OrganisationType.MUNICIPAL_INSTITUTION
                    || type == OrganisationType.VOLUNTARY_ORGANISATION) && other.competences() != null
                    && !other.competences().isBlank()
                            ? suggestion(other, value, "suggestion.competence", shorten(other.competences())) : null;
            case COLLABORATION_BASIS -> core ? suggestion(other, value, "suggestion.coreActor") : null;
            case SOCIAL_RESPONSIBILITY -> type == OrganisationType.RESIDENT_ASSOCIATION
                    ? suggestion(other, value, "suggestion.residentNeeds") : null;
            case MORE_RESOURCES -> other.lendsRooms() ? suggestion(other, value, "suggestion.rooms")
                    : type == OrganisationType.BUSINESS ? suggestion(other, value, "suggestion.sponsorship") : null;
        };
    }

    private static Suggestion suggestion(Actor other, CollaborationValue value, String key, String... more) {
        List<String> arguments = new ArrayList<>();
        arguments.add(other.name());
        arguments.addAll(List.of(more));
        return new Suggestion(other, value, key, List.copyOf(arguments));
    }

    private static String shorten(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= COMPETENCES_SHOWN ? oneLine : oneLine.substring(0, COMPETENCES_SHOWN - 1) + "…";
    }
}
