package dk.tovholder.valuegame.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tovholder.language.Messages;
import dk.tovholder.organisation.entity.CollaborationValue;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The value-game sun keeps every label (the value's name and its count) inside the picture, in both languages,
 * with no organisation or with many (issue 21: labels were cut off at 1366 px and one ray's count was hidden).
 */
class SunLayoutTest {

    /** A generous width per character for a bold sans-serif (DejaVu Sans Bold is about 0.63 em on average). */
    private static final double EM_PER_CHAR = 0.7;

    @ParameterizedTest
    @CsvSource({"da, 0", "da, 3", "da, 9", "en, 0", "en, 9"})
    void everyLabelAndCountIsInsideThePicture(String language, int organisations) {
        Locale locale = Locale.forLanguageTag(language);
        List<ValueGamePage.Ray> rays = ValueGamePage.layout(v -> Collections.nCopies(organisations, "Organisation"),
                v -> Messages.get(locale, "CollaborationValue." + v.name()));
        assertEquals(5, rays.size());
        for (ValueGamePage.Ray ray : rays) {
            String last = ray.label().get(ray.label().size() - 1);
            assertTrue(last.endsWith("(" + organisations + ")"), "the count ends the label: " + ray.label());
            assertTrue(ray.label().size() <= 2, "at most two lines: " + ray.label());
            double width = ray.label().stream().mapToInt(String::length).max().orElseThrow()
                    * EM_PER_CHAR * ValueGamePage.FONT;
            double left = switch (ray.anchor()) {
                case "start" -> ray.labelX();
                case "end" -> ray.labelX() - width;
                default -> ray.labelX() - width / 2;
            };
            double top = ray.labelY() - ValueGamePage.FONT;
            double bottom = ray.labelY() + (ray.label().size() - 1) * ValueGamePage.LINE + ValueGamePage.FONT / 3;
            String where = ray.value() + " " + ray.label() + " at " + left + ".." + (left + width) + " x " + top + ".."
                    + bottom;
            assertTrue(left >= 0 && left + width <= ValueGamePage.WIDTH, "inside sideways: " + where);
            assertTrue(top >= 0 && bottom <= ValueGamePage.HEIGHT, "inside up and down: " + where);
            double dx = Math.max(Math.abs(ray.labelX() - ValueGamePage.CX) - (ray.anchor().equals("middle") ? width / 2 : 0), 0);
            assertTrue(dx > ValueGamePage.SUN || top > ValueGamePage.CY + ValueGamePage.SUN
                    || bottom < ValueGamePage.CY - ValueGamePage.SUN, "clear of the sun: " + where);
        }
    }

    @Test
    void aValueOfManyOrganisationsHasALongerAndWiderRayThanOneOfNone() {
        List<ValueGamePage.Ray> rays = ValueGamePage.layout(
                v -> v == CollaborationValue.MORE_RESOURCES ? List.of("A", "B", "C", "D") : List.of(), v -> v.name());
        ValueGamePage.Ray many = rays.get(CollaborationValue.MORE_RESOURCES.ordinal());
        ValueGamePage.Ray none = rays.get(0);
        assertTrue(length(many) > length(none));
        assertTrue(many.width() > none.width());
        assertEquals(List.of(1, 2, 3, 4, 5), rays.stream().map(ValueGamePage.Ray::number).toList());
    }

    @Test
    void labelsWrapAtWordsAndALongWordStandsAlone() {
        assertEquals(List.of("Stærkere grundlag", "for samarbejde (5)"),
                ValueGamePage.wrap("Stærkere grundlag for samarbejde (5)", 18));
        assertEquals(List.of("Bredere målgruppe", "(0)"), ValueGamePage.wrap("Bredere målgruppe (0)", 18));
        assertEquals(List.of("Samarbejdsgrundlagsforstærkning", "(1)"),
                ValueGamePage.wrap("Samarbejdsgrundlagsforstærkning (1)", 18));
    }

    private static double length(ValueGamePage.Ray ray) {
        return Math.hypot(ray.x2() - ray.x1(), ray.y2() - ray.y1());
    }
}
