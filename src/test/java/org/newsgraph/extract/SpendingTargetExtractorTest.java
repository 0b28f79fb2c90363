package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Values.Scope;
import org.newsgraph.extract.Values.TargetStatus;

class SpendingTargetExtractorTest {

    private final SpendingTargetExtractor extractor = new SpendingTargetExtractor();

    private List<SpendingTarget> run(String text) {
        return extractor.apply(Annotate.text(text));
    }

    private static BigDecimal pct(String value) {
        return new BigDecimal(value).stripTrailingZeros();
    }

    @Test
    void declaresItsLayers() {
        assertThat(extractor.name()).isEqualTo("spending-targets");
        assertThat(extractor.provides()).isEqualTo(SpendingTargetExtractor.LAYER);
        assertThat(extractor.requires()).hasSize(3);
    }

    @Test
    void agreedTargetWithActorBeforeTheNumber() {
        List<SpendingTarget> found = run("Denmark agreed to spend 3% of GDP on defence.");
        assertThat(found).singleElement().satisfies(t -> {
            assertThat(t.actor().label()).isEqualTo("Denmark");
            assertThat(t.percent()).isEqualByComparingTo("3");
            assertThat(t.scope()).isEqualTo(Scope.TOTAL);
            assertThat(t.status()).isEqualTo(TargetStatus.AGREED);
            assertThat(t.deadline()).isEmpty();
        });
    }

    @Test
    void deadlineFromByYear() {
        assertThat(run("Norway pledged to raise military spending to 4% of GDP by 2031.")).singleElement()
                .satisfies(t -> {
                    assertThat(t.deadline()).contains(Year.of(2031));
                    assertThat(t.status()).isEqualTo(TargetStatus.PLEDGED);
                });
        assertThat(run("Norway pledged to raise military spending to 4% of GDP by fiscal 2029.")).singleElement()
                .satisfies(t -> assertThat(t.deadline()).contains(Year.of(2029)));
    }

    @Test
    void withinADecadeNeedsThePublicationDate() {
        String text = "Norway pledged to raise military spending to 4% of GDP within a decade.";
        assertThat(run(text)).singleElement().satisfies(t -> assertThat(t.deadline()).isEmpty());
        assertThat(extractor.apply(Annotate.text(text, LocalDate.of(2026, 3, 1)))).singleElement()
                .satisfies(t -> assertThat(t.deadline()).contains(Year.of(2036)));
    }

    @Test
    void wordNumberPercent() {
        assertThat(run("Portugal promised to spend five per cent of gross domestic product on defence.")).singleElement()
                .satisfies(t -> assertThat(t.percent()).isEqualByComparingTo("5"));
        assertThat(run("Portugal promised to spend two and a half percent of GDP on its military.")).singleElement()
                .satisfies(t -> assertThat(t.percent()).isEqualByComparingTo("2.5"));
        assertThat(run("Portugal proposed 3.5 per cent of gross domestic product for defence.")).singleElement()
                .satisfies(t -> {
                    assertThat(t.percent()).isEqualByComparingTo("3.5");
                    assertThat(t.status()).isEqualTo(TargetStatus.PROPOSED);
                });
    }

    @Test
    void scopeCoreAndRelated() {
        List<SpendingTarget> found = run("Estonia agreed to spend 4% of GDP on defence, with 3% for core military needs and 1% for infrastructure and cyber resilience.");
        assertThat(found).extracting(SpendingTarget::percent, SpendingTarget::scope).containsExactly(
                org.assertj.core.groups.Tuple.tuple(pct("4"), Scope.TOTAL),
                org.assertj.core.groups.Tuple.tuple(pct("3"), Scope.CORE),
                org.assertj.core.groups.Tuple.tuple(pct("1"), Scope.RELATED));
        assertThat(found).allSatisfy(t -> assertThat(t.actor().label()).isEqualTo("Estonia"));
    }

    @Test
    void voteShareIsNotASpendingTarget() {
        assertThat(run("The defence minister's party won 31% of the vote, and GDP grew.")).isEmpty();
    }

    @Test
    void aidShareOfNationalIncomeIsNotASpendingTarget() {
        assertThat(run("Sweden agreed to give 0.7% of GNI in aid while keeping its defence budget and GDP stable.")).isEmpty();
    }

    @Test
    void budgetShareAndRatesAreNotSpendingTargets() {
        assertThat(run("Military pensions take 12% of the budget, Austria agreed, and GDP rose.")).isEmpty();
        assertThat(run("Austria agreed that inflation of 4% hurt defence firms as GDP fell.")).isEmpty();
    }

    @Test
    void outsideADefenceContextNothingCounts() {
        assertThat(run("Austria agreed to cut emissions by 40% of 1990 levels.")).isEmpty();
    }

    @Test
    void pastLevelIsNoTarget() {
        List<SpendingTarget> found = run("Ireland agreed to reach 2% of GDP on defence, up from 0.3% of GDP.");
        assertThat(found).extracting(SpendingTarget::percent).containsExactly(pct("2"));
    }

    @Test
    void currentLevelIsAnExistingCommitment() {
        List<SpendingTarget> found = run("Ireland agreed to reach 3% of GDP on defence, up from the current 2%.");
        assertThat(found).extracting(SpendingTarget::percent, SpendingTarget::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(pct("3"), TargetStatus.AGREED),
                org.assertj.core.groups.Tuple.tuple(pct("2"), TargetStatus.EXISTING));
        assertThat(run("Austria must meet its commitment to spend at least 2% of GDP on defence."))
                .singleElement().satisfies(t -> assertThat(t.status()).isEqualTo(TargetStatus.EXISTING));
    }

