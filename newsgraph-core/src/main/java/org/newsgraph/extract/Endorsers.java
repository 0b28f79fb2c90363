package org.newsgraph.extract;

import static org.newsgraph.extract.EndorsementExtractor.children;
import static org.newsgraph.extract.EndorsementExtractor.passive;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.newsgraph.extract.EndorsementCues.CueClass;
import org.newsgraph.nlp.Entity;

/**
 * Who holds the stance of a cue: the subjects of its clause (or its passive by-phrase), the holder or
 * givers of a cue noun, a possessor, or the speaker of the words; pronouns resolved to the speaker of a
 * quote or the person named before.
 */
final class Endorsers {

    private static final Set<String> FIRST_PERSON = Set.of("i", "we", "me", "us");
    private static final Set<String> THIRD_PERSON = Set.of("he", "she");
    private static final Set<String> POSSESSIVE = Set.of("his", "her");
    /** Possessive pronouns that stand for a country or organisation as often as for people. */
    private static final Set<String> OWNER_PRONOUNS = Set.of("its", "their");
    private static final Set<String> OPENING_QUOTES = Set.of("\u201c", "``", "\"");

    private final EndorsementCues cues;
    private final Set<String> groupNouns;

    Endorsers(EndorsementCues cues) {
        this.cues = cues;
        this.groupNouns = cues.words("group");
    }

    /** An endorser and the token that names it ({@code -1} when it is the speaker of a quote named elsewhere). */
    record Agent(Entity entity, int at, boolean quoted) {
    }

    List<Agent> of(ParsedArticle article, ParsedSentence s, SemanticGraph graph, IndexedWord cue, CueClass cueClass,
                               QuoteSpeakers speakers) {
        List<List<IndexedWord>> levels = new ArrayList<>();
        List<IndexedWord> from = givers(graph, cue);
        if (cueClass == CueClass.NOUN && !from.isEmpty()) {
            // "won support from A, B and C", "with backing from A".
            levels.add(from);
        } else if (cueClass == CueClass.NOUN) {
            // "Lithuania's support for X"; else the subject of the verb the noun is the object of ("A expressed appreciation").
            levels.add(children(graph, cue, "nmod:poss").stream().filter(n -> !s.tag(ParsedSentence.at(n)).equals("PRP$")).toList());
            // A cue verb over the noun says the stance itself: "stop criticising the commitment" is no commitment of the critic's.
            graph.incomingEdgeList(cue).stream().filter(e -> e.getRelation().toString().equals("obj"))
                    .filter(e -> cues.cue(CueClass.VERB, s.lemma(ParsedSentence.at(e.getGovernor()))).isEmpty())
                    .forEach(e -> levels.addAll(subjects(s, graph, e.getGovernor(), false)));
            levels.add(pronounOwners(s, graph, cue));
        } else if (passive(graph, cue)) {
            List<IndexedWord> by = children(graph, cue, "obl:agent");
            levels.add(by.isEmpty() ? looseAgent(s, graph, cue) : by);
        } else if (!afterVocative(s, ParsedSentence.at(cue))) {
            // "Madam Minister, thank you": the parser may take the one addressed for the subject of the imperative.
            levels.addAll(subjects(s, graph, cue, true));
        }
        List<Agent> agents = new ArrayList<>();
        boolean any = false;
        for (List<IndexedWord> nodes : levels) {
            any |= !nodes.isEmpty();
            resolve(article, s, nodes, speakers, agents);
            if (!agents.isEmpty()) {
                break;
            }
        }
        int at = ParsedSentence.at(cue);
        boolean quoteStart = at <= 1 || OPENING_QUOTES.contains(s.word(at - 1)) || at >= 2 && OPENING_QUOTES.contains(s.word(at - 2))
                || afterVocative(s, at);
        if (!any && cueClass == CueClass.VERB && quoteStart && speakers.of(s).isPresent()) {
            // An imperative at the head of a quoted sentence: "Thank you, X, for ...", "..., saying “Thank you ...".
            agents.add(new Agent(speakers.of(s).get(), -1, true));
        }
        return agents;
    }

