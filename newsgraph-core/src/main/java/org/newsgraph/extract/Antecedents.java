package org.newsgraph.extract;

import static org.newsgraph.extract.EndorsementExtractor.children;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves an anaphoric target ("it", "the plan", "this proposal") to the nearest earlier phrase that
 * names such a thing in full ("the 5% defence spending target"), in its sentence or the two before, or to the
 * event a verb told ("will raise spending ... welcomed the increase"); an "it" after an anaphor in its sentence
 * stands for what that anaphor does ("backed the change, while B opposed it").
 */
final class Antecedents {

    /**
     * An antecedent: its sentence, the head of its phrase and, for an event a verb told ("will raise defence spending"
     * before "welcomed the increase"), the label that names it as the anaphor's noun would.
     */
    record Antecedent(ParsedSentence sentence, SemanticGraph graph, IndexedWord head, Optional<String> told) {

        String label() {
            return told.orElseGet(() -> TargetPhrase.label(sentence, graph, head, null));
        }
    }

    private static final Set<String> CONTENT = Set.of("amod", "nummod", "compound", "nmod:poss", "acl", "nmod:of", "nmod:on",
            "nmod:for", "nmod:to", "nmod:in");
    private static final Set<String> DEMONSTRATIVE = Set.of("the", "this", "that", "these", "such");

    private final EndorsementCues cues;

    Antecedents(EndorsementCues cues) {
        this.cues = cues;
    }

    /** Whether the phrase headed by {@code head} only points back: "it", or "the plan" with no word of its own. */
    boolean anaphoric(ParsedSentence s, SemanticGraph graph, IndexedWord head) {
        int at = ParsedSentence.at(head);
        if (s.lower(at).equals("it") && s.tag(at).equals("PRP")) {
            return true;
        }
        return cues.isA("anaphor", s.lemma(at)) && !named(graph, head)
                && children(graph, head, "det").stream().anyMatch(d -> DEMONSTRATIVE.contains(s.lower(ParsedSentence.at(d))));
    }

    /** The nearest earlier phrase, before token {@code at} of {@code s}, headed by a noun such targets have, in full. */
    Optional<Antecedent> of(ParsedArticle article, ParsedSentence s, int at) {
        boolean pronoun = s.lower(at).equals("it");
        return back(article, s, at, pronoun && inParticiple(s, at) ? 0 : 2, (sentence, graph, node) -> {
            int i = ParsedSentence.at(node);
            if (!sentence.tag(i).startsWith("NN") || !cues.isA("anaphor", sentence.lemma(i))) {
                return Optional.empty();
            }
            if (named(graph, node)) {
                return Optional.of(new Antecedent(sentence, graph, node, Optional.empty()));
            }
            // "A backed the change, while B opposed it": "it" is what the anaphor before it in the sentence stands for.
            return pronoun && sentence == s && anaphoric(sentence, graph, node) ? of(article, sentence, i) : Optional.empty();
        }).or(() -> told(article, s, at));
    }

    /**
     * "A praised B for the deal, calling it historic": an "it" that a participle clause governs stands for a thing its own
     * sentence names, not for one of the sentences before.
     */
    private static boolean inParticiple(ParsedSentence s, int at) {
        SemanticGraph graph = s.graph().orElseThrow();
        Optional<IndexedWord> over = DependencyPath.node(graph, at).flatMap(it -> DependencyPath.governor(graph, it)).map(SemanticGraphEdge::getGovernor);
        // "calling it extraordinary" may be parsed as a small clause, "it" the subject of the adjective the participle governs.
        Optional<IndexedWord> clause = over.filter(w -> !s.tag(ParsedSentence.at(w)).startsWith("VB"))
                .flatMap(w -> DependencyPath.governor(graph, w)).map(SemanticGraphEdge::getGovernor).or(() -> over);
        return clause.map(w -> s.tag(ParsedSentence.at(w)).equals("VBG")).orElse(false);
    }

    /**
     * "Britain will raise defence spending ... A welcomed the increase": the nearest earlier verb of the anaphor's
     * event ({@code event-increase} words in the cue file) with an object, as "increase of defence spending", in the
     * sentence or the five before (a report tells the event, then its details, then the reactions). Only when no noun
     * names the thing, since a verb's object says less than a noun phrase.
     */
    private Optional<Antecedent> told(ParsedArticle article, ParsedSentence s, int at) {
        String noun = s.lemma(at);
        boolean anyEvent = cues.isA("any-event", noun);
        if (cues.words("event-" + noun).isEmpty() && !anyEvent) {
            return Optional.empty();
        }
        return back(article, s, at, 5, (sentence, graph, verb) -> {
            int i = ParsedSentence.at(verb);
            if (!sentence.tag(i).startsWith("VB")) {
                return Optional.empty();
            }
            // "will loosen the rules ... backed the change": a catch-all noun is named as the verb's own event ("loosening").
            Optional<String> event = cues.isA("event-" + noun, sentence.lemma(i)) ? Optional.of(noun)
                    : anyEvent ? cues.eventNoun(sentence.lemma(i)) : Optional.empty();
            for (IndexedWord object : event.isPresent() ? children(graph, verb, "obj") : List.<IndexedWord>of()) {
                String what = TargetPhrase.label(sentence, graph, object, null);
                if (!sentence.tag(ParsedSentence.at(object)).startsWith("PRP") && !what.isBlank()) {
                    return Optional.of(new Antecedent(sentence, graph, object, Optional.of(event.get() + " of " + what)));
                }
            }
            return Optional.empty();
        });
    }

    /** What a word of a parsed sentence offers as an antecedent. */
    /** What a word of an earlier sentence, or of this one before the anaphor, may be found to be. */
    interface Candidate<T> {
        Optional<T> at(ParsedSentence sentence, SemanticGraph graph, IndexedWord word);
    }

    /**
     * The first antecedent {@code candidate} finds walking back from token {@code at} of {@code s},
     * word by word, through it and the {@code sentences} parsed sentences before.
     */
    static <T> Optional<T> back(ParsedArticle article, ParsedSentence s, int at, int sentences, Candidate<T> candidate) {
        for (int k = s.index(); k >= 0 && k >= s.index() - sentences; k--) {
            ParsedSentence sentence = article.sentences().get(k);
            if (sentence.graph().isEmpty()) {
                continue;
            }
            SemanticGraph graph = sentence.graph().get();
            List<IndexedWord> nodes = graph.vertexListSorted();
            for (int n = nodes.size() - 1; n >= 0; n--) {
                IndexedWord node = nodes.get(n);
                if (k < s.index() || ParsedSentence.at(node) < at) {
                    Optional<T> found = candidate.at(sentence, graph, node);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A phrase with a word of its own besides its head and determiner, or the controller of a clause
     * that says what it is ("backed the plan to raise spending", parsed as the verb's complement).
     */
    private static boolean named(SemanticGraph graph, IndexedWord head) {
        if (graph.incomingEdgeList(head).stream().anyMatch(edge -> edge.getRelation().toString().equals("nsubj:xsubj"))) {
            return true;
        }
        for (SemanticGraphEdge edge : graph.outgoingEdgeList(head)) {
            String rel = edge.getRelation().toString();
            if (CONTENT.contains(rel) || CONTENT.contains(rel.replaceAll(":.*", ""))) {
                return true;
            }
        }
        return false;
    }
}
