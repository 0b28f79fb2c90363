package org.newsgraph.extract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.Values.Scope;
import org.newsgraph.extract.Values.TargetStatus;
import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.Entity;
import org.newsgraph.nlp.EntityKind;
import org.newsgraph.nlp.Layer;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.Stage;

/**
 * Finds defence-spending targets stated as a share of GDP ("5% of GDP by 2035", "3.5 per cent for
 * core defence"), with their scope, deadline, status and actor. A percentage counts only in a
 * defence-spending context; vote shares, aid, budget shares, rates and past levels do not. A
 * sentence without a number that pledges, backs or resists "this target" takes the article's most
 * recent total target. A pure function of the article; thread-safe.
 */
public final class SpendingTargetExtractor implements Stage<List<SpendingTarget>> {

    public static final Layer<List<SpendingTarget>> LAYER = Layer.list("spending-targets");

    /** The cue words of the extractor, each a regular expression over lower-cased text. */
    public record Lexicon(Pattern gdp, Pattern defence, Pattern targetNouns, Pattern excluded, Pattern pastLevel,
                          Pattern core, Pattern related, Map<TargetStatus, Pattern> status, Pattern anaphor) {
        public Lexicon {
            Objects.requireNonNull(gdp, "gdp");
            Objects.requireNonNull(defence, "defence");
            Objects.requireNonNull(targetNouns, "targetNouns");
            Objects.requireNonNull(excluded, "excluded");
            Objects.requireNonNull(pastLevel, "pastLevel");
            Objects.requireNonNull(core, "core");
            Objects.requireNonNull(related, "related");
            Objects.requireNonNull(anaphor, "anaphor");
            status = Map.copyOf(status);
        }

        public static Lexicon english() {
            Map<TargetStatus, Pattern> status = new HashMap<>();
            status.put(TargetStatus.OPPOSED, Pattern.compile("\\b(?:oppos\\w*|reject\\w*|push\\w*\\s+back|reluctan\\w*|resist\\w*|"
                    + "unrealistic|refus\\w*|balk\\w*|object\\w*)\\b"));
            status.put(TargetStatus.EXISTING, Pattern.compile("\\b(?:current|currently|existing|at least|already)\\b"));
            status.put(TargetStatus.PLEDGED, Pattern.compile("\\b(?:pledg\\w*|promis\\w*|vow\\w*|committed to (?:reach|meet|spend|hit)\\w*|"
                    + "will (?:meet|reach|raise|spend|increase|lift|hit)|plans? to|intends? to|aims? to|is to reach)\\b"));
            status.put(TargetStatus.PROPOSED, Pattern.compile("\\b(?:propos\\w*|calls? for|called for|push\\w* for|urg\\w*|demand\\w*|"
                    + "goal|benchmark|champion\\w*|advocat\\w*|ambition|foresaw|foresees?|envisag\\w*|draft)\\b"));
            status.put(TargetStatus.AGREED, Pattern.compile("\\b(?:agree\\w*|deal|signed on|sign\\w* up|backed|backing|commitment|"
                    + "sets? a target|set a target|target|adopt\\w*|endorsed)\\b"));
            return new Lexicon(
                    Pattern.compile("\\b(?:gdp|gross domestic product|economic output|national output)\\b"),
                    Pattern.compile("\\b(?:defen[cs]e|military|armed forces|armament|rearmament)\\b"),
                    Pattern.compile("^\\s*(?:[a-z-]+\\s+){0,3}?(?:target|benchmark|goal|threshold|guideline|pledge)\\b"
                            + "|(?:target|benchmark|goal|threshold|guideline)\\s+of\\s+$"),
                    Pattern.compile("\\b(?:vote|votes|ballots?|poll\\w*|gni|national income|budget|growth|inflation|interest|"
                            + "unemployment|rates?|yields?|turnout|approval|stake|tariffs?|discount|margin)\\b"),
                    Pattern.compile("\\b(?:up|down|rose|risen|rising|increased?|fell|fallen|grew|from)\\s+from\\s+(?:the\\s+)?"
                            + "(?:(?:about|around|roughly|nearly|almost|some|just|only)\\s+)?$|"
                            + "\\bfrom\\s+(?:the\\s+)?(?:(?:about|around|roughly|nearly|almost|some|just|only)\\s+)?$|\\b(?:spent|spends|spending|stood at|amounted to|was|were)\\s+(?:(?:only|just|about|around|roughly|nearly|almost|some|more than|less than)\\s+)?$"),
                    Pattern.compile("\\bcore\\b"),
                    Pattern.compile("\\b(?:related|infrastructure|cyber\\w*|resilience|civil\\w*)\\b"),
                    status,
                    Pattern.compile("\\b(?:this|that|the|these)\\s+(?:(?:new|proposed|same|ambitious)\\s+)?(?:target|plan|goal|benchmark|proposal|"
                            + "commitment|pledge)\\b|\\b(?:signall?ed|signals|expressed|voiced)\\s+(?:\\w+\\s+)?(?:reluctance|opposition|resistance)\\b"
                            + "|\\bpush\\w*\\s+back\\b"));
        }
    }

