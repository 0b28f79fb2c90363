package org.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.Values.HoldingStatus;
import org.newsgraph.nlp.Entity;
import org.newsgraph.nlp.EntityKind;

/**
 * The office a succession is about, for one article: the one an "as" phrase of the verb names,
 * else the one "this role" points back to, else the one the sentence gives either person, else the
 * one another sentence puts the successor in ("parliament approved A as prime minister. A replaces
 * B"), else one the article gives either person. Immutable.
 */
final class SuccessionOffices {

    /** How a person and an office phrase hang on one verb: "appointed A as Chair", "A was named Chair". */
    private static final Set<String> PERSON_OF_VERB = Set.of("obj", "nsubj:pass", "nsubj");
    private static final Set<String> OFFICE_OF_VERB = Set.of("obl:as", "xcomp", "obj");
    /** How a person and an office phrase hang on each other: "A, the new Chair", "the new Chair will be A". */
    private static final Set<String> PERSON_AND_OFFICE = Set.of("appos", "nsubj", "nsubj:pass", "acl", "dep");

    /** How a participle hangs on the clause that gives its office ("led the Bank ..., handing over to B"). */
    private static final Set<String> CLAUSE_LINKS = Set.of("advcl", "xcomp", "conj", "dep");
    private static final Set<String> HEAD_VERBS = Set.copyOf(CueWords.lines("head-verbs"));
    private static final java.util.Map<String, String> HEAD_TITLES = CueWords.lines("head-titles").stream().map(l -> l.split("\t"))
            .collect(java.util.stream.Collectors.toUnmodifiableMap(f -> f[0], f -> f[1]));

    private final ParsedArticle a;
    private final List<RoleHolding> roles;
    private final OrganisationContext context;
    private final OfficeFinder offices;
    private final CueWords cues;

    SuccessionOffices(ParsedArticle a, List<RoleHolding> roles, OfficeFinder offices, CueWords cues) {
        this.a = a;
        this.roles = roles;
        this.offices = offices;
        this.cues = cues;
        this.context = new OrganisationContext(a, offices);
    }

    /** The office of the succession the verb (or noun) {@code v} of {@code s} states, heading the clause {@code clause}. */
    Optional<Office> of(ParsedSentence s, SemanticGraph g, IndexedWord v, IndexedWord clause, Entity successor, Entity predecessor) {
        return officeAs(s, g, clause)
                .or(() -> ledOrganisation(s, g, clause))
                .or(() -> anaphoric(s, g, v) ? before(s, successor) : Optional.empty())
                .or(() -> inSentence(s, successor, predecessor))
                .or(() -> elsewhere(s, successor))
                .or(() -> fromRoles(s, successor, predecessor))
                .map(office -> substantive(office, successor));
    }

    /**
     * "The new Chief will be A, who is acting Chief. A takes over from B": a successor named both as
     * the stand-in ("acting", "interim") and as the next holder of an office takes over the office itself.
     */
    private Office substantive(Office office, Entity successor) {
        String[] words = office.role().split(" ", 2);
        if (words.length < 2 || !RoleExtractor.STAND_INS.contains(words[0].toLowerCase(java.util.Locale.ROOT))) {
            return office;
        }
        return taken(successor).stream().map(RoleHolding::office)
                .filter(o -> o.role().equalsIgnoreCase(words[1]) && o.organization().equals(office.organization()))
                .findFirst().orElse(office);
    }

    /** The office the predecessor last held before or in {@code s}, preferring one whose organisation {@code hint} names ("at the fund"). */
    Optional<Office> lastHeld(ParsedSentence s, Entity predecessor, Optional<String> hint) {
        List<RoleHolding> held = roles.stream().filter(r -> r.person().sameAs(predecessor) && r.status() != HoldingStatus.DESIGNATE)
                .filter(r -> r.evidence().sentence().begin() <= s.span().begin()).toList();
        Optional<RoleHolding> hinted = hint.flatMap(h -> held.stream().filter(r -> r.office().label().toLowerCase().contains(h)).reduce((x, y) -> y));
        return hinted.map(RoleHolding::office).or(() -> hint.flatMap(h -> namedBefore(s, h)))
                .or(() -> held.stream().reduce((x, y) -> y).map(RoleHolding::office));
    }

    /** The last office named in or shortly before {@code s} whose words hold {@code hint} ("managing director of the Fund"). */
    private Optional<Office> namedBefore(ParsedSentence s, String hint) {
        for (int k = s.index(); k >= 0 && k >= s.index() - 3; k--) {
            ParsedSentence t = a.sentences().get(k);
            List<OfficePhrase> phrases = offices.find(a, t);
            for (int p = phrases.size() - 1; p >= 0; p--) {
                Office office = phrases.get(p).office(context.organisationFor(t, phrases.get(p)));
                if (office.label().toLowerCase().contains(hint)) {
                    return Optional.of(office);
                }
            }
        }
        return Optional.empty();
    }

