package org.newsgraph.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the names of regions and continents ("Eastern Europe", "the Western Balkans", "Sub-Saharan
 * Africa", "the Horn of Africa"): a region's name from the bundled list, after any words that name a
 * part of it ({@code cues/regions.txt}). The tagger splits such names ("Eastern" left out, "Latin"
 * a place but "America" a country) or takes them for people or organisations; the whole name is
 * one place. Stateless.
 */
final class Regions {

    /** The regions' names, each as its lower-case words. */
    private static final List<List<String>> NAMES = entries("region").stream()
            .map(name -> Arrays.asList(name.split(" "))).toList();
    /** Words that name a part of a region before its name ("eastern", "sub-saharan"). */
    private static final Set<String> SIDES = Set.copyOf(entries("side"));
    /** Words of a region's name that are written in lower case ("Horn of Africa"). */
    private static final Set<String> LOWER_WORDS = Set.of("of");

    private Regions() {
    }

    private static List<String> entries(String role) {
        return CueWords.lines("regions").stream().filter(l -> l.startsWith(role + " "))
                .map(l -> l.substring(role.length() + 1)).collect(Collectors.toList());
    }

    /**
     * The tokens {@code [from, to)} of the region's name that covers token {@code i} of {@code s}
     * together with the tagger's whole name there, if any: a region named inside a longer name
     * ("North Atlantic Treaty Organization") is no region.
     */
    static Optional<int[]> at(ParsedSentence s, int i) {
        int[] run = s.ner(i).equals("O") ? new int[] {i, i + 1} : s.nerRun(i);
        int last = i;
        while (last + 1 < s.size() && side(s, last)) {
            last++; // "Latin" in "Latin America": a part's word before the region's name
        }
        for (List<String> name : NAMES) {
            for (int from = Math.max(0, i - name.size() + 1); from <= last; from++) {
                int to = from + name.size();
                if (to <= s.size() && matches(s, from, name)) {
                    int start = withSides(s, from);
                    if (start <= run[0] && to >= run[1] && start <= i && i < to) {
                        return Optional.of(new int[] {start, to});
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the tokens from {@code from} spell {@code name}, each capitalised but for its lower-case words. */
    private static boolean matches(ParsedSentence s, int from, List<String> name) {
        for (int k = 0; k < name.size(); k++) {
            String word = s.word(from + k);
            boolean written = LOWER_WORDS.contains(name.get(k)) || Character.isUpperCase(word.charAt(0));
            if (!written || !s.lower(from + k).equals(name.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** The start of the region's name with the capitalised words before {@code from} that name a part of it. */
    private static int withSides(ParsedSentence s, int from) {
        int start = from;
        while (start > 0 && side(s, start - 1)) {
            start--;
        }
        return start;
    }

    /** Whether token {@code k} is a capitalised word that names a part of a region ("Eastern"). */
    private static boolean side(ParsedSentence s, int k) {
        return SIDES.contains(s.lower(k)) && Character.isUpperCase(s.word(k).charAt(0));
    }
}
