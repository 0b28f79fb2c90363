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
 * statement and reference, {@code Qperson P39 Qoffice}, then the qualifiers as property/value
 * pairs (P580 start, P582 end, {@code somevalue} for a former holding the text does not date,
 * P1365 replaces, P1366 replaced by) and the reference as source pairs (S854 reference URL, S577
 * publication date, S1476 title and S1683 quotation as English monolingual text
 * {@code en:"..."}). Times are {@code +YYYY-MM-DDT00:00:00Z/P} with precision 9 (year), 10
 * (month) or 11 (day), the month and day that the text does not give filled with 01.
 *
 * <p>QuickStatements puts all source pairs of a line in one reference, so a statement with
 * several pieces of evidence is written once per piece; it merges the lines into one statement
 * with one reference each. A reference whose article has no URL is still written, and said so.
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

    /**
     * Writes the lines of {@code facts} to {@code out}, and to {@code messages} one line per skipped
     * fact and per statement cited from an article without a URL.
     */
    public Summary write(WikidataFacts facts, Consumer<String> out, Consumer<String> messages) {
        int lines = 0;
        for (PositionStatement statement : facts.statements()) {
            for (String line : lines(statement)) {
                out.accept(line);
                lines++;
            }
            if (statement.references().stream().anyMatch(r -> r.url().isEmpty())) {
                messages.accept("no URL: " + statement.personLabel() + ", " + statement.positionLabel() + " <" + statement.fact()
                        + "> cites an article without a URL; its reference has the title, date and quotation only");
            }
        }
        facts.skipped().forEach(s -> messages.accept(s.line()));
        return new Summary(facts.statements().size(), lines, facts.skippedByReason());
    }

    /** The lines of one statement: one per distinct reference, or one without a reference. */
    public List<String> lines(PositionStatement s) {
        StringBuilder claim = new StringBuilder();
        claim.append(s.person()).append('\t').append(Wikibase.POSITION_HELD).append('\t').append(s.position());
        s.start().ifPresent(t -> pair(claim, Wikibase.START_TIME, t.quickStatements()));
        s.end().ifPresent(t -> pair(claim, Wikibase.END_TIME, t.quickStatements()));
        if (s.endUnknown()) {
            pair(claim, Wikibase.END_TIME, "somevalue");
        }
        s.replaces().forEach(q -> pair(claim, Wikibase.REPLACES, q));
        s.replacedBy().forEach(q -> pair(claim, Wikibase.REPLACED_BY, q));
        Set<String> sources = new LinkedHashSet<>();
        for (Reference r : s.references()) {
            StringBuilder source = new StringBuilder();
            r.url().ifPresent(u -> pair(source, source(Wikibase.REFERENCE_URL), quote(u)));
            r.published().ifPresent(t -> pair(source, source(Wikibase.PUBLICATION_DATE), t.quickStatements()));
            r.title().ifPresent(t -> pair(source, source(Wikibase.TITLE), english(t)));
            pair(source, source(Wikibase.QUOTATION), english(r.quotation()));
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

    /** The source property of a property: S854 for P854. */
    private static String source(String property) {
        return "S" + property.substring(1);
    }

    /** A QuickStatements string: in double quotes; tabs, line breaks and double quotes, which it cannot carry, become spaces and single quotes. */
    static String quote(String s) {
        return "\"" + s.replaceAll("[\\t\\r\\n]", " ").replace('"', '\'') + "\"";
    }

    /**
     * English monolingual text: {@code en:"..."}. QuickStatements takes everything between the first
     * and the last double quote, so quotation marks inside a quoted sentence stay as they are;
     * tabs and line breaks, which end a field or a command, become spaces.
     */
    static String english(String s) {
        return "en:\"" + s.replaceAll("[\\t\\r\\n]+", " ").strip() + "\"";
    }
}
