package org.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.Values.Scope;
import org.newsgraph.extract.Values.TargetStatus;
import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.Entity;
import org.newsgraph.nlp.EntityKind;
import org.newsgraph.nlp.Layer;
import org.newsgraph.nlp.Stage;

/**
 * Finds defence-spending targets stated as a share of GDP by reading the dependency parse: from
 * the percentage up through the words that govern it ("pledged to raise defence spending to 2.5%
 * of GDP"), a spending word makes it a target, the nearest status word sets its status, and the
 * first subject or possessor that names an agent is its actor ("Estonia's pledge to invest 3%").
 * A realised level ("spends 1.5%", "met the 2% minimum"), an aid or budget share, a negated or
 * vague agent yield nothing. A sentence with no number that pledges, backs or resists "this target"
 * takes the article's latest total target. Cue words come from {@code cues/spending.tsv}. A pure
 * function of the article; thread-safe.
 */
public final class SpendingTargetExtractor implements Stage<List<SpendingTarget>> {

    public static final Layer<List<SpendingTarget>> LAYER = Layer.list("spending-targets");

    private static final int MAX_STEPS = 10;
    private static final int GDP_WINDOW = 8;
    private static final int DEADLINE_WINDOW = 20;
    private static final int ANAPHOR_REACH = 6;
    private static final Set<String> DETERMINERS = Set.of("this", "that", "the", "these");
    private static final Set<String> MODALS = Set.of("will", "would", "shall", "should", "must", "can", "could", "may", "might");
    private static final Set<String> QUOTES = Set.of("\"", "``", "''", "“", "”");
    private static final Set<String> NEGATIONS = Set.of("not", "never", "n't", "no");

    private final SpendingCues cues;

    public SpendingTargetExtractor() {
        this(SpendingCues.bundled());
    }

    SpendingTargetExtractor(SpendingCues cues) {
        this.cues = Objects.requireNonNull(cues, "cues");
    }

    @Override
    public String name() {
        return "spending-targets";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(ParsedArticle.LAYER);
    }

    @Override
    public Layer<List<SpendingTarget>> provides() {
        return LAYER;
    }

    /** What the words governing a share (or "this target") say about it. */
    private record Reading(List<Entity> actors, Optional<Entity> budget, Optional<TargetStatus> status, List<Entity> standing,
                           boolean governed, boolean targetNoun, int actorToken, IndexedWord actorNode) {

        Reading withStatus(Optional<TargetStatus> other) {
            return new Reading(actors, budget, other, standing, governed, targetNoun, actorToken, actorNode);
        }
    }

    /** The latest total target stated, for "this target" later on. */
    private record Last(BigDecimal percent, int sentence, List<SpendingTarget> targets) {
    }

