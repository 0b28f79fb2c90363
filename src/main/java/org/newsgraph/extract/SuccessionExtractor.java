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
 * nothing. Pure.
 */
public final class SuccessionExtractor implements Stage<List<Succession>> {

    public static final Layer<List<Succession>> LAYER = Layer.list("successions");

    private static final Set<String> DATE_LEADS = Set.of("in", "on", "from", "effective");
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

    /** The successions of {@code a}, given the roles found in it. */
    List<Succession> find(ParsedArticle a, List<RoleHolding> roles) {
        OrganisationContext context = new OrganisationContext(a, offices);
        List<Succession> found = new ArrayList<>();
        for (ParsedSentence s : a.sentences()) {
            if (s.graph().isEmpty()) {
                continue;
            }
            SemanticGraph g = s.graph().get();
            for (IndexedWord v : g.vertexListSorted()) {
                for (Verb verb : verbs) {
                    if (matches(s, g, v, verb)) {
                        read(a, s, g, v, verb, roles, context).filter(x -> found.stream().noneMatch(f -> f.key().equals(x.key())))
                                .ifPresent(found::add);
                    }
                }
            }
        }
        return List.copyOf(found);
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
        return particle && !hedged;
    }

    private Optional<Succession> read(ParsedArticle a, ParsedSentence s, SemanticGraph g, IndexedWord v, Verb verb,
                                      List<RoleHolding> roles, OrganisationContext context) {
        boolean passive = g.outgoingEdgeList(v).stream().anyMatch(e -> e.getRelation().toString().equals("nsubj:pass"));
        // "X was elected Chair, succeeding Y" parsed with the participle modifying Y: Y is its object, X the clause's subject.
        Optional<SemanticGraphEdge> modified = g.getIncomingEdgesSorted(v).stream().findFirst()
                .filter(e -> e.getRelation().toString().equals("amod") && verb.preposition().equals("-"));
        Optional<Holder> modifiedName = modified.flatMap(e -> Participants.nameIn(a, s, g, e.getGovernor(), Optional.empty()));
        Optional<IndexedWord> clause = modified.flatMap(e -> g.getIncomingEdgesSorted(e.getGovernor()).stream().findFirst())
                .map(SemanticGraphEdge::getGovernor);
        Optional<Holder> subject = modifiedName.isPresent()
                ? clause.flatMap(c -> Participants.subject(a, s, g, c, modifiedName.map(Holder::person), cues.appointment()))
                : passive ? Participants.child(a, s, g, v, Optional.empty(), "nsubj:pass")
                : Participants.subject(a, s, g, v, Optional.empty(), cues.appointment());
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
        Optional<Office> office = officeAs(a, s, g, clause.orElse(v), context)
                .or(() -> anaphoric(s, g, v) ? officeBefore(s, roles, successor.person()) : Optional.empty())
                .or(() -> officeFromRoles(s, roles, successor.person(), predecessor.person()));
        Optional<PartialDate> date = Participants.dateAfter(s, vi, DATE_LEADS)
                .or(() -> office.flatMap(o -> roles.stream().filter(r -> r.person().sameAs(successor.person()))
                        .filter(r -> r.office().key().equals(o.key())).flatMap(r -> r.start().stream()).findFirst()));
        int from = Math.min(vi, Math.min(successor.token(), predecessor.token()));
        int to = Math.max(vi, Math.max(successor.token(), predecessor.token())) + 1;
        String rule = "successions." + verb.lemma() + (verb.particle().equals("-") ? "" : "-" + verb.particle());
        return Optional.of(new Succession(successor.person(), predecessor.person(), office, date, s.evidence(a.id(), from, to, rule)));
    }

