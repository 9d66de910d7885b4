package dk.tovholder.room.boundary;

import dk.tovholder.refusal.Conflict;
import dk.tovholder.refusal.WithDetails;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The room is taken at the wanted time; names the free alternatives (other rooms, nearby times). */
public class SlotTaken extends Conflict implements WithDetails {

    private static final long serialVersionUID = 1L;
    private final transient List<Alternative> alternatives;

    public SlotTaken(String roomName, String when, List<Alternative> alternatives) {
        this(roomName, when, alternatives, "booking.taken");
    }

    /**
     * With a message of its own: {@code key} (alternatives named in {2}) and
     * {@code key + ".noAlternatives"} both exist in the bundles.
     */
    public SlotTaken(String roomName, String when, List<Alternative> alternatives, String key) {
        super("start", alternatives.isEmpty() ? key + ".noAlternatives" : key, roomName, when,
                alternatives.stream().map(Alternative::describe).collect(Collectors.joining("; ")));
        this.alternatives = List.copyOf(alternatives);
    }

    public List<Alternative> alternatives() {
        return alternatives;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("alternatives", alternatives);
    }
}
