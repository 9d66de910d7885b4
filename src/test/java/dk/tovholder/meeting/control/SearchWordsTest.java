package dk.tovholder.meeting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchWordsTest {

    @Test
    void wordsAreLowerCaseAndSplitAtAllButLettersAndDigits() {
        assertEquals(List.of("lektiecaféen", "i", "blok", "7b", "kl", "16", "30", "æblegården"),
                List.copyOf(SearchWords.of("Lektiecaféen i blok 7B, kl. 16:30 — Æblegården!")));
        assertEquals(Set.of("møde", "referat"), SearchWords.of(null, "møde", "Referat, møde"));
    }

    @Test
    void theLongestWordOfAQueryNarrowsTheSearch() {
        assertEquals(Optional.of("tryghedsvandring"), SearchWords.longest("ny tryghedsvandring i gården"));
        assertEquals(Optional.empty(), SearchWords.longest("-- !"));
    }

    @Test
    void everyPartOfAVeryLongWordThatAQueryCanHoldLiesInOneKeptPiece() {
        StringBuilder word = new StringBuilder();
        for (int i = 0; word.length() < 1_000; i++) {
            word.append((char) ('a' + i % 26)).append(i % 10);
        }
        Set<String> pieces = SearchWords.of(word.toString());
        assertTrue(pieces.stream().allMatch(p -> p.length() <= SearchWords.MAX));
        // a query is at most 200 characters long: each of its words lies within one piece
        for (int from = 0; from + 200 <= word.length(); from += 37) {
            String part = word.substring(from, from + 200);
            assertTrue(pieces.stream().anyMatch(p -> p.contains(part)), "the part from " + from);
        }
    }
}
