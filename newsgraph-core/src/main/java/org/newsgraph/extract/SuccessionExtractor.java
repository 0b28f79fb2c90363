package org.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.Participants.Holder;
import org.newsgraph.extract.Values.HoldingStatus;
import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.Entity;
import org.newsgraph.nlp.Layer;
import org.newsgraph.nlp.PartialDate;
import org.newsgraph.nlp.Stage;

/**
 * Finds who follows whom, reading CoreNLP's parse: the succession verbs of the cue list with their
 * subject, object or preposition ("A will succeed B", "B was replaced by A", "A took over from B",
 * "B handed over to A"), participles and infinitives taking their subject from the clause above
 * ("..., succeeding B"; "the appointment of A to take over from B"), and "he"/"him" resolved to
 * the people named before. The office is the one named after "as", else the one the sentence or
 * article gives either person; the date the one the clause introduces ("in June 2018", "with
 * effect from September 2025"), else the successor's start. Hedged verbs ("could succeed") yield
 * nothing. A "new" or "next" holder of an office another person is named in follows that person
 * ({@link IncomingHolders}). Pure.
 */
public final class SuccessionExtractor implements Stage<List<Succession>> {

    public static final Layer<List<Succession>> LAYER = Layer.list("successions");

    private static final Set<String> TOPIC_MARKS = Set.of("about", "of", "on", "over", "whether");
    private static final Set<String> HEDGES = Set.of("could", "might", "may", "not", "n't", "never");

    /** One line of the cue list: a verb, its particle and preposition ("-" for none), and its direction. */
    private record Verb(String lemma, String particle, String preposition, boolean forward) {
    }

    private final CueWords cues;
    private final List<Verb> verbs;
    private final OfficeFinder offices;

    public SuccessionExtractor() {
        this(CueWords.bundled());
    }

    SuccessionExtractor(CueWords cues) {
        this.cues = cues;
        this.offices = new OfficeFinder(cues);
        this.verbs = cues.successionVerbs().stream().map(line -> line.split("\\s+"))
                .map(f -> new Verb(f[0], f[1], f[2], f[3].equals("forward"))).toList();
    }

    @Override
    public String name() {
        return "successions";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(ParsedArticle.LAYER, RoleExtractor.LAYER);
    }

    @Override
    public Layer<List<Succession>> provides() {
        return LAYER;
    }

    @Override
    public List<Succession> apply(AnnotatedArticle annotated) {
        return find(annotated.get(ParsedArticle.LAYER), annotated.get(RoleExtractor.LAYER));
    }

    /** The successions of {@code a}, given the roles found in it: those verbs state, then those nouns state. */
    List<Succession> find(ParsedArticle a, List<RoleHolding> roles) {
        SuccessionOffices officesHere = new SuccessionOffices(a, roles, offices, cues);
        SuccessionDates dates = new SuccessionDates(a, cues.appointment());
        List<Succession> found = new ArrayList<>();
        for (ParsedSentence s : a.sentences()) {
            if (s.graph().isEmpty()) {
                continue;
            }
            SemanticGraph g = s.graph().get();
            for (IndexedWord v : g.vertexListSorted()) {
                for (Verb verb : verbs) {
                    if (matches(s, g, v, verb)) {
                        read(a, s, g, v, verb, roles, officesHere, dates).ifPresent(x -> add(found, x));
                    }
                }
            }
        }
        for (ParsedSentence s : a.sentences()) {
            if (s.graph().isPresent()) {
                for (SuccessorNouns.Found f : SuccessorNouns.find(a, s, s.graph().get())) {
                    addNoun(found, noun(a, s, s.graph().get(), f, roles, officesHere, dates));
                }
            }
        }
        for (ParsedSentence s : a.sentences()) {
            if (s.graph().isPresent()) {
                for (Departures.Found f : Departures.find(a, s, s.graph().get(), roles, cues.postNouns())) {
                    int v = ParsedSentence.at(f.verb());
                    addNoun(found, new Succession(f.successor(), f.predecessor(), Optional.of(f.office()), Optional.empty(),
                            s.evidence(a.id(), 0, v + 1, "successions.departure")));
                }
            }
        }
        IncomingHolders incoming = new IncomingHolders(a, roles, offices);
        for (IncomingHolders.Incoming in : incoming.incoming()) {
            if (found.stream().noneMatch(f -> f.successor().sameAs(in.successor()))) {
                incoming.previous(in).ifPresent(p -> addNoun(found, juxtaposed(a, in, p, dates)));
            }
        }
        return List.copyOf(found);
    }

