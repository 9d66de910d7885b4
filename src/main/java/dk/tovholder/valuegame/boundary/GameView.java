package dk.tovholder.valuegame.boundary;

import dk.tovholder.organisation.entity.CollaborationValue;
import dk.tovholder.organisation.entity.Organisation;
import dk.tovholder.valuegame.entity.ValueGame;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A value game as the API shows it: the member organisations, each answer,
 * and for each of the five values the organisations that marked it (the
 * picture's rays).
 */
public record GameView(long meetingId, long groupId, long version, Instant startedAt, Instant closedAt,
        List<OrganisationRef> members, List<AnswerView> answers, Map<CollaborationValue, List<String>> rays) {

    public record OrganisationRef(long id, String name) {
    }

    public record AnswerView(long organisationId, String organisation, List<CollaborationValue> values,
            String ownValue) {
    }

    public static GameView of(ValueGame game, List<Organisation> members) {
        return new GameView(game.getMeetingId(), game.getGroupId(), game.getVersion(), game.getStartedAt(),
                game.getClosedAt(), members.stream().map(o -> new OrganisationRef(o.getId(), o.getName())).toList(),
                game.getAnswers().stream().map(a -> new AnswerView(a.getOrganisation().getId(),
                        a.getOrganisation().getName(), a.getValues().stream().sorted().toList(), a.getOwnValue()))
                        .toList(),
                Arrays.stream(CollaborationValue.values()).collect(Collectors.toMap(Function.identity(),
                        v -> game.giving(v).stream().map(Organisation::getName).toList(), (a, b) -> a,
                        () -> new EnumMap<>(CollaborationValue.class))));
    }
}