    /**
     * Whom "its" or "their" on a cue noun stands for, where the phrase names it: the owner of the phrase the noun is
     * coordinated with ("for A's contributions and their support of X"), or the one thanked or praised for it ("thanked A
     * for its support of X").
     */
    private static List<IndexedWord> pronounOwners(ParsedSentence s, SemanticGraph graph, IndexedWord noun) {
        boolean pronoun = children(graph, noun, "nmod:poss").stream()
                .anyMatch(p -> s.tag(ParsedSentence.at(p)).equals("PRP$") && OWNER_PRONOUNS.contains(s.lower(ParsedSentence.at(p))));
        List<IndexedWord> owners = new ArrayList<>();
        if (!pronoun) {
            return owners;
        }
        for (SemanticGraphEdge edge : graph.incomingEdgeList(noun)) {
            String rel = edge.getRelation().toString();
            if (rel.startsWith("conj")) {
                children(graph, edge.getGovernor(), "nmod:poss").stream().filter(p -> !s.tag(ParsedSentence.at(p)).startsWith("PRP")).forEach(owners::add);
            } else if (rel.equals("obl:for")) {
                owners.addAll(children(graph, edge.getGovernor(), "obj"));
            }
        }
        return owners.stream().filter(o -> !s.ner(ParsedSentence.at(o)).equals("PERSON")).toList();
    }

    /**
     * "was backed by the Order and Harbour party (OHP), which ...": a by-phrase the parser did not make the passive's agent,
     * read from the words: the noun of an organisation that ends the names after "by".
     */
    private List<IndexedWord> looseAgent(ParsedSentence s, SemanticGraph graph, IndexedWord cue) {
        int at = ParsedSentence.at(cue) + 1;
        if (at >= s.size() || !s.lower(at).equals("by")) {
            return List.of();
        }
        for (int i = at + 1; i < s.size(); i++) {
            if (cues.isA("body", s.lemma(i))) {
                return DependencyPath.node(graph, i).stream().toList();
            }
            boolean name = s.tag(i).startsWith("NNP") || s.tag(i).equals("DT") && i == at + 1 || Agents.joinsNames(s.lower(i));
            if (!name) {
                break;
            }
        }
        return List.of();
    }

    /** "Madam Minister, thank you ...": the cue follows nothing but a form of address and its comma. */
    private static boolean afterVocative(ParsedSentence s, int at) {
        int from = OPENING_QUOTES.contains(s.word(0)) ? 1 : 0;
        if (at < from + 2 || at - from > 4 || !s.word(at - 1).equals(",")) {
            return false;
        }
        for (int i = from; i < at - 1; i++) {
            if (!s.tag(i).startsWith("NNP")) {
                return false;
            }
        }
        return true;
    }

    /** The possessor of a stance noun: "Ruritania's critical stance", "his critical stance" (the person named last before). */
    List<Agent> possessors(ParsedArticle article, ParsedSentence s, SemanticGraph graph, IndexedWord noun, QuoteSpeakers speakers) {
        List<Agent> agents = new ArrayList<>();
        resolve(article, s, children(graph, noun, "nmod:poss"), speakers, agents);
        return agents;
    }

    /** The legislature that passes a bill ("the bill passed in the House of Delegates"). */
    List<Agent> chambers(ParsedArticle article, ParsedSentence s, SemanticGraph graph, IndexedWord verb, QuoteSpeakers speakers) {
        List<Agent> agents = new ArrayList<>();
        resolve(article, s, Enactments.chamber(s, graph, verb).stream().toList(), speakers, agents);
        return agents;
    }

    /** The speaker of a judgement: the sayer of the clause ("X is deplorable", said A), else the speaker of the quote. */
    List<Agent> speakers(ParsedArticle article, ParsedSentence s, SemanticGraph graph, IndexedWord cue, QuoteSpeakers speakers) {
        List<Agent> agents = new ArrayList<>();
        for (SemanticGraphEdge say : graph.incomingEdgeList(cue)) {
            if (say.getRelation().toString().equals("ccomp") && cues.say(s.lemma(ParsedSentence.at(say.getGovernor())))) {
                resolve(article, s, children(graph, say.getGovernor(), "nsubj"), speakers, agents);
            }
        }
        if (agents.isEmpty() && speakers.of(s).isPresent()) {
            agents.add(new Agent(speakers.of(s).get(), -1, true));
        }
        return agents;
    }

