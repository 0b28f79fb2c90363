package org.newsgraph.extract;

import static org.newsgraph.extract.EndorsementExtractor.children;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.Optional;
import org.newsgraph.extract.Values.Polarity;

/**
 * Stances a cue word alone does not show, read from the phrase around a word: a verb with its
 * preposition ("voted against X", "pushed back against X"), a judging verb with an evaluative
 * adjective ("called X unrealistic", "described X as undesirable"), stress on importance ("stressed
 * the importance of X") and a copular judgement ("X is deplorable", "X is an extraordinary outcome").
 */
final class StancePatterns {

    /** Who holds a stance: the subjects of the cue's clause, or the speaker of the judgement. */
    enum AgentKind { SUBJECT, SPEAKER }

    /** A stance read at a word: its polarity, the head of its target, who holds it and the rule's name. */
    record Stance(Polarity polarity, IndexedWord target, AgentKind agentKind, String rule) {
    }

    private final EndorsementCues cues;

    StancePatterns(EndorsementCues cues) {
        this.cues = cues;
    }

    Optional<Stance> at(ParsedSentence s, SemanticGraph graph, IndexedWord node) {
        int i = ParsedSentence.at(node);
        String tag = s.tag(i);
        String lemma = s.lemma(i);
        if (tag.startsWith("VB")) {
            for (SemanticGraphEdge edge : graph.outgoingEdgeList(node)) {
                String rel = edge.getRelation().toString();
                if (rel.startsWith("obl:")) {
                    Optional<Polarity> p = cues.withPreposition(lemma, rel.substring(4));
                    if (p.isPresent()) {
                        return Optional.of(new Stance(p.get(), edge.getDependent(), AgentKind.SUBJECT, "endorsements.verb-prep"));
                    }
                }
            }
            if (cues.isA("judge", lemma)) {
                for (IndexedWord object : children(graph, node, "obj")) {
                    Optional<Polarity> p = judged(s, graph, node);
                    if (p.isPresent()) {
                        return Optional.of(new Stance(p.get(), object, AgentKind.SUBJECT, "endorsements.judgement"));
                    }
                }
                // "calling the target unrealistic" parsed as a small clause: the adjective's subject is the object.
                for (SemanticGraphEdge edge : graph.outgoingEdgeList(node)) {
                    String rel = edge.getRelation().toString();
                    Optional<Polarity> p = cues.judgement(s.lower(ParsedSentence.at(edge.getDependent())));
                    if ((rel.equals("xcomp") || rel.equals("ccomp")) && p.isPresent()) {
                        for (IndexedWord subject : children(graph, edge.getDependent(), "nsubj")) {
                            return Optional.of(new Stance(p.get(), subject, AgentKind.SUBJECT, "endorsements.judgement"));
                        }
                    }
                }
            }
            if (cues.isA("stress", lemma)) {
                for (IndexedWord object : children(graph, node, "obj")) {
                    if (cues.isA("importance", s.lemma(ParsedSentence.at(object)))) {
                        for (IndexedWord of : children(graph, object, "nmod:of")) {
                            return Optional.of(new Stance(Polarity.SUPPORT, of, AgentKind.SUBJECT, "endorsements.importance"));
                        }
                    }
                }
            }
            return Optional.empty();
        }
        if (EndorsementExtractor.has(graph, node, "cop")) {
            Optional<Polarity> p = tag.startsWith("JJ") ? cues.judgement(s.lower(i))
                    : tag.startsWith("NN") ? judgedBy(s, graph, node, "amod") : Optional.empty();
            if (p.isPresent()) {
                for (IndexedWord subject : children(graph, node, "nsubj")) {
                    if (!s.tag(ParsedSentence.at(subject)).startsWith("PRP")) {
                        return Optional.of(new Stance(p.get(), subject, AgentKind.SPEAKER, "endorsements.judgement"));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The polarity of the adjective a judging verb predicates of its object: "called X unrealistic", "described X as undesirable". */
    private Optional<Polarity> judged(ParsedSentence s, SemanticGraph graph, IndexedWord verb) {
        for (SemanticGraphEdge edge : graph.outgoingEdgeList(verb)) {
            String rel = edge.getRelation().toString();
            if (rel.equals("xcomp") || rel.equals("obl:as") || rel.equals("advcl:as")) {
                IndexedWord complement = edge.getDependent();
                Optional<Polarity> p = cues.judgement(s.lower(ParsedSentence.at(complement)))
                        .or(() -> judgedBy(s, graph, complement, "amod"));
                if (p.isPresent()) {
                    return p;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Polarity> judgedBy(ParsedSentence s, SemanticGraph graph, IndexedWord noun, String relation) {
        for (IndexedWord adjective : children(graph, noun, relation)) {
            Optional<Polarity> p = cues.judgement(s.lower(ParsedSentence.at(adjective)));
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }
}
