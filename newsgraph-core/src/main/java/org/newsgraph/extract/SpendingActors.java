package org.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.nlp.Entity;
import org.newsgraph.nlp.EntityKind;

/**
 * Whom a word of the parse names as the agents of a spending target (one instance per article,
 * not thread-safe): a name and its conjuncts
 * ("Germany and the UK"), a possessive pronoun ("its plan"), "his country" (the country of the
 * person's nationality adjective), a counted group ("all three nations": the countries just
 * named), "I"/"we" (the speaker a reporting verb names), or an unnamed resolution or bill (the people
 * who brought it in). A vague group names nobody.
 */
final class SpendingActors {

    private static final Set<String> SPEAKER = Set.of("i", "we", "me", "us");
    private static final Set<String> SPEAKER_POSSESSIVES = Set.of("my", "our");
    /** The verbs of saying by which {@link QuoteSpeakers} finds who speaks. */
    private static final EndorsementCues SAYING = EndorsementCues.bundled();
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her", "his");
    private static final Set<String> THING_POSSESSIVES = Set.of("its", "their");
    private static final Set<String> REPORTING = Set.of("say", "tell", "add", "state", "declare", "write", "note");
    /** How the parser may hang the name of an inverted "said X" on the verb. */
    private static final String[] INVERTED_SAYER = {"xcomp", "obj", "dep", "appos"};
    private static final Set<String> EXAMPLES = Set.of("nmod:like", "nmod:including", "nmod:such_as", "nmod:among");
    private static final Map<String, Integer> COUNTS = Map.of("two", 2, "both", 2, "three", 3, "four", 4, "five", 5);

    private static final Set<String> PREDECESSOR = Set.copyOf(CueWords.lines("predecessor-nouns"));
    private static final Set<String> LEGISLATION = Set.copyOf(CueWords.lines("legislation-nouns"));

    private final ParsedArticle article;
    private final SpendingCues cues;
    private final List<Succession> successions;
    /** Computed on first use. */
    private Optional<Entity> alliance;
    /** Computed on first use. */
    private List<Entity> sponsors;
    /** Computed on first use. */
    private QuoteSpeakers speakers;

    SpendingActors(ParsedArticle article, SpendingCues cues, List<Succession> successions) {
        this.article = article;
        this.cues = cues;
        this.successions = successions;
    }

