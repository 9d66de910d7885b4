package dk.tovholder.home.boundary;

import java.io.Serializable;
import java.util.List;

/** The first rows of a section of the start page, and whether there are more than those. */
public record Section<T>(List<T> items, boolean more) implements Serializable {

    /** The first {@code shown} of rows read with one more than that (so the extra one tells there are more). */
    static <T> Section<T> of(List<T> rows, int shown) {
        return rows.size() > shown ? new Section<>(List.copyOf(rows.subList(0, shown)), true)
                : new Section<>(List.copyOf(rows), false);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