    @Override
    public List<SpendingTarget> apply(AnnotatedArticle annotated) {
        ParsedArticle article = annotated.get(ParsedArticle.LAYER);
        Optional<Integer> year = annotated.article().metadata().published().map(LocalDate::getYear).or(() -> latestYear(article));
        SpendingActors actors = new SpendingActors(article, cues);
        boolean defenceArticle = article.sentences().stream().anyMatch(s -> !Percentage.in(s).isEmpty() && defence(s));
        List<SpendingTarget> out = new ArrayList<>();
        Map<BigDecimal, Year> deadlines = new HashMap<>();
        Last last = null;
        for (ParsedSentence s : article.sentences()) {
            if (s.graph().isEmpty()) {
                continue;
            }
            SemanticGraph g = s.graph().get();
            List<Percentage> shares = Percentage.in(s);
            Set<IndexedWord> ofGdp = new HashSet<>();
            for (int k = 0; k < shares.size(); k++) {
                Percentage share = shares.get(k);
                int windowEnd = k + 1 < shares.size() ? shares.get(k + 1).from() : s.size();
                Optional<IndexedWord> head = DependencyPath.head(g, share.from(), share.to());
                if (head.isEmpty() || excludedNear(s, share.to(), Math.min(windowEnd, share.to() + GDP_WINDOW)) || threshold(s, g, head.get())) {
                    continue;
                }
                boolean gdp = gdpAfter(s, share.to(), Math.min(windowEnd, share.to() + GDP_WINDOW)) || conjunctOf(g, head.get(), ofGdp);
                Optional<Reading> reading = read(s, g, head.get(), actors);
                if (reading.isEmpty()) {
                    continue;
                }
                Reading r = reading.get();
                // "The total is split into ...": parts of a target stated in this sentence or the one before
                boolean part = last != null && s.index() - last.sentence() <= 1 && split(s) && scope(s, share, windowEnd) != Scope.TOTAL;
                if (!part && (!(gdp || r.targetNoun() && (defence(s) || defenceArticle)) || !(defence(s) || r.targetNoun()))) {
                    continue;
                }
                ofGdp.add(head.get());
                Scope scope = scope(s, share, windowEnd);
                Optional<Year> stated = deadline(s, share.to(), windowEnd, year);
                // "the 5% target" after "5% of GDP by 2035": the same target, with its deadline
                Optional<Year> deadline = stated.or(() -> Optional.ofNullable(deadlines.get(share.value())));
                int evidenceFrom = r.actorToken() >= 0 ? Math.min(r.actorToken(), share.from()) : share.from();
                int evidenceTo = Math.max(share.to(), Math.min(windowEnd, share.to() + GDP_WINDOW));
                for (Entity org : r.standing()) {
                    out.add(new SpendingTarget(org, share.value(), scope, Optional.empty(), TargetStatus.EXISTING, Optional.empty(),
                            s.evidence(article.id(), Math.min(evidenceFrom, share.from()), evidenceTo, "spending-targets.standing")));
                }
                if (part) {
                    // "The total is split into 3.5% for core defence and 1.5% for related needs": parts of the last target
                    for (SpendingTarget whole : last.targets()) {
                        out.add(new SpendingTarget(whole.actor(), share.value(), scope, stated.or(whole::deadline), whole.status(),
                                whole.country(), s.evidence(article.id(), share.from(), evidenceTo, "spending-targets.split")));
                    }
                    continue;
                }
                if (!r.governed() || r.actors().isEmpty()) {
                    continue;
                }
                List<SpendingTarget> made = new ArrayList<>();
                for (Entity actor : r.actors()) {
                    TargetStatus status = r.status().orElse(defaultStatus(actor));
                    made.add(new SpendingTarget(actor, share.value(), scope, deadline, status, budget(actor, r),
                            s.evidence(article.id(), evidenceFrom, evidenceTo, "spending-targets.percent-of-gdp")));
                }
                out.addAll(made);
                stated.ifPresent(y -> deadlines.put(share.value(), y));
                if (scope == Scope.TOTAL) {
                    last = new Last(share.value(), s.index(), made);
                }
            }
            if (shares.isEmpty() && last != null && s.index() - last.sentence() <= ANAPHOR_REACH) {
                anaphor(article, s, g, actors, last, year, out);
            }
        }
        return List.copyOf(out);
    }

    /** "Germany and the UK have pledged to reach this target", "Belgium signalled reluctance": the latest total target. */
    private void anaphor(ParsedArticle article, ParsedSentence s, SemanticGraph g, SpendingActors actors, Last last,
                         Optional<Integer> year, List<SpendingTarget> out) {
        for (IndexedWord noun : g.vertexSet()) {
            int i = ParsedSentence.at(noun);
            boolean named = cues.is(s.lemma(i), "anaphor") && DependencyPath.dependents(g, noun, "det").stream()
                    .anyMatch(d -> DETERMINERS.contains(s.lower(ParsedSentence.at(d))));
            boolean resisted = s.tag(i).startsWith("NN") && cues.status(s.lemma(i)).filter(st -> st == TargetStatus.OPPOSED).isPresent();
            if (!named && !resisted) {
                continue;
            }
            Optional<Reading> reading = read(s, g, noun, actors);
            if (reading.isEmpty() || reading.get().actors().isEmpty()) {
                continue;
            }
            Reading r = reading.get();
            Optional<TargetStatus> status = resisted ? Optional.of(TargetStatus.OPPOSED) : r.status();
            if (status.isEmpty() || status.get() == TargetStatus.EXISTING) {
                continue;
            }
            Optional<Year> deadline = deadline(s, i + 1, s.size(), year);
            for (Entity actor : r.actors()) {
                out.add(new SpendingTarget(actor, last.percent(), Scope.TOTAL, deadline, status.get(), budget(actor, r),
                        s.evidence(article.id(), Math.min(Math.max(r.actorToken(), 0), i), i + 1, "spending-targets.anaphor")));
            }
            return;
        }
    }