    private static final String WORD_NUMBERS = "one|two|three|four|five|six|seven|eight|nine|ten";
    private static final Pattern PERCENT = Pattern.compile(
            "\\b(?:(\\d+(?:\\.\\d+)?)\\s?(?:%|per\\s?cent\\b|percent\\b)|(" + WORD_NUMBERS + ")(\\s+and\\s+a\\s+half)?\\s+(?:per\\s?cent|percent)\\b)");
    private static final Pattern BY_YEAR = Pattern.compile("\\bby\\s+(?:(?:fiscal(?:\\s+year)?|the\\s+end\\s+of|end-|the\\s+year)\\s*)?((?:19|20)\\d{2})\\b");
    private static final Pattern DECADE = Pattern.compile("\\bwithin\\s+(?:a|the\\s+next|the\\s+coming|ten|10)\\s+(?:decade|years)\\b");
    private static final List<TargetStatus> PRECEDENCE = List.of(
            TargetStatus.OPPOSED, TargetStatus.EXISTING, TargetStatus.PLEDGED, TargetStatus.PROPOSED, TargetStatus.AGREED);

    private static final double NUMBER_CONFIDENCE = 0.8;
    private static final double FALLBACK_ACTOR_CONFIDENCE = 0.6;
    private static final double ANAPHOR_CONFIDENCE = 0.55;

    private final Lexicon lexicon;

    public SpendingTargetExtractor(Lexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    public SpendingTargetExtractor() {
        this(Lexicon.english());
    }

    @Override
    public String name() {
        return "spending-targets";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layer.SENTENCES, Layer.MENTIONS, Layer.DATES);
    }

    @Override
    public Layer<List<SpendingTarget>> provides() {
        return LAYER;
    }

    /** A percentage in a sentence, with its value and sentence-relative position. */
    private record Number(BigDecimal percent, int begin, int end) {
    }

    /** The latest total target stated, for "this target" and "the total is split into" later on. */
    private record Last(BigDecimal percent, int sentence, List<Entity> actors, TargetStatus status, Optional<Year> deadline) {
    }

    /** "The total is split into 3.5% for core defence and 1.5% for related needs": parts of the last target. */
    private static final Pattern SPLIT = Pattern.compile("\\b(?:split|divided|broken down|comprising|consisting|of which)\\b");
    /** An organisation's own standing target before the number: "NATO's 2 per cent guideline", "NATO's guideline of 2%". */
    private static final Pattern STANDING = Pattern.compile("'s\\s+(?:(?:\\w+\\s+){0,2}(guideline|target|benchmark|threshold|commitment)\\s+of\\s+(?:\\w+\\s+){0,2}|)$");
    private static final Pattern COLLECTIVE = Pattern.compile("\\b(?:agree\\w*|agreement|allies|alliance|summit|member states|members|leaders)\\b");

