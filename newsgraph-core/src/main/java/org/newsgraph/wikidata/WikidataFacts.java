package org.newsgraph.wikidata;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.newsgraph.rdf.Iris;

/**
 * What of a store Wikidata can say: "position held" (P39) statements for the role holdings whose
 * person and office are both linked to Wikidata, and every other fact with the reason it cannot
 * be said.
 */
public record WikidataFacts(List<PositionStatement> statements, List<SkippedFact> skipped) {

    public WikidataFacts {
        statements = List.copyOf(statements);
        skipped = List.copyOf(skipped);
    }

    /** The number of skipped facts by reason, every reason present. */
    public Map<Reason, Integer> skippedByReason() {
        Map<Reason, Integer> counts = new EnumMap<>(Reason.class);
        for (Reason reason : Reason.values()) {
            counts.put(reason, 0);
        }
        skipped.forEach(s -> counts.merge(s.reason(), 1, Integer::sum));
        return counts;
    }

    /**
     * One P39 statement: {@code person} held {@code position} (both Wikidata ids), read from the
     * NewsGraph role holding {@code fact}, with its qualifiers and one reference per piece of evidence.
     * {@code ended}: the text says the holding is over (a former holder), whether or not it dates the end.
     */
    public record PositionStatement(String fact, String person, String personLabel, String position, String positionLabel,
            Optional<WikidataTime> start, Optional<WikidataTime> end, boolean ended, SortedSet<String> replaces,
            SortedSet<String> replacedBy, List<Reference> references) {

        public PositionStatement {
            replaces = new TreeSet<>(replaces);
            replacedBy = new TreeSet<>(replacedBy);
            references = List.copyOf(references);
        }

        /**
         * The statement id. NewsGraph mints it (Wikidata's own ids are GUIDs assigned on upload): the
         * person's id, "-newsgraph-" and a hash of the NewsGraph fact IRI, so a rebuild gives the
         * same id and it cannot be taken for one of Wikidata's.
         */
        public String id() {
            return person + "-newsgraph-" + Iris.hash(fact);
        }

        /** Over, but the text gives no end date: the end is written as Wikidata's "unknown value". */
        public boolean endUnknown() {
            return ended && end.isEmpty();
        }
    }

    /**
     * A reference: the article's URL (P854), publication date (P577) and title (P1476) when the
     * article gives them, and the sentence that states the fact (P1683, English text).
     */
    public record Reference(Optional<String> url, Optional<WikidataTime> published, Optional<String> title, String quotation) {

        /** A hash of the reference's values, as Wikidata names reference nodes by a hash of their values (ours is NewsGraph's hash). */
        public String id() {
            return Iris.hash("P854=" + url.orElse("") + "|P577=" + published.map(WikidataTime::dateTime).orElse("")
                    + "|P1476=" + title.orElse("") + "|P1683=" + quotation);
        }
    }

    /** A fact that Wikidata cannot take, with the reason. */
    public record SkippedFact(String fact, String kind, String description, Reason reason, String detail) {

        /** One line for stderr: which fact and why. */
        public String line() {
            return "skipped " + kind + " " + description + " <" + fact + ">: " + detail;
        }
    }

    /** Why a fact cannot be written as a Wikidata statement. */
    public enum Reason {
        /** A person of the fact has no Wikidata id. */
        UNLINKED_PERSON("person not linked to Wikidata"),
        /** The office has no Wikidata id. */
        UNLINKED_OFFICE("office not linked to Wikidata"),
        /** A succession that names no office, or whose people have no P39 statement for the office to qualify. */
        NO_POSITION_STATEMENT("no position-held statement to qualify"),
        /** A designated holder, not yet in office: Wikidata's "position held" would be false today. */
        NOT_YET_HELD("not yet in office"),
        /** Endorsements and spending targets: Wikidata has no property for them. */
        NO_WIKIDATA_PROPERTY("no Wikidata property for this kind of fact");

        private final String text;

        Reason(String text) {
            this.text = text;
        }

        /** The reason in plain words. */
        public String text() {
            return text;
        }
    }
}
