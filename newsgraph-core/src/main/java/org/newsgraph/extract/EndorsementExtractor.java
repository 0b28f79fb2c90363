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
import org.newsgraph.extract.Endorsers.Agent;
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

    /** Relations through which a governing word's blocker or negation reaches a cue. */
    private static final Set<String> GOVERNING = Set.of("xcomp", "ccomp", "advcl", "csubj", "obj", "acl");

    private final EndorsementCues cues;
    private final EndorsementTargets targets;
    private final StancePatterns patterns;
    private final Endorsers endorsers;
    private final ShareTargets shares;

    public EndorsementExtractor(EndorsementCues cues) {
        this.cues = Objects.requireNonNull(cues, "cues");
        this.targets = new EndorsementTargets(cues);
        this.patterns = new StancePatterns(cues);
        this.endorsers = new Endorsers(cues);
        this.shares = new ShareTargets(cues);
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
        return Set.of(ParsedArticle.LAYER, RoleExtractor.LAYER);
    }

    @Override
    public Layer<List<Endorsement>> provides() {
        return LAYER;
    }

    @Override
    public List<Endorsement> apply(AnnotatedArticle annotated) {
        ParsedArticle article = annotated.get(ParsedArticle.LAYER);
        QuoteSpeakers speakers = new QuoteSpeakers(article, cues);
        Appointees appointees = Appointees.of(annotated.get(RoleExtractor.LAYER));
        Map<String, Endorsement> found = new LinkedHashMap<>();
        List<Map.Entry<Integer, Endorsement>> recent = new ArrayList<>();
        for (ParsedSentence s : article.sentences()) {
            if (s.graph().isEmpty() || s.word(s.size() - 1).equals("?") || headline(s) || speakers.muted(s)) {
                continue;
            }
            SemanticGraph graph = s.graph().get();
            int titleLine = titleLine(s);
            for (IndexedWord node : graph.vertexListSorted()) {
                Optional<Cue> cue = cueOf(s, graph, node);
                if (blocked(s, graph, node) || ParsedSentence.at(node) < titleLine) {
                    continue;
                }
                List<Endorsement> read = cue.map(c -> read(article, s, graph, node, c, speakers, appointees)).orElse(List.of());
                if (read.isEmpty()) {
                    // A cue word that gives nothing by itself may still stand in a phrase pattern ("your outstanding support for X").
                    read = patterns.at(s, graph, node).map(stance -> read(article, s, graph, node, stance, speakers)).orElse(List.of());
                }
                if (read.isEmpty() && cue.isPresent()) {
                    read = also(article, s, graph, node, cue.get(), speakers, recent);
                }
                read.forEach(e -> found.putIfAbsent(e.key(), e));
                read.forEach(e -> recent.add(Map.entry(s.index(), e)));
            }
        }
        return List.copyOf(found.values());
    }

    /**
     * "Minister Salutes Ruritania for Its Support of the Pact": a title-cased line opening the article is a headline,
     * whose capitalised words and compressed syntax parse too loosely to tell who takes which stance; the body tells it.
     */
    private static boolean headline(ParsedSentence s) {
        if (s.index() > 1 || s.word(s.size() - 1).equals(".")) {
            return false;
        }
        return titleCased(s, 0, s.size());
    }

    /**
     * "Senators Praise Accord\n(Oslo) - ...": a title-cased line (a headline or subheading) that the sentence splitter ran
     * into the text after it; the end of that line, or 0 when the sentence opens with no such line.
     */
    private static int titleLine(ParsedSentence s) {
        for (int i = 1; i < s.size(); i++) {
            if (s.text(i - 1, i + 1).contains("\n")) {
                return titleCased(s, 0, i) ? i : 0;
            }
        }
        return 0;
    }

    /** Whether tokens {@code [from, to)} have three or more words of four letters or more, all capitalised. */
    private static boolean titleCased(ParsedSentence s, int from, int to) {
        int content = 0;
        int capitalised = 0;
        for (int i = from; i < to; i++) {
            String w = s.word(i);
            if (w.length() > 3 && Character.isLetter(w.charAt(0))) {
                content++;
                capitalised += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
            }
        }
        return content >= 3 && capitalised == content;
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
        if (task(s, graph, cue)) {
            return true;
        }
        IndexedWord node = cue;
        for (int depth = 0; node != null && depth < 4; depth++) {
            for (SemanticGraphEdge edge : graph.outgoingEdgeList(node)) {
                String rel = edge.getRelation().toString();
                String lemma = s.lemma(ParsedSentence.at(edge.getDependent()));
                if (rel.equals("advmod") && (lemma.equals("not") || lemma.equals("never"))
                        || rel.equals("neg") || rel.equals("det") && lemma.equals("no")
                        || (rel.equals("mark") || rel.equals("amod")) && cues.blocker(lemma)
                        || depth == 0 && rel.equals("aux") && cues.modal(lemma) && !copularJudgement(s, graph, cue)) {
                    return true;
                }
            }
            if (depth > 0 && cues.blocker(s.lemma(ParsedSentence.at(node)))) {
                return true;
            }
            SemanticGraphEdge up = graph.incomingEdgeList(node).stream().findFirst().orElse(null);
            Optional<IndexedWord> completed = DependencyPath.gerundClause(s, graph, node);
            if (completed.isPresent()) {
                // "has not committed to supporting X", the gerund parsed loose: the negation of the verb it completes.
                node = completed.get();
                continue;
            }
            if (up == null || !GOVERNING.contains(up.getRelation().toString().replaceAll(":.*", ""))) {
                break;
            }
            node = up.getGovernor();
        }
        return false;
    }

    /**
     * "will play a key role in supporting X": a gerund after "in" that says what a role or task ({@code task} words) is
     * for describes a duty someone is given, not a stance taken ("joined B in condemning X" still is one).
     */
    private boolean task(ParsedSentence s, SemanticGraph graph, IndexedWord cue) {
        boolean in = s.tag(ParsedSentence.at(cue)).equals("VBG") && java.util.stream.Stream.of("case", "mark")
                .flatMap(rel -> children(graph, cue, rel).stream()).anyMatch(c -> s.lower(ParsedSentence.at(c)).equals("in"));
        Optional<IndexedWord> over = DependencyPath.governor(graph, cue).map(SemanticGraphEdge::getGovernor);
        if (!in || over.isEmpty()) {
            return false;
        }
        List<IndexedWord> nouns = new ArrayList<>(List.of(over.get()));
        nouns.addAll(children(graph, over.get(), "obj"));
        return nouns.stream().anyMatch(n -> cues.isA("task", s.lemma(ParsedSentence.at(n))));
    }

    /** "committing to X would be unreasonable": a judgement under a modal is still the speaker's judgement of X. */
    private boolean copularJudgement(ParsedSentence s, SemanticGraph graph, IndexedWord node) {
        return has(graph, node, "cop") && cues.judgement(s.lower(ParsedSentence.at(node))).isPresent();
    }

    private List<Endorsement> read(ParsedArticle article, ParsedSentence s, SemanticGraph graph, IndexedWord cue, Cue kind,
                                   QuoteSpeakers speakers, Appointees appointees) {
        List<Agent> agents = endorsers.of(article, s, graph, cue, kind.cueClass(), speakers);
        if (agents.isEmpty()) {
            return List.of();
        }
        List<EndorsementTargets.Found> found = switch (kind.cueClass()) {
            case VERB -> targets.ofVerb(article, s, graph, cue, passive(graph, cue), agents.stream().map(Agent::entity).toList());
            case ADJECTIVE -> targets.ofAdjective(article, s, graph, cue);
            case NOUN -> targets.ofNoun(article, s, graph, cue);
        };
        found = appointees.expand(s, found);
        String rule = "endorsements." + switch (kind.cueClass()) {
            case VERB -> passive(graph, cue) ? "passive" : "verb-object";
            case ADJECTIVE -> "adjective";
            case NOUN -> "noun";
        };
        return emit(article, s, cue, agents, found, kind.polarity(), rule);
    }

    /**
     * "A rejected the quota. B and C also signalled reluctance": a cue with no target of its own whose clause says
     * "also" takes the same stance as one told just before, so its target is that stance's target (the nearest of the
     * same polarity in the sentence or the two before).
     */
    private List<Endorsement> also(ParsedArticle article, ParsedSentence s, SemanticGraph graph, IndexedWord cue, Cue kind,
                                   QuoteSpeakers speakers, List<Map.Entry<Integer, Endorsement>> recent) {
        List<IndexedWord> heads = new ArrayList<>(List.of(cue));
        DependencyPath.governor(graph, cue).filter(e -> e.getRelation().toString().equals("obj")).ifPresent(e -> heads.add(e.getGovernor()));
        boolean also = heads.stream().flatMap(h -> children(graph, h, "advmod").stream())
                .anyMatch(a -> s.lower(ParsedSentence.at(a)).equals("also"));
        if (!also) {
            return List.of();
        }
        for (int r = recent.size() - 1; r >= 0; r--) {
            Endorsement before = recent.get(r).getValue();
            if (recent.get(r).getKey() < s.index() - 2) {
                break;
            }
            if (before.polarity() == kind.polarity()) {
                List<Agent> agents = endorsers.of(article, s, graph, cue, kind.cueClass(), speakers).stream()
                        .filter(a -> !a.entity().sameAs(before.endorser())).toList();
                int at = ParsedSentence.at(cue);
                return emit(article, s, cue, agents, List.of(new EndorsementTargets.Found(before.target(), at, at + 1)),
                        kind.polarity(), "endorsements.also");
            }
        }
        return List.of();
    }

    /** A stance of a phrase pattern: its target is the pattern's, its holder the clause's subject, the noun's possessor or the speaker. */
    private List<Endorsement> read(ParsedArticle article, ParsedSentence s, SemanticGraph graph, IndexedWord cue,
                                   StancePatterns.Stance stance, QuoteSpeakers speakers) {
        List<Agent> agents = switch (stance.agentKind()) {
            case SUBJECT -> endorsers.of(article, s, graph, cue, CueClass.VERB, speakers);
            case POSSESSOR -> endorsers.possessors(article, s, graph, cue, speakers);
            case HOLDER -> endorsers.of(article, s, graph, cue, CueClass.NOUN, speakers);
            case SPEAKER -> endorsers.speakers(article, s, graph, cue, speakers);
            case CHAMBER -> endorsers.chambers(article, s, graph, cue, speakers);
        };
        if (agents.isEmpty()) {
            return List.of();
        }
        List<EndorsementTargets.Found> found = stance.action()
                ? targets.ofAction(article, s, graph, stance.target(), agents.stream().map(Agent::entity).toList())
                : stance.clause() ? targets.ofClause(s, graph, stance.target())
                : stance.enacted() ? targets.ofBill(article, s, graph, stance.target(), cue)
                : stance.drafted() ? targets.drafted(article, s, graph, cue, stance.target())
                : targets.ofNode(article, s, graph, stance.target(), cues.isA("election", s.lemma(ParsedSentence.at(cue))));
        return emit(article, s, cue, agents, found, stance.polarity(), stance.rule());
    }

    private List<Endorsement> emit(ParsedArticle article, ParsedSentence s, IndexedWord cue, List<Agent> agents,
                                   List<EndorsementTargets.Found> found, Polarity polarity, String rule) {
        List<Endorsement> out = new ArrayList<>();
        for (Agent agent : agents) {
            for (EndorsementTargets.Found target : found) {
                if (target.target().entity().map(e -> e.sameAs(agent.entity())).orElse(false) || bare(target.target()) || creed(target.target())) {
                    continue;
                }
                int from = Math.min(ParsedSentence.at(cue), target.from());
                int to = Math.max(ParsedSentence.at(cue) + 1, target.to());
                if (agent.at() >= 0) {
                    from = Math.min(from, agent.at());
                    to = Math.max(to, agent.at() + 1);
                }
                String name = agent.quoted() ? "endorsements.quote" : rule;
                out.add(new Endorsement(agent.entity(), shares.told(article, target.target()), polarity, Optional.empty(),
                        s.evidence(article.id(), from, to, name)));
            }
        }
        return out;
    }

    /** A target of one common noun ("praised the operation", "for his leadership") says too little to be a stance's object. */
    private static boolean bare(Endorsement.Target target) {
        String label = target.label();
        return target.entity().isEmpty() && !label.contains(" ") && label.equals(label.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * "reiterate our commitment to international cooperation and mutual security": a lower-case target whose every
     * head (of each "and"/"of" part) is a noun of a shared value names no policy, person or deed to take a stance on.
     */
    private boolean creed(Endorsement.Target target) {
        String label = target.label();
        if (target.entity().isPresent() || !label.equals(label.toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        return java.util.Arrays.stream(label.split(" (and|of) ")).map(part -> part.substring(part.lastIndexOf(' ') + 1))
                .allMatch(this::creedNoun);
    }

    private boolean creedNoun(String word) {
        return cues.isA("creed", word) || word.endsWith("s") && cues.isA("creed", word.substring(0, word.length() - 1));
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
