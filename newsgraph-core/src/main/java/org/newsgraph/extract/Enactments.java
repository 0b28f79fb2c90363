package org.newsgraph.extract;

import static org.newsgraph.extract.EndorsementExtractor.children;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A legislature that passes a bill backs it: "the Senate passed the Harbour Act", "the bill was passed by parliament",
 * "the bill passed in the House of Delegates". The chamber is a noun of {@code cues/legislature-words.txt} (the
 * verb's subject, by-phrase or "in" phrase), the bill a noun of {@code cues/legislation-nouns.txt}, the verb one of
 * the {@code enact} class of the endorsement words. Stateless; thread-safe.
 */
final class Enactments {

    private static final Set<String> LEGISLATURES = Set.copyOf(CueWords.lines("legislature-words"));
    private static final Set<String> LEGISLATION = Set.copyOf(CueWords.lines("legislation-nouns"));
    /** Where the chamber that passes a bill stands: the subject, the passive's agent, or "passed in the House". */
    private static final List<String> CHAMBER_RELATIONS = List.of("nsubj", "obl:agent", "obl:by", "obl:in");
    /** Where the bill stands: the object, the passive's subject, or the subject of "the bill passed in the House". */
    private static final List<String> BILL_RELATIONS = List.of("obj", "nsubj:pass", "nsubj");

    private final EndorsementCues cues;

    Enactments(EndorsementCues cues) {
        this.cues = cues;
    }

    /** The bill an enacting verb passes, when a legislature passes it. */
    Optional<IndexedWord> bill(ParsedSentence s, SemanticGraph graph, IndexedWord verb) {
        if (!cues.isA("enact", s.lemma(ParsedSentence.at(verb))) || chamber(s, graph, verb).isEmpty()) {
            return Optional.empty();
        }
        return bills(s, graph, verb, BILL_RELATIONS).or(() -> misparsedSubject(s, graph, verb));
    }

    /**
     * "a bill she helped draft to protect the fisheries passed in the House": the parser may hang the verb of a long
     * subject's sentence from the subject's relative clause; the bill is then the subject of a clause above the verb.
     */
    private static Optional<IndexedWord> misparsedSubject(ParsedSentence s, SemanticGraph graph, IndexedWord verb) {
        IndexedWord node = verb;
        for (int depth = 0; depth < 3; depth++) {
            Optional<IndexedWord> up = DependencyPath.governor(graph, node).map(e -> e.getGovernor());
            if (up.isEmpty()) {
                return Optional.empty();
            }
            node = up.get();
            Optional<IndexedWord> bill = bills(s, graph, node, List.of("nsubj", "nsubj:pass"));
            if (bill.isPresent()) {
                return bill;
            }
        }
        return Optional.empty();
    }

    /**
     * The target a bill names when the parser broke its sentence (see {@link #misparsedSubject}): the words from the bill
     * to the verb, less the adverbs just before it ("a bill she helped draft to protect the fisheries"); empty when the
     * bill is the verb's own subject or object.
     */
    Optional<EndorsementTargets.Found> misparsedTarget(ParsedSentence s, SemanticGraph graph, IndexedWord bill, IndexedWord verb) {
        if (graph.getParentList(bill).contains(verb)) {
            return Optional.empty();
        }
        int from = TargetPhrase.tokens(graph, bill).first();
        int to = ParsedSentence.at(verb);
        while (to > from + 1 && s.tag(to - 1).startsWith("RB")) {
            to--;
        }
        TreeSet<Integer> tokens = new TreeSet<>();
        for (int i = from; i < to; i++) {
            // Brackets and commas are no words of the name ("the North Atlantic Treaty Organization (NATO)").
            if (Character.isLetterOrDigit(s.word(i).charAt(0))) {
                tokens.add(i);
            }
        }
        int head = ParsedSentence.at(bill);
        String label = TargetPhrase.label(s, tokens, head, null);
        return Optional.of(new EndorsementTargets.Found(new Endorsement.Target(cues.kindOf(s.lemma(head)), label, Optional.empty()), from, to));
    }

    private static Optional<IndexedWord> bills(ParsedSentence s, SemanticGraph graph, IndexedWord verb, List<String> relations) {
        return relations.stream().flatMap(rel -> children(graph, verb, rel).stream())
                .filter(n -> LEGISLATION.contains(s.lemma(ParsedSentence.at(n)).toLowerCase(java.util.Locale.ROOT)))
                .findFirst();
    }

    /** The legislature an enacting verb names as passing its bill. */
    static Optional<IndexedWord> chamber(ParsedSentence s, SemanticGraph graph, IndexedWord verb) {
        return CHAMBER_RELATIONS.stream().flatMap(rel -> children(graph, verb, rel).stream())
                .filter(n -> LEGISLATURES.contains(s.lemma(ParsedSentence.at(n)).toLowerCase(java.util.Locale.ROOT)))
                .findFirst();
    }
}
