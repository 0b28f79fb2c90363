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
            status.put(TargetStatus.PLEDGED, Pattern.compile("\\b(?:pledg\\w*|promis\\w*|vow\\w*|committed to (?:reach|meet|spend|hit)\\w*)\\b"));
            status.put(TargetStatus.PROPOSED, Pattern.compile("\\b(?:propos\\w*|calls? for|called for|push\\w* for|urg\\w*|demand\\w*|"
                    + "goal|benchmark|champion\\w*|advocat\\w*)\\b"));
            status.put(TargetStatus.AGREED, Pattern.compile("\\b(?:agree\\w*|deal|signed on|sign\\w* up|backed|backing|commitment|"
                    + "sets? a target|set a target|target|adopt\\w*|endorsed)\\b"));
            return new Lexicon(
                    Pattern.compile("\\b(?:gdp|gross domestic product|economic output|national output)\\b"),
                    Pattern.compile("\\b(?:defen[cs]e|military|armed forces|armament|rearmament)\\b"),
                    Pattern.compile("^\\s*(?:[a-z-]+\\s+){0,3}?(?:target|benchmark|goal|threshold|guideline|pledge)\\b"
                            + "|(?:target|benchmark|goal|threshold|guideline)\\s+of\\s+$"),
                    Pattern.compile("\\b(?:vote|votes|ballots?|poll\\w*|gni|national income|budget|growth|inflation|interest|"
                            + "unemployment|rates?|yields?|turnout|approval|stake|tariffs?|discount|margin)\\b"),
                    Pattern.compile("\\b(?:up|down|rose|risen|rising|increased?|fell|fallen|grew|from)\\s+from\\s+(?:the\\s+)?$|"
                            + "\\bfrom\\s+(?:the\\s+)?$|\\b(?:spent|stood at|amounted to|was|were)\\s+(?:(?:only|just|about|around|roughly|nearly|almost|some)\\s+)?$"),
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

    /** The latest total target stated, for "this target" later on. */
    private record Last(BigDecimal percent, int sentence) {
    }

    @Override
    public List<SpendingTarget> apply(AnnotatedArticle article) {
        ArticleView view = ArticleView.of(article);
        Optional<LocalDate> published = article.article().metadata().published();
        boolean defenceArticle = view.sentences().stream().anyMatch(this::statesDefenceShare);
        Optional<Entity> alliance = mostMentionedOrganisation(view);
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
                boolean existing = lexicon.status().get(TargetStatus.EXISTING).matcher(nearBefore).find()
                        || after.contains("already meets") || before.contains("already meets");
                if (!existing && lexicon.pastLevel().matcher(before).find()) {
                    continue;
                }
                Scope scope = scope(nearBefore, nearAfter);
                Optional<Year> deadline = deadline(after, published);
                Optional<TargetStatus> status = existing ? Optional.of(TargetStatus.EXISTING)
                        : status(lower.substring(Clauses.clauseStart(s.plain(), n.begin()), windowEnd), before + " " + after);
                if (status.isEmpty() && previous != null) {
                    status = Optional.of(previous);
                }
                if (status.isEmpty()) {
                    continue;
                }
                previous = status.get();
                int clause = Clauses.clauseStart(s.plain(), n.begin());
                int anchor = numbers.stream().filter(o -> o.begin() >= clause).findFirst().orElse(n).begin();
                List<Mention> actors = actors(s, anchor);
                double confidence = NUMBER_CONFIDENCE;
                if (actors.isEmpty()) {
                    if (alliance.isEmpty()) {
                        continue;
                    }
                    confidence = FALLBACK_ACTOR_CONFIDENCE;
                }
                List<Entity> entities = actors.isEmpty() ? List.of(alliance.get()) : actors.stream().map(Mention::entity).toList();
                for (Entity actor : entities) {
                    out.add(new SpendingTarget(actor, n.percent(), scope, deadline, status.get(),
                            s.evidence(actors.isEmpty() ? clause : Math.min(clause, s.local(actors.get(0).span()).begin()),
                                    Math.min(windowEnd, n.end() + 60),
                                    "spending-targets.percent-of-gdp", confidence)));
                }
                found = true;
                if (scope == Scope.TOTAL) {
                    last = new Last(n.percent(), s.sentence().index());
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
        Optional<TargetStatus> status = status(lower.substring(clause, Clauses.clauseEnd(s.plain(), a.end())), "");
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

    /** The status whose cue is in {@code clause} (or, for a cue after the number, {@code around}), by precedence. */
    private Optional<TargetStatus> status(String clause, String around) {
        for (TargetStatus status : PRECEDENCE) {
            if (status == TargetStatus.EXISTING) {
                continue; // only right before the number: "the current 2%", "at least 2%"
            }
            if (lexicon.status().get(status).matcher(clause).find()) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    /** The coordinated agents before the number in its clause: "Germany and the UK have pledged 3%". */
    private static List<Mention> actors(SentenceView s, int number) {
        int clause = Clauses.clauseStart(s.plain(), number);
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
