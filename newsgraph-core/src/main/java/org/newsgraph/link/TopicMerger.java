package org.newsgraph.link;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.newsgraph.nlp.Text;

/**
 * Makes one topic of endorsement targets that name the same thing in other words: of the labels
 * one endorser gives targets of one polarity and kind, two whose content words (compared on their
 * first four letters) mostly coincide ("US strikes on the rebel depots", "the president's recent
 * air strikes on the rebel depots") become the shorter label. Deterministic and stateless.
 */
final class TopicMerger {

    /** Share of the shorter label's content words the longer must contain. */
    private static final double OVERLAP = 0.75;
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "of", "to", "for", "on", "in", "at", "by", "and", "or", "his", "her", "their", "its", "s");

    private TopicMerger() {
    }

    /** Each of {@code labels} to the shortest label of its cluster, which may be itself. */
    static Map<String, String> canonicalLabels(Set<String> labels) {
        List<String> ordered = labels.stream().sorted(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder())).toList();
        Map<String, String> canonical = new HashMap<>();
        for (String label : ordered) {
            String target = label;
            for (String earlier : ordered) {
                if (earlier.equals(label)) {
                    break;
                }
                if (canonical.get(earlier).equals(earlier) && sameTopic(stems(earlier), stems(label))) {
                    target = earlier;
                    break;
                }
            }
            canonical.put(label, target);
        }
        return canonical;
    }

    private static boolean sameTopic(Set<String> shorter, Set<String> longer) {
        if (shorter.size() < 2) {
            return false;
        }
        long shared = shorter.stream().filter(longer::contains).count();
        return shared >= OVERLAP * Math.min(shorter.size(), longer.size());
    }

    private static Set<String> stems(String label) {
        return Arrays.stream(Text.fold(label).split(" "))
                .filter(w -> !w.isEmpty() && !FUNCTION_WORDS.contains(w))
                .map(w -> w.length() > 4 ? w.substring(0, 4) : w)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