    /** The heads of the verb's "as" phrases, however the parser attached them ("as" may head its own phrase). */
    static List<IndexedWord> asPhrases(ParsedSentence s, SemanticGraph g, IndexedWord v) {
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
    private Optional<Office> officeAs(ParsedSentence s, SemanticGraph g, IndexedWord v) {
        List<OfficePhrase> phrases = offices.find(a, s);
        List<IndexedWord> heads = new ArrayList<>(asPhrases(s, g, v));
        if (g.outgoingEdgeList(v).stream().anyMatch(e -> e.getRelation().toString().equals("nsubj:pass"))) {
            // "X was elected chancellor": the parser makes the passive's complement its object.
            g.outgoingEdgeList(v).stream().filter(o -> o.getRelation().toString().equals("obj")).forEach(o -> heads.add(o.getDependent()));
        }
        // "X was elected Chair, succeeding Y": a participle takes the office of the clause it hangs from.
        g.getIncomingEdgesSorted(v).stream().filter(e -> Set.of("advcl", "xcomp", "conj", "dep").contains(e.getRelation().toString().replaceFirst(":.*", "")))
                .findFirst().ifPresent(e -> {
                    heads.addAll(asPhrases(s, g, e.getGovernor()));
                    g.outgoingEdgeList(e.getGovernor()).stream().filter(o -> o.getRelation().toString().equals("obj"))
                            .forEach(o -> heads.add(o.getDependent()));
                });
        for (IndexedWord head : heads) {
            Optional<OfficePhrase> p = covering(phrases, ParsedSentence.at(head));
            if (p.isPresent()) {
                return Optional.of(p.get().office(context.organisationFor(s, p.get())));
            }
        }
        return Optional.empty();
    }

    /**
     * "A led the Bank of Atlantis from 2013 to 2020, handing over to B": the head of the organisation the
     * clause says was led, with the title such an organisation gives its head ({@code head-titles}).
     */
    private Optional<Office> ledOrganisation(ParsedSentence s, SemanticGraph g, IndexedWord v) {
        List<IndexedWord> clauses = new ArrayList<>(List.of(v));
        g.getIncomingEdgesSorted(v).stream().filter(e -> CLAUSE_LINKS.contains(e.getRelation().toString().replaceFirst(":.*", "")))
                .findFirst().ifPresent(e -> clauses.add(e.getGovernor()));
        for (IndexedWord c : clauses) {
            if (!HEAD_VERBS.contains(s.lemma(ParsedSentence.at(c)))) {
                continue;
            }
            for (IndexedWord o : DependencyPath.dependents(g, c, "obj")) {
                Optional<Entity> led = a.agentAt(s, ParsedSentence.at(o)).filter(e -> e.kind() == EntityKind.ORGANIZATION);
                Optional<String> title = led.flatMap(e -> headTitle(e.label()));
                if (title.isPresent()) {
                    return Optional.of(new Office(title.get(), led));
                }
            }
        }
        return Optional.empty();
    }

    /** The title of the head of an organisation whose name holds a word of {@code head-titles} ("Bank": Governor). */
    private static Optional<String> headTitle(String organisation) {
        for (String word : organisation.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
            if (HEAD_TITLES.containsKey(word)) {
                return Optional.of(HEAD_TITLES.get(word));
            }
        }
        return Optional.empty();
    }

    private static Optional<OfficePhrase> covering(List<OfficePhrase> phrases, int token) {
        return phrases.stream().filter(p -> p.covers(token)).findFirst();
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
    private Optional<Office> before(ParsedSentence s, Entity successor) {
        Optional<Office> last = Optional.empty();
        for (RoleHolding r : roles) {
            if (r.person().sameAs(successor) && r.evidence().sentence().begin() < s.span().begin() && r.status() != HoldingStatus.FORMER) {
                last = Optional.of(r.office());
            }
        }
        return last;
    }

    /**
     * The office the successor takes, else the one the predecessor holds, in this sentence. An office
     * the sentence appoints the predecessor to ("takes over from B, who was recently appointed Chair of
     * the Trust") is where B goes, not what B hands over.
     */
    private Optional<Office> inSentence(ParsedSentence s, Entity successor, Entity predecessor) {
        return taken(successor).stream().filter(r -> r.evidence().sentence().equals(s.span())).findFirst()
                .or(() -> left(predecessor).stream().filter(r -> r.evidence().sentence().equals(s.span()))
                        .filter(r -> !r.evidence().extractor().equals("roles.appointed-as")).findFirst())
                .map(RoleHolding::office);
    }

    /**
     * The office a nearby sentence puts the successor in, by the parse: "approved A as prime
     * minister", "A was appointed Chief of the General Staff", "the new Chair will be A".
     */
    private Optional<Office> elsewhere(ParsedSentence s, Entity successor) {
        List<Integer> order = new ArrayList<>();
        for (int k = s.index() - 1; k >= 0 && k >= s.index() - 4; k--) {
            order.add(k);
        }
        if (s.index() + 1 < a.sentences().size()) {
            order.add(s.index() + 1);
        }
        for (int k : order) {
            ParsedSentence t = a.sentences().get(k);
            if (t.graph().isEmpty()) {
                continue;
            }
            Optional<Office> found = linked(t, t.graph().get(), successor);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<Office> linked(ParsedSentence t, SemanticGraph g, Entity person) {
        List<OfficePhrase> phrases = offices.find(a, t);
        if (phrases.isEmpty()) {
            return Optional.empty();
        }
        for (IndexedWord w : g.vertexListSorted()) {
            int i = ParsedSentence.at(w);
            if (Participants.person(a, t, i, Optional.empty()).filter(h -> h.person().sameAs(person)).isEmpty()) {
                continue;
            }
            for (SemanticGraphEdge e : g.getIncomingEdgesSorted(w)) {
                IndexedWord gov = e.getGovernor();
                // "A, the new Chair" / "the new Chair will be A": the office and the name hang on each other.
                if (PERSON_AND_OFFICE.contains(e.getRelation().toString())) {
                    Optional<OfficePhrase> p = covering(phrases, ParsedSentence.at(gov)).filter(x -> !x.covers(i));
                    if (p.isPresent()) {
                        return Optional.of(p.get().office(context.organisationFor(t, p.get())));
                    }
                }
                // "approved A as prime minister", "A was appointed Chief of Staff": both hang on one verb.
                if (PERSON_OF_VERB.contains(e.getRelation().toString()) && s(t, gov).startsWith("VB")) {
                    for (SemanticGraphEdge o : g.outgoingEdgeList(gov)) {
                        if (OFFICE_OF_VERB.contains(o.getRelation().toString()) && o.getDependent() != w) {
                            Optional<OfficePhrase> p = covering(phrases, ParsedSentence.at(o.getDependent())).filter(x -> !x.covers(i));
                            if (p.isPresent()) {
                                return Optional.of(p.get().office(context.organisationFor(t, p.get())));
                            }
                        }
                    }
                }
            }
            // "A appointed new Chief of the General Staff" (a headline): the participle hangs on the name.
            for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
                if (e.getRelation().toString().startsWith("acl") && s(t, e.getDependent()).equals("VBN")) {
                    for (SemanticGraphEdge o : g.outgoingEdgeList(e.getDependent())) {
                        if (OFFICE_OF_VERB.contains(o.getRelation().toString())) {
                            Optional<OfficePhrase> p = covering(phrases, ParsedSentence.at(o.getDependent()));
                            if (p.isPresent()) {
                                return Optional.of(p.get().office(context.organisationFor(t, p.get())));
                            }
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static String s(ParsedSentence t, IndexedWord w) {
        return t.tag(ParsedSentence.at(w));
    }

    private List<RoleHolding> taken(Entity successor) {
        return roles.stream().filter(r -> r.person().sameAs(successor) && r.status() != HoldingStatus.FORMER).toList();
    }

    /** The offices the predecessor holds or held as the text stands before or in {@code s}: a later sentence may give their next post. */
    private List<RoleHolding> left(Entity predecessor) {
        return roles.stream().filter(r -> r.person().sameAs(predecessor) && r.status() != HoldingStatus.DESIGNATE).toList();
    }

    /** The office both hold, else one the predecessor held, else one the successor takes, anywhere in the article. */
    private Optional<Office> fromRoles(ParsedSentence s, Entity successor, Entity predecessor) {
        List<RoleHolding> taken = taken(successor);
        List<RoleHolding> left = left(predecessor).stream().filter(r -> r.evidence().sentence().begin() <= s.span().begin()).toList();
        Optional<RoleHolding> shared = left.stream().filter(r -> taken.stream().anyMatch(t -> t.office().key().equals(r.office().key()))).findFirst();
        return shared.or(() -> left.stream().findFirst()).or(() -> taken.stream().findFirst()).map(RoleHolding::office);
    }
}
