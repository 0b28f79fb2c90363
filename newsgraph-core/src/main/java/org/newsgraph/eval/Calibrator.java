package org.newsgraph.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.extract.Fact;

/**
 * Measures how reliable each extraction rule is on annotated corpora: every statement a rule makes
 * is checked against the gold facts, and the rule's confidence is its smoothed precision,
 * (correct + 1) / (statements + 2), so a rule seen rarely stays near one half.
 */
public final class Calibrator {

    /** What one rule did: statements made and how many matched a gold fact. */
    public record RuleStats(String rule, int statements, int correct) {
        public double confidence() {
            return (correct + 1.0) / (statements + 2.0);
        }
    }

    private final Map<String, int[]> counts = new TreeMap<>();

    /** Adds the statements of one annotated corpus. */
    public Calibrator add(List<ArticleFacts> corpus, Map<FactKind, List<Row>> gold) {
        for (ArticleFacts article : corpus) {
            for (Fact fact : article.facts()) {
                FactKind kind = FactRows.kind(fact);
                Row row = FactRows.of(fact);
                boolean correct = gold.getOrDefault(kind, List.of()).stream().anyMatch(g -> FactMatcher.matches(kind, g, row));
                int[] c = counts.computeIfAbsent(fact.evidence().extractor(), k -> new int[2]);
                c[0]++;
                if (correct) {
                    c[1]++;
                }
            }
        }
        return this;
    }

    public List<RuleStats> stats() {
        return counts.entrySet().stream().map(e -> new RuleStats(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    /** The table in the format {@code Confidences} reads. */
    public String render() {
        StringBuilder out = new StringBuilder("# Calibrated by 'newsgraph calibrate': (correct + 1) / (statements + 2) on the annotated corpora.\n");
        out.append("rule\tstatements\tcorrect\tconfidence\n");
        for (RuleStats s : stats()) {
            out.append(String.format(Locale.ROOT, "%s\t%d\t%d\t%.2f%n", s.rule(), s.statements(), s.correct(), s.confidence()));
        }
        return out.toString();
    }
}
