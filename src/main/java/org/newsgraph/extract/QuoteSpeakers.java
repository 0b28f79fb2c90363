package org.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.nlp.Entity;

/**
 * Who speaks each sentence of an article, for first-person cues ("I", "we"): the subject of a verb of
 * saying in the sentence ("..., said X", "X said: ..."), else the speaker introduced by the last
 * "X said:" or transcript label ("MINISTER X: ...") before it, until another speaker is introduced.
 */
final class QuoteSpeakers {

    private final List<Optional<Entity>> speakers;

    QuoteSpeakers(ParsedArticle article, EndorsementCues cues) {
        List<Optional<Entity>> found = new ArrayList<>();
        Optional<Entity> current = Optional.empty();
        for (ParsedSentence s : article.sentences()) {
            Optional<Entity> label = transcriptLabel(article, s);
            Optional<Entity> own = label.isPresent() ? label : sayer(article, s, cues);
            found.add(own.isPresent() ? own : current);
            if (label.isPresent() || (own.isPresent() && introduces(s))) {
                current = own;
            }
        }
        this.speakers = List.copyOf(found);
    }

    /** The speaker of sentence {@code s}, if the article names one. */
    Optional<Entity> of(ParsedSentence s) {
        return speakers.get(s.index());
    }

    /** A sentence that ends in a colon introduces the quote paragraphs after it. */
    private static boolean introduces(ParsedSentence s) {
        return s.word(s.size() - 1).equals(":") || (s.size() > 1 && s.word(s.size() - 2).equals(":"));
    }

    /** "MINISTER ANNA NOVAK: ..." — a person named before a colon near the start of the sentence. */
    private static Optional<Entity> transcriptLabel(ParsedArticle article, ParsedSentence s) {
        for (int i = 1; i < Math.min(s.size() - 1, 10); i++) {
            if (s.word(i).equals(":")) {
                for (int j = i - 1; j >= 0; j--) {
                    if (s.ner(j).equals("PERSON")) {
                        return article.agentAt(s, j);
                    }
                    if (!Character.isUpperCase(s.word(j).charAt(0))) {
                        return Optional.empty();
                    }
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<Entity> sayer(ParsedArticle article, ParsedSentence s, EndorsementCues cues) {
        if (s.graph().isEmpty()) {
            return Optional.empty();
        }
        SemanticGraph graph = s.graph().get();
        for (IndexedWord verb : graph.vertexListSorted()) {
            if (!cues.say(s.lemma(ParsedSentence.at(verb)))) {
                continue;
            }
            for (SemanticGraphEdge edge : graph.outgoingEdgeList(verb)) {
                if (edge.getRelation().toString().equals("nsubj")) {
                    int i = ParsedSentence.at(edge.getDependent());
                    Optional<Entity> agent = Agents.named(article, s, graph, edge.getDependent());
                    if (agent.isEmpty() && (s.lower(i).equals("he") || s.lower(i).equals("she"))) {
                        agent = article.lastPersonBefore(s, i);
                    }
                    if (agent.isPresent()) {
                        return agent;
                    }
                }
            }
        }
        return Optional.empty();
    }
}
