package org.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.Values.Scope;
import org.newsgraph.extract.Values.TargetStatus;
import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.Entity;
import org.newsgraph.nlp.EntityKind;
import org.newsgraph.nlp.Layer;
import org.newsgraph.nlp.Stage;

/**
 * Finds defence-spending targets stated as a share of GDP by reading the dependency parse: from
 * the percentage up through the words that govern it ("pledged to raise defence spending to 2.5%
 * of GDP"), a spending word makes it a target, the nearest status word sets its status, and the
 * first subject or possessor that names an agent is its actor ("Estonia's pledge to invest 3%").
 * A realised level ("spends 1.5%", "met the 2% minimum"), an aid or budget share, a negated or
 * vague agent yield nothing. A sentence with no number that pledges, backs or resists "this target"
 * takes the article's latest total target. Cue words come from {@code cues/spending.tsv}. A pure
 * function of the article; thread-safe.
 */
public final class SpendingTargetExtractor implements Stage<List<SpendingTarget>> {

    public static final Layer<List<SpendingTarget>> LAYER = Layer.list("spending-targets");

    private static final int ANAPHOR_REACH = 6;
    private static final Set<String> BUDGET_OFFICES = Set.copyOf(CueWords.lines("budget-offices"));
    private static final Set<String> DETERMINERS = Set.of("this", "that", "the", "these");

    private final SpendingCues cues;
    private final ShareWindow words;
    private final SpendingPathReader reader;

    public SpendingTargetExtractor() {
        this(SpendingCues.bundled());
    }

    SpendingTargetExtractor(SpendingCues cues) {
        this.cues = Objects.requireNonNull(cues, "cues");
        this.words = new ShareWindow(cues);
        this.reader = new SpendingPathReader(cues);
    }

    @Override
    public String name() {
        return "spending-targets";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(ParsedArticle.LAYER, RoleExtractor.LAYER, SuccessionExtractor.LAYER);
    }

    @Override
    public Layer<List<SpendingTarget>> provides() {
        return LAYER;
    }

    /** The latest total target stated, for "this target" later on. */
    private record Last(BigDecimal percent, int sentence, List<SpendingTarget> targets) {
    }