    @Override
    public List<SpendingTarget> apply(AnnotatedArticle article) {
        ArticleView view = ArticleView.of(article);
        Optional<LocalDate> published = article.article().metadata().published();
        boolean defenceArticle = view.sentences().stream().anyMatch(this::statesDefenceShare);
        Optional<Entity> alliance = mostMentionedOrganisation(view);
        Optional<Entity> country = view.dominant(EntityKind.COUNTRY);
        List<SpendingTarget> out = new ArrayList<>();
        Last last = null;
        for (SentenceView s : view.sentences()) {
            String lower = Clauses.lower(s.plain());
            List<Number> numbers = numbers(lower);
            boolean sentenceContext = lexicon.gdp().matcher(lower).find() && lexicon.defence().matcher(lower).find();
            TargetStatus previous = null;
            boolean found = false;
            for (int i = 0; i < numbers.size(); i++) {
                Number n = numbers.get(i);
                int windowBegin = Math.max(Clauses.clauseStart(s.plain(), n.begin()), i > 0 ? numbers.get(i - 1).end() : 0);
                int windowEnd = Math.min(Clauses.clauseEnd(s.plain(), n.end()), i + 1 < numbers.size() ? numbers.get(i + 1).begin() : lower.length());
                String before = lower.substring(windowBegin, n.begin());
                String after = lower.substring(n.end(), windowEnd);
                String nearBefore = lastWords(before, 4);
                String nearAfter = firstWords(after, 5);
                boolean namedTarget = lexicon.targetNouns().matcher(after).find() || lexicon.targetNouns().matcher(nearBefore).find();
                if (!(sentenceContext || namedTarget && defenceArticle)) {
                    continue;
                }
                if (lexicon.excluded().matcher(nearBefore + " " + nearAfter).find()) {
                    continue;
                }
                int clauseBegin = Clauses.clauseStart(s.plain(), n.begin());
                Optional<TargetStatus> cued = nearestStatus(lower, Math.max(clauseBegin, windowBegin), n.begin(), n.end(), windowEnd);
                boolean existing = cued.isEmpty() && (lexicon.status().get(TargetStatus.EXISTING).matcher(nearBefore).find()
                        || after.contains("already meets") || before.contains("already meets"))
                        || cued.filter(c -> c == TargetStatus.EXISTING).isPresent();
                if (lexicon.pastLevel().matcher(before).find() && !lexicon.targetNouns().matcher(after).find()) {
                    continue; // a level spent, not a target: "currently spends about 2.3%", "spent 1.4% last year"
                }
                Scope scope = scope(nearBefore, nearAfter);
                Optional<Year> deadline = deadline(after, published);
                Optional<TargetStatus> status = existing ? Optional.of(TargetStatus.EXISTING) : cued;
                if (status.isEmpty() && previous != null) {
                    status = Optional.of(previous);
                }
                Optional<Entity> owner = standingOwner(s, lower.substring(windowBegin, n.begin()));
                if (owner.isPresent()) {
                    // "NATO's 2 per cent guideline": the organisation's own target, whoever meets it.
                    out.add(new SpendingTarget(owner.get(), n.percent(), scope, deadline,
                            status.filter(st -> st != TargetStatus.PLEDGED).orElse(TargetStatus.EXISTING),
                            s.evidence(windowBegin, Math.min(windowEnd, n.end() + 60), "spending-targets.standing", NUMBER_CONFIDENCE)));
                    found = true;
                    if (status.filter(st -> st == TargetStatus.PLEDGED).isEmpty()) {
                        continue;
                    }
                }
                if (status.isEmpty() && last != null && SPLIT.matcher(lower).find() && scope != Scope.TOTAL) {
                    // The parts of the last target: its actors, status and deadline.
                    for (Entity actor : last.actors()) {
                        out.add(new SpendingTarget(actor, n.percent(), scope, deadline.or(last::deadline), last.status(),
                                s.evidence(windowBegin, Math.min(windowEnd, n.end() + 60), "spending-targets.split", NUMBER_CONFIDENCE)));
                    }
                    found = true;
                    continue;
                }
                if (status.isEmpty()) {
                    continue;
                }
                previous = status.get();
                int clause = Clauses.clauseStart(s.plain(), n.begin());
                int anchor = numbers.stream().filter(o -> o.begin() >= clause).findFirst().orElse(n).begin();
                List<Mention> actors = actors(s, anchor).stream().filter(m -> owner.map(o -> !o.sameAs(m.entity())).orElse(true)).toList();
                double confidence = NUMBER_CONFIDENCE;
                Optional<Entity> fallback = COLLECTIVE.matcher(lower).find() ? alliance : country.or(() -> alliance);
                if (actors.isEmpty()) {
                    if (fallback.isEmpty()) {
                        continue;
                    }
                    confidence = FALLBACK_ACTOR_CONFIDENCE;
                }
                List<Entity> entities = actors.isEmpty() ? List.of(fallback.get()) : actors.stream().map(Mention::entity).toList();
                for (Entity actor : entities) {
                    out.add(new SpendingTarget(actor, n.percent(), scope, deadline, status.get(),
                            s.evidence(actors.isEmpty() ? clause : Math.min(clause, s.local(actors.get(0).span()).begin()),
                                    Math.min(windowEnd, n.end() + 60),
                                    "spending-targets.percent-of-gdp", confidence)));
                }
                found = true;
                if (scope == Scope.TOTAL) {
                    last = new Last(n.percent(), s.sentence().index(), entities, status.get(), deadline);
                }
            }
            if (!found && numbers.isEmpty() && last != null && s.sentence().index() - last.sentence() <= 6) {
                anaphor(s, lower, last, out);
            }
        }
        return List.copyOf(out);
    }

