package org.newsgraph.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.extract.Endorsement;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.Fact;
import org.newsgraph.extract.Office;
import org.newsgraph.extract.RoleHolding;
import org.newsgraph.extract.SpendingTarget;
import org.newsgraph.extract.Succession;
import org.newsgraph.extract.Values.HoldingStatus;
import org.newsgraph.extract.Values.Polarity;
import org.newsgraph.extract.Values.Scope;
import org.newsgraph.extract.Values.TargetKind;
import org.newsgraph.extract.Values.TargetStatus;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.Span;
import org.newsgraph.nlp.Entity;
import org.newsgraph.nlp.EntityKind;
import org.newsgraph.nlp.PartialDate;

/** Small hand-built articles with invented people, organisations and countries. */
public final class Samples {

    public static final Entity KOSTOVA = new Entity(EntityKind.PERSON, "Mirela Kostova", Optional.of("Q990000101"));
    public static final Entity VENTURINI = Entity.of(EntityKind.PERSON, "Aldo Venturini");
    public static final Entity ALLIANCE = new Entity(EntityKind.ORGANIZATION, "Northern Alliance", Optional.of("Q990000201"));
    public static final Entity VALDORIA = new Entity(EntityKind.COUNTRY, "Valdoria", Optional.of("Q990000301"));
    public static final Entity ORSK = Entity.of(EntityKind.PLACE, "Orsk-on-Lake");
    public static final Office SECRETARY_GENERAL = new Office("Secretary General", Optional.of(ALLIANCE),
            Optional.of("Q990000401"));

    public static final String A = "article-a";
    public static final String B = "article-b";

    private Samples() {
    }

    /** Article A: a current role with a month start, a succession, two endorsements, a pledge; the role stated twice. */
    public static ArticleFacts articleA() {
        Builder b = new Builder(A, "Kostova takes over",
                "Mirela Kostova became Secretary General of the Northern Alliance in March 2021. "
                        + "She succeeded Aldo Venturini at a meeting in Orsk-on-Lake. "
                        + "Valdoria backed her candidacy, saying \"she is the right choice\". "
                        + "Valdoria pledged to spend 2.5% of GDP on defence by 2030. "
                        + "Secretary General Mirela Kostova spoke in Orsk-on-Lake.");
        b.add(s -> new RoleHolding(KOSTOVA, SECRETARY_GENERAL, Optional.of(new PartialDate(2021, 3, 0)),
                Optional.empty(), HoldingStatus.CURRENT, s.evidence(0, "Mirela Kostova became Secretary General", "role-became", 0.9)));
        b.add(s -> new Succession(KOSTOVA, VENTURINI, Optional.of(SECRETARY_GENERAL), Optional.empty(),
                s.evidence(1, "She succeeded Aldo Venturini", "succeeded", 0.8)));
        b.add(s -> new Endorsement(VALDORIA, new Endorsement.Target(TargetKind.CANDIDACY, "Kostova candidacy",
                Optional.of(KOSTOVA)), Polarity.SUPPORT, Optional.of("she is the right choice"),
                s.evidence(2, "Valdoria backed her candidacy", "backed", 0.75)));
        b.add(s -> new Endorsement(VALDORIA, new Endorsement.Target(TargetKind.PERSON, "Mirela Kostova",
                Optional.of(KOSTOVA)), Polarity.SUPPORT, Optional.empty(),
                s.evidence(2, "Valdoria backed her", "backed-person", 0.6)));
        b.add(s -> new SpendingTarget(VALDORIA, new BigDecimal("2.50"), Scope.TOTAL, Optional.of(Year.of(2030)),
                TargetStatus.PLEDGED, s.evidence(3, "pledged to spend 2.5% of GDP", "pledge", 0.85)));
        b.add(s -> new RoleHolding(KOSTOVA, SECRETARY_GENERAL, Optional.empty(), Optional.empty(), HoldingStatus.CURRENT,
                s.evidence(4, "Secretary General Mirela Kostova", "title-name", 0.7)));
        return b.build(List.of(KOSTOVA, VENTURINI, ALLIANCE, VALDORIA, ORSK));
    }

    /** Article B: the same role, now former, with a day start and an end; the pledge with another deadline. */
    public static ArticleFacts articleB() {
        Builder b = new Builder(B, null,
                "Former Secretary General Mirela Kostova, who served from 1 March 2021 to 2024, spoke today. "
                        + "Valdoria pledged to spend 2.5% of GDP on defence by 2031.");
        b.add(s -> new RoleHolding(KOSTOVA, SECRETARY_GENERAL, Optional.of(new PartialDate(2021, 3, 1)),
                Optional.of(PartialDate.ofYear(2024)), HoldingStatus.FORMER,
                s.evidence(0, "Former Secretary General Mirela Kostova", "title-name", 0.7)));
        b.add(s -> new SpendingTarget(VALDORIA, new BigDecimal("2.5"), Scope.TOTAL, Optional.of(Year.of(2031)),
                TargetStatus.PLEDGED, s.evidence(1, "pledged to spend 2.5% of GDP", "pledge", 0.85)));
        return b.build(List.of(KOSTOVA, VALDORIA));
    }