    /** "A became the new Chair" where the article names B as Chair: A follows B in that office. */
    private static Succession juxtaposed(ParsedArticle a, IncomingHolders.Incoming in, Entity predecessor, SuccessionDates dates) {
        ParsedSentence s = in.sentence();
        return new Succession(in.successor(), predecessor, Optional.of(in.office()), dates.startNear(s, in.successor()),
                s.evidence(a.id(), in.phrase().from(), in.phrase().to(), "successions.incoming"));
    }

    private static void add(List<Succession> found, Succession x) {
        if (found.stream().noneMatch(f -> f.key().equals(x.key()))) {
            found.add(x);
        }
    }

    /** Adds a succession a noun states unless a verb already gave the same two people: a verb states a change more fully. */
    private static void addNoun(List<Succession> found, Succession x) {
        if (found.stream().noneMatch(f -> f.successor().sameAs(x.successor()) && f.predecessor().sameAs(x.predecessor()))) {
            found.add(x);
        }
    }

    private static Succession noun(ParsedArticle a, ParsedSentence s, SemanticGraph g, SuccessorNouns.Found f, List<RoleHolding> roles,
                                   SuccessionOffices offices, SuccessionDates dates) {
        Entity successor = f.successor().person();
        Entity predecessor = f.predecessor().person();
        // "Her successor at the fund, A": the office the predecessor held there.
        Optional<String> at = g.outgoingEdgeList(f.noun()).stream().filter(e -> e.getRelation().toString().equals("nmod:at"))
                .map(e -> s.lower(ParsedSentence.at(e.getDependent()))).findFirst();
        Optional<Office> office = offices.of(s, g, f.noun(), f.clause(), successor, predecessor)
                .or(() -> offices.lastHeld(s, predecessor, at));
        Optional<PartialDate> date = dates.of(s, g, f.clause(), Optional.empty()).or(() -> dates.startNear(s, successor));
        int n = ParsedSentence.at(f.noun());
        int from = Math.min(n, Math.min(f.successor().token(), f.predecessor().token()));
        int to = Math.max(n, Math.max(f.successor().token(), f.predecessor().token())) + 1;
        return new Succession(successor, predecessor, office, date, s.evidence(a.id(), from, to, "successions.noun-" + s.lemma(n)));
    }

    private static boolean matches(ParsedSentence s, SemanticGraph g, IndexedWord v, Verb verb) {
        int i = ParsedSentence.at(v);
        if (!s.lemma(i).equals(verb.lemma()) || !s.tag(i).startsWith("VB")) {
            return false;
        }
        boolean particle = verb.particle().equals("-") || g.outgoingEdgeList(v).stream()
                .anyMatch(e -> e.getRelation().toString().equals("compound:prt") && s.lower(ParsedSentence.at(e.getDependent())).equals(verb.particle()));
        boolean hedged = g.outgoingEdgeList(v).stream().anyMatch(e -> HEDGES.contains(s.lower(ParsedSentence.at(e.getDependent())))
                && (e.getRelation().toString().startsWith("aux") || e.getRelation().toString().equals("advmod")));
        return particle && !hedged && !topic(s, g, v);
    }

    /** "talked to A about her succeeding him", "talk of A succeeding B": a change discussed, not one made. */
    private static boolean topic(ParsedSentence s, SemanticGraph g, IndexedWord v) {
        return g.outgoingEdgeList(v).stream().filter(e -> Set.of("mark", "case").contains(e.getRelation().toString()))
                .anyMatch(e -> TOPIC_MARKS.contains(s.lower(ParsedSentence.at(e.getDependent()))));
    }

