package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jgrapht.Graph;
import org.jgrapht.alg.matching.MaximumWeightBipartiteMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * Scores produced facts against gold facts by the rules of eval/GOLD-FORMAT.md: the produced set
 * is deduplicated on the keys, then gold and produced rows are paired one to one, as many pairs as the rows allow.
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

    /**
     * Pairs gold and produced rows one to one so that as many gold rows as possible are matched and, among such pairings,
     * as many dates as possible agree: a maximum-weight bipartite matching in which a pair weighs more than all date
     * agreements together. A first-come pairing could give a produced row to a gold row another row would also have met,
     * and leave a gold row that only it meets unmatched.
     */
    private static Score score(FactKind kind, List<Row> gold, List<Row> produced) {
        Graph<Integer, DefaultWeightedEdge> pairs = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        // Vertices are row numbers: gold rows first, then produced rows (rows equal in every cell stay apart).
        Set<Integer> golds = vertices(0, gold.size());
        Set<Integer> produceds = vertices(gold.size(), gold.size() + produced.size());
        golds.forEach(pairs::addVertex);
        produceds.forEach(pairs::addVertex);
        double pairWeight = gold.size() + 1.0;
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < produced.size(); p++) {
                if (FactMatcher.matches(kind, gold.get(g), produced.get(p))) {
                    boolean agree = FactMatcher.datesAgree(kind, gold.get(g), produced.get(p));
                    pairs.setEdgeWeight(pairs.addEdge(g, gold.size() + p), pairWeight + (agree ? 1 : 0));
                }
            }
        }
        Map<Integer, Integer> hits = new HashMap<>();
        for (DefaultWeightedEdge e : new MaximumWeightBipartiteMatching<>(pairs, golds, produceds).getMatching()) {
            hits.put(pairs.getEdgeSource(e), pairs.getEdgeTarget(e) - gold.size());
        }
        List<Row> missed = new ArrayList<>();
        List<String> disagreements = new ArrayList<>();
        int datesAgreeing = 0;
        for (int g = 0; g < gold.size(); g++) {
            Row row = gold.get(g);
            Integer p = hits.get(g);
            if (p == null) {
                missed.add(row);
            } else if (FactMatcher.datesAgree(kind, row, produced.get(p))) {
                datesAgreeing++;
            } else {
                disagreements.add(row.describe(kind) + ": gold " + kind.dateColumn() + " '" + row.get(kind.dateColumn())
                        + "', produced '" + produced.get(p).get(kind.dateColumn()) + "'");
            }
        }
        Set<Integer> paired = Set.copyOf(hits.values());
        List<Row> unmatched = IntStream.range(0, produced.size()).filter(p -> !paired.contains(p)).mapToObj(produced::get).toList();
        return new Score(kind, gold.size(), produced.size(), hits.size(), datesAgreeing, missed, unmatched, disagreements);
    }

    private static Set<Integer> vertices(int from, int to) {
        return IntStream.range(from, to).boxed().collect(Collectors.toCollection(LinkedHashSet::new));
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
