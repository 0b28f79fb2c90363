package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Values.HoldingStatus;
import org.newsgraph.nlp.Entity;
import org.newsgraph.nlp.PartialDate;

class RoleExtractorTest {

    private static List<RoleHolding> roles(String text) {
        return Annotate.facts(text, RoleHolding.class);
    }

    private static String org(RoleHolding role) {
        return role.office().organization().map(Entity::label).orElse("");
    }

    @Test
    void demonymBeforeTitleGivesTheCountry() {
        List<RoleHolding> roles = roles("Danish Prime Minister Anna Holm met reporters on Monday.");
        assertThat(roles).singleElement().satisfies(r -> {
            assertThat(r.person().label()).isEqualTo("Anna Holm");
            assertThat(r.office().role()).isEqualTo("Prime Minister");
            assertThat(org(r)).isEqualTo("Denmark");
            assertThat(r.status()).isEqualTo(HoldingStatus.CURRENT);
        });
    }

    @Test
    void possessiveOrganisationBeforeTitle() {
        assertThat(roles("NATO's Secretary-General Piet Vos spoke in Oslo."))
                .singleElement().satisfies(r -> {
                    assertThat(r.office().role()).isEqualTo("Secretary General");
                    assertThat(org(r)).isEqualTo("NATO");
                });
    }

    @Test
    void appositionAfterName() {
        assertThat(roles("Karl Brenner, the German chancellor, arrived late."))
                .singleElement().satisfies(r -> {
                    assertThat(r.person().label()).isEqualTo("Karl Brenner");
                    assertThat(r.office().role()).isEqualTo("Chancellor");
                    assertThat(org(r)).isEqualTo("Germany");
                });
    }

