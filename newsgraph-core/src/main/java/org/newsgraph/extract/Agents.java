package org.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.nlp.Entity;
import org.newsgraph.nlp.EntityKind;

/**
 * Resolves a noun of the dependency graph to the agent it names: its own name, a name in its compound or apposition,
 * a group of an organisation's members, or the person a bare office names.
 */
final class Agents {

    private static final EndorsementCues CUES = EndorsementCues.bundled();
    /** Words that join the names of one organisation ("Order and Harbour", "Friends for the Coast"). */
    private static final Set<String> NAME_JOINERS = Set.of("and", "of", "for");

    private Agents() {
    }

    /** The person, organisation or country that the noun phrase headed by {@code head} names, if any. */
    static Optional<Entity> named(ParsedArticle article, ParsedSentence s, SemanticGraph graph, IndexedWord head) {
        return named(article, s, graph, head, true);
    }

    /** The entity a noun phrase names: an agent, or with {@code agentsOnly} false also a place. */
    static Optional<Entity> named(ParsedArticle article, ParsedSentence s, SemanticGraph graph, IndexedWord head, boolean agentsOnly) {
        Optional<Entity> own = agentsOnly ? article.agentAt(s, ParsedSentence.at(head)) : article.entityAt(s, ParsedSentence.at(head));
        if (own.isPresent()) {
            return own;
        }
        // "the Prime Minister Anna Novak", "Board Chair Ting Chen": the name may be a dependent of a title head;
        // a person in apposition comes before a country in compound ("a senior US diplomat, Ola Brekke").
        for (SemanticGraphEdge edge : graph.outgoingEdgeList(head)) {
            if (edge.getRelation().toString().equals("appos")) {
                Optional<Entity> person = article.agentAt(s, ParsedSentence.at(edge.getDependent())).filter(e -> e.kind() == EntityKind.PERSON);
                if (person.isPresent()) {
                    return person;
                }
            }
        }
        for (SemanticGraphEdge edge : graph.outgoingEdgeList(head)) {
            String rel = edge.getRelation().toString();
            if (rel.equals("compound") || rel.equals("flat") || rel.equals("appos") || rel.equals("dep")) {
                int at = ParsedSentence.at(edge.getDependent());
                Optional<Entity> part = agentsOnly ? article.agentAt(s, at) : article.entityAt(s, at);
                if (part.isPresent()) {
                    return part;
                }
            }
        }
        // "Secretary-General Novak", the surname of a person named in full before, which the tagger missed.
        return article.personByNameWord(s, ParsedSentence.at(head)).or(() -> inBodyName(article, s, ParsedSentence.at(head)))
                .or(() -> untagged(s, graph, head)).or(() -> bodyNamed(article, s, ParsedSentence.at(head)));
    }

