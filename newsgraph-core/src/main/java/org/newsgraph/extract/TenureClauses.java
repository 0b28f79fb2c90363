package org.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.Participants.Holder;
import org.newsgraph.nlp.PartialDate;

/**
 * Reads when a holding began from a relative clause on its holder's name: "Ola Dahl, who had headed
 * the government since March 2030", "Dahl, the Liberal who has led the country since 2029". The
 * clause's verb is one of holding an office (tenure-verbs.txt) and a "since" or "from" date in it is
 * the start. Pure.
 */
final class TenureClauses {

    private static final Set<String> VERBS = Set.copyOf(CueWords.lines("tenure-verbs"));
    private static final Set<String> LEADS = Set.of("since", "from");

    /** A holder named in a sentence and the start its relative clause gives. */
    record Tenure(Holder holder, PartialDate start) {
    }

    private TenureClauses() {
    }

    /** The tenures the relative clauses of {@code s} give the names they hang from (or from their appositions). */
    static List<Tenure> in(ParsedArticle a, ParsedSentence s, DateAnchor anchor) {
        List<Tenure> out = new ArrayList<>();
        Optional<SemanticGraph> graph = s.graph();
        if (graph.isEmpty()) {
            return out;
        }
        SemanticGraph g = graph.get();
        for (SemanticGraphEdge e : g.edgeIterable()) {
            IndexedWord verb = e.getDependent();
            if (!e.getRelation().toString().equals("acl:relcl") || !VERBS.contains(s.lemma(ParsedSentence.at(verb)))) {
                continue;
            }
            Optional<Holder> holder = named(a, s, g, e.getGovernor());
            Optional<PartialDate> start = holder.flatMap(h -> since(s, g, verb, anchor));
            if (start.isPresent()) {
                out.add(new Tenure(holder.get(), start.get()));
            }
        }
        return out;
    }

    /** The person the clause's noun names, or the person that noun is in apposition to ("Dahl, the Liberal who"). */
    private static Optional<Holder> named(ParsedArticle a, ParsedSentence s, SemanticGraph g, IndexedWord noun) {
        int i = ParsedSentence.at(noun);
        if (s.ner(i).equals("PERSON")) {
            return Participants.person(a, s, i, Optional.empty());
        }
        return g.getIncomingEdgesSorted(noun).stream().filter(up -> up.getRelation().toString().equals("appos"))
                .map(up -> ParsedSentence.at(up.getGovernor())).filter(j -> s.ner(j).equals("PERSON")).findFirst()
                .flatMap(j -> Participants.person(a, s, j, Optional.empty()));
    }

    /** The "since" date inside the clause of {@code verb}. */
    private static Optional<PartialDate> since(ParsedSentence s, SemanticGraph g, IndexedWord verb, DateAnchor anchor) {
        int from = ParsedSentence.at(verb);
        int to = from + 1;
        for (IndexedWord w : g.descendants(verb)) {
            to = Math.max(to, ParsedSentence.at(w) + 1);
        }
        return Participants.dateAfter(s, from, to, LEADS, k -> anchor.date(s, k, false));
    }
}
