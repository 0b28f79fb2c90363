package org.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.extract.Participants.Holder;
import org.newsgraph.extract.Values.HoldingStatus;
import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.Entity;
import org.newsgraph.nlp.EntityKind;
import org.newsgraph.nlp.Layer;
import org.newsgraph.nlp.PartialDate;
import org.newsgraph.nlp.Stage;

/**
 * Finds who holds which office, reading CoreNLP's parse: an office before a name ("Defence
 * Secretary Ola Dahl", "U.S. Senators A and B"), in apposition ("Dahl, the current home
 * secretary"), after "as" ("appointed Dahl as Chair", "As Chief of Staff, Dahl ..."), as a
 * copula's or "become"'s complement ("Dahl became the new Chair", "The new Chief will be Dahl"),
 * and "the post of" an office. Status from the office's own words ("former", "next") and its
 * clause (future, "the appointment of", "previously served"); start dates from "since/from", and
 * from "in/on" after a clause in which the holding begins ("became Chair in March 2027").
 * Pure.
 */
public final class RoleExtractor implements Stage<List<RoleHolding>> {

    public static final Layer<List<RoleHolding>> LAYER = Layer.list("roles");
    /** Office words that name no particular office: "the NATO chief" is whatever office its holder has there. */
    private static final Set<String> GENERIC_HEADS = Set.of("chief", "leader", "head");
    /** Words that make an office a stand-in's for a time ("interim Chair"). */
    static final Set<String> STAND_INS = Set.of("interim", "acting");

