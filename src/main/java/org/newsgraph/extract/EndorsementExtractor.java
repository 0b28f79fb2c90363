package org.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.EndorsementCues.CueClass;
import org.newsgraph.extract.Values.Polarity;
import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.Entity;
import org.newsgraph.nlp.Layer;
import org.newsgraph.nlp.Stage;

/**
 * Finds who publicly supports or opposes whom or what, as patterns over the dependency parse: a cue
 * verb with its subject (or passive by-phrase) and object ("A praised B", "B was backed by A"), a cue
 * adjective with its subject and "to"/"for" phrase ("A is grateful to B"), a cue noun with its holder
 * and "for"/"of"/"to" phrase ("A expressed appreciation for B"). First-person subjects are the quote's
 * speaker. Negated, modal, conditional, feared or refused cues and questions give nothing. A pure
 * function of the article; thread-safe.
 */
public final class EndorsementExtractor implements Stage<List<Endorsement>> {

    public static final Layer<List<Endorsement>> LAYER = Layer.list("endorsements");

    private static final Set<String> FIRST_PERSON = Set.of("i", "we", "me", "us");
    private static final Set<String> THIRD_PERSON = Set.of("he", "she");
    /** Relations through which a governing word's blocker or negation reaches a cue. */
    private static final Set<String> GOVERNING = Set.of("xcomp", "ccomp", "advcl", "csubj", "obj", "acl");

    private final EndorsementCues cues;
    private final EndorsementTargets targets;
    private final StancePatterns patterns;

    public EndorsementExtractor(EndorsementCues cues) {
        this.cues = Objects.requireNonNull(cues, "cues");
        this.targets = new EndorsementTargets(cues);
        this.patterns = new StancePatterns(cues);
    }

    public EndorsementExtractor() {
        this(EndorsementCues.bundled());
    }

    @Override
    public String name() {
        return "endorsements";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(ParsedArticle.LAYER);
    }

    @Override
    public Layer<List<Endorsement>> provides() {
        return LAYER;
    }

    @Override
    public List<Endorsement> apply(AnnotatedArticle annotated) {
        ParsedArticle article = annotated.get(ParsedArticle.LAYER);
        QuoteSpeakers speakers = new QuoteSpeakers(article, cues);
        Map<String, Endorsement> found = new LinkedHashMap<>();
        for (ParsedSentence s : article.sentences()) {
            if (s.graph().isEmpty() || s.word(s.size() - 1).equals("?")) {
                continue;
            }
            SemanticGraph graph = s.graph().get();
            for (IndexedWord node : graph.vertexListSorted()) {
                Optional<Cue> cue = cueOf(s, graph, node);
                if (blocked(s, graph, node)) {
                    continue;
                }
                if (cue.isPresent()) {
                    read(article, s, graph, node, cue.get(), speakers).forEach(e -> found.putIfAbsent(e.key(), e));
                } else {
                    patterns.at(s, graph, node).ifPresent(stance -> read(article, s, graph, node, stance, speakers)
                            .forEach(e -> found.putIfAbsent(e.key(), e)));
                }
            }
        }
        return List.copyOf(found.values());
    }

    /** A cue word read as the part of speech it has in this sentence. */
    private record Cue(CueClass cueClass, Polarity polarity) {
    }

    private Optional<Cue> cueOf(ParsedSentence s, SemanticGraph graph, IndexedWord node) {
        int i = ParsedSentence.at(node);
        String tag = s.tag(i);
        boolean copula = has(graph, node, "cop");
        if (tag.startsWith("JJ") || (copula && tag.startsWith("VBN"))) {
            return cues.cue(CueClass.ADJECTIVE, s.lower(i)).map(p -> new Cue(CueClass.ADJECTIVE, p));
        }
        if (tag.startsWith("VB")) {
            return cues.cue(CueClass.VERB, s.lemma(i)).map(p -> new Cue(CueClass.VERB, p));
        }
        if (tag.startsWith("NN")) {
            return cues.cue(CueClass.NOUN, s.lower(i)).or(() -> cues.cue(CueClass.NOUN, s.lemma(i)))
                    .map(p -> new Cue(CueClass.NOUN, p));
        }
        return Optional.empty();
    }