    /** The agents word {@code w} of sentence {@code s} names; empty when it names nobody in particular. */
    List<Entity> of(ParsedSentence s, SemanticGraph g, IndexedWord w) {
        int i = ParsedSentence.at(w);
        String lower = s.lower(i);
        if (SPEAKER.contains(lower)) {
            return speaker(s).map(List::of).orElse(List.of());
        }
        if (PERSON_PRONOUNS.contains(lower)) {
            // The subject before is the likeliest antecedent: "A, who replaced B, ... He set out an ambition" (he = A).
            return Participants.before(article, s, i, Optional.empty()).map(List::of).orElse(List.of());
        }
        if (THING_POSSESSIVES.contains(lower)) {
            return nearestBodyBefore(s, i).map(List::of).orElse(List.of());
        }
        for (IndexedWord example : DependencyPath.dependents(g, w, "nmod:including", "nmod:like", "nmod:such_as")) {
            List<Entity> agents = of(s, g, example); // "countries bordering Russia, including Poland": the examples act
            if (!agents.isEmpty()) {
                return agents;
            }
        }
        if (LEGISLATION.contains(s.lemma(i))) {
            if (DependencyPath.dependents(g, w, "nmod:poss").stream().anyMatch(p -> SPEAKER_POSSESSIVES.contains(s.lower(ParsedSentence.at(p))))) {
                return speaker(s).map(List::of).orElse(List.of()); // "my resolution calls on allies": the speaker's own
            }
            // "the measure would support efforts to spend 2%", "the resolution calls on allies": a named act, else its sponsors
            return act(s, i).map(List::of).orElseGet(this::sponsors);
        }
        Optional<Entity> named = article.agentAt(s, i);
        if (named.isPresent()) {
            List<Entity> out = new ArrayList<>(List.of(named.get()));
            for (IndexedWord c : DependencyPath.dependents(g, w, "conj")) {
                article.agentAt(s, ParsedSentence.at(c)).or(() -> namedGroup(s, g, c)).filter(e -> out.stream().noneMatch(e::sameAs)).ifPresent(out::add);
            }
            return out;
        }
        if (s.lemma(i).equals("country") || s.lemma(i).equals("nation")) {
            Optional<Entity> own = country(s, g, w);
            if (own.isPresent()) {
                return List.of(own.get()); // "his country's initiative"
            }
        }
        for (IndexedWord appositive : DependencyPath.dependents(g, w, "appos")) {
            List<Entity> byName = of(s, g, appositive); // "his predecessor, Ola Halvorsen,"
            if (!byName.isEmpty()) {
                return byName;
            }
        }
        for (IndexedWord example : examples(g, w)) {
            List<Entity> agents = of(s, g, example);
            if (!agents.isEmpty()) {
                return agents;
            }
        }
        if (PREDECESSOR.contains(s.lemma(i))) {
            return predecessor(s, g, w).map(List::of).orElse(List.of()); // "his predecessor had promised 2.5%"
        }
        if (cues.is(s.lemma(i), "collective")) {
            return alliance().map(List::of).orElse(List.of()); // "the agreement sets a target": the alliance's
        }
        if (s.tag(i).equals("NNS")) {
            for (IndexedWord modifier : DependencyPath.dependents(g, w, "compound")) {
                Optional<Entity> body = article.agentAt(s, ParsedSentence.at(modifier)).filter(e -> e.kind() != EntityKind.PERSON);
                if (body.isPresent()) {
                    return List.of(body.get()); // "NATO leaders agreed", "Polish officials proposed": the body they speak for
                }
            }
        }
        Optional<Entity> region = namedGroup(s, g, w);
        if (region.isPresent()) {
            return List.of(region.get()); // "the Nordic countries backed the plan"
        }
        if (cues.is(s.lemma(i), "group")) {
            for (IndexedWord modifier : DependencyPath.dependents(g, w, "compound")) {
                Optional<Entity> body = article.agentAt(s, ParsedSentence.at(modifier)).filter(e -> e.kind() == EntityKind.ORGANIZATION);
                if (body.isPresent()) {
                    return List.of(body.get()); // "NATO allies agreed": the alliance
                }
            }
            return group(s, g, w);
        }
        return List.of();
    }

    /** "His predecessor" with no name beside it: the one the article says the possessor followed. */
    private Optional<Entity> predecessor(ParsedSentence s, SemanticGraph g, IndexedWord w) {
        for (IndexedWord p : DependencyPath.dependents(g, w, "nmod:poss")) {
            Optional<Entity> holder = Participants.person(article, s, ParsedSentence.at(p), Optional.empty()).map(Participants.Holder::person);
            if (holder.isPresent()) {
                return successions.stream().filter(x -> x.successor().sameAs(holder.get())).map(Succession::predecessor).findFirst();
            }
        }
        return Optional.empty();
    }

    /**
     * The people the article names in full as bringing in a piece of legislation
     * ({@link LegislationSponsors}): "Mr. A" alone is no label for a target's actor.
     */
    List<Entity> sponsors() {
        if (sponsors == null) {
            sponsors = LegislationSponsors.in(article).stream().map(LegislationSponsors.Sponsor::person)
                    .filter(person -> person.label().contains(" ")).toList();
        }
        return sponsors;
    }