    @Override
    public List<SpendingTarget> apply(AnnotatedArticle annotated) {
        ParsedArticle article = annotated.get(ParsedArticle.LAYER);
        Optional<Integer> published = annotated.article().metadata().published().map(LocalDate::getYear).or(() -> ShareWindow.firstDatedYear(article));
        Optional<Integer> year = published.or(() -> ShareWindow.latestYear(article));
        SpendingActors actors = new SpendingActors(article, cues, annotated.get(SuccessionExtractor.LAYER));
        List<RoleHolding> roles = annotated.get(RoleExtractor.LAYER);
        boolean defenceArticle = article.sentences().stream().anyMatch(s -> !Percentage.in(s).isEmpty() && words.defence(s));
        List<SpendingTarget> out = new ArrayList<>();
        Map<BigDecimal, Year> deadlines = new HashMap<>();
        Set<SpendingTarget> relative = new HashSet<>();
        Last last = null;
        for (ParsedSentence s : article.sentences()) {
            if (s.graph().isEmpty()) {
                continue;
            }
            SemanticGraph g = s.graph().get();
            List<Percentage> shares = Percentage.in(s);
            Set<IndexedWord> ofGdp = new HashSet<>();
            for (int k = 0; k < shares.size(); k++) {
                Percentage share = shares.get(k);
                int windowEnd = k + 1 < shares.size() ? shares.get(k + 1).from() : s.size();
                Optional<IndexedWord> head = DependencyPath.head(g, share.from(), share.to());
                if (head.isEmpty() || words.excludedNear(s, share.to(), Math.min(windowEnd, share.to() + ShareWindow.GDP_WINDOW)) || words.threshold(s, g, head.get())) {
                    continue;
                }
                // "raise spending to 2.5% of GDP by 2027 ... his predecessor had promised to reach 2.5% by 2030": a percent the
                // article already gave as a share of GDP is one again when a spending word governs it
                boolean earlier = out.stream().anyMatch(t -> t.percent().compareTo(share.value()) == 0 && t.status() != TargetStatus.EXISTING);
                boolean gdp = words.gdpAfter(s, share.to(), Math.min(windowEnd, share.to() + ShareWindow.GDP_WINDOW)) || ShareWindow.conjunctOf(g, head.get(), ofGdp)
                        || earlier;
                Optional<SpendingPathReader.Reading> reading = reader.read(s, g, head.get(), actors);
                if (reading.isEmpty()) {
                    continue;
                }
                SpendingPathReader.Reading r = reading.get();
                // "The total is split into ...": parts of a target stated in this sentence or the one before
                boolean part = last != null && s.index() - last.sentence() <= 1 && words.split(s) && words.scope(s, share, k > 0 ? shares.get(k - 1).to() : 0, windowEnd) != Scope.TOTAL;
                // "Spain could meet its commitments by spending 2.1% of GDP" in an article on defence spending
                boolean spentShare = gdp && defenceArticle && words.spendingModifies(s, g, head.get());
                if (!part && !spentShare && (!(gdp || r.targetNoun() && (words.defence(s) || defenceArticle)) || !(words.defence(s) || r.targetNoun() || earlier))) {
                    continue;
                }
                ofGdp.add(head.get());
                Scope scope = words.scope(s, share, k > 0 ? shares.get(k - 1).to() : 0, windowEnd);
                Optional<Year> stated = ShareWindow.deadline(s, share.to(), windowEnd, year, published);
                // "the 5% target" after "5% of GDP by 2035": the same target, with its deadline
                Optional<Year> deadline = stated.or(() -> Optional.ofNullable(deadlines.get(share.value())));
                int evidenceFrom = r.actorToken() >= 0 ? Math.min(r.actorToken(), share.from()) : share.from();
                int evidenceTo = Math.max(share.to(), Math.min(windowEnd, share.to() + ShareWindow.GDP_WINDOW));
                for (Entity org : r.standing()) {
                    out.add(new SpendingTarget(org, share.value(), scope, Optional.empty(), TargetStatus.EXISTING, Optional.empty(),
                            s.evidence(article.id(), Math.min(evidenceFrom, share.from()), evidenceTo, "spending-targets.standing")));
                }
                if (part) {
                    // "The total is split into 3.5% for core defence and 1.5% for related needs": parts of the last target
                    for (SpendingTarget whole : last.targets()) {
                        out.add(new SpendingTarget(whole.actor(), share.value(), scope, stated.or(whole::deadline), whole.status(),
                                whole.country(), s.evidence(article.id(), share.from(), evidenceTo, "spending-targets.split")));
                    }
                    continue;
                }
                if (!r.governed() || r.actors().isEmpty()) {
                    continue;
                }
                List<SpendingTarget> made = new ArrayList<>();
                for (Entity actor : r.actors()) {
                    TargetStatus status = r.status().orElse(defaultStatus(actor));
                    made.add(new SpendingTarget(actor, share.value(), scope, deadline, status, budget(actor, r),
                            s.evidence(article.id(), evidenceFrom, evidenceTo, "spending-targets.percent-of-gdp")));
                }
                out.addAll(made);
                if (stated.isPresent() && ShareWindow.relative(s, share.to(), windowEnd)) {
                    relative.addAll(made);
                }
                stated.ifPresent(y -> deadlines.put(share.value(), y));
                if (scope == Scope.TOTAL) {
                    last = new Last(share.value(), s.index(), made);
                }
            }
            if (shares.isEmpty() && last != null && s.index() - last.sentence() <= ANAPHOR_REACH) {
                anaphor(article, s, g, actors, last, year, published, out);
            }
        }
        return withoutPromisedCountries(withArticleDeadlines(relative, withoutPromisedCountries(out.stream().map(t -> withNationalOffice(t, roles)).toList())));
    }

    /**
     * "Spain rejects the 5% goal" in a headline, before "5% of GDP by 2035": a target stated without a
     * year takes the one year the article gives that percent and scope anywhere, when it gives just one.
     */
    private static List<SpendingTarget> withArticleDeadlines(Set<SpendingTarget> relative, List<SpendingTarget> found) {
        Map<String, Set<Year>> years = new HashMap<>();
        Map<String, Set<Year>> explicit = new HashMap<>();
        for (SpendingTarget t : found) {
            t.deadline().ifPresent(y -> years.computeIfAbsent(key(t), k -> new HashSet<>()).add(y));
            t.deadline().ifPresent(y -> years.computeIfAbsent(actorKey(t), k -> new HashSet<>()).add(y));
            t.deadline().filter(y -> !relative.contains(t)).ifPresent(y -> explicit.computeIfAbsent(actorKey(t), k -> new HashSet<>()).add(y));
        }
        List<SpendingTarget> out = new ArrayList<>();
        for (SpendingTarget t : found) {
            Set<Year> dated = explicit.getOrDefault(actorKey(t), Set.of());
            if (relative.contains(t) && dated.size() == 1) {
                // "Canada will meet the 2% target this year" in a headline over "by the year closing in March 2026" below
                out.add(new SpendingTarget(t.actor(), t.percent(), t.scope(), Optional.of(dated.iterator().next()), t.status(), t.country(), t.evidence()));
                continue;
            }
            // the year this actor gives the percent first ("Norway will meet the 2% target this year" over "Norway ... 2% by 2027")
            Set<Year> own = years.getOrDefault(actorKey(t), Set.of());
            Set<Year> stated = own.size() == 1 ? own : years.getOrDefault(key(t), Set.of());
            out.add(t.deadline().isPresent() || stated.size() != 1 ? t : new SpendingTarget(t.actor(), t.percent(), t.scope(),
                    Optional.of(stated.iterator().next()), t.status(), t.country(), t.evidence()));
        }
        return List.copyOf(out);
    }