    /** Negation, a modal, a conditional or a blocking word over the cue ("did not back", "could support", "refused to back"). */
    private boolean blocked(ParsedSentence s, SemanticGraph graph, IndexedWord cue) {
        IndexedWord node = cue;
        for (int depth = 0; node != null && depth < 4; depth++) {
            for (SemanticGraphEdge edge : graph.outgoingEdgeList(node)) {
                String rel = edge.getRelation().toString();
                String lemma = s.lemma(ParsedSentence.at(edge.getDependent()));
                if (rel.equals("advmod") && (lemma.equals("not") || lemma.equals("never"))
                        || rel.equals("neg") || rel.equals("det") && lemma.equals("no")
                        || (rel.equals("mark") || rel.equals("amod")) && cues.blocker(lemma)
                        || depth == 0 && rel.equals("aux") && cues.modal(lemma)) {
                    return true;
                }
            }
            if (depth > 0 && cues.blocker(s.lemma(ParsedSentence.at(node)))) {
                return true;
            }
            SemanticGraphEdge up = graph.incomingEdgeList(node).stream().findFirst().orElse(null);
            if (up == null || !GOVERNING.contains(up.getRelation().toString().replaceAll(":.*", ""))) {
                break;
            }
            node = up.getGovernor();
        }
        return false;
    }

    private List<Endorsement> read(ParsedArticle article, ParsedSentence s, SemanticGraph graph, IndexedWord cue, Cue kind,
                                   QuoteSpeakers speakers) {
        List<Agent> agents = agents(article, s, graph, cue, kind.cueClass(), speakers);
        if (agents.isEmpty()) {
            return List.of();
        }
        List<EndorsementTargets.Found> found = switch (kind.cueClass()) {
            case VERB -> targets.ofVerb(article, s, graph, cue, passive(graph, cue));
            case ADJECTIVE -> targets.ofAdjective(article, s, graph, cue);
            case NOUN -> targets.ofNoun(article, s, graph, cue);
        };
        String rule = "endorsements." + switch (kind.cueClass()) {
            case VERB -> passive(graph, cue) ? "passive" : "verb-object";
            case ADJECTIVE -> "adjective";
            case NOUN -> "noun";
        };
        return emit(article, s, cue, agents, found, kind.polarity(), rule);
    }

    /** A stance of a phrase pattern: its target is the pattern's, its holder the clause's subject or the judgement's speaker. */
    private List<Endorsement> read(ParsedArticle article, ParsedSentence s, SemanticGraph graph, IndexedWord cue,
                                   StancePatterns.Stance stance, QuoteSpeakers speakers) {
        List<Agent> agents = new ArrayList<>();
        if (stance.agentKind() == StancePatterns.AgentKind.SUBJECT) {
            agents = agents(article, s, graph, cue, CueClass.VERB, speakers);
        } else {
            // "X is deplorable", said A: the sayer; else the speaker of the quote.
            for (SemanticGraphEdge say : graph.incomingEdgeList(cue)) {
                if (say.getRelation().toString().equals("ccomp") && cues.say(s.lemma(ParsedSentence.at(say.getGovernor())))) {
                    resolve(article, s, children(graph, say.getGovernor(), "nsubj"), speakers, agents);
                }
            }
            if (agents.isEmpty() && speakers.of(s).isPresent()) {
                agents.add(new Agent(speakers.of(s).get(), -1, true));
            }
        }
        return agents.isEmpty() ? List.of() : emit(article, s, cue, agents, targets.ofNode(article, s, graph, stance.target(),
                cues.isA("election", s.lemma(ParsedSentence.at(cue)))),
                stance.polarity(), stance.rule());
    }

    private List<Endorsement> emit(ParsedArticle article, ParsedSentence s, IndexedWord cue, List<Agent> agents,
                                   List<EndorsementTargets.Found> found, Polarity polarity, String rule) {
        List<Endorsement> out = new ArrayList<>();
        for (Agent agent : agents) {
            for (EndorsementTargets.Found target : found) {
                if (target.target().entity().map(e -> e.sameAs(agent.entity())).orElse(false)) {
                    continue;
                }
                int from = Math.min(ParsedSentence.at(cue), target.from());
                int to = Math.max(ParsedSentence.at(cue) + 1, target.to());
                if (agent.at() >= 0) {
                    from = Math.min(from, agent.at());
                    to = Math.max(to, agent.at() + 1);
                }
                String name = agent.quoted() ? "endorsements.quote" : rule;
                out.add(new Endorsement(agent.entity(), target.target(), polarity, Optional.empty(),
                        s.evidence(article.id(), from, to, name)));
            }
        }
        return out;
    }

    /** An endorser and the token that names it ({@code -1} when it is the speaker of a quote named elsewhere). */
    private record Agent(Entity entity, int at, boolean quoted) {
    }

