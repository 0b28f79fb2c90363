package org.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.extract.Values.TargetStatus;
import org.newsgraph.nlp.Entity;
import org.newsgraph.nlp.EntityKind;

/**
 * Reads the dependency path above a share of GDP (or "this target"): whether a spending word
 * governs it, its status, and the agent whose target it is. Thread-safe.
 */
final class SpendingPathReader {

    private static final int MAX_STEPS = 10;
    private static final Set<String> QUOTES = Set.of("\"", "``", "''", "“", "”");
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");
    /** The relations by which a verb hangs under the verb whose complement it is ("urged allies to spend", "calls upon allies to meet"). */
    private static final Pattern COMPLEMENTS = Pattern.compile("xcomp|ccomp|advcl(:.*)?");

    private final SpendingCues cues;
    private final SpendingStatus statuses;

    SpendingPathReader(SpendingCues cues) {
        this.cues = Objects.requireNonNull(cues, "cues");
        this.statuses = new SpendingStatus(cues);
    }

    /** What the words governing a share (or "this target") say about it. */
    record Reading(List<Entity> actors, Optional<Entity> budget, Optional<TargetStatus> status, List<Entity> standing,
                           boolean governed, boolean targetNoun, int actorToken, IndexedWord actorNode) {

        Reading withStatus(Optional<TargetStatus> other) {
            return new Reading(actors, budget, other, standing, governed, targetNoun, actorToken, actorNode);
        }
    }