    void resolve(ParsedArticle article, ParsedSentence s, List<IndexedWord> nodes, QuoteSpeakers speakers,
                                List<Agent> agents) {
        for (IndexedWord node : nodes) {
            int i = ParsedSentence.at(node);
            Optional<Entity> entity;
            boolean quoted = false;
            if (FIRST_PERSON.contains(s.lower(i))) {
                entity = speakers.of(s);
                quoted = true;
            } else if (THIRD_PERSON.contains(s.lower(i)) || POSSESSIVE.contains(s.lower(i)) && s.tag(i).equals("PRP$")) {
                entity = article.lastPersonBefore(s, i);
            } else if (s.lower(i).equals("who")) {
                entity = antecedent(article, s, node);
            } else {
                SemanticGraph graph = s.graph().orElseThrow();
                entity = Agents.group(article, s, graph, node, groupNouns)
                        .or(() -> Agents.named(article, s, graph, node))
                        .or(() -> Agents.titled(article, s, graph, node));
            }
            if (entity.isPresent() && !entity.get().label().contains(" ") && cues.isA("weak-agent", entity.get().label().toLowerCase())) {
                continue;
            }
            boolean fresh = entity.isPresent() && agents.stream().noneMatch(a -> a.entity().sameAs(entity.get()));
            if (fresh) {
                agents.add(new Agent(entity.get(), quoted ? -1 : i, quoted));
            }
        }
    }

    /**
     * The agent a relative "who" stands for: its antecedent in the enhanced graph, else the name just before it
     * (", who ..."), which the parser may have cut off from a misattached clause.
     */
    private static Optional<Entity> antecedent(ParsedArticle article, ParsedSentence s, IndexedWord who) {
        SemanticGraph graph = s.graph().orElseThrow();
        for (SemanticGraphEdge edge : graph.incomingEdgeList(who)) {
            if (edge.getRelation().toString().equals("ref")) {
                return Agents.named(article, s, graph, edge.getGovernor());
            }
        }
        int j = ParsedSentence.at(who) - 1;
        if (j >= 0 && s.word(j).equals(",")) {
            j--;
        }
        return j >= 0 ? article.agentAt(s, j) : Optional.empty();
    }

    /**
     * The subjects of a predicate, then those of the clauses it hangs from ("..., thanking X"), nearest first: a
     * controlled subject the parser got wrong is passed over for its governor's.
     */
    private static List<List<IndexedWord>> subjects(ParsedSentence s, SemanticGraph graph, IndexedWord predicate, boolean urged) {
        List<List<IndexedWord>> levels = new ArrayList<>();
        IndexedWord node = predicate;
        for (int depth = 0; node != null && depth < 3; depth++) {
            List<IndexedWord> found = new ArrayList<>();
            for (SemanticGraphEdge edge : graph.outgoingEdgeList(node)) {
                String rel = edge.getRelation().toString();
                if (urged && rel.equals("nsubj:xsubj") && controlledByObject(graph, node, edge.getDependent())) {
                    // "A urged voters to vote for X": the urger takes the stance, not the voters (whose own
                    // commitment, "urged members to fulfil their commitment", stays theirs).
                    continue;
                }
                if (rel.equals("nsubj") || rel.equals("nsubj:xsubj")) {
                    // "Countries near X, including A and B, backed ...": the members named, not the group.
                    // "Major economies like A and B have pledged ...": likewise.
                    List<IndexedWord> members = new ArrayList<>(children(graph, edge.getDependent(), "nmod:including"));
                    members.addAll(children(graph, edge.getDependent(), "nmod:like"));
                    members.addAll(children(graph, edge.getDependent(), "nmod:such_as"));
                    IndexedWord head = members.isEmpty() ? edge.getDependent() : members.get(0);
                    if (!members.isEmpty()) {
                        // The group's own conjuncts ("Countries bordering A and B, including C") are no members.
                        found.clear();
                        found.add(head);
                        found.addAll(children(graph, head, "conj"));
                        break;
                    }
                    found.add(head);
                    found.addAll(children(graph, head, "conj"));
                }
            }
            if (!found.isEmpty()) {
                levels.add(found);
            }
            Optional<IndexedWord> completed = DependencyPath.gerundClause(s, graph, node);
            if (completed.isPresent()) {
                // "A has committed to supporting X", the gerund parsed loose: the subject of the verb it completes.
                node = completed.get();
                continue;
            }
            SemanticGraphEdge up = graph.incomingEdgeList(node).stream().findFirst().orElse(null);
            String rel = up == null ? "" : up.getRelation().toString().replaceAll(":.*", "");
            // "A pushed back hard, calling X unrealistic": the parser may leave a participle a loose dependent.
            boolean participle = rel.equals("dep") && "VBG".equals(node.tag());
            Optional<IndexedWord> haver = up == null || !rel.equals("acl") ? Optional.empty() : haver(s, graph, up.getGovernor());
            if (haver.isPresent()) {
                node = haver.get();
                continue;
            }
            List<IndexedWord> stranded = up == null ? List.of() : strandedSubjects(s, graph, up);
            if (!stranded.isEmpty()) {
                levels.add(stranded);
                break;
            }
            if (up == null || !Set.of("advcl", "xcomp", "conj").contains(rel) && !participle) {
                break;
            }
            node = up.getGovernor();
        }
        return levels;
    }