    /** "the Order and Justice party", the parser heading the phrase with its first name: the organisation all the names make. */
    private static Optional<Entity> inBodyName(ParsedArticle article, ParsedSentence s, int at) {
        for (int i = at + 1; s.tag(at).startsWith("NNP") && i < s.size(); i++) {
            if (!s.tag(i).startsWith("NNP") && !joinsNames(s.lower(i))) {
                return i > at + 1 ? bodyNamed(article, s, i) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * "the Law and Order party", "the Greenfield movement": a lower-case noun of an organisation ({@code body} words)
     * after capitalised names, which "and", "of" or "for" may join, names the organisation by those names (the
     * gazetteer's entity when it knows them).
     */
    static Optional<Entity> bodyNamed(ParsedArticle article, ParsedSentence s, int body) {
        if (!Character.isLowerCase(s.word(body).charAt(0)) || !CUES.isA("body", s.lemma(body))) {
            return Optional.empty();
        }
        int from = body;
        for (int i = body - 1; i >= 0; i--) {
            if (s.tag(i).startsWith("NNP") && Character.isUpperCase(s.word(i).charAt(0))) {
                from = i;
            } else if (!joinsNames(s.lower(i)) || from != i + 1) {
                break;
            }
        }
        if (from == body) {
            return Optional.empty();
        }
        String name = s.text(from, body);
        return Optional.of(article.known(name).orElseGet(() -> Entity.of(EntityKind.ORGANIZATION, name)));
    }

    /** Whether a word may join the names of one organisation ("Order and Harbour", "Friends for the Coast"). */
    static boolean joinsNames(String word) {
        return NAME_JOINERS.contains(word);
    }

    /**
     * A party or group the tagger did not know, named by a capitalised noun inside the sentence: "the Greens",
     * "the Friends for the Coast group". Office words ("the Speaker") and sentence-initial words name no one this way.
     */
    private static Optional<Entity> untagged(ParsedSentence s, SemanticGraph graph, IndexedWord head) {
        int at = ParsedSentence.at(head);
        String w = s.word(at);
        String lower = s.lower(at);
        String singular = lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower;
        CueWords words = CueWords.bundled();
        // A name at the head of a sentence is one when it is explained after it ("Avanza, the left-wing party, ...");
        // explained as an organisation, it is a name whatever the tagger took it for.
        boolean explained = EndorsementExtractor.has(graph, head, "appos");
        boolean proper = s.tag(at).startsWith("NNP") || s.tag(at).startsWith("NN") && explainedAsBody(s, graph, head);
        if (at == 0 && !explained || !proper || !s.ner(at).equals("O") || w.length() < 3 || !Character.isUpperCase(w.charAt(0))
                || words.officeHeads().contains(lower) || words.officeHeads().contains(singular) || words.bodies().contains(lower)
                || EndorsementExtractor.has(graph, head, "compound")) {
            return Optional.empty();
        }
        int to = at + 1;
        for (SemanticGraphEdge edge : graph.outgoingEdgeList(head)) {
            String rel = edge.getRelation().toString();
            int d = ParsedSentence.at(edge.getDependent());
            if ((rel.equals("nmod:for") || rel.equals("nmod:of")) && d > at) {
                // "Friends for the Coast", also when the parser hangs the name on a following common noun ("... for the Coast group").
                List<IndexedWord> names = new ArrayList<>(EndorsementExtractor.children(graph, edge.getDependent(), "compound"));
                names.add(edge.getDependent());
                for (IndexedWord name : names) {
                    int k = ParsedSentence.at(name);
                    if (Character.isUpperCase(s.word(k).charAt(0))) {
                        to = Math.max(to, k + 1);
                    }
                }
            }
        }
        return Optional.of(Entity.of(EntityKind.ORGANIZATION, s.text(at, to)));
    }

    /** "Avanza, the left-wing party": a noun whose apposition is headed by a noun of an organisation ({@code body} words). */
    private static boolean explainedAsBody(ParsedSentence s, SemanticGraph graph, IndexedWord head) {
        return EndorsementExtractor.children(graph, head, "appos").stream().anyMatch(a -> CUES.isA("body", s.lemma(ParsedSentence.at(a))));
    }

    /**
     * A group an organisation's members form, named by a plural noun under the organisation's name: "all 32 Alliance
     * member states", "the Alliance leaders". The phrase from the name to the noun is its label.
     */
    static Optional<Entity> group(ParsedArticle article, ParsedSentence s, SemanticGraph graph, IndexedWord head, Set<String> groupNouns) {
        int at = ParsedSentence.at(head);
        if (!s.tag(at).startsWith("NN") || !groupNouns.contains(s.lower(at))) {
            return Optional.empty();
        }
        int from = at;
        // "Alliance member states": the compounds of compounds, down to the organisation's name.
        for (IndexedWord node = head; node != null; ) {
            IndexedWord next = null;
            for (SemanticGraphEdge edge : graph.outgoingEdgeList(node)) {
                if (edge.getRelation().toString().equals("compound") && ParsedSentence.at(edge.getDependent()) < from) {
                    from = ParsedSentence.at(edge.getDependent());
                    next = edge.getDependent();
                }
            }
            node = next;
        }
        if (from == at) {
            return Optional.empty();
        }
        String text = s.text(from, at + 1);
        Optional<Entity> known = article.known(text);
        if (known.isPresent()) {
            return known;
        }
        Optional<Entity> organisation = article.entityAt(s, from).filter(e -> e.kind() == EntityKind.ORGANIZATION);
        return organisation.map(o -> Entity.of(EntityKind.GROUP, text));
    }

    /**
     * The person an office names with "the" alone ("the deputy secretary said"): the last person named before with
     * all its words in the title before the name ("Deputy Secretary of Defense Ola Brekke").
     */
    static Optional<Entity> titled(ParsedArticle article, ParsedSentence s, SemanticGraph graph, IndexedWord head) {
        int at = ParsedSentence.at(head);
        if (!s.tag(at).startsWith("NN") || !CueWords.bundled().officeHeads().contains(s.lower(at))
                || EndorsementExtractor.children(graph, head, "det").stream().noneMatch(d -> s.lower(ParsedSentence.at(d)).equals("the"))
                || !EndorsementExtractor.children(graph, head, "nmod:poss").isEmpty()) {
            return Optional.empty();
        }
        List<String> title = new ArrayList<>();
        title.add(s.lower(at));
        for (SemanticGraphEdge edge : graph.outgoingEdgeList(head)) {
            String rel = edge.getRelation().toString();
            if (rel.equals("amod") || rel.equals("compound")) {
                title.add(s.lower(ParsedSentence.at(edge.getDependent())));
            }
        }
        List<ParsedSentence> sentences = article.sentences();
        for (int k = s.index(); k >= 0; k--) {
            ParsedSentence sentence = sentences.get(k);
            for (int j = (k == s.index() ? at : sentence.size()) - 1; j >= 0; j--) {
                if (!sentence.ner(j).equals("PERSON") || j > 0 && sentence.ner(j - 1).equals("PERSON")) {
                    continue;
                }
                List<String> before = new ArrayList<>();
                for (int b = j - 1; b >= 0 && b >= j - 7; b--) {
                    String w = sentence.word(b);
                    if (!Character.isUpperCase(w.charAt(0)) && !w.equals("of") && !w.equals("-")) {
                        break;
                    }
                    before.add(sentence.lower(b));
                }
                if (before.containsAll(title)) {
                    return article.agentAt(sentence, j);
                }
            }
        }
        return Optional.empty();
    }
}
