package org.newsgraph.wikidata;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.newsgraph.wikidata.WikidataFacts.PositionStatement;
import org.newsgraph.wikidata.WikidataFacts.Reason;
import org.newsgraph.wikidata.WikidataFacts.Reference;

/**
 * Writes "position held" statements as QuickStatements v1 commands: one tab-separated line per
 * statement and source, {@code Qperson P39 Qoffice}, then the qualifiers as property/value pairs
 * (P580 start, P582 end, P1365 replaces, P1366 replaced by) and the reference as source pairs
 * (S854 reference URL, S813 retrieved). Times are {@code +YYYY-MM-DDT00:00:00Z/P} with precision
 * 9 (year), 10 (month) or 11 (day), the month and day that the text does not give filled with 01;
 * strings are in double quotes.
 *
 * <p>QuickStatements puts all source pairs of a line in one reference, so a statement with
 * several sources (articles with different URLs or dates) is written once per source; it merges
 * the lines into one statement. A statement whose evidence has no URL nor date is written once,
 * without a source. The quotation (P1683) is not written: it is free text that QuickStatements v1
 * cannot quote safely.
 *
 * <p>Facts that Wikidata cannot take are counted and reported one line each.
 */
public final class QuickStatementsWriter {

    /** What was written: statements, lines, and the skipped facts by reason. */
    public record Summary(int written, int lines, Map<Reason, Integer> skipped) {

        public Summary {
            skipped = Map.copyOf(skipped);
        }

        /** The number of skipped facts. */
        public int skippedTotal() {
            return skipped.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** Writes the lines of {@code facts} to {@code out} and one line per skipped fact to {@code skips}. */
    public Summary write(WikidataFacts facts, Consumer<String> out, Consumer<String> skips) {
        int lines = 0;
        for (PositionStatement statement : facts.statements()) {
            for (String line : lines(statement)) {
                out.accept(line);
                lines++;
            }
        }
        facts.skipped().forEach(s -> skips.accept(s.line()));
        return new Summary(facts.statements().size(), lines, facts.skippedByReason());
    }

    /** The lines of one statement: one per distinct source, or one without a source. */
    public List<String> lines(PositionStatement s) {
        StringBuilder claim = new StringBuilder();
        claim.append(s.person()).append('\t').append(Wikibase.POSITION_HELD).append('\t').append(s.position());
        s.start().ifPresent(t -> pair(claim, Wikibase.START_TIME, t.quickStatements()));
        s.end().ifPresent(t -> pair(claim, Wikibase.END_TIME, t.quickStatements()));
        s.replaces().forEach(q -> pair(claim, Wikibase.REPLACES, q));
        s.replacedBy().forEach(q -> pair(claim, Wikibase.REPLACED_BY, q));
        Set<String> sources = new LinkedHashSet<>();
        for (Reference r : s.references()) {
            if (!r.hasSource()) {
                continue;
            }
            StringBuilder source = new StringBuilder();
            r.url().ifPresent(u -> pair(source, "S" + Wikibase.REFERENCE_URL.substring(1), quote(u)));
            r.retrieved().ifPresent(t -> pair(source, "S" + Wikibase.RETRIEVED.substring(1), t.quickStatements()));
            sources.add(source.toString());
        }
        if (sources.isEmpty()) {
            return List.of(claim.toString());
        }
        List<String> lines = new ArrayList<>();
        sources.stream().sorted().forEach(source -> lines.add(claim + source));
        return lines;
    }

    private static void pair(StringBuilder line, String property, String value) {
        line.append('\t').append(property).append('\t').append(value);
    }

    /** A QuickStatements string: in double quotes; tabs, line breaks and double quotes, which it cannot carry, become spaces and single quotes. */
    static String quote(String s) {
        return "\"" + s.replaceAll("[\\t\\r\\n]", " ").replace('"', '\'') + "\"";
    }
}
