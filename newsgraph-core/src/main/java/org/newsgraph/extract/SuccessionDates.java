package org.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.nlp.Entity;
import org.newsgraph.nlp.PartialDate;

/**
 * The date of a succession, read from the parse: the date hung on the succession verb ("succeeds B
 * on 1 December", "took over today"), else on the clause a participle modifies ("was sworn in on
 * March 14, succeeding B"), else one a lead word introduces later in the sentence ("with effect
 * from September 2030"). Yearless dates take their year from the article's {@link DateAnchor}.
 * Immutable.
 */
final class SuccessionDates {

    /** How a date hangs on the succession verb. */
    private static final Set<String> ON_VERB = Set.of("obl:on", "obl:in", "obl:tmod", "obl:npmod", "advmod", "obl:from",
            "obl:effective");
    /**
     * How a date hangs on the clause a participle modifies: not "from" or "since", which there
     * date the tenure before ("led the bank from 2013, handing over to B in 2020").
     */
    private static final Set<String> ON_CLAUSE = Set.of("obl:on", "obl:in", "obl:tmod", "obl:npmod", "advmod");
    private static final Set<String> CLAUSE_LINKS = Set.of("advcl", "conj", "dep", "xcomp");
    private static final Set<String> LEADS = Set.of("in", "on", "from", "effective");
    private static final Set<String> FUTURE = Set.of("will", "shall", "'ll", "to");

    private static final Set<String> START_VERBS = Set.copyOf(CueWords.lines("start-verbs"));
    private static final Set<String> TERM_NOUNS = Set.of("term", "tenure", "mandate");
    private static final Set<String> ANNOUNCED_CHANGES = Set.copyOf(CueWords.lines("announced-changes"));

    private final ParsedArticle a;
    private final DateAnchor anchor;
    private final Set<String> appointment;

    SuccessionDates(ParsedArticle a, Set<String> appointment) {
        this.a = a;
        this.anchor = DateAnchor.of(a);
        this.appointment = appointment;
    }

    /**
     * The date the sentence gives the change the verb {@code v} states; {@code modified} is the clause
     * above a participle the parser hung on a name ("sworn in on March 14, succeeding B").
     */
    Optional<PartialDate> of(ParsedSentence s, SemanticGraph g, IndexedWord v, Optional<IndexedWord> modified) {
        Optional<IndexedWord> clause = modified.or(() -> g.getIncomingEdgesSorted(v).stream().findFirst()
                .filter(e -> s.tag(ParsedSentence.at(v)).equals("VBG"))
                .filter(e -> CLAUSE_LINKS.contains(e.getRelation().toString().replaceFirst(":.*", "")))
                .map(SemanticGraphEdge::getGovernor));
        boolean future = future(s, g, v) || clause.map(c -> future(s, g, c)).orElse(false);
        return on(s, g, v, ON_VERB, future)
                .or(() -> clause.flatMap(c -> on(s, g, c, ON_CLAUSE, future)))
                .or(() -> after(s, ParsedSentence.at(v), future));
    }

    /**
     * The date a sentence near {@code s} gives the successor's start: "He will take up his new role
     * ... on 30 November", "parliament on 17 July approved A as prime minister", "A will carry out a
     * four-year term from 22 July 2030". The sentences just before and after come first.
     */
    Optional<PartialDate> startNear(ParsedSentence s, Entity successor) {
        List<ParsedSentence> sentences = a.sentences();
        for (int k : List.of(s.index() - 1, s.index() + 1, s.index() - 2, s.index() + 2, s.index() - 3, s.index() + 3)) {
            if (k < 0 || k >= sentences.size() || sentences.get(k).graph().isEmpty()) {
                continue;
            }
            ParsedSentence t = sentences.get(k);
            SemanticGraph g = t.graph().get();
            for (IndexedWord v : g.vertexListSorted()) {
                if (startVerb(t, g, v) && names(t, g, v, successor)) {
                    boolean future = future(t, g, v);
                    Optional<PartialDate> date = on(t, g, v, ON_VERB, future).or(() -> termFrom(t, g, v, future))
                            .or(() -> inClause(t, g, v, future));
                    if (date.isPresent()) {
                        return date;
                    }
                }
            }
        }
        return announcedBefore(s);
    }

