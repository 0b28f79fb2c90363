package org.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.nlp.Entity;
import org.newsgraph.nlp.EntityKind;
import org.newsgraph.nlp.PartialDate;

/**
 * Who takes part in a clause, read from the dependency graph: the person a node names (a name, or
 * "he"/"she"/"him"/"her" resolved to the last person named before it), a verb's subject with
 * control, participles and "the appointment of X to ..." followed upwards, and the dates a clause
 * gives. Stateless.
 */
final class Participants {

    /** A person and the token that names them. */
    record Holder(Entity person, int token) {
    }

    private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her", "his");
    private static final Set<String> SPEAKERS = Set.of("i", "we", "you");
    private static final Set<String> CLIMB = Set.of("xcomp", "advcl", "conj", "acl", "ccomp", "acl:relcl", "parataxis", "dep");
    private static final Pattern ISO = Pattern.compile("^(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?");

    private Participants() {
    }

    /** The person token {@code i} of {@code s} names, other than {@code exclude}. */
    static Optional<Holder> person(ParsedArticle a, ParsedSentence s, int i, Optional<Entity> exclude) {
        if (!s.ner(i).equals("PERSON") && addressed(s, i)) {
            int from = i;
            while (from > 0 && addressed(s, from - 1)) {
                from--;
            }
            return a.personNamed(s, from, i + 1).filter(e -> exclude.isEmpty() || !e.sameAs(exclude.get())).map(e -> new Holder(e, i));
        }
        if (s.ner(i).equals("PERSON")) {
            return a.entityAt(s, i).filter(e -> e.kind() == EntityKind.PERSON)
                    .filter(e -> exclude.isEmpty() || !e.sameAs(exclude.get())).map(e -> new Holder(e, i));
        }
        Optional<Entity> bySurname = a.personBySurname(s, i).filter(e -> exclude.isEmpty() || !e.sameAs(exclude.get()));
        if (bySurname.isPresent()) {
            return bySurname.map(e -> new Holder(e, i));
        }
        if (s.lower(i).equals("who") && i > 0 && s.ner(i - 1).equals("PERSON")) {
            // "B who is leaving to become ...": the relative pronoun stands for the name before it.
            return person(a, s, i - 1, exclude);
        }
        if (s.lower(i).equals("who") && i > 1 && s.word(i - 1).equals(",") && s.ner(i - 2).equals("PERSON")) {
            // "B, who is currently acting Chief": the same after a comma.
            return person(a, s, i - 2, exclude).map(h -> new Holder(h.person(), i));
        }
        if (PRONOUNS.contains(s.lower(i))) {
            return before(a, s, i, exclude).map(e -> new Holder(e, i));
        }
        return Optional.empty();
    }

    private static final Set<String> ADDRESS = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.");

    /** A capitalised word right after "Mr", "Mrs", "Ms" or "Dr", which the tagger may take for a month ("Mrs May"). */
    static boolean addressed(ParsedSentence s, int i) {
        return i > 0 && ADDRESS.contains(s.lower(i - 1)) && Character.isUpperCase(s.word(i).charAt(0));
    }