    private static final Set<String> START_LEADS = Set.of("since", "from");
    /** After a clause in which the holding begins ("became Chair in March 2027"), "in" and "on" date its start. */
    private static final Set<String> BEGINNING_LEADS = Set.of("since", "from", "in", "on");
    private static final Set<String> BEGINNING_RULES = Set.of("roles.become", "roles.appointed-as");
    private static final Set<String> END_LEADS = Set.of("to", "until");
    /** "Minister Dahl": office words that alone before a name address a person rather than name an office. */
    private static final Set<String> ADDRESS_TITLES = Set.copyOf(CueWords.lines("address-titles"));
    /** "a possible ambassador": words before an office that make it a guess rather than a holding. */
    private static final Set<String> HEDGES = Set.copyOf(CueWords.lines("office-hedges"));
    /** "a career member of the Foreign Service": words that make an office phrase a line of work. */
    private static final Set<String> PROFESSIONS = Set.copyOf(CueWords.lines("profession-words"));
    /** "member of the Liberal Party": belonging to a political party is no office. */
    private static final Pattern PARTY_MEMBERSHIP = Pattern.compile("(?i)^members? of (the )?.*\\bpart(y|ies)\\b.*");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "that");
    private static final Set<String> MODALS = Set.of("would", "could", "might", "should");

    private final CueWords cues;
    private final OfficeFinder offices;

    public RoleExtractor() {
        this(CueWords.bundled());
    }

    RoleExtractor(CueWords cues) {
        this.cues = cues;
        this.offices = new OfficeFinder(cues);
    }

    @Override
    public String name() {
        return "roles";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(ParsedArticle.LAYER);
    }

    @Override
    public Layer<List<RoleHolding>> provides() {
        return LAYER;
    }

    @Override
    public List<RoleHolding> apply(AnnotatedArticle annotated) {
        ParsedArticle a = annotated.get(ParsedArticle.LAYER);
        OrganisationContext context = new OrganisationContext(a, offices);
        Map<String, RoleHolding> roles = new LinkedHashMap<>();
        Set<String> guessed = new java.util.HashSet<>();
        for (ParsedSentence s : a.sentences()) {
            for (OfficePhrase office : offices.find(a, s).stream().flatMap(o -> Destinations.each(a, s, o, offices).stream()).toList()) {
                for (RoleHolding role : holdings(a, s, office, context)) {
                    if (office.organization().isEmpty()) {
                        guessed.add(role.key());
                    }
                    roles.merge(role.key(), role, (old, added) -> old.start().isPresent() || added.start().isEmpty() ? old
                            : new RoleHolding(old.person(), old.office(), added.start(), old.end(), old.status(), old.evidence()));
                }
            }
        }
        for (ParsedSentence s : a.sentences()) {
            LeadershipWins.in(a, s).forEach(role -> roles.putIfAbsent(role.key(), role));
            AdvisoryCapacity.in(a, s).forEach(role -> roles.putIfAbsent(role.key(), role));
        }
        LegislationSponsors.seats(a).forEach(role -> roles.putIfAbsent(role.key(), role));
        // "Dutch Prime Minister Ola Dahl ... Prime Minister Dahl": the office the article once gave its
        // organisation is that organisation's wherever the words leave it out.
        for (String key : guessed) {
            RoleHolding role = roles.get(key);
            boolean stated = roles.values().stream().anyMatch(r -> r != role && !guessed.contains(r.key())
                    && r.person().sameAs(role.person()) && r.office().role().equalsIgnoreCase(role.office().role()));
            if (role != null && stated) {
                roles.remove(key);
            }
        }
        // "A succeeded B as Chair": A holds the office and B held it (until A took it over); "A will
        // succeed B": A is to hold it and B holds it until then.
        for (Succession x : new SuccessionExtractor(cues).find(a, List.copyOf(roles.values()))) {
            if (x.office().isEmpty()) {
                continue;
            }
            Evidence e = x.evidence();
            Evidence evidence = new Evidence(e.articleId(), e.sentence(), e.sentenceText(), e.span(), "roles.succession", e.confidence());
            boolean ahead = prospective(a, x);
            RoleHolding taken = new RoleHolding(x.successor(), x.office().get(), x.date(), Optional.empty(),
                    ahead ? HoldingStatus.DESIGNATE : HoldingStatus.CURRENT, evidence);
            RoleHolding left = new RoleHolding(x.predecessor(), x.office().get(), Optional.empty(), x.date(),
                    ahead ? HoldingStatus.CURRENT : HoldingStatus.FORMER, evidence);
            roles.putIfAbsent(taken.key(), taken);
            if (!heldAsStandIn(left, roles.values())) {
                roles.putIfAbsent(left.key(), left);
            }
        }
        // "NATO Secretary General Ola Dahl ... the NATO chief": a bare "chief", "leader" or "head" of an
        // organisation the person holds a named office of is that office, said loosely.
        for (RoleHolding role : List.copyOf(roles.values())) {
            boolean loose = GENERIC_HEADS.contains(role.office().role().toLowerCase(java.util.Locale.ROOT));
            boolean named = roles.values().stream().anyMatch(r -> r != role && r.person().sameAs(role.person())
                    && r.office().organization().isPresent() && role.office().organization().isPresent()
                    && r.office().organization().get().sameAs(role.office().organization().get())
                    && !GENERIC_HEADS.contains(r.office().role().toLowerCase(java.util.Locale.ROOT)));
            if (loose && named) {
                roles.remove(role.key());
            }
        }
        for (RoleHolding role : List.copyOf(roles.values())) {
            // The restatement's start ("former Board Chair Dahl, who held that post since 2028") is the office's.
            restatedBy(role, roles.values()).ifPresent(kept -> {
                roles.remove(role.key());
                role.start().filter(d -> roles.get(kept.key()).start().isEmpty())
                        .ifPresent(d -> roles.put(kept.key(), withStart(roles.get(kept.key()), d)));
            });
        }
        datedByTenureClauses(a, roles);
        return List.copyOf(roles.values());
    }

    /**
     * "Ola Dahl, who had headed the government since March 2030", "Dahl took office at the bank on 3
     * May 2031": a clause of the holder's dates the holding at the organisation it names, else the one
     * the same sentence gives them, else their only one that has begun. A description for the holder
     * ("The German, who has led the Commission since 2029") dates the one holding at the organisation.
     */
    private static void datedByTenureClauses(ParsedArticle a, Map<String, RoleHolding> roles) {
        DateAnchor anchor = DateAnchor.of(a);
        for (ParsedSentence s : a.sentences()) {
            for (TenureClauses.Tenure tenure : TenureClauses.in(a, s, anchor)) {
                dated(s, tenure, roles.values()).stream().filter(r -> r.start().isEmpty())
                        .forEach(r -> roles.put(r.key(), withStart(r, tenure.start())));
            }
        }
    }

    /** The one holding {@code tenure} dates, or none when the article leaves it open. */
    private static List<RoleHolding> dated(ParsedSentence s, TenureClauses.Tenure tenure, java.util.Collection<RoleHolding> roles) {
        List<RoleHolding> begun = roles.stream().filter(r -> r.status() != HoldingStatus.DESIGNATE).toList();
        List<RoleHolding> atOrganisation = tenure.organisation().map(o -> begun.stream().filter(r -> at(r, o)).toList()).orElse(List.of());
        if (tenure.holder().isEmpty()) {
            return atOrganisation.size() == 1 ? atOrganisation : List.of();
        }
        List<RoleHolding> own = begun.stream().filter(r -> r.person().sameAs(tenure.holder().get().person())).toList();
        List<RoleHolding> ownThere = own.stream().filter(atOrganisation::contains).toList();
        if (!ownThere.isEmpty() || tenure.organisation().isPresent() && !atOrganisation.isEmpty()) {
            return ownThere.size() == 1 ? ownThere : List.of();
        }
        List<RoleHolding> here = own.stream().filter(r -> r.evidence().sentence().equals(s.span())).toList();
        return here.size() == 1 ? here : own.size() == 1 ? own : List.of();
    }

    /** Whether {@code r} is an office of the organisation the words {@code named} name ("the Commission", "NATO"). */
    private static boolean at(RoleHolding r, String named) {
        String organisation = " " + r.office().organization().map(o -> o.label()).orElse("").toLowerCase(Locale.ROOT) + " ";
        String words = named.toLowerCase(Locale.ROOT).replaceFirst("^the ", "");
        return !words.isBlank() && organisation.contains(" " + words + " ");
    }

    private static RoleHolding withStart(RoleHolding r, PartialDate start) {
        return new RoleHolding(r.person(), r.office(), Optional.of(start), r.end(), r.status(), r.evidence());
    }

    /**
     * "A took over as Chair from B ... B, the interim Chair": a predecessor the article gives the office
     * only as a stand-in ("interim", "acting") of the same organisation held that, not the office itself.
     */
    private static boolean heldAsStandIn(RoleHolding left, java.util.Collection<RoleHolding> all) {
        String office = left.office().role().toLowerCase(Locale.ROOT);
        return all.stream().anyMatch(r -> r.person().sameAs(left.person()) && r.office().organization().equals(left.office().organization())
                && STAND_INS.stream().anyMatch(w -> r.office().role().toLowerCase(Locale.ROOT).equals(w + " " + office)));
    }

    /**
     * "Board Chair Ana Holt ... Holt became the new Chair", "Central Bank Chair Holt ... Holt, chair
     * of the Central Bank": an office that is another office of the same person and organisation
     * with the body's or the organisation's name before it says the same thing again: that other office.
     */
    private Optional<RoleHolding> restatedBy(RoleHolding role, java.util.Collection<RoleHolding> all) {
        String label = role.office().role().toLowerCase(Locale.ROOT);
        String organisation = role.office().organization().map(o -> o.label().toLowerCase(Locale.ROOT)).orElse("");
        return all.stream().filter(r -> r != role && r.person().sameAs(role.person())
                && r.office().organization().equals(role.office().organization())
                && label.endsWith(" " + r.office().role().toLowerCase(Locale.ROOT))
                && restatement(label.substring(0, label.length() - r.office().role().length()).trim(), organisation)).findFirst();
    }

    private boolean restatement(String prefix, String organisation) {
        return prefix.equals(organisation) || java.util.Arrays.stream(prefix.split(" ")).allMatch(cues.bodies()::contains);
    }

    /** The holdings of one office phrase of {@code s}. */
    List<RoleHolding> holdings(ParsedArticle a, ParsedSentence s, OfficePhrase office, OrganisationContext context) {
        if (hedged(s, office) || described(s, office) || PARTY_MEMBERSHIP.matcher(office.role()).matches()
                || PROFESSIONS.contains(s.lower(office.from()))) {
            return List.of();
        }
        List<Holder> holders = new ArrayList<>(namedAfter(a, s, office));
        String rule = "roles.title-before-name";
        HoldingStatus status = office.status().orElse(HoldingStatus.CURRENT);
        if (holders.isEmpty()) {
            List<Holder> before = appositionBefore(a, s, office);
            if (!before.isEmpty()) {
                holders.addAll(before);
                rule = "roles.apposition";
            }
        }
        if (holders.isEmpty()) {
            Optional<SemanticGraph> graph = s.graph();
            Optional<Clause> clause = graph.flatMap(g -> clause(a, s, g, office));
            if (clause.isPresent()) {
                holders.add(clause.get().holder());
                holders.addAll(conjoined(a, s, graph.get(), clause.get().holder()));
                rule = clause.get().rule();
                status = office.status().orElse(clause.get().status());
            }
        }
        if (holders.isEmpty()) {
            Optional<Holder> signed = Bylines.holder(a, s, office);
            if (signed.isPresent()) {
                holders.add(signed.get());
                rule = "roles.byline";
            }
        }
        if (rule.equals("roles.title-before-name") && office.organization().isEmpty()
                && ADDRESS_TITLES.contains(office.role().toLowerCase(Locale.ROOT).replaceFirst("^(deputy|assistant|acting|interim|vice)[ -]", ""))) {
            return List.of();
        }
        List<RoleHolding> out = new ArrayList<>();
        Office named = office.office(context.organisationFor(s, office));
        // "A, who has been minister since 2023" after the holder's clause dates A's holding, not this one.
        int limit = nextOtherPerson(s, office.to(), holders);
        DateAnchor anchor = DateAnchor.of(a);
        boolean future = status == HoldingStatus.DESIGNATE;
        java.util.function.IntFunction<Optional<PartialDate>> reader = k -> inOtherClause(s, office, k) ? Optional.empty() : anchor.date(s, k, future);
        boolean begins = BEGINNING_RULES.contains(rule) && holders.stream().noneMatch(h -> renewed(s, h.token(), office.from()));
        Optional<PartialDate> start = Participants.dateAfter(s, office.to(), limit, begins ? BEGINNING_LEADS : START_LEADS, reader);
        Optional<PartialDate> end = start.flatMap(d -> Participants.dateAfter(s, office.to(), limit, END_LEADS, reader));
        for (Holder holder : holders) {
            int from = Math.min(holder.token(), office.from());
            int to = Math.max(holder.token() + 1, office.to());
            out.add(new RoleHolding(holder.person(), named, start, end, status, s.evidence(a.id(), from, to, rule)));
        }
        return out;
    }

    /**
     * "Mayor Vik, who has lived in Bergen since 2001", "serves as Vice President and served as Interim
     * President since July": a date hung on a verb whose clause does not hold the office dates
     * something else. A verb of holding holds the office of its subject ("Prime Minister Dahl has
     * served since 2030"); any other verb only an office below it that is not its subject.
     */
    private static boolean inOtherClause(ParsedSentence s, OfficePhrase office, int date) {
        Optional<SemanticGraph> graph = s.graph();
        IndexedWord at = graph.map(g -> g.getNodeByIndexSafe(date + 1)).orElse(null);
        if (at == null) {
            return false;
        }
        SemanticGraph g = graph.get();
        return g.getIncomingEdgesSorted(at).stream().findFirst().map(SemanticGraphEdge::getGovernor)
                .filter(v -> s.tag(ParsedSentence.at(v)).startsWith("VB") && !office.covers(ParsedSentence.at(v)))
                .filter(v -> !holdsOffice(s, g, v, office, TenureClauses.holding(s.lemma(ParsedSentence.at(v)))))
                .isPresent();
    }

    /** Whether the office lies in the clause of {@code v}, in its subject only when {@code subject} allows. */
    private static boolean holdsOffice(ParsedSentence s, SemanticGraph g, IndexedWord v, OfficePhrase office, boolean subject) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(v)) {
            if (!subject && e.getRelation().toString().startsWith("nsubj")) {
                continue;
            }
            IndexedWord child = e.getDependent();
            if (office.covers(ParsedSentence.at(child)) || g.descendants(child).stream().anyMatch(w -> office.covers(ParsedSentence.at(w)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Dahl was re-elected chair on Friday", "Aas, reappointed as governor": an appointment verb with
     * "re" renews a holding that began before, so its date is no start.
     */
    private boolean renewed(ParsedSentence s, int from, int to) {
        for (int k = Math.min(from, to); k < Math.max(from, to); k++) {
            String lemma = s.lemma(k).toLowerCase(Locale.ROOT);
            if (s.tag(k).startsWith("VB") && lemma.startsWith("re") && cues.appointment().contains(lemma.replaceFirst("^re-?", ""))) {
                return true;
            }
        }
        return false;
    }

    /** The first name after {@code from} in {@code s} that is none of {@code holders}, or the sentence's end. */
    private static int nextOtherPerson(ParsedSentence s, int from, List<Holder> holders) {
        for (int k = from; k < s.size(); k++) {
            int at = k;
            boolean holder = holders.stream().anyMatch(h -> at >= h.token() && at < Math.max(h.token() + 1, s.nerRun(h.token())[1]));
            if (s.ner(k).equals("PERSON") && !holder) {
                return k;
            }
        }
        return s.size();
    }

    /** "Ana Holt and Tom Varley were elected as members": the names conjoined to a holder's hold the office too. */
    private static List<Holder> conjoined(ParsedArticle a, ParsedSentence s, SemanticGraph g, Holder holder) {
        IndexedWord node = g.getNodeByIndexSafe(holder.token() + 1);
        if (node == null || !s.ner(holder.token()).equals("PERSON")) {
            return List.of();
        }
        List<Holder> out = new ArrayList<>();
        for (SemanticGraphEdge e : g.outgoingEdgeList(node)) {
            int other = ParsedSentence.at(e.getDependent());
            if (e.getRelation().toString().startsWith("conj") && s.ner(other).equals("PERSON")) {
                Participants.person(a, s, other, Optional.of(holder.person())).ifPresent(out::add);
            }
        }
        return out;
    }

    /** "a possible ambassador", "the potential chair": an office a hedge word before it makes a guess. */
    private static boolean hedged(ParsedSentence s, OfficePhrase office) {
        int k = office.from() - 1;
        while (k >= 0 && s.tag(k).equals("DT")) {
            k--;
        }
        return k >= 0 && HEDGES.contains(s.lower(k));
    }

    /**
     * "a loyal and devoted leader in the movement": "a" before a bare "leader", "head" or "chief" of
     * no organisation describes the person rather than naming an office.
     */
    private static boolean described(ParsedSentence s, OfficePhrase office) {
        if (office.organization().isPresent() || !GENERIC_HEADS.contains(office.role().toLowerCase(Locale.ROOT))) {
            return false;
        }
        int k = office.from() - 1;
        while (k >= 0 && (s.tag(k).startsWith("JJ") || s.tag(k).equals("CC") || s.tag(k).equals("RB") || s.word(k).equals(","))) {
            k--;
        }
        return k >= 0 && (s.lower(k).equals("a") || s.lower(k).equals("an"));
    }

    /** Whether a succession lies ahead: its date is after publication, or its words speak of the future. */
    private static boolean prospective(ParsedArticle a, Succession x) {
        Optional<LocalDate> published = a.article().metadata().published();
        if (x.date().isPresent() && published.isPresent()) {
            return x.date().get().compareTo(PartialDate.of(published.get())) > 0;
        }
        String words = " " + x.evidence().span().of(a.article().text()).toLowerCase(Locale.ROOT) + " ";
        return FUTURE.matcher(words).find();
    }

    private static final Pattern FUTURE = Pattern.compile("\\b(will|shall|is to|are to|to take over|to succeed|to replace)\\b");

    /** "Defence Secretary Ola Dahl", "Senators A (D-NH) and B": the names right after the office, past ranks. */
    private List<Holder> namedAfter(ParsedArticle a, ParsedSentence s, OfficePhrase office) {
        int k = office.to();
        // Past ranks and title words, but not past another office's head ("chief to NATO Secretary General Dahl").
        while (k < s.size() && (cues.ranks().contains(s.lower(k)) || s.ner(k).equals("TITLE") && !offices.headWord(s, k))) {
            k++;
        }
        List<Holder> out = new ArrayList<>();
        boolean plural = offices.plural(s, office.head());
        int missed = k < s.size() && !s.ner(k).equals("PERSON") ? Math.max(OfficeFinder.nameAfterCountry(s, k), OfficeFinder.nameBeforeWho(s, k)) : k;
        if (missed > k) {
            // "Prime Minister of Estonia Ilmar Tamm", "Secretary-General Han Do-yun, who": a name the tagger missed.
            int end = missed;
            return List.of(new Holder(a.personNamed(s, k, end).orElse(Entity.of(EntityKind.PERSON, s.text(k, end))), k));
        }
        while (k < s.size() && (s.ner(k).equals("PERSON") || OfficeFinder.untaggedName(a, s, k) > k
                || plural && !out.isEmpty() && listedName(s, k) > k)) {
            if (s.ner(k).equals("PERSON")) {
                Participants.person(a, s, k, Optional.empty()).ifPresent(out::add);
                k = s.nerRun(k)[1];
            } else if (OfficeFinder.untaggedName(a, s, k) > k) {
                // A name the tagger missed here but marked elsewhere: "Minister of Defence Ana Kalnė".
                int end = OfficeFinder.untaggedName(a, s, k);
                int at = k;
                a.personNamed(s, k, end).ifPresent(p -> out.add(new Holder(p, at)));
                k = end;
            } else {
                // A listed name the tagger missed: "..., King (I-ME), ...".
                int end = listedName(s, k);
                out.add(new Holder(a.entityAt(s, k).filter(e -> e.kind() == EntityKind.PERSON)
                        .orElse(Entity.of(EntityKind.PERSON, s.text(k, end))), k));
                k = end;
            }
            if (!plural) {
                break;
            }
            // A list of names after a plural office: "Senators A (D-NH), B (R-NC) and C".
            if (k < s.size() && s.word(k).equals("(")) {
                while (k < s.size() && !s.word(k).equals(")")) {
                    k++;
                }
                k++;
            }
            while (k < s.size() && (s.word(k).equals(",") || s.lower(k).equals("and"))) {
                k++;
            }
        }
        return out;
    }

    /**
     * "Mrs Dahl, the current home secretary", "A (D-NH) and B (R-NC), Co-Chairs of ...": a name (or,
     * before a plural office, names), each perhaps with a parenthesis or post-nominal letters ("Holt
     * AO"), a comma, then the office with its determiner and adjectives.
     */
    private List<Holder> appositionBefore(ParsedArticle a, ParsedSentence s, OfficePhrase office) {
        int k = office.from() - 1;
        while (k >= 0 && (s.tag(k).equals("DT") || s.tag(k).startsWith("JJ") || s.tag(k).equals("RB"))) {
            k--;
        }
        if (k < 1 || !s.word(k).equals(",")) {
            return List.of();
        }
        boolean plural = offices.plural(s, office.head());
        List<Holder> out = new ArrayList<>();
        int j = k - 1;
        while (j >= 0) {
            j = PostNominals.nameBefore(s, beforeParenthesis(s, j));
            if (j < 0 || !(s.ner(j).equals("PERSON") || Participants.addressed(s, j))) {
                break;
            }
            Participants.person(a, s, j, Optional.empty()).ifPresent(out::add);
            j = (s.ner(j).equals("PERSON") ? s.nerRun(j)[0] : j) - 1;
            if (!plural || j < 1 || !(s.lower(j).equals("and") || s.word(j).equals(","))) {
                break;
            }
            j--;
        }
        return out;
    }

    /** The token before the parenthesis that ends at {@code j} ("Pell (D-NH)"), or {@code j} when none does. */
    private static int beforeParenthesis(ParsedSentence s, int j) {
        if (!s.word(j).equals(")")) {
            return j;
        }
        for (int k = j - 1; k >= 0 && k >= j - 12; k--) {
            if (s.word(k).equals("(")) {
                return k - 1;
            }
        }
        return -1;
    }

    /** The end of a capitalised name at {@code k} that a parenthesis follows ("King (I-ME)"), else {@code k}. */
    private static int listedName(ParsedSentence s, int k) {
        int end = k;
        while (end < s.size() && end - k < 3 && Character.isUpperCase(s.word(end).charAt(0)) && s.tag(end).startsWith("NNP")) {
            end++;
        }
        return end > k && end < s.size() && s.word(end).equals("(") ? end : k;
    }

    /** A holder the parse links the office to, with the rule that did and the status its clause gives. */
    record Clause(Holder holder, String rule, HoldingStatus status) {
    }

    private Optional<Clause> clause(ParsedArticle a, ParsedSentence s, SemanticGraph g, OfficePhrase office) {
        IndexedWord h = g.getNodeByIndexSafe(office.head() + 1);
        if (h == null) {
            return Optional.empty();
        }
        SemanticGraphEdge up = g.getIncomingEdgesSorted(h).stream().findFirst().orElse(null);
        // "is acting Chief of Army", "is the Assistant Chief Strategy": a word of the office the parser took for its head.
        boolean climbed = false;
        while (up != null && office.covers(ParsedSentence.at(up.getGovernor())) && ParsedSentence.at(up.getGovernor()) != office.head()) {
            h = up.getGovernor();
            up = g.getIncomingEdgesSorted(h).stream().findFirst().orElse(null);
            climbed = true;
        }
        if (climbed && up != null && up.getRelation().toString().equals("acl:relcl") && s.ner(ParsedSentence.at(up.getGovernor())).equals("PERSON")) {
            // "Varga, who is currently acting Chief of Army": the relative clause is about the name it hangs from.
            int named = ParsedSentence.at(up.getGovernor());
            return Participants.person(a, s, named, Optional.empty()).map(p -> new Clause(p, "roles.copula", HoldingStatus.CURRENT));
        }
        // "the post of Chair": the post stands for the office in its clause.
        if (up != null && up.getRelation().toString().startsWith("nmod") && cues.postNouns().contains(s.lemma(ParsedSentence.at(up.getGovernor())))) {
            h = up.getGovernor();
            up = g.getIncomingEdgesSorted(h).stream().findFirst().orElse(null);
        }
        Optional<Holder> appos = Participants.child(a, s, g, h, Optional.empty(), "appos")
                .filter(p -> !office.covers(p.token()));
        if (up != null && up.getRelation().toString().equals("appos")) {
            int governor = ParsedSentence.at(up.getGovernor());
            appos = appos.or(() -> Participants.person(a, s, governor, Optional.empty())
                    .filter(p -> s.ner(p.token()).equals("PERSON")));
        }
        if (appos.isPresent()) {
            return Optional.of(new Clause(appos.get(), "roles.apposition", HoldingStatus.CURRENT));
        }
        if (counterfactual(s, g, h)) {
            return Optional.empty();
        }
        Optional<Holder> described = describedByRelative(a, s, g, h, up);
        if (described.isPresent()) {
            return Optional.of(new Clause(described.get(), "roles.copula", status(s, g, h)));
        }
        Optional<Holder> own = Participants.child(a, s, g, h, Optional.empty(), "nsubj");
        if (own.isPresent()) {
            return Optional.of(new Clause(own.get(), "roles.copula", status(s, g, h)));
        }
        if (up == null) {
            return Optional.empty();
        }
        Optional<Holder> shared = sharedSubject(a, s, g, h);
        if (shared.isPresent()) {
            return Optional.of(new Clause(shared.get(), "roles.copula", status(s, g, h)));
        }
        String rel = up.getRelation().toString();
        IndexedWord v = up.getGovernor();
        int vi = ParsedSentence.at(v);
        boolean as = rel.endsWith(":as") || hasCase(s, g, h, "as");
        if (rel.startsWith("nsubj") && s.ner(vi).equals("PERSON") && hasChild(g, v, "cop")) {
            return Participants.person(a, s, vi, Optional.empty()).map(p -> new Clause(p, "roles.copula", status(s, g, v)));
        }
        boolean linked = rel.equals("xcomp") || as && (rel.startsWith("obl") || rel.startsWith("nmod") || rel.startsWith("advcl"))
                || rel.equals("obj") && cues.postNouns().contains(s.lemma(ParsedSentence.at(h)))
                // "X was elected chancellor", "X, who was appointed Chair": the parser makes a passive's complement its object.
                || rel.equals("obj") && cues.appointment().contains(s.lemma(vi)) && (hasChild(g, v, "nsubj:pass") || hasChild(g, v, "aux:pass"));
        if (!linked || counterfactual(s, g, v)) {
            return Optional.empty();
        }
        HoldingStatus status = status(s, g, v);
        if (as && s.ner(vi).equals("PERSON")) {
            // "X ... as the next Chief": the parse hangs the office on a name.
            return Participants.person(a, s, vi, Optional.empty()).map(p -> new Clause(p, "roles.as", status));
        }
        if (cues.appointment().contains(s.lemma(vi))) {
            Optional<Holder> appointed = Participants.child(a, s, g, v, Optional.empty(), "obj", "nsubj:pass", "nmod:of", "nmod:poss");
            if (appointed.isPresent()) {
                boolean noun = s.tag(vi).startsWith("NN");
                return Optional.of(new Clause(appointed.get(), "roles.appointed-as", noun ? HoldingStatus.DESIGNATE : status));
            }
        }
        return Participants.subject(a, s, g, v, Optional.empty(), cues.appointment())
                .map(p -> new Clause(p, as ? "roles.as" : "roles.become", status));
    }

    /**
     * "Lind, an economist who had been economy minister": the person a relative clause's noun is in
     * apposition to holds the office the clause gives "who".
     */
    private static Optional<Holder> describedByRelative(ParsedArticle a, ParsedSentence s, SemanticGraph g, IndexedWord h, SemanticGraphEdge up) {
        if (up == null || !up.getRelation().toString().equals("acl:relcl")) {
            return Optional.empty();
        }
        IndexedWord noun = up.getGovernor();
        // The relative clause's subject is the noun itself (the parse may give "who" or the noun it stands for).
        boolean subject = g.outgoingEdgeList(h).stream().filter(e -> e.getRelation().toString().startsWith("nsubj"))
                .map(SemanticGraphEdge::getDependent)
                .anyMatch(d -> d.equals(noun) || RELATIVE_PRONOUNS.contains(s.lower(ParsedSentence.at(d))));
        if (!subject) {
            return Optional.empty();
        }
        if (s.ner(ParsedSentence.at(noun)).equals("PERSON")) {
            return Optional.empty();
        }
        return g.getIncomingEdgesSorted(noun).stream().filter(e -> e.getRelation().toString().equals("appos"))
                .map(e -> ParsedSentence.at(e.getGovernor())).filter(i -> s.ner(i).equals("PERSON")).findFirst()
                .flatMap(i -> Participants.person(a, s, i, Optional.empty()));
    }

    /**
     * "Holt, who is a Commodore and is the Assistant Chief": a copula's office coordinated with an
     * earlier predicate has that predicate's subject.
     */
    private static Optional<Holder> sharedSubject(ParsedArticle a, ParsedSentence s, SemanticGraph g, IndexedWord h) {
        if (!hasChild(g, h, "cop")) {
            return Optional.empty();
        }
        return g.getIncomingEdgesSorted(h).stream().filter(e -> e.getRelation().toString().startsWith("conj")).findFirst()
                .flatMap(e -> Participants.child(a, s, g, e.getGovernor(), Optional.empty(), "nsubj"));
    }

    /** "would have become prime minister": a modal's perfect speaks of what did not happen. */
    private static boolean counterfactual(ParsedSentence s, SemanticGraph g, IndexedWord v) {
        boolean modal = false;
        boolean perfect = false;
        for (SemanticGraphEdge e : g.outgoingEdgeList(v)) {
            String w = s.lower(ParsedSentence.at(e.getDependent()));
            if (e.getRelation().toString().equals("aux")) {
                modal |= MODALS.contains(w);
                perfect |= w.equals("have") || w.equals("'ve");
            }
        }
        return modal && perfect;
    }

    /** The status a clause gives its office: future or infinitive = designate, "served"/"previously" = former. */
    private static HoldingStatus status(ParsedSentence s, SemanticGraph g, IndexedWord v) {
        IndexedWord node = v;
        for (int depth = 0; node != null && depth < 3; depth++) {
            for (SemanticGraphEdge e : g.outgoingEdgeList(node)) {
                String rel = e.getRelation().toString();
                String w = s.lower(ParsedSentence.at(e.getDependent()));
                if (rel.equals("aux") && (w.equals("will") || w.equals("'ll") || w.equals("shall")) || rel.equals("mark") && w.equals("to")) {
                    return HoldingStatus.DESIGNATE;
                }
                // "who had been economy minister": the past perfect of a holding is one that has ended.
                boolean pastPerfect = rel.equals("aux") && w.equals("had") && hasChild(g, node, "cop");
                if (pastPerfect || rel.equals("advmod") && (w.equals("previously") || w.equals("formerly"))) {
                    return HoldingStatus.FORMER;
                }
            }
            int i = ParsedSentence.at(node);
            if (s.lemma(i).equals("serve") && s.tag(i).equals("VBD")) {
                return HoldingStatus.FORMER;
            }
            node = g.getIncomingEdgesSorted(node).stream().findFirst()
                    .filter(e -> e.getRelation().toString().startsWith("xcomp") || e.getRelation().toString().startsWith("advcl"))
                    .map(SemanticGraphEdge::getGovernor).orElse(null);
        }
        return HoldingStatus.CURRENT;
    }

    private static boolean hasCase(ParsedSentence s, SemanticGraph g, IndexedWord h, String word) {
        return g.outgoingEdgeList(h).stream().anyMatch(e -> e.getRelation().toString().equals("case")
                && s.lower(ParsedSentence.at(e.getDependent())).equals(word));
    }

    private static boolean hasChild(SemanticGraph g, IndexedWord v, String relation) {
        return g.outgoingEdgeList(v).stream().anyMatch(e -> e.getRelation().toString().equals(relation));
    }
}