    /** "took over as Secretary from B": the preposition hung on the office. */
    private static Optional<Holder> fromOffice(ParsedArticle a, ParsedSentence s, SemanticGraph g, IndexedWord v, Optional<Entity> self,
                                               String preposition) {
        for (IndexedWord d : asPhrases(s, g, v)) {
            Optional<Holder> p = Participants.child(a, s, g, d, self, "nmod:" + preposition);
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    /** The heads of the verb's "as" phrases, however the parser attached them ("as" may head its own phrase). */
    private static List<IndexedWord> asPhrases(ParsedSentence s, SemanticGraph g, IndexedWord v) {
        List<IndexedWord> out = new ArrayList<>();
        for (SemanticGraphEdge e : g.outgoingEdgeList(v)) {
            String rel = e.getRelation().toString();
            if (rel.endsWith(":as") || rel.equals("xcomp")) {
                out.add(e.getDependent());
            } else if (s.lower(ParsedSentence.at(e.getDependent())).equals("as")) {
                g.outgoingEdgeList(e.getDependent()).forEach(inner -> out.add(inner.getDependent()));
            }
        }
        return out;
    }

    /** "... as the next Chief of the Defence Staff": the office an "as" phrase of the verb names. */
    private Optional<Office> officeAs(ParsedArticle a, ParsedSentence s, SemanticGraph g, IndexedWord v, OrganisationContext context) {
        List<OfficePhrase> phrases = offices.find(a, s);
        List<IndexedWord> heads = new ArrayList<>(asPhrases(s, g, v));
        if (g.outgoingEdgeList(v).stream().anyMatch(e -> e.getRelation().toString().equals("nsubj:pass"))) {
            // "X was elected chancellor": the parser makes the passive's complement its object.
            g.outgoingEdgeList(v).stream().filter(o -> o.getRelation().toString().equals("obj")).forEach(o -> heads.add(o.getDependent()));
        }
        // "X was elected Chair, succeeding Y": a participle takes the office of the clause it hangs from.
        g.getIncomingEdgesSorted(v).stream().filter(e -> Set.of("advcl", "xcomp", "conj").contains(e.getRelation().toString().replaceFirst(":.*", "")))
                .findFirst().ifPresent(e -> {
                    heads.addAll(asPhrases(s, g, e.getGovernor()));
                    // "X was elected chancellor, succeeding Y": the parser makes the passive's complement its object.
                    g.outgoingEdgeList(e.getGovernor()).stream().filter(o -> o.getRelation().toString().equals("obj"))
                            .forEach(o -> heads.add(o.getDependent()));
                });
        for (IndexedWord head : heads) {
            int d = ParsedSentence.at(head);
            for (OfficePhrase p : phrases) {
                if (p.covers(d)) {
                    return Optional.of(p.office(context.organisationFor(s, p)));
                }
            }
        }
        return Optional.empty();
    }

    /** "succeed B in this role": the office is one named before. */
    private boolean anaphoric(ParsedSentence s, SemanticGraph g, IndexedWord v) {
        return g.outgoingEdgeList(v).stream().filter(e -> e.getRelation().toString().startsWith("obl"))
                .map(SemanticGraphEdge::getDependent)
                .filter(d -> cues.postNouns().contains(s.lemma(ParsedSentence.at(d))))
                .anyMatch(d -> g.outgoingEdgeList(d).stream().anyMatch(e -> e.getRelation().toString().equals("det")
                        && Set.of("this", "that", "the").contains(s.lower(ParsedSentence.at(e.getDependent())))));
    }

    /** The office the successor was last given before this sentence. */
    private static Optional<Office> officeBefore(ParsedSentence s, List<RoleHolding> roles, Entity successor) {
        Optional<Office> last = Optional.empty();
        for (RoleHolding r : roles) {
            if (r.person().sameAs(successor) && r.evidence().sentence().begin() < s.span().begin() && r.status() != HoldingStatus.FORMER) {
                last = Optional.of(r.office());
            }
        }
        return last;
    }

    /** The office the successor takes or the predecessor holds, in this sentence, else in the article. */
    private static Optional<Office> officeFromRoles(ParsedSentence s, List<RoleHolding> roles, Entity successor, Entity predecessor) {
        List<RoleHolding> taken = roles.stream().filter(r -> r.person().sameAs(successor) && r.status() != HoldingStatus.FORMER).toList();
        List<RoleHolding> left = roles.stream().filter(r -> r.person().sameAs(predecessor) && r.status() != HoldingStatus.DESIGNATE).toList();
        Optional<RoleHolding> here = taken.stream().filter(r -> r.evidence().sentence().equals(s.span())).findFirst()
                .or(() -> left.stream().filter(r -> r.evidence().sentence().equals(s.span())).findFirst());
        Optional<RoleHolding> shared = left.stream().filter(r -> taken.stream().anyMatch(t -> t.office().key().equals(r.office().key()))).findFirst();
        return here.or(() -> shared).or(() -> left.stream().findFirst()).or(() -> taken.stream().findFirst()).map(RoleHolding::office);
    }
}