    @Test
    void oppositionOutranksOtherStatus() {
        assertThat(run("Spain rejected the proposed 5% of GDP for defence as unrealistic.")).singleElement()
                .satisfies(t -> assertThat(t.status()).isEqualTo(TargetStatus.OPPOSED));
    }

    @Test
    void coordinatedActorsGiveOneTargetEach() {
        List<SpendingTarget> found = run("Latvia and Lithuania pledged to spend 5% of GDP on defence.");
        assertThat(found).extracting(t -> t.actor().label()).containsExactly("Latvia", "Lithuania");
    }

    @Test
    void withoutActorTheMostMentionedOrganisationOwnsTheTarget() {
        List<SpendingTarget> found = run("NATO met in the spring. The NATO agreement sets a target of 4% of GDP for defence.");
        assertThat(found).singleElement().satisfies(t -> assertThat(t.actor().label()).isEqualTo("NATO"));
        assertThat(run("The agreement sets a target of 4% of GDP for defence.")).isEmpty();
    }

    @Test
    void namedTargetCountsInADefenceArticle() {
        List<SpendingTarget> found = run("Allies agreed to spend 4% of GDP on defence, NATO said. "
                + "Greece has pushed back, calling the 4% target too costly.");
        assertThat(found).extracting(t -> t.actor().label(), SpendingTarget::status).contains(
                org.assertj.core.groups.Tuple.tuple("Greece", TargetStatus.OPPOSED));
        assertThat(run("Greece has pushed back, calling the 4% target too costly.")).isEmpty();
    }

    @Test
    void anaphoricTargetTakesTheLatestTotal() {
        List<SpendingTarget> found = run("NATO allies agreed to spend 4% of GDP on defence, NATO said. "
                + "Italy and Greece have pledged to reach this target. Croatia signalled reluctance, citing costs.");
        assertThat(found).extracting(t -> t.actor().label(), SpendingTarget::percent, SpendingTarget::status).contains(
                org.assertj.core.groups.Tuple.tuple("Italy", pct("4"), TargetStatus.PLEDGED),
                org.assertj.core.groups.Tuple.tuple("Greece", pct("4"), TargetStatus.PLEDGED),
                org.assertj.core.groups.Tuple.tuple("Croatia", pct("4"), TargetStatus.OPPOSED));
    }

    @Test
    void anaphorWithoutEarlierTargetYieldsNothing() {
        assertThat(run("Italy has pledged to reach this target.")).isEmpty();
    }

    @Test
    void theNearestCueBeforeTheNumberGivesTheStatus() {
        assertThat(run("NATO leaders agreed to raise defence spending to 4% of GDP, a goal each ally is to reach by 2034."))
                .singleElement().satisfies(t -> {
                    assertThat(t.status()).isEqualTo(TargetStatus.AGREED);
                    assertThat(t.deadline()).contains(java.time.Year.of(2034));
                });
    }

    @Test
    void aLevelSpentIsNotATarget() {
        assertThat(run("Ireland currently spends about 1.2% of GDP on defence.")).isEmpty();
        assertThat(run("Austria spent about 0.8 per cent of GDP on its armed forces last year.")).isEmpty();
    }

    @Test
    void anOrganisationsStandingTargetIsItsOwn() {
        assertThat(run("Last year, Portugal met NATO's 2 per cent guideline for defence spending as a share of GDP."))
                .singleElement().satisfies(t -> {
                    assertThat(t.actor().label()).isEqualTo("NATO");
                    assertThat(t.status()).isEqualTo(TargetStatus.EXISTING);
                });
    }

    @Test
    void thePartsOfASplitTargetInheritIt() {
        List<SpendingTarget> found = run("NATO leaders agreed to raise defence spending to 4% of GDP by 2034. "
                + "The total is split into 3 per cent of GDP for core defence and 1 per cent for related needs such as infrastructure.");
        assertThat(found).extracting(SpendingTarget::percent, SpendingTarget::scope, SpendingTarget::status, SpendingTarget::deadline).contains(
                org.assertj.core.groups.Tuple.tuple(pct("3"), org.newsgraph.extract.Values.Scope.CORE, TargetStatus.AGREED, java.util.Optional.of(java.time.Year.of(2034))),
                org.assertj.core.groups.Tuple.tuple(pct("1"), org.newsgraph.extract.Values.Scope.RELATED, TargetStatus.AGREED, java.util.Optional.of(java.time.Year.of(2034))));
    }

    @Test
    void theActorIsAfterThatWhenTheClauseNamesOne() {
        assertThat(run("The prime minister Ian Moore told parliament that Ireland will raise defence spending to 2% of GDP by 2030."))
                .singleElement().satisfies(t -> {
                    assertThat(t.actor().label()).isEqualTo("Ireland");
                    assertThat(t.status()).isEqualTo(TargetStatus.PLEDGED);
                });
    }

    @Test
    void anUnattributedFigureIsNoTarget() {
        assertThat(run("Some defence analysts argue that 3.5% of GDP will eventually be needed for defence.")).isEmpty();
    }
}
