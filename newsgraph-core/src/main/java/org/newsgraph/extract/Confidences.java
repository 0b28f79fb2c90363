package org.newsgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How far each extraction rule is to be trusted: the share of its statements that proved right on
 * the annotated corpora, as measured by {@code newsgraph calibrate} and bundled as
 * {@code confidence.tsv} (columns rule, statements, correct, confidence). A rule the table does not
 * know keeps the confidence its extractor gave. Immutable, thread-safe.
 */
public final class Confidences {

    private static final String BUNDLED = "/org/newsgraph/confidence.tsv";

    private final Map<String, Double> byRule;

    private Confidences(Map<String, Double> byRule) {
        this.byRule = Map.copyOf(byRule);
    }

    /** The calibrated table bundled in the jar (empty if there is none). */
    public static Confidences bundled() {
        try (InputStream in = Confidences.class.getResourceAsStream(BUNDLED)) {
            return in == null ? new Confidences(Map.of()) : parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** No table: every fact keeps the confidence its extractor gave (used when calibrating). */
    public static Confidences none() {
        return new Confidences(Map.of());
    }

    /** Reads a table in the format {@code newsgraph calibrate} writes. */
    public static Confidences parse(BufferedReader reader) throws IOException {
        Map<String, Double> table = new HashMap<>();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("rule\t")) {
                continue;
            }
            String[] cells = line.split("\t");
            table.put(cells[0], Double.parseDouble(cells[cells.length - 1]));
        }
        return new Confidences(table);
    }

    public Optional<Double> of(String rule) {
        return Optional.ofNullable(byRule.get(rule));
    }

    /** {@code fact} with the calibrated confidence of its rule, if the table knows the rule. */
    public Fact apply(Fact fact) {
        return of(fact.evidence().extractor()).map(fact::withConfidence).orElse(fact);
    }
}
