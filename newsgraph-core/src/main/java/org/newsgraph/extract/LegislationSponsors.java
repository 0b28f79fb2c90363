package org.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.Values.HoldingStatus;
import org.newsgraph.nlp.Entity;
import org.newsgraph.nlp.EntityKind;

/**
 * Reads who brings in a piece of legislation: "A (for himself and B) submitted the following
 * resolution", "A and B introduced a bill", "Ms. A introduced the following bill". A sponsor is taken
 * when the article names them in full, or by title and surname ("Mr. A"), as a bill's own text
 * does. Where the bill's header names its chamber ("IN THE SENATE OF THE UNITED STATES", "IN THE
 * HOUSE OF REPRESENTATIVES"), its sponsors sit in it: senators or representatives of the country
 * the header names, else of the government that published the text. Pure.
 */
final class LegislationSponsors {

    /** A sponsor, the sentence that names them and the token of their name. */
    record Sponsor(Entity person, ParsedSentence sentence, int token) {
    }

    private static final Set<String> SPONSORING = Set.copyOf(CueWords.lines("sponsor-verbs"));
    private static final Set<String> LEGISLATION = Set.copyOf(CueWords.lines("legislation-nouns"));
    private static final Set<String> REFLEXIVES = Set.of("himself", "herself", "themselves");
    /** A bill's header line naming its chamber, in capitals as legislatures print it, with the country it may name. */
    private static final Pattern CHAMBER = Pattern.compile("(?m)^[\\s_]*IN THE (SENATE|HOUSE OF REPRESENTATIVES)(?: OF (?:THE )?([A-Z][A-Z .]*?))?[\\s.]*$");

    private LegislationSponsors() {
    }

    /** The sponsors of the legislation {@code article} brings in, each once, in the order named. */
    static List<Sponsor> in(ParsedArticle article) {
        Map<String, Sponsor> found = new LinkedHashMap<>();
        for (ParsedSentence s : article.sentences()) {
            s.graph().ifPresent(g -> g.vertexListSorted().stream().filter(v -> sponsoring(s, g, v))
                    .forEach(v -> sponsorsOf(article, s, g, v, found)));
        }
        return List.copyOf(found.values());
    }

    /**
     * The seats of the sponsors in the chamber the article's header names: "Senator" or
     * "Representative" of that chamber's country; none when no header names a chamber.
     */
    static List<RoleHolding> seats(ParsedArticle article) {
        Matcher header = CHAMBER.matcher(article.article().text());
        if (!header.find()) {
            return List.of();
        }
        String seat = header.group(1).equals("SENATE") ? "Senator" : "Representative";
        Optional<Entity> country = Optional.ofNullable(header.group(2)).map(name -> OrganisationContext.country(article, name))
                .or(() -> OrganisationContext.publisher(article));
        List<RoleHolding> seats = new ArrayList<>();
        for (Sponsor sponsor : in(article)) {
            ParsedSentence s = sponsor.sentence();
            seats.add(new RoleHolding(sponsor.person(), new Office(seat, country), Optional.empty(), Optional.empty(), HoldingStatus.CURRENT,
                    s.evidence(article.id(), sponsor.token(), sponsor.token() + 1, "roles.legislation-sponsor")));
        }
        return seats;
    }

    private static boolean sponsoring(ParsedSentence s, SemanticGraph g, IndexedWord v) {
        int i = ParsedSentence.at(v);
        return s.tag(i).startsWith("VB") && SPONSORING.contains(s.lemma(i))
                && DependencyPath.dependents(g, v, "obj").stream().anyMatch(o -> LEGISLATION.contains(s.lemma(ParsedSentence.at(o))));
    }

    /** The people the subject of a sponsoring verb names, with those it acts for ("for himself and B") and its conjuncts. */
    private static void sponsorsOf(ParsedArticle article, ParsedSentence s, SemanticGraph g, IndexedWord verb, Map<String, Sponsor> into) {
        for (IndexedWord subject : DependencyPath.dependents(g, verb, "nsubj")) {
            List<IndexedWord> words = new ArrayList<>(List.of(subject));
            words.addAll(DependencyPath.dependents(g, subject, "conj"));
            List<IndexedWord> behalf = new ArrayList<>(DependencyPath.dependents(g, subject, "nmod:for"));
            behalf.addAll(DependencyPath.dependents(g, verb, "obl:for"));
            if (behalf.stream().anyMatch(b -> REFLEXIVES.contains(s.lower(ParsedSentence.at(b))))) {
                behalf.forEach(b -> words.addAll(DependencyPath.dependents(g, b, "conj"))); // "(for herself and B)"
                words.addAll(behalf);
            }
            for (IndexedWord w : words) {
                int i = ParsedSentence.at(w);
                article.agentAt(s, i).filter(e -> e.kind() == EntityKind.PERSON && (e.label().contains(" ") || titled(article, s, i)))
                        .ifPresent(e -> into.putIfAbsent(e.key(), new Sponsor(e, s, i)));
            }
        }
    }

    /** Whether the name at {@code i} follows a title ("Mr. A", "Senator A"): a surname alone is a name only so. */
    private static boolean titled(ParsedArticle article, ParsedSentence s, int i) {
        int first = s.nerRun(i)[0];
        return first > 0 && !s.tag(first - 1).equals("DT") && article.nameTitle(s.word(first - 1));
    }
}