    @Test
    void formerAndThenMakeAFormerHolding() {
        assertThat(roles("Former Italian President Gino Rossi wrote a book.")).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(HoldingStatus.FORMER));
        assertThat(roles("He criticised then-President Lea Marsh in 2019.")).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(HoldingStatus.FORMER));
    }

    @Test
    void designateAndWillBeMakeADesignateHolding() {
        assertThat(roles("Polish Prime Minister-designate Jan Nowicki named his cabinet.")).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(HoldingStatus.DESIGNATE));
        assertThat(roles("Tom Berg will be the next governor of the Bank of England.")).singleElement()
                .satisfies(r -> {
                    assertThat(r.status()).isEqualTo(HoldingStatus.DESIGNATE);
                    assertThat(r.office().role()).isEqualTo("Governor");
                    assertThat(org(r)).isEqualTo("Bank of England");
                });
    }

    @Test
    void servedAsSinceGivesStartDate() {
        assertThat(roles("Eva Lind is a Swedish politician who has served as Prime Minister of Sweden since 3 March 2019."))
                .singleElement().satisfies(r -> {
                    assertThat(org(r)).isEqualTo("Sweden");
                    assertThat(r.start()).contains(PartialDate.parse("2019-03-03"));
                    assertThat(r.status()).isEqualTo(HoldingStatus.CURRENT);
                });
    }

    @Test
    void envoyToOrganisationBelongsToTheSendingCountry() {
        assertThat(roles("Former US envoy to the EU Dana Price disagreed.")).singleElement().satisfies(r -> {
            assertThat(r.office().role()).isEqualTo("Envoy to the EU");
            assertThat(org(r)).isEqualTo("United States");
            assertThat(r.status()).isEqualTo(HoldingStatus.FORMER);
        });
    }

    @Test
    void asTitleCommaPronounTakesThePreviousPerson() {
        List<RoleHolding> roles = roles("Maria Sandoval took the floor. As Spain's foreign minister, she defended the plan.");
        assertThat(roles).anySatisfy(r -> {
            assertThat(r.person().label()).isEqualTo("Maria Sandoval");
            assertThat(r.office().role()).isEqualTo("Foreign Minister");
            assertThat(org(r)).isEqualTo("Spain");
        });
    }

    @Test
    void succeedAsGivesBothHoldingsWithTheDate() {
        List<RoleHolding> roles = roles("Ada Kern will succeed Olaf Brun as President of the European Commission on 1 December 2026.");
        assertThat(roles).anySatisfy(r -> {
            assertThat(r.person().label()).isEqualTo("Ada Kern");
            assertThat(r.status()).isEqualTo(HoldingStatus.DESIGNATE);
            assertThat(r.start()).contains(PartialDate.parse("2026-12-01"));
        });
        assertThat(roles).anySatisfy(r -> {
            assertThat(r.person().label()).isEqualTo("Olaf Brun");
            assertThat(r.end()).contains(PartialDate.parse("2026-12-01"));
        });
    }

    @Test
    void surnameLaterInTheArticleIsTheSamePerson() {
        List<RoleHolding> roles = roles("Greta Olsen spoke first. Later, Finance Minister Olsen left.");
        assertThat(roles).singleElement().satisfies(r -> assertThat(r.person().label()).isEqualTo("Greta Olsen"));
    }

    @Test
    void occupationIsNotAnOffice() {
        assertThat(roles("Tim Ward, a prominent Dutch politician, spoke.")).isEmpty();
    }

    @Test
    void portfolioWordsBeforeATitleBelongToIt() {
        assertThat(roles("Mara Quinn, the international development minister, resigned on Friday over the cuts."))
                .singleElement().satisfies(r -> assertThat(r.office().role()).isEqualTo("International Development Minister"));
    }

    @Test
    void partyWordBeforeLeaderIsTheOrganisation() {
        assertThat(roles("Conservative leader Ruth Hale welcomed the increase in spending announced by the government."))
                .singleElement().satisfies(r -> assertThat(org(r)).isEqualTo("Conservative Party"));
    }

    @Test
    void approvedAsGivesTheOfficeAndTheDateBeforeTheVerb() {
        assertThat(roles("Sweden's parliament on 17 July 2025 approved Eva Lind as prime minister in a close vote."))
                .singleElement().satisfies(r -> {
                    assertThat(r.person().label()).isEqualTo("Eva Lind");
                    assertThat(r.office().role()).isEqualTo("Prime Minister");
                    assertThat(r.start()).contains(PartialDate.parse("2025-07-17"));
                });
    }

    @Test
    void termAsNamesTheSubjectsOffice() {
        assertThat(roles("Clara Hess intends to complete her term as president of the European Central Bank, she said."))
                .singleElement().satisfies(r -> assertThat(org(r)).isEqualTo("European Central Bank"));
    }

    @Test
    void succeedingGivesThePredecessorTheSameOffice() {
        List<RoleHolding> roles = roles("Ola Berg was sworn in as prime minister of Norway on 3 March 2031, succeeding Kari Lunde.");
        assertThat(roles).anySatisfy(r -> {
            assertThat(r.person().label()).isEqualTo("Kari Lunde");
            assertThat(r.status()).isEqualTo(HoldingStatus.FORMER);
            assertThat(r.end()).contains(PartialDate.parse("2031-03-03"));
            assertThat(org(r)).isEqualTo("Norway");
        });
    }

    @Test
    void aCountryOfficeTakesTheOnlyCountryOfItsSentence() {
        assertThat(roles("Prime Minister Ian Moore told lawmakers on Tuesday that Ireland will raise spending."))
                .singleElement().satisfies(r -> assertThat(org(r)).isEqualTo("Ireland"));
    }

    @Test
    void aReElectionDoesNotDateTheStartOfTheHolding() {
        assertThat(roles("Tom Reyes was re-elected speaker of the Canadian House of Commons on 3 January 2031."))
                .singleElement().satisfies(r -> assertThat(r.start()).isEmpty());
    }

    @Test
    void outgoingIsStillCurrent() {
        assertThat(roles("The outgoing Dutch prime minister, Jan Smit, chaired his last cabinet meeting on Friday."))
                .anySatisfy(r -> {
                    assertThat(r.status()).isEqualTo(HoldingStatus.CURRENT);
                    assertThat(org(r)).isEqualTo("Netherlands");
                });
    }

    @Test
    void headsOfAgenciesHoldTheirAgencysOffice() {
        assertThat(roles("IMF Managing Director Ines Costa warned that growth would slow in the coming year."))
                .singleElement().satisfies(r -> {
                    assertThat(r.office().role()).isEqualTo("Managing Director");
                    assertThat(org(r)).isEqualTo("International Monetary Fund");
                });
    }

    @Test
    void aNameAfterATitleIsNeverTheTitlesComplement() {
        assertThat(roles("Minister of A B.")).isEmpty();
        assertThat(roles("Mara Quist is the Governor of New Amsterdam.")).allSatisfy(r ->
                assertThat(r.person().label()).isEqualTo("Mara Quist"));
        assertThat(roles("Ola Dahl was confirmed as Director of National Intelligence.")).allSatisfy(r ->
                assertThat(r.person().label()).isEqualTo("Ola Dahl"));
    }

    @Test
    void aComplementBeforeTheNameStillNamesTheOrganisation() {
        assertThat(roles("The President of France Anne Roux arrived in Oslo."))
                .singleElement().satisfies(r -> {
                    assertThat(r.person().label()).isEqualTo("Anne Roux");
                    assertThat(org(r)).isEqualTo("France");
                });
    }
}
