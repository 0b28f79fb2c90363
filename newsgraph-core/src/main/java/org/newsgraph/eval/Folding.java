package org.newsgraph.eval;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The folding of the gold format's scoring rules: accents removed, case folded, punctuation to
 * spaces, possessive 's dropped, a few short forms expanded and synonyms merged.
 */
final class Folding {

    private static final Map<String, String> SHORT_FORMS = Map.of(
            "eu", "european union", "us", "united states", "u s", "united states", "uk", "united kingdom",
            "u k", "united kingdom", "un", "united nations", "u n", "united nations");
    private static final Map<String, String> SYNONYMS = Map.of(
            "envoy", "ambassador", "defense", "defence", "secretary-general", "secretary general", "premier", "prime minister");
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "the", "a", "an", "of", "to", "for", "on", "in", "at", "by", "and", "or", "with", "from", "as", "its", "their", "his", "her");

    private Folding() {
    }

    static String fold(String s) {
        String text = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        text = text.replace('\u2019', '\'').replaceAll("'s\\b", "");
        for (Map.Entry<String, String> synonym : SYNONYMS.entrySet()) {
            text = text.replaceAll("\\b" + synonym.getKey() + "\\b", synonym.getValue());
        }
        text = text.replaceAll("\\bu\\.s\\.?(?=\\s|$)", "us").replaceAll("\\bu\\.k\\.?(?=\\s|$)", "uk").replaceAll("\\bu\\.n\\.?(?=\\s|$)", "un");
        text = text.replaceAll("[^\\p{L}\\p{N}.]+", " ").replaceAll("(?<!\\d)\\.|\\.(?!\\d)", " ").trim().replaceAll("\\s+", " ");
        StringBuilder out = new StringBuilder();
        for (String word : text.split(" ")) {
            out.append(out.length() == 0 ? "" : " ").append(SHORT_FORMS.getOrDefault(word, word));
        }
        return out.toString();
    }

    /** A folded name with a leading "the" dropped. */
    static String name(String s) {
        return fold(s).replaceFirst("^the ", "");
    }

    static List<String> contentWords(String s) {
        String folded = fold(s);
        if (folded.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(folded.split(" ")).filter(w -> !FUNCTION_WORDS.contains(w)).toList();
    }
}