    private List<Agent> agents(ParsedArticle article, ParsedSentence s, SemanticGraph graph, IndexedWord cue, CueClass cueClass,
                               QuoteSpeakers speakers) {
        List<List<IndexedWord>> levels = new ArrayList<>();
        List<IndexedWord> from = givers(graph, cue);
        if (cueClass == CueClass.NOUN && !from.isEmpty()) {
            // "won support from A, B and C", "with backing from A".
            levels.add(from);
        } else if (cueClass == CueClass.NOUN) {
            // "Lithuania's support for X"; else the subject of the verb the noun is the object of ("A expressed appreciation").
            levels.add(children(graph, cue, "nmod:poss").stream().filter(n -> !s.tag(ParsedSentence.at(n)).equals("PRP$")).toList());
            graph.incomingEdgeList(cue).stream().filter(e -> e.getRelation().toString().equals("obj"))
                    .forEach(e -> levels.addAll(subjects(graph, e.getGovernor())));
        } else if (passive(graph, cue)) {
            levels.add(children(graph, cue, "obl:agent"));
        } else {
            levels.addAll(subjects(graph, cue));
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
        if (!any && cueClass == CueClass.VERB && ParsedSentence.at(cue) <= 1 && speakers.of(s).isPresent()) {
            // An imperative at the head of a quoted sentence: "Thank you, X, for ...".
            agents.add(new Agent(speakers.of(s).get(), -1, true));
        }
        return agents;
    }

    private void resolve(ParsedArticle article, ParsedSentence s, List<IndexedWord> nodes, QuoteSpeakers speakers,
                                List<Agent> agents) {
        for (IndexedWord node : nodes) {
            int i = ParsedSentence.at(node);
            Optional<Entity> entity;
            boolean quoted = false;
            if (FIRST_PERSON.contains(s.lower(i))) {
                entity = speakers.of(s);
                quoted = true;
            } else if (THIRD_PERSON.contains(s.lower(i))) {
                entity = article.lastPersonBefore(s, i);
            } else {
                entity = Agents.named(article, s, s.graph().orElseThrow(), node);
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
     * The subjects of a predicate, then those of the clauses it hangs from ("..., thanking X"), nearest first: a
     * controlled subject the parser got wrong is passed over for its governor's.
     */
    private static List<List<IndexedWord>> subjects(SemanticGraph graph, IndexedWord predicate) {
        List<List<IndexedWord>> levels = new ArrayList<>();
        IndexedWord node = predicate;
        for (int depth = 0; node != null && depth < 3; depth++) {
            List<IndexedWord> found = new ArrayList<>();
            for (SemanticGraphEdge edge : graph.outgoingEdgeList(node)) {
                String rel = edge.getRelation().toString();
                if (rel.equals("nsubj") || rel.equals("nsubj:xsubj")) {
                    // "Countries near X, including A and B, backed ...": the members named, not the group.
                    List<IndexedWord> members = children(graph, edge.getDependent(), "nmod:including");
                    IndexedWord head = members.isEmpty() ? edge.getDependent() : members.get(0);
                    found.add(head);
                    found.addAll(children(graph, head, "conj"));
                }
            }
            if (!found.isEmpty()) {
                levels.add(found);
            }
            SemanticGraphEdge up = graph.incomingEdgeList(node).stream().findFirst().orElse(null);
            if (up == null || !Set.of("advcl", "xcomp", "conj").contains(up.getRelation().toString().replaceAll(":.*", ""))) {
                break;
            }
            node = up.getGovernor();
        }
        return levels;
    }

    /** The givers of a supporting noun ("support from A and B", "from members including A and B"). */
    static List<IndexedWord> givers(SemanticGraph graph, IndexedWord noun) {
        List<IndexedWord> out = new ArrayList<>();
        for (IndexedWord from : children(graph, noun, "nmod:from")) {
            out.add(from);
            out.addAll(children(graph, from, "conj"));
            for (IndexedWord member : children(graph, from, "nmod:including")) {
                out.add(member);
                out.addAll(children(graph, member, "conj"));
            }
        }
        return out;
    }

    static boolean passive(SemanticGraph graph, IndexedWord verb) {
        return has(graph, verb, "nsubj:pass") || has(graph, verb, "aux:pass");
    }

    static boolean has(SemanticGraph graph, IndexedWord node, String relation) {
        return !children(graph, node, relation).isEmpty();
    }

    /** The dependents of {@code node} by {@code relation}; "conj" stands for every "conj:and", "conj:or"... */
    static List<IndexedWord> children(SemanticGraph graph, IndexedWord node, String relation) {
        List<IndexedWord> out = new ArrayList<>();
        for (SemanticGraphEdge edge : graph.outgoingEdgeList(node)) {
            String rel = edge.getRelation().toString();
            if (rel.equals(relation) || relation.equals("conj") && rel.startsWith("conj")) {
                out.add(edge.getDependent());
            }
        }
        return out;
    }
}