    /** "The measure", "the bill": the act the article named last before, by a name ending in "Act" or "Bill". */
    private Optional<Entity> act(ParsedSentence s, int i) {
        for (int k = s.index(); k >= 0 && k >= s.index() - 3; k--) {
            ParsedSentence t = article.sentences().get(k);
            for (int j = (k == s.index() ? i : t.size()) - 1; j > 0; j--) {
                if (Set.of("act", "bill").contains(t.lower(j)) && t.tag(j).startsWith("NNP")) {
                    int from = j;
                    while (from > 0 && t.tag(from - 1).startsWith("NNP")) {
                        from--;
                    }
                    if (from < j) {
                        return Optional.of(Entity.of(EntityKind.GROUP, t.text(from, j + 1)));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Whose budget "his country" or a name's country is: the country word {@code w} stands for, if any. */
    Optional<Entity> country(ParsedSentence s, SemanticGraph g, IndexedWord w) {
        int i = ParsedSentence.at(w);
        if (s.lemma(i).equals("country") || s.lemma(i).equals("nation")) {
            for (IndexedWord p : DependencyPath.dependents(g, w, "nmod:poss")) {
                if (PERSON_PRONOUNS.contains(s.lower(ParsedSentence.at(p)))) {
                    return nationalityOfPersonBefore(s, ParsedSentence.at(p));
                }
            }
        }
        return article.agentAt(s, i).filter(e -> e.kind() == EntityKind.COUNTRY);
    }

    /** The names a phrase gives as examples of itself ("countries bordering Russia, including Poland"), within three steps. */
    private List<IndexedWord> examples(SemanticGraph g, IndexedWord w) {
        List<IndexedWord> out = new ArrayList<>();
        List<IndexedWord> level = List.of(w);
        for (int depth = 0; depth < 3 && out.isEmpty(); depth++) {
            List<IndexedWord> next = new ArrayList<>();
            for (IndexedWord n : level) {
                for (var e : g.outgoingEdgeIterable(n)) {
                    if (EXAMPLES.contains(DependencyPath.relation(e))) {
                        out.add(e.getDependent());
                    } else if (!e.isExtra()) {
                        next.add(e.getDependent());
                    }
                }
            }
            level = next;
        }
        return out;
    }

    /** The organisation the article names most often: whose act an unattributed "agreement" or "summit" is. */
    Optional<Entity> alliance() {
        if (alliance == null) {
            Map<String, Integer> counts = new HashMap<>();
            Map<String, Entity> entities = new HashMap<>();
            for (ParsedSentence s : article.sentences()) {
                for (int i = 0; i < s.size(); i++) {
                    if (s.ner(i).equals("ORGANIZATION") && (i == 0 || !s.ner(i - 1).equals("ORGANIZATION"))) {
                        article.agentAt(s, i).filter(e -> e.kind() == EntityKind.ORGANIZATION).ifPresent(e -> {
                            counts.merge(e.key(), 1, Integer::sum);
                            entities.putIfAbsent(e.key(), e);
                        });
                    }
                }
            }
            alliance = counts.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .map(e -> entities.get(e.getKey()));
        }
        return alliance;
    }

    /** "All three nations", "the two countries": the countries named just before, when their number agrees. */
    private List<Entity> group(ParsedSentence s, SemanticGraph g, IndexedWord w) {
        Integer count = null;
        boolean definite = false;
        for (IndexedWord d : DependencyPath.dependents(g, w, "nummod", "det", "det:predet", "amod")) {
            String lower = s.lower(ParsedSentence.at(d));
            count = COUNTS.getOrDefault(lower, count);
            definite |= lower.equals("the") || lower.equals("all") || lower.equals("both") || lower.equals("these");
        }
        if (count == null || !definite && !s.lower(ParsedSentence.at(w)).equals("both")) {
            return List.of();
        }
        Map<String, Entity> named = new LinkedHashMap<>();
        if (s.index() > 0) {
            countries(article.sentences().get(s.index() - 1), 0, Integer.MAX_VALUE, named);
        }
        countries(s, 0, ParsedSentence.at(w), named);
        return named.size() == count ? List.copyOf(named.values()) : List.of();
    }

    private void countries(ParsedSentence s, int from, int to, Map<String, Entity> into) {
        for (int i = from; i < Math.min(to, s.size()); i++) {
            if (s.ner(i).equals("COUNTRY") && (i == 0 || !s.ner(i - 1).equals("COUNTRY"))) {
                article.agentAt(s, i).filter(e -> e.kind() == EntityKind.COUNTRY).ifPresent(e -> into.putIfAbsent(e.key(), e));
            }
        }
    }

    /**
     * "The Nordic countries", "the Gulf states": a group of countries the text names by a capitalised
     * word before a plural group noun, with the article; its label is those words without the article.
     */
    private Optional<Entity> namedGroup(ParsedSentence s, SemanticGraph g, IndexedWord w) {
        int i = ParsedSentence.at(w);
        if (!s.tag(i).equals("NNS") || !cues.is(s.lemma(i), "region-group")
                || DependencyPath.dependents(g, w, "det").stream().noneMatch(d -> s.lower(ParsedSentence.at(d)).equals("the"))) {
            return Optional.empty();
        }
        int from = i;
        while (from > 0 && Character.isUpperCase(s.word(from - 1).charAt(0)) && s.tag(from - 1).matches("NNP|NNPS|JJ")) {
            from--;
        }
        return from < i ? Optional.of(Entity.of(EntityKind.GROUP, s.text(from, i + 1))) : Optional.empty();
    }

    /**
     * The country or organisation named last before token {@code i} ("commends Norway for its plan");
     * failing that, "member states ... their commitment": the members' commitment is their alliance's.
     */
    private Optional<Entity> nearestBodyBefore(ParsedSentence s, int i) {
        boolean members = false;
        for (int j = i - 1; j >= 0; j--) {
            Optional<Entity> e = article.agentAt(s, j).filter(a -> a.kind() != EntityKind.PERSON);
            if (e.isPresent()) {
                return e;
            }
            members |= cues.is(s.lemma(j), "members");
        }
        return members ? alliance() : Optional.empty();
    }

    /** The country of the person named last before token {@code i}, from a nationality or country word just before the name. */
    private Optional<Entity> nationalityOfPersonBefore(ParsedSentence s, int i) {
        for (int k = s.index(); k >= 0 && k >= s.index() - 3; k--) {
            ParsedSentence sentence = article.sentences().get(k);
            for (int j = (k == s.index() ? i : sentence.size()) - 1; j >= 0; j--) {
                if (sentence.ner(j).equals("PERSON")) {
                    int start = sentence.nerRun(j)[0];
                    for (int b = start - 1; b >= 0 && b >= start - 6; b--) {
                        String ner = sentence.ner(b);
                        if (ner.equals("NATIONALITY") || ner.equals("COUNTRY")) {
                            return article.entityAt(sentence, b).filter(e -> e.kind() == EntityKind.COUNTRY);
                        }
                    }
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The words that may name who speaks through a reporting verb: its subject, and after an inverted
     * "..., said Tillis" the name the parser hung on the verb as a complement or object.
     */
    private static List<IndexedWord> sayers(ParsedSentence s, SemanticGraph g, IndexedWord verb) {
        List<IndexedWord> out = new ArrayList<>(DependencyPath.dependents(g, verb, "nsubj"));
        int v = ParsedSentence.at(verb);
        DependencyPath.dependents(g, verb, INVERTED_SAYER).stream().filter(d -> ParsedSentence.at(d) > v).forEach(out::add);
        return out;
    }

    /**
     * The person a reporting verb names as speaking this sentence, or one next to it; else whom the
     * article gives as its speaker ({@link QuoteSpeakers}: a transcript's label, a statement's or
     * letter's name line).
     */
    Optional<Entity> speaker(ParsedSentence s) {
        return sayer(s).or(() -> speakers().of(s));
    }

    private QuoteSpeakers speakers() {
        if (speakers == null) {
            speakers = new QuoteSpeakers(article, SAYING);
        }
        return speakers;
    }

    private Optional<Entity> sayer(ParsedSentence s) {
        for (int k : new int[] {s.index(), s.index() - 1, s.index() - 2, s.index() + 1}) {
            if (k < 0 || k >= article.sentences().size()) {
                continue;
            }
            ParsedSentence sentence = article.sentences().get(k);
            if (sentence.graph().isEmpty()) {
                continue;
            }
            SemanticGraph g = sentence.graph().get();
            for (IndexedWord verb : g.vertexSet()) {
                if (!REPORTING.contains(sentence.lemma(ParsedSentence.at(verb)))) {
                    continue;
                }
                for (IndexedWord subject : sayers(sentence, g, verb)) {
                    int at = ParsedSentence.at(subject);
                    Optional<Entity> person = PERSON_PRONOUNS.contains(sentence.lower(at)) ? article.lastPersonBefore(sentence, at)
                            : article.agentAt(sentence, at).filter(e -> e.kind() == EntityKind.PERSON);
                    if (person.isPresent()) {
                        return person;
                    }
                }
            }
        }
        return Optional.empty();
    }
}