    /**
     * Walks up from {@code start} through its governors, collecting the spending word, the status
     * word nearest the share, organisations whose standing target it is, and the first agent.
     * Empty when the path shows an aid share, a negation, or a level already reached.
     */
    Optional<Reading> read(ParsedSentence s, SemanticGraph g, IndexedWord start, SpendingActors actors) {
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
            if (step > 0 && cues.is(lemma, "exclude") || verb && SpendingStatus.negated(s, g, node)) {
                return Optional.empty();
            }
            Optional<TargetStatus> own = statuses.ownStatus(s, g, node);
            if (cues.is(lemma, "governor") || own.isPresent() && step > 0) {
                governed = true;
                targetNoun |= !verb && cues.is(lemma, "governor");
            }
            boolean reached = false;
            if (verb && cues.is(lemma, "governor") && !verbChecked) {
                verbChecked = true;
                standingObjects(s, g, node, actors, standing);
                if (own.isEmpty() && SpendingStatus.realised(s, g, node)) {
                    return Optional.of(new Reading(List.of(), budget, status, standing, false, targetNoun, -1, null));
                }
            } else if (verb && own.isEmpty() && cues.is(lemma, "realise") && SpendingStatus.realised(s, g, node)) {
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
            if (verb && step > 0 && cues.is(lemma, "outcome")) {
                // "her calls culminated in a deal: a commitment to spend 4%": her calls caused it; the deal's party holds it
                for (IndexedWord outcome : DependencyPath.dependents(g, node, "obl:in", "obj")) {
                    boolean pact = cueNoun(s, outcome) || cues.is(s.lemma(ParsedSentence.at(outcome)), "collective");
                    List<Entity> agents = pact ? actors.of(s, g, outcome) : List.of();
                    if (!agents.isEmpty()) {
                        return Optional.of(new Reading(agents, budget, status.or(() -> cues.status(s.lemma(ParsedSentence.at(outcome)))), standing,
                                governed, targetNoun, ParsedSentence.at(outcome), outcome));
                    }
                }
                break;
            }
            if (verb) {
                met.addAll(addressees(s, g, node));
            }
            if ((step > 0 || !verb) && !reached) {
                Optional<Reading> found = agent(s, g, node, verb, actors, status, budget, standing, governed, targetNoun, met);
                if (found.isPresent()) {
                    Reading r = found.get();
                    r = r.status().isPresent() ? r : r.withStatus(statuses.statusAbove(s, g, r.actorNode()));
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
        if (speaker.isEmpty() && governed && heading(s, g, node)) {
            speaker = actors.sponsors(); // "Urging all members to spend 2% of GDP": the title of the sponsors' resolution
        }
        return Optional.of(new Reading(speaker, budget, status, standing, governed, targetNoun, -1, null));
    }

    /**
     * "they meet their commitment to spending at least 2%", parsed with the share beside the commitment
     * as a second object: an organisation owning the commitment holds the share as its standing target.
     */
    private void standingObjects(ParsedSentence s, SemanticGraph g, IndexedWord verb, SpendingActors actors, List<Entity> standing) {
        List<Entity> owners = new ArrayList<>();
        for (IndexedWord object : DependencyPath.dependents(g, verb, "obj")) {
            if (cueNoun(s, object)) {
                agent(s, g, object, false, actors, Optional.empty(), Optional.empty(), owners, true, true, Set.of());
            }
        }
        owners.stream().filter(o -> standing.stream().noneMatch(o::sameAs)).forEach(standing::add); // the path may have passed the commitment already
    }

    /**
     * "urged allies to spend 2%", "calls upon our NATO allies to meet the 2% commitment": the subject of
     * a verb that a verb of proposing governs is whom the proposal addresses, not whose target it is;
     * the proposer is. A subject the two verbs share ("Norland wants to spend 4%") is no addressee, nor
     * is a pledge or refusal read as the subject ("called Norland's refusal to commit to 4% terrible").
     */
    private List<IndexedWord> addressees(ParsedSentence s, SemanticGraph g, IndexedWord verb) {
        Optional<SemanticGraphEdge> up = DependencyPath.governor(g, verb);
        if (up.isEmpty() || !COMPLEMENTS.matcher(DependencyPath.relation(up.get())).matches()) {
            return List.of();
        }
        IndexedWord proposing = up.get().getGovernor();
        int p = ParsedSentence.at(proposing);
        if (!s.tag(p).startsWith("VB") || cues.status(s.lemma(p)).filter(st -> st == TargetStatus.PROPOSED).isEmpty()) {
            return List.of();
        }
        List<IndexedWord> own = DependencyPath.dependents(g, proposing, "nsubj");
        return DependencyPath.dependents(g, verb, "nsubj").stream().filter(w -> !own.contains(w) && !cueNoun(s, w)).toList();
    }

    /** A sentence that opens with a subjectless gerund of proposing ("Urging all members to ..."): a resolution's title. */
    private boolean heading(ParsedSentence s, SemanticGraph g, IndexedWord top) {
        int i = ParsedSentence.at(top);
        return i == 0 && s.tag(i).equals("VBG") && DependencyPath.dependents(g, top, "nsubj").isEmpty()
                && statuses.ownStatus(s, g, top).filter(st -> st == TargetStatus.PROPOSED).isPresent();
    }

    static boolean quoted(ParsedSentence s) {
        for (int i = 0; i < s.size(); i++) {
            if (QUOTES.contains(s.word(i))) {
                return true;
            }
        }
        return false;
    }

    /** The agent word {@code node} names through its possessor (nouns) or its subject (verbs; the object of praise verbs). */
    Optional<Reading> agent(ParsedSentence s, SemanticGraph g, IndexedWord node, boolean verb, SpendingActors actors,
                                    Optional<TargetStatus> status, Optional<Entity> budget, List<Entity> standing,
                                    boolean governed, boolean targetNoun, Set<IndexedWord> met) {
        int i = ParsedSentence.at(node);
        String lemma = s.lemma(i);
        if (!verb) {
            if (!(cues.is(lemma, "governor") || cues.status(lemma).isPresent() || cues.is(lemma, "anaphor"))) {
                return Optional.empty();
            }
            List<IndexedWord> possessors = new ArrayList<>(DependencyPath.dependents(g, node, "nmod:poss"));
            // "A's draft budget and financial plan": the possessor of the first conjunct owns the second too.
            DependencyPath.governor(g, node).filter(e -> DependencyPath.relation(e).startsWith("conj"))
                    .ifPresent(e -> possessors.addAll(DependencyPath.dependents(g, e.getGovernor(), "nmod:poss")));
            for (IndexedWord p : possessors) {
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
            // "would support member efforts to spend 3%": an attempt is no agent; whoever supports it acts
            boolean attempt = cues.is(s.lemma(ParsedSentence.at(e.getDependent())), "attempt");
            if ((rel.equals("nsubj") || rel.equals("nsubj:xsubj")) && !attempt) {
                (e.isExtra() ? extra : candidates).add(e.getDependent()); // the tree's own subject first
            }
        }
        candidates.addAll(extra);
        // "NATO leaders meeting in Oslo agreed to ...", read as a verb hanging off the noun: the noun is its agent
        DependencyPath.governor(g, node).filter(e -> Set.of("dep", "acl").contains(DependencyPath.relation(e)))
                .ifPresent(e -> candidates.add(e.getGovernor()));
        candidates.addAll(agentBefore(s, g, node, actors));
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

    /**
     * A finite verb the parse left without a subject ("Halvorsen, then still president, proposed"): the
     * agent named last before it in its clause, up to the previous finite verb.
     */
    static List<IndexedWord> agentBefore(ParsedSentence s, SemanticGraph g, IndexedWord verb, SpendingActors actors) {
        int v = ParsedSentence.at(verb);
        // a bare participle ("Halvorsen, then still president, proposed") is often the finite verb misread
        boolean bareParticiple = s.tag(v).equals("VBN") && DependencyPath.dependents(g, verb, "aux", "aux:pass").isEmpty();
        if (!(FINITE.contains(s.tag(v)) || bareParticiple) || !DependencyPath.dependents(g, verb, "nsubj", "nsubj:pass").isEmpty()) {
            return List.of();
        }
        for (int j = v - 1; j >= 0; j--) {
            // "..., ” said X": the words of a quotation are not the subject of the verb that reports it
            if (FINITE.contains(s.tag(j)) || s.tag(j).equals("MD") || s.lower(j).equals(";") || QUOTES.contains(s.word(j))) {
                return List.of();
            }
            Optional<IndexedWord> word = DependencyPath.node(g, j);
            if (word.isPresent() && !actors.of(s, g, word.get()).isEmpty()) {
                return List.of(word.get());
            }
        }
        return List.of();
    }

    boolean cueNoun(ParsedSentence s, IndexedWord w) {
        String lemma = s.lemma(ParsedSentence.at(w));
        return s.tag(ParsedSentence.at(w)).startsWith("NN") && (cues.is(lemma, "governor") || cues.status(lemma).isPresent());
    }

    /**
     * "Halvorsen had promised that Norland would reach 2%": a person whose promise or proposal the
     * clause is, is the actor, and the country the clause names is whose budget it is. A reporting
     * verb ("said that Norland will") leaves the country the actor.
     */
    Reading promiser(ParsedSentence s, SemanticGraph g, Reading r, SpendingActors actors) {
        if (r.actorNode() == null || r.actors().size() != 1 || r.actors().get(0).kind() != EntityKind.COUNTRY) {
            return r;
        }
        Optional<SemanticGraphEdge> up = DependencyPath.governor(g, r.actorNode());
        if (up.isEmpty() || !DependencyPath.relation(up.get()).equals("ccomp")) {
            return r;
        }
        IndexedWord verb = up.get().getGovernor();
        Optional<TargetStatus> status = statuses.ownStatus(s, g, verb).filter(st -> st == TargetStatus.PLEDGED || st == TargetStatus.PROPOSED);
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

    /** A country possessing a word below the path ("raise Britain's defence spending"). */
    static Optional<Entity> budgetBelow(ParsedSentence s, SemanticGraph g, IndexedWord node, SpendingActors actors) {
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
}