    /**
     * Walks up from {@code start} through its governors, collecting the spending word, the status
     * word nearest the share, organisations whose standing target it is, and the first agent.
     * Empty when the path shows an aid share, a negation, or a level already reached.
     */
    private Optional<Reading> read(ParsedSentence s, SemanticGraph g, IndexedWord start, SpendingActors actors) {
        IndexedWord node = start;
        Optional<TargetStatus> status = Optional.empty();
        Optional<Entity> budget = Optional.empty();
        List<Entity> standing = new ArrayList<>();
        boolean governed = false;
        boolean targetNoun = false;
        boolean verbChecked = false;
        Set<IndexedWord> met = new HashSet<>();
        Set<IndexedWord> seen = new HashSet<>();
        for (int step = 0; step <= MAX_STEPS && seen.add(node); step++) {
            int i = ParsedSentence.at(node);
            String lemma = s.lemma(i);
            boolean verb = s.tag(i).startsWith("VB");
            if (step > 0 && cues.is(lemma, "exclude") || verb && negated(s, g, node)) {
                return Optional.empty();
            }
            Optional<TargetStatus> own = ownStatus(s, g, node);
            if (cues.is(lemma, "governor") || own.isPresent() && step > 0) {
                governed = true;
                targetNoun |= !verb && cues.is(lemma, "governor");
            }
            boolean reached = false;
            if (verb && cues.is(lemma, "governor") && !verbChecked) {
                verbChecked = true;
                if (own.isEmpty() && realised(s, g, node)) {
                    return Optional.of(new Reading(List.of(), budget, status, standing, false, targetNoun, -1, null));
                }
            } else if (verb && own.isEmpty() && cues.is(lemma, "realise") && realised(s, g, node)) {
                // "the allies who have fulfilled the commitment to spend 2%": they met it; whoever urges it is further up
                reached = true;
                met.addAll(DependencyPath.dependents(g, node, "nsubj"));
                DependencyPath.governor(g, node).filter(e -> DependencyPath.relation(e).startsWith("acl"))
                        .ifPresent(e -> met.add(e.getGovernor()));
            }
            if (status.isEmpty() && step > 0) {
                status = own;
            }
            if (budget.isEmpty()) {
                budget = budgetBelow(s, g, node, actors);
            }
            if ((step > 0 || !verb) && !reached) {
                Optional<Reading> found = agent(s, g, node, verb, actors, status, budget, standing, governed, targetNoun, met);
                if (found.isPresent()) {
                    Reading r = found.get();
                    r = r.status().isPresent() ? r : r.withStatus(statusAbove(s, g, r.actorNode()));
                    return Optional.of(promiser(s, g, r, actors));
                }
            }
            Optional<SemanticGraphEdge> up = DependencyPath.governor(g, node);
            if (up.isEmpty()) {
                break;
            }
            node = up.get().getGovernor();
        }
        // A quotation whose words name no agent ("'Spending 2% is a floor,' he said"): its speaker's
        List<Entity> speaker = governed && quoted(s) ? actors.speaker(s).map(List::of).orElse(List.of()) : List.of();
        return Optional.of(new Reading(speaker, budget, status, standing, governed, targetNoun, -1, null));
    }

    private static boolean quoted(ParsedSentence s) {
        for (int i = 0; i < s.size(); i++) {
            if (QUOTES.contains(s.word(i))) {
                return true;
            }
        }
        return false;
    }