    /** "Germany pledged to reach this target", "Belgium signalled reluctance": the latest total target. */
    private void anaphor(SentenceView s, String lower, Last last, List<SpendingTarget> out) {
        Matcher a = lexicon.anaphor().matcher(lower);
        if (!a.find()) {
            return;
        }
        int clause = Clauses.clauseStart(s.plain(), a.start());
        int clauseEnd = Clauses.clauseEnd(s.plain(), a.end());
        Matcher opposed = lexicon.status().get(TargetStatus.OPPOSED).matcher(lower);
        opposed.region(clause, a.end());
        Optional<TargetStatus> status = opposed.find() ? Optional.of(TargetStatus.OPPOSED)
                : nearestStatus(lower, clause, a.start(), a.end(), clauseEnd);
        if (status.isEmpty() || status.get() == TargetStatus.EXISTING) {
            return;
        }
        List<Mention> actors = Clauses.agentsBefore(s, clause, a.start());
        if (actors.isEmpty() || Clauses.words(lower.substring(s.local(actors.get(actors.size() - 1).span()).end(), a.start())) > 10) {
            return;
        }
        Optional<Year> deadline = find(BY_YEAR, lower.substring(a.end())).map(m -> Year.of(Integer.parseInt(m.group(1))));
        for (Mention actor : actors) {
            out.add(new SpendingTarget(actor.entity(), last.percent(), Scope.TOTAL, deadline, status.get(),
                    s.evidence(s.local(actors.get(0).span()).begin(), a.end(), "spending-targets.anaphor", ANAPHOR_CONFIDENCE)));
        }
    }

    private boolean statesDefenceShare(SentenceView s) {
        String lower = Clauses.lower(s.plain());
        return PERCENT.matcher(lower).find() && lexicon.gdp().matcher(lower).find() && lexicon.defence().matcher(lower).find();
    }

    private static List<Number> numbers(String lower) {
        List<Number> numbers = new ArrayList<>();
        Matcher m = PERCENT.matcher(lower);
        while (m.find()) {
            BigDecimal value = m.group(1) != null ? new BigDecimal(m.group(1))
                    : BigDecimal.valueOf(List.of(WORD_NUMBERS.split("\\|")).indexOf(m.group(2)) + 1);
            if (m.group(3) != null) {
                value = value.add(new BigDecimal("0.5"));
            }
            if (value.signum() > 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0) {
                numbers.add(new Number(value, m.start(), m.end()));
            }
        }
        return numbers;
    }

    private Scope scope(String nearBefore, String nearAfter) {
        String near = lastWords(nearBefore, 2) + " " + nearAfter;
        if (lexicon.core().matcher(near).find()) {
            return Scope.CORE;
        }
        return lexicon.related().matcher(near).find() ? Scope.RELATED : Scope.TOTAL;
    }

    private static Optional<Year> deadline(String after, Optional<LocalDate> published) {
        Optional<Matcher> by = find(BY_YEAR, after);
        if (by.isPresent()) {
            return Optional.of(Year.of(Integer.parseInt(by.get().group(1))));
        }
        if (DECADE.matcher(after).find() && published.isPresent()) {
            return Optional.of(Year.of(published.get().getYear() + 10));
        }
        return Optional.empty();
    }

