package org.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.Values.TargetStatus;

/** What a word says about a spending target's status: its own cue, particle or modal, a negation, a level already reached. Thread-safe. */
final class SpendingStatus {

    private static final Set<String> MODALS = Set.of("will", "would", "shall", "should", "must", "can", "could", "may", "might");
    private static final Set<String> NEGATIONS = Set.of("not", "never", "n't", "no");

    private final SpendingCues cues;

    SpendingStatus(SpendingCues cues) {
        this.cues = Objects.requireNonNull(cues, "cues");
    }

    /** The status of the words governing the actor's word: "have pledged to reach this target" (the subject is shared). */
    Optional<TargetStatus> statusAbove(ParsedSentence s, SemanticGraph g, IndexedWord node) {
        IndexedWord at = node;
        for (int step = 0; step < 3; step++) {
            Optional<SemanticGraphEdge> up = DependencyPath.governor(g, at);
            if (up.isEmpty() || !DependencyPath.relation(up.get()).startsWith("xcomp")) {
                return Optional.empty();
            }
            at = up.get().getGovernor();
            Optional<TargetStatus> status = ownStatus(s, g, at);
            if (status.isPresent()) {
                return status;
            }
        }
        return Optional.empty();
    }

    /** The status word itself, its particle ("push back") or its modal ("will raise" pledged, "should spend" proposed). */
    Optional<TargetStatus> ownStatus(ParsedSentence s, SemanticGraph g, IndexedWord node) {
        int i = ParsedSentence.at(node);
        for (IndexedWord prt : DependencyPath.dependents(g, node, "compound:prt")) {
            Optional<TargetStatus> phrasal = cues.status(s.lemma(i) + "_" + s.lemma(ParsedSentence.at(prt)));
            if (phrasal.isPresent()) {
                return phrasal;
            }
        }
        Optional<TargetStatus> word = cues.status(s.lemma(i));
        if (word.isPresent()) {
            return word;
        }
        for (IndexedWord aux : DependencyPath.dependents(g, node, "aux")) {
            Optional<TargetStatus> modal = cues.status(s.lemma(ParsedSentence.at(aux)));
            if (modal.isPresent()) {
                return modal;
            }
        }
        return Optional.empty();
    }

    static boolean negated(ParsedSentence s, SemanticGraph g, IndexedWord verb) {
        return DependencyPath.dependents(g, verb, "advmod", "neg", "det").stream()
                .anyMatch(d -> NEGATIONS.contains(s.lower(ParsedSentence.at(d))));
    }

    /** "it is important that the nations commit to 2%": a that-clause under an adjective asks for it, it does not report it. */
    private static boolean mandated(ParsedSentence s, SemanticGraph g, IndexedWord verb) {
        boolean that = DependencyPath.dependents(g, verb, "mark").stream().anyMatch(m -> s.lower(ParsedSentence.at(m)).equals("that"));
        return that && DependencyPath.governor(g, verb).filter(e -> DependencyPath.relation(e).equals("ccomp"))
                .filter(e -> s.tag(ParsedSentence.at(e.getGovernor())).startsWith("JJ")).isPresent();
    }

    /** A spending verb stating a level reached or kept, not a goal: "spends 1.5%", "met the minimum", "are meeting", "has reached". */
    static boolean realised(ParsedSentence s, SemanticGraph g, IndexedWord verb) {
        String tag = s.tag(ParsedSentence.at(verb));
        List<IndexedWord> aux = DependencyPath.dependents(g, verb, "aux", "mark");
        boolean modalOrTo = aux.stream().map(a -> s.lower(ParsedSentence.at(a))).anyMatch(w -> MODALS.contains(w) || w.equals("to"));
        if (modalOrTo || mandated(s, g, verb)) {
            return false;
        }
        if (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP")) {
            return true;
        }
        return (tag.equals("VBG") || tag.equals("VBN")) && aux.stream().map(a -> s.lemma(ParsedSentence.at(a)))
                .anyMatch(l -> l.equals("be") || l.equals("have"));
    }
}