    /** The agent word {@code node} names through its possessor (nouns) or its subject (verbs; the object of praise verbs). */
    private Optional<Reading> agent(ParsedSentence s, SemanticGraph g, IndexedWord node, boolean verb, SpendingActors actors,
                                    Optional<TargetStatus> status, Optional<Entity> budget, List<Entity> standing,
                                    boolean governed, boolean targetNoun, Set<IndexedWord> met) {
        int i = ParsedSentence.at(node);
        String lemma = s.lemma(i);
        if (!verb) {
            if (!(cues.is(lemma, "governor") || cues.status(lemma).isPresent() || cues.is(lemma, "anaphor"))) {
                return Optional.empty();
            }
            for (IndexedWord p : DependencyPath.dependents(g, node, "nmod:poss")) {
                List<Entity> agents = actors.of(s, g, p);
                if (agents.isEmpty()) {
                    continue;
                }
                boolean pledgeWord = cues.status(lemma).filter(st -> st != TargetStatus.EXISTING).isPresent();
                if (!pledgeWord && agents.stream().allMatch(e -> e.kind() == EntityKind.ORGANIZATION)) {
                    standing.addAll(agents); // "NATO's 2% guideline": the organisation's own standing target
                    return Optional.empty();
                }
                Optional<Entity> country = actors.country(s, g, p).or(() -> budget);
                return Optional.of(new Reading(agents, country, status, standing, governed, targetNoun, ParsedSentence.at(p), node));
            }
            if (cues.is(lemma, "collective")) {
                List<Entity> agents = actors.of(s, g, node);
                if (!agents.isEmpty()) {
                    return Optional.of(new Reading(agents, budget, status, standing, governed, targetNoun, i, node));
                }
            }
            return Optional.empty();
        }
        List<IndexedWord> candidates = new ArrayList<>();
        if (cues.is(lemma, "praise")) {
            candidates.addAll(DependencyPath.dependents(g, node, "obj"));
        }
        List<IndexedWord> extra = new ArrayList<>();
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(node)) {
            String rel = DependencyPath.relation(e);
            if (rel.equals("nsubj") || rel.equals("nsubj:xsubj")) {
                (e.isExtra() ? extra : candidates).add(e.getDependent()); // the tree's own subject first
            }
        }
        candidates.addAll(extra);
        // "NATO leaders meeting in Oslo agreed to ...", read as a verb hanging off the noun: the noun is its agent
        DependencyPath.governor(g, node).filter(e -> Set.of("dep", "acl").contains(DependencyPath.relation(e)))
                .ifPresent(e -> candidates.add(e.getGovernor()));
        candidates.removeAll(met);
        for (IndexedWord c : candidates) {
            List<Entity> agents = actors.of(s, g, c);
            if (agents.isEmpty() && cueNoun(s, c)) {
                // "welcomed Finland's pledge to invest 3%", read with the pledge as the subject of "invest"
                Optional<Reading> owner = agent(s, g, c, false, actors, status.or(() -> cues.status(s.lemma(ParsedSentence.at(c)))),
                        budget, standing, governed, targetNoun, met);
                if (owner.isPresent()) {
                    return owner;
                }
            }
            if (!agents.isEmpty()) {
                Optional<TargetStatus> st = status.isEmpty() && cues.is(lemma, "praise")
                        && DependencyPath.dependents(g, node, "obj").contains(c) ? Optional.of(TargetStatus.PLEDGED) : status;
                return Optional.of(new Reading(agents, budget, st, standing, governed, targetNoun, ParsedSentence.at(c), node));
            }
        }
        return Optional.empty();
    }

    private boolean cueNoun(ParsedSentence s, IndexedWord w) {
        String lemma = s.lemma(ParsedSentence.at(w));
        return s.tag(ParsedSentence.at(w)).startsWith("NN") && (cues.is(lemma, "governor") || cues.status(lemma).isPresent());
    }

    /** The status of the words governing the actor's word: "have pledged to reach this target" (the subject is shared). */
    private Optional<TargetStatus> statusAbove(ParsedSentence s, SemanticGraph g, IndexedWord node) {
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

    /**
     * "Trudeau had promised that Canada would reach 2%": a person whose promise or proposal the
     * clause is, is the actor, and the country the clause names is whose budget it is. A reporting
     * verb ("said that Canada will") leaves the country the actor.
     */
    private Reading promiser(ParsedSentence s, SemanticGraph g, Reading r, SpendingActors actors) {
        if (r.actorNode() == null || r.actors().size() != 1 || r.actors().get(0).kind() != EntityKind.COUNTRY) {
            return r;
        }
        Optional<SemanticGraphEdge> up = DependencyPath.governor(g, r.actorNode());
        if (up.isEmpty() || !DependencyPath.relation(up.get()).equals("ccomp")) {
            return r;
        }
        IndexedWord verb = up.get().getGovernor();
        Optional<TargetStatus> status = ownStatus(s, g, verb).filter(st -> st == TargetStatus.PLEDGED || st == TargetStatus.PROPOSED);
        if (status.isEmpty()) {
            return r;
        }
        for (IndexedWord subject : DependencyPath.dependents(g, verb, "nsubj")) {
            List<Entity> people = actors.of(s, g, subject);
            if (people.size() == 1 && people.get(0).kind() == EntityKind.PERSON) {
                return new Reading(people, Optional.of(r.actors().get(0)), r.status().or(() -> status), r.standing(), r.governed(),
                        r.targetNoun(), ParsedSentence.at(subject), verb);
            }
        }
        return r;
    }

    /** "spending above 1% of GDP": a threshold the share marks, not a target. */
    private boolean threshold(ParsedSentence s, SemanticGraph g, IndexedWord head) {
        return DependencyPath.dependents(g, head, "case").stream().anyMatch(c -> cues.is(s.lemma(ParsedSentence.at(c)), "threshold"));
    }

    private boolean split(ParsedSentence s) {
        for (int i = 0; i < s.size(); i++) {
            if (cues.is(s.lemma(i), "split")) {
                return true;
            }
        }
        return false;
    }

    /** The latest year a date of the article names, standing in for its publication year when that is unknown. */
    private static Optional<Integer> latestYear(ParsedArticle article) {
        Optional<Integer> latest = Optional.empty();
        for (ParsedSentence s : article.sentences()) {
            for (int i = 0; i < s.size(); i++) {
                if (s.ner(i).equals("DATE") && year(s.lower(i))) {
                    int y = Integer.parseInt(s.lower(i));
                    latest = latest.filter(l -> l >= y).or(() -> Optional.of(y));
                }
            }
        }
        return latest;
    }

    /** The status word itself, its particle ("push back") or its modal ("will raise" pledged, "should spend" proposed). */
    private Optional<TargetStatus> ownStatus(ParsedSentence s, SemanticGraph g, IndexedWord node) {
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

    private static boolean negated(ParsedSentence s, SemanticGraph g, IndexedWord verb) {
        return DependencyPath.dependents(g, verb, "advmod", "neg", "det").stream()
                .anyMatch(d -> NEGATIONS.contains(s.lower(ParsedSentence.at(d))));
    }

    /** A spending verb stating a level reached or kept, not a goal: "spends 1.5%", "met the minimum", "are meeting", "has reached". */
    private static boolean realised(ParsedSentence s, SemanticGraph g, IndexedWord verb) {
        String tag = s.tag(ParsedSentence.at(verb));
        List<IndexedWord> aux = DependencyPath.dependents(g, verb, "aux", "mark");
        boolean modalOrTo = aux.stream().map(a -> s.lower(ParsedSentence.at(a))).anyMatch(w -> MODALS.contains(w) || w.equals("to"));
        if (modalOrTo) {
            return false;
        }
        if (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP")) {
            return true;
        }
        return (tag.equals("VBG") || tag.equals("VBN")) && aux.stream().map(a -> s.lemma(ParsedSentence.at(a)))
                .anyMatch(l -> l.equals("be") || l.equals("have"));
    }

    /** A country possessing a word below the path ("raise Britain's defence spending"). */
    private static Optional<Entity> budgetBelow(ParsedSentence s, SemanticGraph g, IndexedWord node, SpendingActors actors) {
        List<IndexedWord> words = new ArrayList<>(List.of(node));
        words.addAll(DependencyPath.dependents(g, node, "obj", "nsubj:pass"));
        for (IndexedWord w : words) {
            for (IndexedWord p : DependencyPath.dependents(g, w, "nmod:poss")) {
                Optional<Entity> country = actors.country(s, g, p);
                if (country.isPresent()) {
                    return country;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Entity> budget(Entity actor, Reading r) {
        return actor.kind() == EntityKind.COUNTRY ? Optional.of(actor) : r.budget().filter(c -> actor.kind() == EntityKind.PERSON);
    }

    private static TargetStatus defaultStatus(Entity actor) {
        return switch (actor.kind()) {
            case PERSON -> TargetStatus.PROPOSED;
            case COUNTRY -> TargetStatus.PLEDGED;
            default -> TargetStatus.AGREED;
        };
    }

    /** A share coordinated with one already read as of GDP ("3.5% of GDP for core and 1.5% for related needs"). */
    private static boolean conjunctOf(SemanticGraph g, IndexedWord head, Set<IndexedWord> ofGdp) {
        return DependencyPath.governor(g, head).filter(e -> DependencyPath.relation(e).startsWith("conj")
                && ofGdp.contains(e.getGovernor())).isPresent();
    }

    private boolean gdpAfter(ParsedSentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.lower(i).equals(";")) {
                return false;
            }
            if (cues.is(s.lower(i), "gdp") && (s.lower(i).equals("gdp") || i > 0 && (s.lower(i - 1).equals("domestic")
                    || s.lower(i - 1).equals("national") || s.lower(i - 1).equals("economic")))) {
                return true;
            }
        }
        return false;
    }

    private boolean excludedNear(ParsedSentence s, int from, int to) {
        for (int i = from; i < to && i < s.size(); i++) {
            if (cues.is(s.lemma(i), "exclude") && !cues.is(s.lower(i), "gdp")) {
                return true;
            }
            if (cues.is(s.lower(i), "gdp")) {
                return false;
            }
        }
        return false;
    }

    private boolean defence(ParsedSentence s) {
        for (int i = 0; i < s.size(); i++) {
            if (cues.is(s.lower(i), "defence")) {
                return true;
            }
        }
        return false;
    }

    /** Core or related when a scope word stands just before the share or in the words after it. */
    private Scope scope(ParsedSentence s, Percentage share, int windowEnd) {
        int from = Math.max(0, share.from() - 4);
        int to = Math.min(windowEnd, share.to() + GDP_WINDOW);
        for (int i = from; i < to; i++) {
            if (i >= share.from() && i < share.to()) {
                continue;
            }
            Optional<Scope> scope = cues.scope(s.lower(i));
            boolean after = i > share.from();
            if (scope.filter(sc -> sc == Scope.CORE || after).isPresent()) {
                return scope.get();
            }
        }
        return Scope.TOTAL;
    }

    /**
     * The year a target is to be reached, from the words after it: "by 2035", "by fiscal 2027", "by the end
     * of 2030", "in 2026" (not before the article's year), "this year".
     */
    private static Optional<Year> deadline(ParsedSentence s, int from, int windowEnd, Optional<Integer> articleYear) {
        int to = Math.min(windowEnd, from + DEADLINE_WINDOW);
        for (int i = from; i < to; i++) {
            String w = s.lower(i);
            if (w.equals("by")) {
                for (int j = i + 1; j < Math.min(to, i + 6); j++) {
                    if (year(s.lower(j))) {
                        return Optional.of(Year.of(Integer.parseInt(s.lower(j))));
                    }
                    if (!Set.of("the", "end", "of", "fiscal", "year", "financial", "fy").contains(s.lower(j))) {
                        break;
                    }
                }
            }
            if (w.equals("in") && i + 1 < to && year(s.lower(i + 1))) {
                int y = Integer.parseInt(s.lower(i + 1));
                if (articleYear.map(p -> y >= p).orElse(true)) {
                    return Optional.of(Year.of(y));
                }
            }
            if (w.equals("this") && i + 1 < to && s.lower(i + 1).equals("year") && articleYear.isPresent()) {
                return Optional.of(Year.of(articleYear.get()));
            }
        }
        return Optional.empty();
    }

    private static boolean year(String word) {
        return word.length() == 4 && (word.startsWith("19") || word.startsWith("20")) && word.chars().allMatch(Character::isDigit);
    }
}
