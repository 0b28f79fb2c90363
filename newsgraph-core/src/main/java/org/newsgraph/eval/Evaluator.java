package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Scores produced facts against gold facts by the rules of eval/GOLD-FORMAT.md: the produced set
 * is deduplicated on the keys, then each gold row takes the first produced row that matches it.
 */
public final class Evaluator {

    /** The scores of the four kinds. */
    public record Report(Map<FactKind, Score> scores) {

        public double macroF1() {
            return scores.values().stream().mapToDouble(Score::f1).average().orElse(0);
        }

        /** The table `newsgraph eval` prints; with {@code verbose}, every miss and spurious fact. */
        public String render(boolean verbose) {
            StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-17s %5s %9s %8s %10s %7s %6s %6s%n",
                    "kind", "gold", "produced", "matched", "precision", "recall", "F1", "dates"));
            for (Score s : scores.values()) {
                String dates = s.kind().dateColumn() == null ? "-" : String.format(Locale.ROOT, "%.2f", s.dateAgreement());
                out.append(String.format(Locale.ROOT, "%-17s %5d %9d %8d %10.3f %7.3f %6.3f %6s%n", s.kind().fileName(),
                        s.gold(), s.produced(), s.matched(), s.precision(), s.recall(), s.f1(), dates));
            }
            out.append(String.format(Locale.ROOT, "macro F1: %.3f%n", macroF1()));
            if (verbose) {
                for (Score s : scores.values()) {
                    s.missed().forEach(r -> out.append("missed   ").append(s.kind().fileName()).append(": ").append(r.describe(s.kind())).append(System.lineSeparator()));
                    s.spurious().forEach(r -> out.append("spurious ").append(s.kind().fileName()).append(": ").append(r.describe(s.kind())).append(System.lineSeparator()));
                    s.dateDisagreements().forEach(d -> out.append("date     ").append(s.kind().fileName()).append(": ").append(d).append(System.lineSeparator()));
                }
            }
            return out.toString();
        }
    }

    public Report evaluate(Map<FactKind, List<Row>> gold, Map<FactKind, List<Row>> produced) {
        Map<FactKind, Score> scores = new EnumMap<>(FactKind.class);
        for (FactKind kind : FactKind.values()) {
            scores.put(kind, score(kind, gold.getOrDefault(kind, List.of()), dedupe(kind, produced.getOrDefault(kind, List.of()))));
        }
        return new Report(scores);
    }

    private static Score score(FactKind kind, List<Row> gold, List<Row> produced) {
        List<Row> unmatched = new ArrayList<>(produced);
        List<Row> missed = new ArrayList<>();
        List<String> disagreements = new ArrayList<>();
        int matched = 0;
        int datesAgreeing = 0;
        for (Row g : gold) {
            Row hit = null;
            for (Row p : unmatched) {
                if (FactMatcher.matches(kind, g, p) && (hit == null || FactMatcher.datesAgree(kind, g, p))) {
                    hit = p;
                    if (FactMatcher.datesAgree(kind, g, p)) {
                        break;
                    }
                }
            }
            if (hit == null) {
                missed.add(g);
            } else {
                unmatched.remove(hit);
                matched++;
                if (FactMatcher.datesAgree(kind, g, hit)) {
                    datesAgreeing++;
                } else {
                    disagreements.add(g.describe(kind) + ": gold " + kind.dateColumn() + " '" + g.get(kind.dateColumn())
                            + "', produced '" + hit.get(kind.dateColumn()) + "'");
                }
            }
        }
        return new Score(kind, gold.size(), produced.size(), matched, datesAgreeing, missed, unmatched, disagreements);
    }

    /** Produced rows with the same folded key cells count once. */
    private static List<Row> dedupe(FactKind kind, List<Row> rows) {
        Map<String, Row> unique = new LinkedHashMap<>();
        for (Row row : rows) {
            String key = kind.keyColumns().stream().map(c -> Folding.fold(row.get(c))).collect(Collectors.joining("|"));
            unique.putIfAbsent(key, row);
        }
        return List.copyOf(unique.values());
    }
}