    /** Article C: only a designate role of another person, a policy opposition and a core-spending proposal. */
    public static ArticleFacts articleC() {
        Builder b = new Builder("article-c", "Venturini named envoy",
                "Aldo Venturini was named Envoy of Valdoria. The Northern Alliance opposed the tariff plan. "
                        + "The Northern Alliance proposed 3% of GDP for core spending.");
        Office envoy = new Office("Envoy", Optional.of(VALDORIA));
        b.add(s -> new RoleHolding(VENTURINI, envoy, Optional.empty(), Optional.empty(), HoldingStatus.DESIGNATE,
                s.evidence(0, "Aldo Venturini was named Envoy", "named", 0.8)));
        b.add(s -> new Endorsement(ALLIANCE, new Endorsement.Target(TargetKind.POLICY, "the tariff plan", Optional.empty()),
                Polarity.OPPOSE, Optional.empty(), s.evidence(1, "opposed the tariff plan", "opposed", 0.7)));
        b.add(s -> new SpendingTarget(ALLIANCE, new BigDecimal("3"), Scope.CORE, Optional.empty(), TargetStatus.PROPOSED,
                s.evidence(2, "proposed 3% of GDP", "propose", 0.65)));
        return b.build(List.of(VENTURINI, VALDORIA, ALLIANCE));
    }

    /** Article D: a stance whose target is only the name of an organisation the article names. */
    public static ArticleFacts articleD() {
        Builder b = new Builder("article-d", "Valdoria backs the alliance", "Valdoria backed the Northern Alliance.");
        b.add(s -> new Endorsement(VALDORIA, new Endorsement.Target(TargetKind.POLICY, "Northern Alliance", Optional.empty()),
                Polarity.SUPPORT, Optional.empty(), s.evidence(0, "Valdoria backed the Northern Alliance", "backed", 0.7)));
        return b.build(List.of(VALDORIA, ALLIANCE));
    }

    /**
     * Article E: stances on a share of GDP that an actor pledged, named as a target ("Valdoria's 5%
     * target", "the 5 percent of GDP goal"), and a stance on a plan that only mentions a percentage.
     */
    public static ArticleFacts articleE() {
        Builder b = new Builder("article-e", "Valdoria pledges 5%", "Valdoria pledged to spend 5% of GDP on defence by 2035. "
                + "The Northern Alliance opposed Valdoria's 5% target. Mirela Kostova backed the 5 percent of GDP goal. "
                + "Mirela Kostova backed a plan to cut fuel taxes by 5% and build three new ports.");
        b.add(s -> new SpendingTarget(VALDORIA, new BigDecimal("5"), Scope.TOTAL, Optional.of(Year.of(2035)), TargetStatus.PLEDGED,
                Optional.of(VALDORIA), s.evidence(0, "pledged to spend 5% of GDP", "spending", 0.8)));
        b.add(s -> new Endorsement(ALLIANCE, new Endorsement.Target(TargetKind.POLICY, "Valdoria's 5% target", Optional.empty()),
                Polarity.OPPOSE, Optional.empty(), s.evidence(1, "opposed Valdoria's 5% target", "opposed", 0.7)));
        b.add(s -> new Endorsement(KOSTOVA, new Endorsement.Target(TargetKind.POLICY, "5 percent of GDP goal", Optional.empty()),
                Polarity.SUPPORT, Optional.empty(), s.evidence(2, "backed the 5 percent of GDP goal", "backed", 0.7)));
        b.add(s -> new Endorsement(KOSTOVA, new Endorsement.Target(TargetKind.POLICY, "plan to cut fuel taxes by 5% and build three new ports",
                Optional.empty()), Polarity.SUPPORT, Optional.empty(), s.evidence(3, "backed a plan", "backed", 0.7)));
        return b.build(List.of(VALDORIA, ALLIANCE, KOSTOVA));
    }

    /** The person of {@link #emojiArticle()}: a CJK name whose first character is outside the BMP. */
    public static final Entity YOSHIDA = Entity.of(EntityKind.PERSON, "\uD842\uDFB7田花子");

    /** The words of {@link #emojiArticle()} that state its fact. */
    public static final String EMOJI_WORDS = YOSHIDA.label() + " became Secretary General";

    /** An article that opens with an emoji (two UTF-16 units, one code point) and names a person in CJK. */
    public static ArticleFacts emojiArticle() {
        Builder b = new Builder("emoji", "\uD83C\uDF89 Yoshida", "\uD83C\uDF89 " + EMOJI_WORDS + " of the Northern Alliance in 2021.");
        b.add(s -> new RoleHolding(YOSHIDA, SECRETARY_GENERAL, Optional.of(PartialDate.ofYear(2021)), Optional.empty(),
                HoldingStatus.CURRENT, s.evidence(0, EMOJI_WORDS, "role-became", 0.9)));
        return b.build(List.of(YOSHIDA, ALLIANCE));
    }

    /** Builds an article from its text, split into sentences at ". ", and facts that point into it. */
    private static final class Builder {
        private final Article article;
        private final List<Span> sentences = new ArrayList<>();
        private final List<Fact> facts = new ArrayList<>();

        Builder(String id, String title, String text) {
            this.article = new Article(id, text, List.of(new Span(0, text.length())),
                    new Article.Metadata(Optional.ofNullable(title), Optional.of(LocalDate.of(2024, 6, 1)),
                            Optional.of("https://news.example.org/" + id)));
            int begin = 0;
            int end;
            while ((end = text.indexOf(". ", begin)) >= 0) {
                sentences.add(new Span(begin, end + 1));
                begin = end + 2;
            }
            sentences.add(new Span(begin, text.length()));
        }

        void add(java.util.function.Function<Builder, Fact> fact) {
            facts.add(fact.apply(this));
        }

        Evidence evidence(int sentence, String words, String extractor, double confidence) {
            Span span = sentences.get(sentence);
            String text = span.of(article.text());
            int at = text.indexOf(words);
            if (at < 0) {
                throw new IllegalArgumentException("'" + words + "' is not in sentence " + sentence + ": " + text);
            }
            Span wordSpan = new Span(span.begin() + at, span.begin() + at + words.length());
            return new Evidence(article.id(), span, text, wordSpan, extractor, confidence);
        }

        ArticleFacts build(List<Entity> entities) {
            return new ArticleFacts(article, entities, facts);
        }
    }
}