    private static String actorKey(SpendingTarget t) {
        return key(t) + " " + t.actor().label();
    }

    private static String key(SpendingTarget t) {
        return t.percent().stripTrailingZeros().toPlainString() + " " + t.scope();
    }

    /** "Germany and the UK have pledged to reach this target", "Belgium signalled reluctance": the latest total target. */
    private void anaphor(ParsedArticle article, ParsedSentence s, SemanticGraph g, SpendingActors actors, Last last,
                         Optional<Integer> year, Optional<Integer> published, List<SpendingTarget> out) {
        for (IndexedWord noun : g.vertexSet()) {
            int i = ParsedSentence.at(noun);
            boolean named = cues.is(s.lemma(i), "anaphor") && DependencyPath.dependents(g, noun, "det").stream()
                    .anyMatch(d -> DETERMINERS.contains(s.lower(ParsedSentence.at(d))));
            boolean resisted = s.tag(i).startsWith("NN") && cues.status(s.lemma(i)).filter(st -> st == TargetStatus.OPPOSED).isPresent();
            if (!named && !resisted) {
                continue;
            }
            Optional<SpendingPathReader.Reading> reading = reader.read(s, g, noun, actors);
            if (reading.isEmpty() || reading.get().actors().isEmpty()) {
                continue;
            }
            SpendingPathReader.Reading r = reading.get();
            Optional<TargetStatus> status = resisted ? Optional.of(TargetStatus.OPPOSED) : r.status();
            if (status.isEmpty() || status.get() == TargetStatus.EXISTING) {
                continue;
            }
            Optional<Year> deadline = ShareWindow.deadline(s, i + 1, s.size(), year, published);
            for (Entity actor : r.actors()) {
                out.add(new SpendingTarget(actor, last.percent(), Scope.TOTAL, deadline, status.get(), budget(actor, r),
                        s.evidence(article.id(), Math.min(Math.max(r.actorToken(), 0), i), i + 1, "spending-targets.anaphor")));
            }
            return;
        }
    }

    /**
     * "A had promised that Canada would reach 2%": once a person speaking for a country is the actor, the
     * same target (percent and deadline) with the country as actor, anywhere in the article, says nothing more.
     */
    private static List<SpendingTarget> withoutPromisedCountries(List<SpendingTarget> found) {
        return found.stream().filter(t -> t.actor().kind() != EntityKind.COUNTRY || found.stream().noneMatch(p -> p.actor().kind() == EntityKind.PERSON
                && p.country().filter(c -> c.sameAs(t.actor())).isPresent() && p.percent().compareTo(t.percent()) == 0
                && p.deadline().equals(t.deadline())))
                .toList();
    }

    /**
     * A person's target is about the budget of the country whose office they hold ("Prime Minister
     * A has said he will raise spending to 2%": A's country), when the sentence names no other.
     */
    private static SpendingTarget withNationalOffice(SpendingTarget t, List<RoleHolding> roles) {
        if (t.actor().kind() != EntityKind.PERSON || t.country().isPresent()) {
            return t;
        }
        Optional<Entity> country = roles.stream().filter(r -> r.person().sameAs(t.actor()) && r.status() != Values.HoldingStatus.FORMER)
                .filter(r -> java.util.Arrays.stream(r.office().role().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")).anyMatch(BUDGET_OFFICES::contains))
                .flatMap(r -> r.office().organization().stream()).filter(o -> o.kind() == EntityKind.COUNTRY).findFirst();
        return country.map(c -> new SpendingTarget(t.actor(), t.percent(), t.scope(), t.deadline(), t.status(), Optional.of(c), t.evidence()))
                .orElse(t);
    }

    private static Optional<Entity> budget(Entity actor, SpendingPathReader.Reading r) {
        return actor.kind() == EntityKind.COUNTRY ? Optional.of(actor) : r.budget().filter(c -> actor.kind() == EntityKind.PERSON);
    }

    private static TargetStatus defaultStatus(Entity actor) {
        return switch (actor.kind()) {
            case PERSON -> TargetStatus.PROPOSED;
            case COUNTRY -> TargetStatus.PLEDGED;
            default -> TargetStatus.AGREED;
        };
    }
}
