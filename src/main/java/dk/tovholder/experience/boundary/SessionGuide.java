package dk.tovholder.experience.boundary;

import dk.tovholder.experience.entity.Step;
import dk.tovholder.meeting.entity.ItemType;
import java.util.List;

/**
 * The facilitator's guide of each session as agenda items (title key, type,
 * minutes): a scheduled session's agenda starts from it. The texts are in the
 * bundles under {@code experience.guide.<step>.<n>}.
 */
public final class SessionGuide {

    public record Item(String key, ItemType type, int minutes) {
    }

    private SessionGuide() {
    }

    public static List<Item> of(Step step) {
        String p = "experience.guide." + step.number() + ".";
        return switch (step) {
            case ADVICE -> List.of(new Item(p + "1", ItemType.INFORMATION, 15), new Item(p + "2", ItemType.DISCUSSION, 40),
                    new Item(p + "3", ItemType.DECISION, 30), new Item(p + "4", ItemType.INFORMATION, 5));
            case CONTRIBUTIONS -> List.of(new Item(p + "1", ItemType.INFORMATION, 10),
                    new Item(p + "2", ItemType.DISCUSSION, 50), new Item(p + "3", ItemType.DISCUSSION, 25),
                    new Item(p + "4", ItemType.INFORMATION, 5));
            case STRUCTURES -> List.of(new Item(p + "1", ItemType.INFORMATION, 10),
                    new Item(p + "2", ItemType.DISCUSSION, 45), new Item(p + "3", ItemType.DECISION, 30),
                    new Item(p + "4", ItemType.INFORMATION, 5));
            case EXPECTATIONS -> List.of(new Item(p + "1", ItemType.INFORMATION, 10),
                    new Item(p + "2", ItemType.DISCUSSION, 40), new Item(p + "3", ItemType.DECISION, 25),
                    new Item(p + "4", ItemType.DECISION, 15));
        };
    }
}