    /**
     * The month of the last announcement of changes before {@code s} ("On July 8, the foundation
     * announced several changes to its board. ... A became the new Chair"): the text dates the
     * announcement, not the day each change took effect.
     */
    private Optional<PartialDate> announcedBefore(ParsedSentence s) {
        for (int k = s.index() - 1; k >= 0; k--) {
            ParsedSentence t = a.sentences().get(k);
            if (t.graph().isEmpty()) {
                continue;
            }
            SemanticGraph g = t.graph().get();
            for (IndexedWord v : g.vertexListSorted()) {
                if (announcesChanges(t, g, v)) {
                    return on(t, g, v, ON_VERB, false).map(d -> new PartialDate(d.year(), d.month(), 0));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether {@code v} announces changes of office: "announced several changes", "unveiled a reshuffle". */
    private static boolean announcesChanges(ParsedSentence t, SemanticGraph g, IndexedWord v) {
        return g.outgoingEdgeList(v).stream().filter(e -> e.getRelation().toString().equals("obj"))
                .anyMatch(e -> ANNOUNCED_CHANGES.contains(t.lemma(ParsedSentence.at(v)) + " " + t.lemma(ParsedSentence.at(e.getDependent()))));
    }

    /** A verb that starts a tenure: "take up", "assume", "be sworn in", "appoint", "approve", "carry out (a term)", "take office". */
    private boolean startVerb(ParsedSentence t, SemanticGraph g, IndexedWord v) {
        int i = ParsedSentence.at(v);
        if (!t.tag(i).startsWith("VB")) {
            return false;
        }
        String particle = g.outgoingEdgeList(v).stream().filter(e -> e.getRelation().toString().equals("compound:prt"))
                .map(e -> " " + t.lower(ParsedSentence.at(e.getDependent()))).findFirst().orElse("");
        // "took office", "took the gavel": a verb and its object that together start a tenure.
        boolean idiom = g.outgoingEdgeList(v).stream().filter(e -> e.getRelation().toString().equals("obj"))
                .anyMatch(e -> START_VERBS.contains(t.lemma(i) + " " + t.lemma(ParsedSentence.at(e.getDependent()))));
        return idiom || START_VERBS.contains(t.lemma(i) + particle) || START_VERBS.contains(t.lemma(i)) || appointment.contains(t.lemma(i));
    }

    /** Whether {@code person} is the subject or object of {@code v} (by name or pronoun). */
    private boolean names(ParsedSentence t, SemanticGraph g, IndexedWord v, Entity person) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(v)) {
            String rel = e.getRelation().toString();
            if ((rel.startsWith("nsubj") || rel.equals("obj")) && Participants.nameIn(a, t, g, e.getDependent(), Optional.empty())
                    .filter(h -> h.person().sameAs(person)).isPresent()) {
                return true;
            }
        }
        // "will see A carry out a term": the subject of a bare infinitive is the object of the verb above.
        return g.getIncomingEdgesSorted(v).stream().filter(e -> e.getRelation().toString().equals("xcomp")).findFirst()
                .map(e -> names(t, g, e.getGovernor(), person)).orElse(false);
    }

    /**
     * A date "on" or "from" that hangs anywhere in the clause of {@code v} but not in a clause below
     * it ("parliament on 17 July approved A", "a handover parade on 30 November"; not "since the
     * war began in 2022").
     */
    private Optional<PartialDate> inClause(ParsedSentence t, SemanticGraph g, IndexedWord v, boolean future) {
        for (SemanticGraphEdge e : g.edgeListSorted()) {
            int d = ParsedSentence.at(e.getDependent());
            String rel = e.getRelation().toString();
            if (!t.ner(d).equals("DATE") || !(rel.endsWith(":on") || rel.endsWith(":from")) || Participants.addressed(t, d)) {
                continue;
            }
            IndexedWord up = e.getGovernor();
            for (int depth = 0; depth < 6 && up != null && !up.equals(v) && !t.tag(ParsedSentence.at(up)).startsWith("VB"); depth++) {
                up = g.getIncomingEdgesSorted(up).stream().findFirst().map(SemanticGraphEdge::getGovernor).orElse(null);
            }
            if (v.equals(up)) {
                Optional<PartialDate> date = at(t, d, future);
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return Optional.empty();
    }

    /** "carry out a four-year term from 22 July 2030": the date that opens the term the verb's object names. */
    private Optional<PartialDate> termFrom(ParsedSentence t, SemanticGraph g, IndexedWord v, boolean future) {
        for (SemanticGraphEdge o : g.outgoingEdgeList(v)) {
            if (o.getRelation().toString().equals("obj") && TERM_NOUNS.contains(t.lemma(ParsedSentence.at(o.getDependent())))) {
                Optional<PartialDate> date = on(t, g, o.getDependent(), Set.of("nmod:from", "nmod:on", "nmod:starting"), future);
                if (date.isPresent()) {
                    return date;
                }
                return after(t, ParsedSentence.at(o.getDependent()), future);
            }
        }
        return Optional.empty();
    }

    /** A date in the sentence, its year supplied from the article when the text gives none. */
    Optional<PartialDate> at(ParsedSentence s, int k, boolean future) {
        return anchor.date(s, k, future);
    }

    /** Whether the clause at {@code v} speaks of what is still to come ("will take over", "takes over"). */
    static boolean future(ParsedSentence s, SemanticGraph g, IndexedWord v) {
        String tag = s.tag(ParsedSentence.at(v));
        return tag.equals("VBZ") || tag.equals("VBP") || g.outgoingEdgeList(v).stream()
                .filter(e -> e.getRelation().toString().startsWith("aux") || e.getRelation().toString().equals("mark"))
                .anyMatch(e -> FUTURE.contains(s.lower(ParsedSentence.at(e.getDependent()))));
    }

    private Optional<PartialDate> on(ParsedSentence s, SemanticGraph g, IndexedWord v, Set<String> relations, boolean future) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(v)) {
            int d = ParsedSentence.at(e.getDependent());
            // "Mrs May" is a name the tagger may read as a month.
            if (relations.contains(e.getRelation().toString()) && s.ner(d).equals("DATE") && !Participants.addressed(s, d)) {
                Optional<PartialDate> date = at(s, d, future);
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return Optional.empty();
    }

    /** A date after token {@code from} that a lead word introduces ("with effect from September 2030"). */
    private Optional<PartialDate> after(ParsedSentence s, int from, boolean future) {
        for (int k = Math.max(1, from); k < s.size(); k++) {
            if (s.ner(k).equals("DATE") && !s.ner(k - 1).equals("DATE")) {
                int lead = k - 1;
                if (lead > 0 && Set.of("early", "late", "mid").contains(s.lower(lead))) {
                    lead--;
                }
                if (LEADS.contains(s.lower(lead)) && !Participants.addressed(s, k)) {
                    Optional<PartialDate> date = at(s, k, future);
                    if (date.isPresent()) {
                        return date;
                    }
                }
            }
        }
        return Optional.empty();
    }
}
