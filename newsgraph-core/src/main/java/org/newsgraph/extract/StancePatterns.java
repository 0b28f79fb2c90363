package org.newsgraph.extract;

import static org.newsgraph.extract.EndorsementExtractor.children;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.Values.Polarity;

/**
 * Stances a cue word alone does not show, read from the phrase around a word: a verb with its
 * preposition ("voted against X", "pushed back against X", also through an adjective: "stood strong for X"), a judging verb with an evaluative
 * adjective ("called X unrealistic", "described X as undesirable", "she will make an exceptional leader"), stress on importance ("stressed
 * the importance of X", "emphasized increased X"), a pledge to reach a goal or end a thing ("pledged to reach this target", "pledged to end the war"),
 * a copular judgement ("X is deplorable", "X is an extraordinary outcome"), a legislature passing a bill ("the Senate passed the bill"),
 * a stance noun ("his critical stance toward X") and, in a speaker's words, an evaluative adjective on
 * an action ("Ruritania's unprovoked invasion", "your outstanding support for X"), a deed said to strengthen
 * something ("A's membership bolsters the alliance"), a floated idea ("floated the idea of X"),
 * a verbal attack on a person ("his attacks on X"), a person put forward for a post ("nominated X as envoy"), a
 * dropped objection ("dropped its objection to X") and a cue gerund parsed as a modifier of its object ("committed to
 * supporting X").
 */
final class StancePatterns {

    /**
     * Who holds a stance: the subjects of the cue's clause, the speaker of the judgement, the noun's possessor, or the
     * holder of a stance noun (its possessor, else the subject of the verb it is the object of).
     */
    enum AgentKind { SUBJECT, SPEAKER, POSSESSOR, HOLDER, CHAMBER }

    /** A stance read at a word: its polarity, the head of its target, who holds it and the rule's name. */
    record Stance(Polarity polarity, IndexedWord target, AgentKind agentKind, String rule) {
        /** Whether the target is an action judged where it is named, to be read with its doer. */
        boolean action() {
            return rule.equals(JUDGED_ACTION);
        }

        /** Whether the target is a bill a legislature passes, to be read with the verb that passes it. */
        boolean enacted() {
            return rule.equals(ENACTMENT);
        }

        /** Whether the target is the clause a pledge governs ("pledged to end the war"), to be named by its gerund. */
        boolean clause() {
            return rule.equals(PLEDGED_END);
        }

        /** Whether the target is what a person is asked to do about a post ("urged her to run"), to be read with the person. */
        boolean drafted() {
            return rule.equals(DRAFTED);
        }
    }

    private static final String JUDGED_ACTION = "endorsements.judged-action";
    private static final String PLEDGED_END = "endorsements.pledge-end";
    private static final String ENACTMENT = "endorsements.enactment";
    private static final String DRAFTED = "endorsements.drafted";
    /** Prepositions of the phrases of a post run for or stayed in: "for mayor", "in office", "as chair", "until May". */
    private static final Set<String> POST_PREPOSITIONS = Set.of("for", "in", "as", "on", "until", "through", "tmod");

    private final EndorsementCues cues;
    private final Enactments enactments;

    StancePatterns(EndorsementCues cues) {
        this.cues = cues;
        this.enactments = new Enactments(cues);
    }

