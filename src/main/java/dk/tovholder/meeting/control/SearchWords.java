package dk.tovholder.meeting.control;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The words of a text as the search's word index on H2 keeps them (V31,
 * {@link H2SearchIndex}): lower case, split at every character that is not a
 * letter or a digit. A text contains a query only if each word of the query
 * lies inside one word of the text, so the meetings whose words contain the
 * query's longest word are all the meetings that can contain the query.
 */
public final class SearchWords {

    /** The longest word kept whole; a longer one is kept as overlapping pieces of this length. */
    public static final int MAX = 400;
    /** How far the pieces of a long word step: every run of up to {@code MAX - STEP} letters lies in one piece. */
    static final int STEP = 200;

    private SearchWords() {
    }

    /** The distinct words of texts, lower case; nulls are skipped. */
    public static Set<String> of(String... texts) {
        Set<String> words = new LinkedHashSet<>();
        for (String text : texts) {
            if (text != null) {
                add(text.toLowerCase(Locale.ROOT), words);
            }
        }
        return words;
    }

    /** The longest word of a query (lower case), if it has one. */
    public static Optional<String> longest(String query) {
        return of(query).stream().reduce((a, b) -> b.length() > a.length() ? b : a);
    }

    private static void add(String lower, Set<String> words) {
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean inWord = i < lower.length() && Character.isLetterOrDigit(lower.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                addWord(lower.substring(start, i), words);
                start = -1;
            }
        }
    }

    private static void addWord(String word, Set<String> words) {
        if (word.length() <= MAX) {
            words.add(word);
            return;
        }
        for (int from = 0; ; from += STEP) {
            int to = Math.min(word.length(), from + MAX);
            words.add(word.substring(from, to));
            if (to == word.length()) {
                return;
            }
        }
    }
}
