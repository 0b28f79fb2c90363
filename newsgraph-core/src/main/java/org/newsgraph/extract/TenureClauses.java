package org.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.Participants.Holder;
import org.newsgraph.nlp.PartialDate;

/**
 * Reads when a holding began from a clause of its holder: a clause of holding an office
 * (tenure-verbs.txt) with a "since" or "from" date ("Ola Dahl, who had headed the government since
 * March 2030", "Dahl led the bank from 2013 to 2020"), or a clause of taking office
 * (tenure-starts.txt) with a date on its verb ("Dahl first took office on 3 May 2031", "Aas, who
 * returned to power in March 2030"). The holder is the clause's subject, the name a relative clause
 * hangs from, or the object of the verb an infinitive completes ("asked Dahl to take on the role in
 * 2029"); the organisation the clause names, if any, tells which of the holder's offices it dates.
 * Living somewhere or working for someone since a date holds no office. Pure.
 */
final class TenureClauses {

    private static final Set<String> VERBS = Set.copyOf(CueWords.lines("tenure-verbs"));
    private static final Set<String> LEADS = Set.of("since", "from");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "that");
    private static final Set<String> FUTURE = Set.of("will", "shall", "'ll");
    private static final Set<String> STARTS = Set.copyOf(CueWords.lines("tenure-starts"));
    /** How a date hangs on a verb of taking office ("took office on 3 May", "returned to power in 2030"). */
    private static final Set<String> ON_VERB = Set.of("obl:in", "obl:on", "obl:tmod", "obl:npmod");
    /** How the words that complete a verb of taking office hang on it. */
    private static final Set<String> COMPLEMENTS = Set.of("compound:prt", "obj", "obl:to", "obl:into", "nsubj:pass");
    /** How an organisation the clause names hangs on its verb ("led the bank", "took office at the alliance"). */
    private static final Set<String> ORGANISATIONS = Set.of("obj", "obl:at", "obl:of", "obl:in", "obl:to");

    /**
     * A holder named in a sentence (empty when a description stands for them: "The German, who has led
     * the Commission since 2019"), the start their clause gives, and the words that name the
     * organisation the clause is about, if any.
     */
    record Tenure(Optional<Holder> holder, PartialDate start, Optional<String> organisation) {
    }

    private TenureClauses() {
    }

    /** The tenures the clauses of {@code s} give the people they are about. */
    static List<Tenure> in(ParsedArticle a, ParsedSentence s, DateAnchor anchor) {
        List<Tenure> out = new ArrayList<>();
        Optional<SemanticGraph> graph = s.graph();
        if (graph.isEmpty()) {
            return out;
        }
        SemanticGraph g = graph.get();
        for (IndexedWord verb : g.vertexListSorted()) {
            boolean holding = VERBS.contains(s.lemma(ParsedSentence.at(verb))) && s.tag(ParsedSentence.at(verb)).startsWith("VB");
            // "He will take up his new role on 30 November": a start ahead dates no holding that has begun.
            Optional<PartialDate> start = holding ? since(s, g, verb, anchor)
                    : takesOffice(a, s, g, verb) && !ahead(s, g, verb) ? dateOn(s, g, verb, anchor) : Optional.empty();
            if (start.isEmpty()) {
                continue;
            }
            Optional<String> organisation = organisation(s, g, verb);
            // "He took office at the bank in 2031": the organisation tells whose office better than the pronoun.
            Optional<Holder> holder = pronoun(s, g, verb) && organisation.isPresent() ? Optional.empty() : holder(a, s, g, verb);
            // "Dahl has led the talks since 2030": outside a relative clause on the holder, holding needs an organisation.
            boolean said = !holding || relative(s, g, verb) || organisation.isPresent();
            if (said && (holder.isPresent() || described(s, g, verb) || pronoun(s, g, verb))) {
                out.add(new Tenure(holder, start.get(), organisation));
            }
        }
        return out;
    }

    /** Whether {@code lemma} is a verb of holding an office ("serve", "lead"). */
    static boolean holding(String lemma) {
        return VERBS.contains(lemma);
    }

    /**
     * Whether {@code verb} with the words that complete it says someone took office: "took office",
     * "returned to power", or a verb of the {@code seat} entries with a seat of government the
     * gazetteer knows as one, a place that speaks for its state ("returned to the White House").
     */
    private static boolean takesOffice(ParsedArticle a, ParsedSentence s, SemanticGraph g, IndexedWord verb) {
        String lemma = s.lemma(ParsedSentence.at(verb));
        return g.outgoingEdgeList(verb).stream().filter(e -> COMPLEMENTS.contains(e.getRelation().toString()))
                .anyMatch(e -> STARTS.contains(lemma + " " + phrase(s, g, e.getDependent()))
                        || STARTS.contains(lemma + " " + head(s, e.getDependent()))
                        || STARTS.contains(lemma + " seat") && seatOfGovernment(a, s, g, e.getDependent()));
    }

    /** Whether the noun phrase headed by {@code head} names a seat of government: a name the gazetteer says speaks for a state. */
    private static boolean seatOfGovernment(ParsedArticle a, ParsedSentence s, SemanticGraph g, IndexedWord head) {
        String name = phrase(s, g, head);
        return a.known(name).flatMap(place -> a.gazetteer().speaksFor(place)).isPresent();
    }

    private static String head(ParsedSentence s, IndexedWord w) {
        int i = ParsedSentence.at(w);
        return s.tag(i).startsWith("NN") ? s.lemma(i).toLowerCase(java.util.Locale.ROOT) : s.lower(i);
    }

    /** The lower-case words of a noun and its compounds ("white house"), or a particle's word. */
    private static String phrase(ParsedSentence s, SemanticGraph g, IndexedWord head) {
        StringBuilder words = new StringBuilder();
        for (SemanticGraphEdge e : g.outgoingEdgeList(head)) {
            if (e.getRelation().toString().equals("compound")) {
                words.append(s.lower(ParsedSentence.at(e.getDependent()))).append(' ');
            }
        }
        return words.append(head(s, head)).toString();
    }

    /** A date hung on {@code verb} itself ("took office on 3 May 2031"), its year from the article when the text gives none. */
    private static Optional<PartialDate> dateOn(ParsedSentence s, SemanticGraph g, IndexedWord verb, DateAnchor anchor) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
            int d = ParsedSentence.at(e.getDependent());
            if (ON_VERB.contains(e.getRelation().toString()) && s.ner(d).equals("DATE") && !Participants.addressed(s, d)) {
                Optional<PartialDate> date = anchor.date(s, d, false);
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Who the clause of {@code verb} is about: its subject, the name its relative clause hangs from
     * (or that name's apposition), or the object of the verb whose infinitive it is ("asked Dahl to
     * take on the role").
     */
    private static Optional<Holder> holder(ParsedArticle a, ParsedSentence s, SemanticGraph g, IndexedWord verb) {
        Optional<Holder> subject = Participants.child(a, s, g, verb, Optional.empty(), "nsubj");
        if (subject.isPresent()) {
            return subject;
        }
        for (SemanticGraphEdge up : g.getIncomingEdgesSorted(verb)) {
            String rel = up.getRelation().toString();
            if (rel.equals("acl:relcl")) {
                return named(a, s, g, up.getGovernor());
            }
            if (rel.equals("xcomp")) {
                return Participants.child(a, s, g, up.getGovernor(), Optional.empty(), "obj");
            }
        }
        return Optional.empty();
    }

    /** Whether {@code verb} heads a relative clause (the parse may hang "who had headed ..." loosely on the name). */
    private static boolean relative(ParsedSentence s, SemanticGraph g, IndexedWord verb) {
        return g.getIncomingEdgesSorted(verb).stream().anyMatch(up -> up.getRelation().toString().equals("acl:relcl"))
                || g.outgoingEdgeList(verb).stream().anyMatch(e -> e.getRelation().toString().startsWith("nsubj")
                && RELATIVE_PRONOUNS.contains(s.lower(ParsedSentence.at(e.getDependent()))));
    }

    /** Whether {@code verb} speaks of the future ("will take up"). */
    private static boolean ahead(ParsedSentence s, SemanticGraph g, IndexedWord verb) {
        return g.outgoingEdgeList(verb).stream().anyMatch(e -> e.getRelation().toString().equals("aux")
                && FUTURE.contains(s.lower(ParsedSentence.at(e.getDependent()))));
    }

    /** Whether the subject of {@code verb} is a personal pronoun ("He took office at the bank"). */
    private static boolean pronoun(ParsedSentence s, SemanticGraph g, IndexedWord verb) {
        return g.outgoingEdgeList(verb).stream().anyMatch(e -> e.getRelation().toString().equals("nsubj")
                && s.tag(ParsedSentence.at(e.getDependent())).equals("PRP"));
    }

    /** Whether a relative clause of {@code verb} hangs from a description rather than a name ("The German, who ..."). */
    private static boolean described(ParsedSentence s, SemanticGraph g, IndexedWord verb) {
        return g.getIncomingEdgesSorted(verb).stream().filter(up -> up.getRelation().toString().equals("acl:relcl"))
                .map(up -> ParsedSentence.at(up.getGovernor()))
                .anyMatch(i -> !s.ner(i).equals("PERSON") && i > 0 && s.lower(i - 1).equals("the"));
    }

    /** The words of an organisation the clause names ("led the Bank of England", "took office at NATO"). */
    private static Optional<String> organisation(ParsedSentence s, SemanticGraph g, IndexedWord verb) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
            int d = ParsedSentence.at(e.getDependent());
            if (ORGANISATIONS.contains(e.getRelation().toString()) && s.ner(d).equals("ORGANIZATION")) {
                int[] run = s.nerRun(d);
                return Optional.of(s.text(run[0], run[1]));
            }
            if (ORGANISATIONS.contains(e.getRelation().toString()) && s.tag(d).startsWith("NNP")) {
                return Optional.of(phrase(s, g, e.getDependent()));
            }
        }
        return Optional.empty();
    }

    /** The person the clause's noun names, or the person that noun is in apposition to ("Dahl, the Liberal who"). */
    private static Optional<Holder> named(ParsedArticle a, ParsedSentence s, SemanticGraph g, IndexedWord noun) {
        int i = ParsedSentence.at(noun);
        if (s.ner(i).equals("PERSON")) {
            return Participants.person(a, s, i, Optional.empty());
        }
        return g.getIncomingEdgesSorted(noun).stream().filter(up -> up.getRelation().toString().equals("appos"))
                .map(up -> ParsedSentence.at(up.getGovernor())).filter(j -> s.ner(j).equals("PERSON")).findFirst()
                .flatMap(j -> Participants.person(a, s, j, Optional.empty()));
    }

    /** The "since" date inside the clause of {@code verb}. */
    private static Optional<PartialDate> since(ParsedSentence s, SemanticGraph g, IndexedWord verb, DateAnchor anchor) {
        int from = ParsedSentence.at(verb);
        int to = from + 1;
        for (IndexedWord w : g.descendants(verb)) {
            to = Math.max(to, ParsedSentence.at(w) + 1);
        }
        return Participants.dateAfter(s, from, to, LEADS, k -> anchor.date(s, k, false));
    }
}
