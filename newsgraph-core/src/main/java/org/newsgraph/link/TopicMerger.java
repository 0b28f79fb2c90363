package org.newsgraph.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.extract.Endorsement;
import org.newsgraph.extract.Fact;
import org.newsgraph.extract.Values.TargetKind;
import org.newsgraph.nlp.Text;

/**
 * Makes one topic of endorsement targets that name the same thing in other words: for one
 * endorser, polarity and kind, two labels whose content words (compared on their first four
 * letters) mostly coincide ("US strikes on the rebel depots", "the president's recent air
 * strikes on the rebel depots") become the shorter label. Deterministic and stateless.
 */
final class TopicMerger {

    /** Share of the shorter label's content words the longer must contain. */
    private static final double OVERLAP = 0.75;
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "of", "to", "for", "on", "in", "at", "by", "and", "or", "his", "her", "their", "its", "s");

    List<ArticleFacts> merge(List<ArticleFacts> batch) {
        Map<String, Set<String>> labelsByGroup = new HashMap<>();
        for (ArticleFacts article : batch) {
            for (Fact fact : article.facts()) {
                if (fact instanceof Endorsement e && e.target().kind() != TargetKind.PERSON) {
                    labelsByGroup.computeIfAbsent(group(e), k -> new TreeSet<>()).add(e.target().label());
                }
            }
        }
        Map<String, String> canonical = new HashMap<>();
        labelsByGroup.forEach((group, labels) -> canonicalLabels(labels).forEach((label, to) -> canonical.put(group + "|" + label, to)));
        List<ArticleFacts> merged = new ArrayList<>();
        for (ArticleFacts article : batch) {
            List<Fact> facts = article.facts().stream().map(f -> rename(f, canonical)).toList();
            merged.add(new ArticleFacts(article.article(), article.entities(), facts));
        }
        return merged;
    }

    private static Fact rename(Fact fact, Map<String, String> canonical) {
        if (fact instanceof Endorsement e && e.target().kind() != TargetKind.PERSON) {
            String to = canonical.get(group(e) + "|" + e.target().label());
            if (to != null && !to.equals(e.target().label())) {
                return e.withTarget(new Endorsement.Target(e.target().kind(), to, e.target().entity()));
            }
        }
        return fact;
    }

    /** Each label to the shortest label of its cluster. */
    private static Map<String, String> canonicalLabels(Set<String> labels) {
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

    private static String group(Endorsement e) {
        return e.endorser().key() + "|" + e.polarity() + "|" + e.target().kind();
    }
}
