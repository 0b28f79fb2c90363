package org.newsgraph.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Letters after a person's name for honours, degrees and services ("Ana Holt AC DSC", "Tom Varley,
 * USN, said"): they belong to the name's mention, so an office after them is the named person's,
 * but they are no part of the name and name no organisation. Stateless.
 */
final class PostNominals {

    private static final Set<String> LETTERS = Set.copyOf(CueWords.lines("post-nominals"));

    private PostNominals() {
    }

    /** Whether {@code word} is written as post-nominal letters: a listed abbreviation with at least two capitals ("DSC", "PhD"). */
    static boolean letters(String word) {
        return LETTERS.contains(word.toLowerCase(Locale.ROOT)) && word.chars().filter(Character::isUpperCase).count() >= 2;
    }

    /**
     * Whether token {@code k} of {@code s} is post-nominal letters after a person's name: a name, perhaps
     * a comma, then letters ("Ana Holt AC DSC", "Holt, USN").
     */
    static boolean at(ParsedSentence s, int k) {
        if (k <= 0 || k >= s.size() || !letters(s.word(k))) {
            return false;
        }
        int j = pastLetters(s, k);
        return s.ner(j).equals("PERSON") && !letters(s.word(j));
    }

    /** The last token of the name that the post-nominal letters ending at {@code k} follow, or {@code k} when none end there. */
    static int nameBefore(ParsedSentence s, int k) {
        return at(s, k) ? pastLetters(s, k) : k;
    }

    /** The first token before {@code k} that is neither letters nor a comma between them. */
    private static int pastLetters(ParsedSentence s, int k) {
        int j = k - 1;
        while (j > 0 && (letters(s.word(j)) || s.word(j).equals(","))) {
            j--;
        }
        return j;
    }
}