    /**
     * The status of a number: opposed when its clause opposes before it; else the status whose cue
     * stands nearest before it ("agreed to raise defence spending to 5%, a goal" is agreed); else the
     * first cue after it, by precedence.
     */
    private Optional<TargetStatus> nearestStatus(String lower, int from, int numberBegin, int numberEnd, int to) {
        Matcher opposed = lexicon.status().get(TargetStatus.OPPOSED).matcher(lower);
        opposed.region(from, numberBegin);
        if (opposed.find()) {
            return Optional.of(TargetStatus.OPPOSED); // "rejected the proposed 5%": opposition governs what follows it
        }
        TargetStatus best = null;
        int bestEnd = -1;
        for (TargetStatus status : PRECEDENCE) {
            Matcher m = lexicon.status().get(status).matcher(lower);
            m.region(from, numberBegin);
            while (m.find()) {
                if (m.end() > bestEnd) {
                    bestEnd = m.end();
                    best = status;
                }
            }
        }
        if (best == TargetStatus.EXISTING) {
            // "proposed ... to require that at least 4%": a proposal or pledge in the clause outranks "at least".
            for (TargetStatus stronger : List.of(TargetStatus.PROPOSED, TargetStatus.PLEDGED)) {
                Matcher m = lexicon.status().get(stronger).matcher(lower);
                m.region(from, numberBegin);
                if (m.find()) {
                    return Optional.of(stronger);
                }
            }
        }
        if (best != null) {
            return Optional.of(best);
        }
        for (TargetStatus status : PRECEDENCE) {
            Matcher m = lexicon.status().get(status).matcher(lower);
            m.region(numberEnd, to);
            if (status != TargetStatus.EXISTING && m.find()) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    /** The organisation whose standing target the words before a number name ("NATO's 2 per cent guideline"). */
    private static Optional<Entity> standingOwner(SentenceView s, String before) {
        Matcher m = STANDING.matcher(before);
        if (!m.find()) {
            return Optional.empty();
        }
        int at = s.plain().toLowerCase(java.util.Locale.ROOT).lastIndexOf(before) + m.start();
        return s.mentionEndingAt(at).filter(o -> o.kind() == EntityKind.ORGANIZATION).map(Mention::entity);
    }

    /** The coordinated agents before the number in its clause: "Germany and the UK have pledged 3%". */
    private static List<Mention> actors(SentenceView s, int number) {
        int clause = Clauses.clauseStart(s.plain(), number);
        Matcher that = Pattern.compile("\\bthat\\s").matcher(s.plain());
        that.region(clause, number);
        while (that.find()) {
            int after = that.end();
            if (!Clauses.agentsBefore(s, after, number).isEmpty()) {
                clause = after; // "told parliament that Britain will raise": the actor is after "that"
            }
        }
        List<Mention> actors = Clauses.agentsBefore(s, clause, number);
        if (actors.isEmpty()) {
            return actors;
        }
        String between = s.plain().substring(s.local(actors.get(actors.size() - 1).span()).end(), number);
        return Clauses.words(between) > 15 ? List.of() : actors;
    }

    /** The organisation the article names most often: whose agreement an unattributed target is. */
    private static Optional<Entity> mostMentionedOrganisation(ArticleView view) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Entity> entities = new HashMap<>();
        for (SentenceView s : view.sentences()) {
            for (Mention m : s.mentions()) {
                if (m.kind() == EntityKind.ORGANIZATION) {
                    counts.merge(m.entity().key(), 1, Integer::sum);
                    entities.putIfAbsent(m.entity().key(), m.entity());
                }
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> entities.get(e.getKey()));
    }

    private static String lastWords(String text, int n) {
        String[] words = text.strip().split("\\s+");
        return String.join(" ", List.of(words).subList(Math.max(0, words.length - n), words.length));
    }

    private static String firstWords(String text, int n) {
        String[] words = text.strip().split("\\s+");
        return String.join(" ", List.of(words).subList(0, Math.min(n, words.length)));
    }

    private static Optional<Matcher> find(Pattern p, String text) {
        return Clauses.find(p, text);
    }
}