    /** The last person named before token {@code i} (in this or the three sentences before), other than {@code exclude}. */
    static Optional<Entity> before(ParsedArticle a, ParsedSentence s, int i, Optional<Entity> exclude) {
        for (int k = s.index(); k >= 0 && k >= s.index() - 3; k--) {
            ParsedSentence sentence = a.sentences().get(k);
            // A subject is the likeliest antecedent: "A would succeed B. ... she will succeed him" (she = A).
            Optional<Entity> subject = subjectBefore(a, sentence, k == s.index() ? i : sentence.size(), exclude);
            if (subject.isPresent()) {
                return subject;
            }
            for (int j = (k == s.index() ? i : sentence.size()) - 1; j >= 0; j--) {
                if (sentence.ner(j).equals("PERSON") || addressed(sentence, j)) {
                    Optional<Entity> found = person(a, sentence, j, exclude).map(Holder::person);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Entity> subjectBefore(ParsedArticle a, ParsedSentence s, int limit, Optional<Entity> exclude) {
        if (s.graph().isEmpty()) {
            return Optional.empty();
        }
        SemanticGraph g = s.graph().get();
        Optional<Entity> latest = Optional.empty();
        int at = -1;
        for (SemanticGraphEdge e : g.edgeIterable()) {
            int d = ParsedSentence.at(e.getDependent());
            if (e.getRelation().toString().startsWith("nsubj") && d < limit && d > at) {
                Optional<Entity> found = nameIn(a, s, g, e.getDependent(), exclude).map(Holder::person);
                if (found.isPresent()) {
                    latest = found;
                    at = d;
                }
            }
        }
        return latest;
    }

    /** The child of {@code v} whose relation starts with one of {@code relations} and names a person. */
    static Optional<Holder> child(ParsedArticle a, ParsedSentence s, SemanticGraph g, IndexedWord v, Optional<Entity> exclude,
                                  String... relations) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(v)) {
            String rel = e.getRelation().toString();
            for (String r : relations) {
                if (rel.equals(r) || rel.startsWith(r + ":")) {
                    Optional<Holder> p = nameIn(a, s, g, e.getDependent(), exclude);
                    if (p.isPresent()) {
                        return p;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The person {@code node} names, or a name inside its phrase ("Sir Tom Varley KCB ADC", headed by "ADC"). */
    static Optional<Holder> nameIn(ParsedArticle a, ParsedSentence s, SemanticGraph g, IndexedWord node, Optional<Entity> exclude) {
        Optional<Holder> p = inPhrase(a, s, g, node, exclude, 0);
        if (p.isPresent()) {
            return p;
        }
        // "Mrs Dahl, the current home secretary, would ...": an apposition the parser broke; the name is before the comma.
        int left = g.descendants(node).stream().mapToInt(ParsedSentence::at).min().orElse(ParsedSentence.at(node));
        if (left >= 2 && s.word(left - 1).equals(",") && (s.ner(left - 2).equals("PERSON") || addressed(s, left - 2))) {
            return person(a, s, left - 2, exclude);
        }
        return Optional.empty();
    }

    private static Optional<Holder> inPhrase(ParsedArticle a, ParsedSentence s, SemanticGraph g, IndexedWord node, Optional<Entity> exclude,
                                             int depth) {
        Optional<Holder> p = person(a, s, ParsedSentence.at(node), exclude);
        if (p.isPresent() || depth > 3) {
            return p;
        }
        for (SemanticGraphEdge e : g.outgoingEdgeList(node)) {
            String rel = e.getRelation().toString();
            // "General Ana Holt AC DSC": the parser may hang the letters after a name, and the name with them, from the title.
            boolean letters = rel.equals("dep") && PostNominals.at(s, ParsedSentence.at(e.getDependent()));
            if (rel.equals("compound") || rel.equals("flat") || rel.equals("appos") || letters) {
                Optional<Holder> inner = inPhrase(a, s, g, e.getDependent(), exclude, depth + 1);
                if (inner.isPresent()) {
                    return inner;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The subject of the verb at {@code verb}, else of the first verb above it that has one, within
     * {@code reach} steps up the parse ("will continue to serve", "became premier after winning").
     */
    static Optional<Holder> subjectAbove(ParsedArticle a, ParsedSentence s, SemanticGraph g, IndexedWord verb, int reach) {
        IndexedWord node = verb;
        for (int step = 0; node != null && step < reach; step++) {
            Optional<Holder> subject = subject(a, s, g, node, Optional.empty(), Set.of());
            if (subject.isPresent()) {
                return subject;
            }
            node = g.getIncomingEdgesSorted(node).stream().findFirst().map(SemanticGraphEdge::getGovernor).orElse(null);
        }
        return Optional.empty();
    }

    /**
     * The subject of the clause at {@code v}: its own subject, else (for participles, infinitives
     * and coordinated verbs) the subject of the clause it hangs from, or the person a noun names
     * ("the appointment of X to take over", "X, succeeding Y").
     */
    static Optional<Holder> subject(ParsedArticle a, ParsedSentence s, SemanticGraph g, IndexedWord v, Optional<Entity> exclude,
                                    Set<String> appointmentNouns) {
        IndexedWord node = v;
        for (int depth = 0; node != null && depth < 4; depth++) {
            Optional<Holder> own = child(a, s, g, node, exclude, "nsubj");
            if (own.isPresent()) {
                return own;
            }
            if (spokenBySpeaker(s, g, node)) {
                // "I had the privilege to serve with him as a minister": the speaker, whom the words do not name.
                return Optional.empty();
            }
            // "approved the appointment of X to take over": the appointment as subject stands for the appointed.
            for (SemanticGraphEdge e : g.outgoingEdgeList(node)) {
                if (e.getRelation().toString().startsWith("nsubj") && appointmentNouns.contains(s.lemma(ParsedSentence.at(e.getDependent())))) {
                    Optional<Holder> of = child(a, s, g, e.getDependent(), exclude, "nmod:of", "nmod:poss");
                    if (of.isPresent()) {
                        return of;
                    }
                }
            }
            if (node != v) {
                Optional<Holder> self = person(a, s, ParsedSentence.at(node), exclude).filter(h -> s.ner(h.token()).equals("PERSON"));
                if (self.isPresent()) {
                    return self;
                }
                if (appointmentNouns.contains(s.lemma(ParsedSentence.at(node)))) {
                    Optional<Holder> of = child(a, s, g, node, exclude, "nmod:of", "nmod:poss");
                    if (of.isPresent()) {
                        return of;
                    }
                }
                // "approved the appointment of X to take over": the appointed one is the subject.
                for (SemanticGraphEdge e : g.outgoingEdgeList(node)) {
                    if (e.getRelation().toString().equals("obj") && appointmentNouns.contains(s.lemma(ParsedSentence.at(e.getDependent())))) {
                        Optional<Holder> of = child(a, s, g, e.getDependent(), exclude, "nmod:of", "nmod:poss");
                        if (of.isPresent()) {
                            return of;
                        }
                    }
                }
            }
            SemanticGraphEdge up = g.getIncomingEdgesSorted(node).stream().findFirst().orElse(null);
            if (up == null || !CLIMB.contains(up.getRelation().toString().replaceFirst(":(?!relcl).*", ""))
                    && !up.getRelation().toString().equals("acl:relcl")) {
                return Optional.empty();
            }
            node = up.getGovernor();
        }
        return Optional.empty();
    }

    /** Whether the subject of {@code v} is the speaker or the one spoken to ("I", "we", "you"). */
    private static boolean spokenBySpeaker(ParsedSentence s, SemanticGraph g, IndexedWord v) {
        return g.outgoingEdgeList(v).stream().anyMatch(e -> e.getRelation().toString().startsWith("nsubj")
                && SPEAKERS.contains(s.lower(ParsedSentence.at(e.getDependent()))));
    }

    /**
     * A date in {@code s} between {@code from} and {@code to} that one of {@code leads} introduces ("since
     * 2013", "from 22 July 2021"), read by {@code reader} from its first token.
     */
    static Optional<PartialDate> dateAfter(ParsedSentence s, int from, int to, Set<String> leads, java.util.function.IntFunction<Optional<PartialDate>> reader) {
        for (int k = Math.max(1, from); k < Math.min(to, s.size()); k++) {
            if (s.ner(k).equals("DATE") && (k == 0 || !s.ner(k - 1).equals("DATE"))) {
                int lead = k - 1;
                if (lead >= 0 && (s.lower(lead).equals("early") || s.lower(lead).equals("late") || s.lower(lead).equals("mid"))) {
                    lead--;
                }
                if (lead >= 0 && leads.contains(s.lower(lead))) {
                    Optional<PartialDate> date = reader.apply(k);
                    if (date.isPresent()) {
                        return date;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** SUTime's value of the date at token {@code k}, as precise as it is. */
    static Optional<PartialDate> date(ParsedSentence s, int k) {
        Optional<String> value = s.normalized(k);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(value.get());
        if (!m.find()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null || month == 0 ? 0 : Integer.parseInt(m.group(3));
        try {
            return Optional.of(new PartialDate(year, month, day));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