    /**
     * "A and B, along with our allies and partners continued to stand strong for X": with no comma before the verb, the
     * parser may hang a finite verb as a modifier ("acl") of the noun before it and make the sentence's first noun phrase
     * its root. When that root is a noun phrase with no verb of its own (no copula, no subject) and comes before the verb,
     * it is the verb's subject: the root and its conjuncts.
     */
    private static List<IndexedWord> strandedSubjects(ParsedSentence s, SemanticGraph graph, SemanticGraphEdge modifier) {
        IndexedWord verb = modifier.getDependent();
        IndexedWord root = graph.getFirstRoot();
        boolean finite = Set.of("VBD", "VBZ", "VBP").contains(s.tag(ParsedSentence.at(verb)));
        boolean nominal = s.tag(ParsedSentence.at(root)).startsWith("NN") || s.tag(ParsedSentence.at(root)).equals("PRP");
        boolean verbless = Stream.of("cop", "nsubj", "nsubj:pass", "aux").allMatch(r -> children(graph, root, r).isEmpty());
        if (!modifier.getRelation().toString().equals("acl") || !finite || !nominal || !verbless
                || ParsedSentence.at(root) > ParsedSentence.at(verb) || !children(graph, verb, "nsubj").isEmpty()) {
            return List.of();
        }
        List<IndexedWord> subjects = new ArrayList<>(List.of(root));
        subjects.addAll(children(graph, root, "conj"));
        return subjects;
    }

    /** "A has a history of challenging X": the verb "have" whose object is the noun a clause describes, whose subject does it. */
    private static Optional<IndexedWord> haver(ParsedSentence s, SemanticGraph graph, IndexedWord noun) {
        return graph.incomingEdgeList(noun).stream().filter(e -> e.getRelation().toString().equals("obj"))
                .map(SemanticGraphEdge::getGovernor).filter(v -> s.lemma(ParsedSentence.at(v)).equals("have")).findFirst();
    }

    /** Whether a clause's subject is the object of the verb the clause completes ("urged Poles to vote"). */
    private static boolean controlledByObject(SemanticGraph graph, IndexedWord clause, IndexedWord subject) {
        return graph.incomingEdgeList(clause).stream().filter(e -> e.getRelation().toString().equals("xcomp"))
                .anyMatch(e -> children(graph, e.getGovernor(), "obj").contains(subject));
    }

    /** The givers of a supporting noun ("support from A and B", "from members including A and B"). */
    static List<IndexedWord> givers(SemanticGraph graph, IndexedWord noun) {
        List<IndexedWord> out = new ArrayList<>();
        for (IndexedWord from : children(graph, noun, "nmod:from")) {
            List<IndexedWord> members = children(graph, from, "nmod:including");
            if (members.isEmpty()) {
                out.add(from);
                out.addAll(children(graph, from, "conj"));
            }
            // "support from key members, including A and B": the members named, not the group.
            for (IndexedWord member : members) {
                out.add(member);
                out.addAll(children(graph, member, "conj"));
            }
        }
        return out;
    }

}
