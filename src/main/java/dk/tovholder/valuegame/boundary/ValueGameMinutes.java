package dk.tovholder.valuegame.boundary;

import dk.tovholder.language.Messages;
import dk.tovholder.meeting.boundary.MinutesGathered;
import dk.tovholder.valuegame.entity.ValueGame;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A closed value game belongs to its meeting's minutes: when they are
 * written out, each organisation's values (and its own) are added. Whoever
 * reads the minutes already may see the group, so no further check is needed.
 */
@ApplicationScoped
public class ValueGameMinutes {

    @PersistenceContext
    EntityManager em;

    void addToMinutes(@Observes MinutesGathered minutes) {
        List<ValueGame> games = em.createQuery("select g from ValueGame g where g.meetingId = :m"
                + " and g.closedAt is not null", ValueGame.class).setParameter("m", minutes.meetingId())
                .getResultList();
        for (ValueGame game : games) {
            List<String> lines = game.getAnswers().stream().map(a -> a.getOrganisation().getName() + ": "
                    + a.getValues().stream().sorted().map(v -> Messages.get(minutes.locale(), "CollaborationValue." + v))
                            .collect(Collectors.joining(", "))
                    + (a.getOwnValue() == null ? "" : (a.getValues().isEmpty() ? "" : "; ")
                            + Messages.get(minutes.locale(), "valuegame.ownValue") + ": " + a.getOwnValue()))
                    .sorted().toList();
            minutes.add(new MinutesGathered.Section(Messages.get(minutes.locale(), "valuegame.title"), lines));
        }
    }
}