    Optional<Stance> at(ParsedSentence s, SemanticGraph graph, IndexedWord node) {
        int i = ParsedSentence.at(node);
        String tag = s.tag(i);
        String lemma = s.lemma(i);
        if (tag.startsWith("VB")) {
            Optional<IndexedWord> bill = enactments.bill(s, graph, node);
            if (bill.isPresent()) {
                return Optional.of(new Stance(Polarity.SUPPORT, bill.get(), AgentKind.CHAMBER, ENACTMENT));
            }
            // A verb with an object reads its preposition otherwise: "called X a priority for the year" is no call for the year.
            boolean transitive = EndorsementExtractor.has(graph, node, "obj");
            for (SemanticGraphEdge edge : graph.outgoingEdgeList(node)) {
                String rel = edge.getRelation().toString();
                if (rel.startsWith("obl:") && !transitive) {
                    Optional<Polarity> p = cues.withPreposition(lemma, rel.substring(4));
                    if (p.isPresent()) {
                        return Optional.of(new Stance(p.get(), edge.getDependent(), AgentKind.SUBJECT, "endorsements.verb-prep"));
                    }
                }
            }
            Optional<Stance> completed = completedWithPreposition(s, graph, node);
            if (completed.isPresent()) {
                return completed;
            }
            if (cues.isA("judge", lemma)) {
                for (IndexedWord object : children(graph, node, "obj")) {
                    Optional<Polarity> p = judged(s, graph, node).or(() -> postposed(s, graph, object));
                    if (p.isPresent()) {
                        return Optional.of(new Stance(p.get(), object, AgentKind.SUBJECT, "endorsements.judgement"));
                    }
                }
                // "calling the target unrealistic" parsed as a small clause: the adjective's subject is the object.
                for (SemanticGraphEdge edge : graph.outgoingEdgeList(node)) {
                    String rel = edge.getRelation().toString();
                    Optional<Polarity> p = cues.judgement(s.lower(ParsedSentence.at(edge.getDependent())));
                    if ((rel.equals("xcomp") || rel.equals("ccomp")) && p.isPresent()) {
                        // "called X “obsolete”": the quote marks may make X a loose dependent of the adjective.
                        for (String subjectRel : new String[] {"nsubj", "dep"}) {
                            for (IndexedWord subject : children(graph, edge.getDependent(), subjectRel)) {
                                return Optional.of(new Stance(p.get(), subject, AgentKind.SUBJECT, "endorsements.judgement"));
                            }
                        }
                    }
                }
            }
            if (cues.isA("pledge", lemma)) {
                // "pledged to reach the target": a pledge to meet a goal supports the goal.
                for (IndexedWord clause : children(graph, node, "xcomp")) {
                    // "pledged to end the fighting": a pledge to end a thing supports ending it.
                    if (cues.isA("end", s.lemma(ParsedSentence.at(clause))) && EndorsementExtractor.has(graph, clause, "obj")) {
                        return Optional.of(new Stance(Polarity.SUPPORT, clause, AgentKind.SUBJECT, PLEDGED_END));
                    }
                    if (cues.isA("attain", s.lemma(ParsedSentence.at(clause)))) {
                        for (IndexedWord goal : children(graph, clause, "obj")) {
                            return Optional.of(new Stance(Polarity.SUPPORT, goal, AgentKind.SUBJECT, "endorsements.pledge"));
                        }
                    }
                }
            }
            if (cues.isA("draft", lemma)) {
                Optional<IndexedWord> asked = draftedFor(s, graph, node);
                if (asked.isPresent()) {
                    return Optional.of(new Stance(Polarity.SUPPORT, asked.get(), AgentKind.SUBJECT, DRAFTED));
                }
            }
            if (cues.isA("turn-out", lemma)) {
                // "she will make an exceptional leader": of a person, a judgement as by a copula ("X made a historic decision" is none).
                for (String complementRel : new String[] {"obj", "xcomp"}) {
                    for (IndexedWord complement : children(graph, node, complementRel)) {
                        Optional<Polarity> p = judgedBy(s, graph, complement, "amod");
                        for (IndexedWord subject : children(graph, node, "nsubj")) {
                            if (p.isPresent() && person(s, ParsedSentence.at(subject))) {
                                return Optional.of(new Stance(p.get(), subject, AgentKind.SPEAKER, "endorsements.judgement"));
                            }
                        }
                    }
                }
            }
            Optional<Stance> gerund = modifyingGerund(s, graph, node);
            if (gerund.isPresent()) {
                return gerund;
            }
            Optional<Stance> nominated = nominated(s, graph, node).or(() -> retracted(s, graph, node));
            if (nominated.isPresent()) {
                return nominated;
            }
            if (cues.isA("moot", lemma)) {
                // "floated the idea of X": who puts an idea forward supports it.
                for (IndexedWord object : children(graph, node, "obj")) {
                    if (cues.isA("idea", s.lemma(ParsedSentence.at(object)))) {
                        for (IndexedWord of : children(graph, object, "nmod:of")) {
                            return Optional.of(new Stance(Polarity.SUPPORT, of, AgentKind.SUBJECT, "endorsements.idea"));
                        }
                    }
                }
            }
            if (cues.isA("strengthen", lemma)) {
                // "A's membership bolsters the alliance", in a speaker's words: the speaker welcomes the deed.
                for (IndexedWord subject : children(graph, node, "nsubj")) {
                    if (cues.kindOf(s.lemma(ParsedSentence.at(subject))) == Values.TargetKind.ACTION) {
                        return Optional.of(new Stance(Polarity.SUPPORT, subject, AgentKind.SPEAKER, "endorsements.effect"));
                    }
                }
            }
            if (cues.isA("stress", lemma)) {
                for (IndexedWord object : children(graph, node, "obj")) {
                    // "emphasized increased spending": stressing more of a thing calls for it.
                    boolean more = children(graph, object, "amod").stream().anyMatch(a -> cues.isA("more", s.lower(ParsedSentence.at(a))));
                    if (more) {
                        return Optional.of(new Stance(Polarity.SUPPORT, object, AgentKind.SUBJECT, "endorsements.importance"));
                    }
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
                // "X is deplorable"; "Ruritania's continued attacks on Y are deplorable", whose subject the parser may make a clause.
                for (String subjectRel : new String[] {"nsubj", "csubj"}) {
                    for (IndexedWord subject : children(graph, node, subjectRel)) {
                        if (!s.tag(ParsedSentence.at(subject)).startsWith("PRP")) {
                            return Optional.of(new Stance(p.get(), subject, AgentKind.SPEAKER, "endorsements.judgement"));
                        }
                    }
                }
            }
            return Optional.empty();
        }
        if (tag.startsWith("NN")) {
            return stanceNoun(s, graph, node).or(() -> judgedAction(s, graph, node)).or(() -> attackOnPerson(s, graph, node));
        }
        return Optional.empty();
    }

    /**
     * "stood strong for X", "stands united with X", "stood firm against X": the preposition of a verb-prep cue may hang from
     * the adjective that completes the verb (which the parser may also take for a bare noun object).
     */
    private Optional<Stance> completedWithPreposition(ParsedSentence s, SemanticGraph graph, IndexedWord verb) {
        List<IndexedWord> complements = new ArrayList<>(children(graph, verb, "xcomp").stream()
                .filter(c -> s.tag(ParsedSentence.at(c)).startsWith("JJ")).toList());
        children(graph, verb, "obj").stream().filter(o -> s.tag(ParsedSentence.at(o)).equals("NN")
                && graph.outgoingEdgeList(o).stream().allMatch(e -> e.getRelation().toString().startsWith("nmod:"))).forEach(complements::add);
        for (IndexedWord complement : complements) {
            for (SemanticGraphEdge edge : graph.outgoingEdgeList(complement)) {
                String rel = edge.getRelation().toString();
                Optional<Polarity> p = rel.startsWith("obl:") || rel.startsWith("nmod:")
                        ? cues.withPreposition(s.lemma(ParsedSentence.at(verb)), rel.substring(rel.indexOf(':') + 1)) : Optional.empty();
                if (p.isPresent()) {
                    return Optional.of(new Stance(p.get(), edge.getDependent(), AgentKind.SUBJECT, "endorsements.verb-prep"));
                }
            }
        }
        return Optional.empty();
    }

    /** "his critical stance toward X": a stance noun whose cue adjective gives the polarity and whose possessor holds it. */
    private Optional<Stance> stanceNoun(ParsedSentence s, SemanticGraph graph, IndexedWord noun) {
        if (!cues.isA("stance", s.lemma(ParsedSentence.at(noun))) || children(graph, noun, "nmod:poss").isEmpty()) {
            return Optional.empty();
        }
        for (IndexedWord adjective : children(graph, noun, "amod")) {
            Optional<Polarity> p = cues.cue(EndorsementCues.CueClass.ADJECTIVE, s.lower(ParsedSentence.at(adjective)));
            if (p.isPresent()) {
                for (SemanticGraphEdge edge : graph.outgoingEdgeList(noun)) {
                    String rel = edge.getRelation().toString();
                    if (rel.equals("nmod:toward") || rel.equals("nmod:towards") || rel.equals("nmod:on") || rel.equals("nmod:against")) {
                        return Optional.of(new Stance(p.get(), edge.getDependent(), AgentKind.POSSESSOR, "endorsements.stance"));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "committed themselves to supporting X", parsed with the cue's gerund a modifier of X: X is the cue's object, and
     * the subject of the verb the gerund completes takes the stance.
     */
    private Optional<Stance> modifyingGerund(ParsedSentence s, SemanticGraph graph, IndexedWord gerund) {
        Optional<Polarity> p = cues.cue(EndorsementCues.CueClass.VERB, s.lemma(ParsedSentence.at(gerund)));
        if (p.isEmpty() || DependencyPath.gerundClause(s, graph, gerund).isEmpty()) {
            return Optional.empty();
        }
        return DependencyPath.governor(graph, gerund).filter(e -> DependencyPath.relation(e).equals("amod"))
                .map(e -> new Stance(p.get(), e.getGovernor(), AgentKind.SUBJECT, "endorsements.verb-object"));
    }

    /** "nominated X as envoy", "proposed her for the post": who puts a person forward for a post backs the candidacy. */
    private Optional<Stance> nominated(ParsedSentence s, SemanticGraph graph, IndexedWord verb) {
        if (!cues.isA("nominate", s.lemma(ParsedSentence.at(verb)))
                || children(graph, verb, "obl:for").isEmpty() && children(graph, verb, "obl:as").isEmpty()) {
            return Optional.empty();
        }
        for (IndexedWord object : children(graph, verb, "obj")) {
            int at = ParsedSentence.at(object);
            boolean person = s.ner(at).equals("PERSON") || s.lower(at).equals("him") || s.lower(at).equals("her");
            if (person) {
                return Optional.of(new Stance(Polarity.SUPPORT, object, AgentKind.SUBJECT, "endorsements.nomination"));
            }
        }
        return Optional.empty();
    }

    /** "dropped its objection to X", "withdrew their opposition to X": giving up opposing X comes to backing X. */
    private Optional<Stance> retracted(ParsedSentence s, SemanticGraph graph, IndexedWord verb) {
        if (!cues.isA("retract", s.lemma(ParsedSentence.at(verb)))) {
            return Optional.empty();
        }
        for (IndexedWord object : children(graph, verb, "obj")) {
            int at = ParsedSentence.at(object);
            boolean opposition = cues.cue(EndorsementCues.CueClass.NOUN, s.lower(at)).or(() -> cues.cue(EndorsementCues.CueClass.NOUN, s.lemma(at)))
                    .filter(p -> p == Polarity.OPPOSE).isPresent();
            for (String rel : new String[] {"nmod:to", "nmod:against"}) {
                for (IndexedWord target : opposition ? children(graph, object, rel) : java.util.List.<IndexedWord>of()) {
                    return Optional.of(new Stance(Polarity.SUPPORT, target, AgentKind.SUBJECT, "endorsements.retracted"));
                }
            }
        }
        return Optional.empty();
    }

    /** "his attacks on X", "a tirade against X": a verbal attack on a named person opposes that person. */
    private Optional<Stance> attackOnPerson(ParsedSentence s, SemanticGraph graph, IndexedWord noun) {
        if (!cues.isA("verbal-attack", s.lemma(ParsedSentence.at(noun)))) {
            return Optional.empty();
        }
        for (SemanticGraphEdge edge : graph.outgoingEdgeList(noun)) {
            String rel = edge.getRelation().toString();
            boolean person = s.ner(ParsedSentence.at(edge.getDependent())).equals("PERSON");
            if ((rel.equals("nmod:on") || rel.equals("nmod:against")) && person) {
                return Optional.of(new Stance(Polarity.OPPOSE, edge.getDependent(), AgentKind.HOLDER, "endorsements.attack"));
            }
        }
        return Optional.empty();
    }

    /**
     * An action the speaker judges by an adjective before it, in quoted or transcribed words: "Ruritania's unprovoked
     * invasion" condemns it, "your outstanding support for X" praises it. A capitalised adjective is part of a name
     * ("the Great War").
     */
    private Optional<Stance> judgedAction(ParsedSentence s, SemanticGraph graph, IndexedWord noun) {
        if (cues.kindOf(s.lemma(ParsedSentence.at(noun))) != Values.TargetKind.ACTION) {
            return Optional.empty();
        }
        // "a landmark decision": a judging noun before the action judges it as an adjective does.
        List<IndexedWord> modifiers = new ArrayList<>(children(graph, noun, "amod"));
        modifiers.addAll(children(graph, noun, "compound"));
        for (IndexedWord adjective : modifiers) {
            int a = ParsedSentence.at(adjective);
            Optional<Polarity> p = cues.judgement(s.lower(a));
            if (p.isPresent() && a < ParsedSentence.at(noun) && Character.isLowerCase(s.word(a).charAt(0))) {
                return Optional.of(new Stance(p.get(), noun, AgentKind.SPEAKER, JUDGED_ACTION));
            }
        }
        return Optional.empty();
    }

    /**
     * What a verb of asking asks its object to do about a post: run for one ("urged her to run for mayor", "asked him to
     * stand") or stay in one ("asked him to serve another year", "to remain in office"). Its object may only be a span of
     * time, and its phrases only say for or in what, as what or until when: "to serve the city", "to remain calm" and "to
     * stand with the fishermen" are about no post.
     */
    private Optional<IndexedWord> draftedFor(ParsedSentence s, SemanticGraph graph, IndexedWord verb) {
        if (!EndorsementExtractor.has(graph, verb, "obj")) {
            return Optional.empty();
        }
        for (IndexedWord clause : children(graph, verb, "xcomp")) {
            String lemma = s.lemma(ParsedSentence.at(clause));
            if ((cues.isA("run", lemma) || cues.isA("stay", lemma)) && aboutAPost(s, graph, clause)) {
                return Optional.of(clause);
            }
        }
        return Optional.empty();
    }

    private static boolean aboutAPost(ParsedSentence s, SemanticGraph graph, IndexedWord clause) {
        for (SemanticGraphEdge edge : graph.outgoingEdgeList(clause)) {
            String rel = edge.getRelation().toString();
            boolean time = s.ner(ParsedSentence.at(edge.getDependent())).equals("DURATION");
            if (rel.equals("xcomp") || rel.equals("ccomp") || rel.equals("obj") && !time
                    || rel.startsWith("obl:") && !POST_PREPOSITIONS.contains(rel.substring(4))) {
                return false;
            }
        }
        return true;
    }

    /** "calling the target unrealistic", parsed as an adjective after the object noun: a small clause, not an attribute. */
    private Optional<Polarity> postposed(ParsedSentence s, SemanticGraph graph, IndexedWord object) {
        for (IndexedWord adjective : children(graph, object, "amod")) {
            if (ParsedSentence.at(adjective) > ParsedSentence.at(object)) {
                Optional<Polarity> p = cues.judgement(s.lower(ParsedSentence.at(adjective)));
                if (p.isPresent()) {
                    return p;
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

    /** A person's name or a personal pronoun for one. */
    private static boolean person(ParsedSentence s, int at) {
        return s.ner(at).equals("PERSON") || s.lower(at).equals("he") || s.lower(at).equals("she");
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