    private Optional<Succession> read(ParsedArticle a, ParsedSentence s, SemanticGraph g, IndexedWord v, Verb verb,
                                      List<RoleHolding> roles, SuccessionOffices offices, SuccessionDates dates) {
        // enhanced++ copies "X was elected ..., succeeding Y"'s passive subject onto the participle: only a
        // past participle is itself passive.
        boolean passive = s.tag(ParsedSentence.at(v)).equals("VBN")
                && g.outgoingEdgeList(v).stream().anyMatch(e -> e.getRelation().toString().equals("nsubj:pass"));
        // "X was elected Chair, succeeding Y" parsed with the participle modifying Y: Y is its object, X the clause's subject.
        Optional<SemanticGraphEdge> modified = g.getIncomingEdgesSorted(v).stream().findFirst()
                .filter(e -> e.getRelation().toString().equals("amod") && verb.preposition().equals("-"));
        Optional<Holder> modifiedName = modified.flatMap(e -> Participants.nameIn(a, s, g, e.getGovernor(), Optional.empty()));
        Optional<IndexedWord> clause = modified.flatMap(e -> g.getIncomingEdgesSorted(e.getGovernor()).stream().findFirst())
                .map(SemanticGraphEdge::getGovernor);
        Optional<Holder> subject = modifiedName.isPresent()
                ? clause.flatMap(c -> Participants.subject(a, s, g, c, modifiedName.map(Holder::person), cues.appointment()))
                : passive ? Participants.child(a, s, g, v, Optional.empty(), "nsubj:pass")
                : Participants.subject(a, s, g, v, Optional.empty(), cues.appointment()).or(() -> unmarkedSubject(a, s, g, v));
        if (subject.isEmpty()) {
            return Optional.empty();
        }
        Optional<Entity> self = Optional.of(subject.get().person());
        Optional<Holder> other = modifiedName.isPresent() ? modifiedName
                : passive ? Participants.child(a, s, g, v, self, "obl:agent", "obl:by")
                : verb.preposition().equals("-") ? Participants.child(a, s, g, v, self, "obj")
                : Participants.child(a, s, g, v, self, "obl:" + verb.preposition(), "nmod:" + verb.preposition())
                        .or(() -> fromOffice(a, s, g, v, self, verb.preposition()));
        if (other.isEmpty()) {
            return Optional.empty();
        }
        boolean forward = verb.forward() != passive;
        Holder successor = forward ? subject.get() : other.get();
        Holder predecessor = forward ? other.get() : subject.get();
        if (successor.person().sameAs(predecessor.person())) {
            return Optional.empty();
        }
        int vi = ParsedSentence.at(v);
        Optional<Office> office = offices.of(s, g, v, clause.orElse(v), successor.person(), predecessor.person());
        Optional<PartialDate> date = dates.of(s, g, v, clause)
                .or(() -> office.flatMap(o -> roles.stream().filter(r -> r.person().sameAs(successor.person()))
                        .filter(r -> r.office().key().equals(o.key())).flatMap(r -> r.start().stream()).findFirst()))
                .or(() -> dates.startNear(s, successor.person()));
        int from = Math.min(vi, Math.min(successor.token(), predecessor.token()));
        int to = Math.max(vi, Math.max(successor.token(), predecessor.token())) + 1;
        String rule = "successions." + verb.lemma() + (verb.particle().equals("-") ? "" : "-" + verb.particle());
        return Optional.of(new Succession(successor.person(), predecessor.person(), office, date, s.evidence(a.id(), from, to, rule)));
    }

    /**
     * The subject the tagger or parser missed: a proper noun the tagger did not take for a name
     * ("Costa will succeed B": only people succeed people), or, when the parser lost the subject
     * of a finite verb behind a long apposition ("A, 39, an economist who ..., replaces B"), the
     * person that opens the sentence.
     */
    private static Optional<Holder> unmarkedSubject(ParsedArticle a, ParsedSentence s, SemanticGraph g, IndexedWord v) {
        Optional<IndexedWord> nsubj = g.outgoingEdgeList(v).stream().filter(e -> e.getRelation().toString().startsWith("nsubj"))
                .map(SemanticGraphEdge::getDependent).findFirst();
        if (nsubj.isPresent()) {
            int i = ParsedSentence.at(nsubj.get());
            if (!s.tag(i).equals("NNP") || !Set.of("O", "MISC").contains(s.ner(i))) {
                return Optional.empty();
            }
            int from = i;
            while (from > 0 && s.tag(from - 1).equals("NNP") && Set.of("O", "MISC").contains(s.ner(from - 1))) {
                from--;
            }
            return a.personNamed(s, from, i + 1).map(e -> new Holder(e, i));
        }
        int vi = ParsedSentence.at(v);
        if (!Set.of("VBZ", "VBD", "VBP").contains(s.tag(vi)) || !s.ner(0).equals("PERSON")) {
            return Optional.empty();
        }
        int end = s.nerRun(0)[1];
        return end < vi && s.word(end).equals(",") ? Participants.person(a, s, end - 1, Optional.empty()) : Optional.empty();
    }

    /** "took over as Secretary from B": the preposition hung on the office. */
    private static Optional<Holder> fromOffice(ParsedArticle a, ParsedSentence s, SemanticGraph g, IndexedWord v, Optional<Entity> self,
                                               String preposition) {
        for (IndexedWord d : SuccessionOffices.asPhrases(s, g, v)) {
            Optional<Holder> p = Participants.child(a, s, g, d, self, "nmod:" + preposition);
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

}
