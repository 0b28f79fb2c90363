package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Values.Polarity;
import org.newsgraph.extract.Values.TargetKind;

class EndorsementExtractorTest {

    private final EndorsementExtractor extractor = new EndorsementExtractor();

    private List<Endorsement> run(String text) {
        return extractor.apply(Annotate.text(text));
    }

    @Test
    void declaresItsLayers() {
        assertThat(extractor.name()).isEqualTo("endorsements");
        assertThat(extractor.provides()).isEqualTo(EndorsementExtractor.LAYER);
        assertThat(extractor.requires()).hasSize(3);
    }

    @Test
    void verbObjectPersonTarget() {
        List<Endorsement> found = run("On the second day of the talks, the minister Tomas Verhoek praised Greta Lindqvist for her steady leadership of the fragile coalition.");
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.endorser().label()).isEqualTo("Tomas Verhoek");
            assertThat(e.polarity()).isEqualTo(Polarity.SUPPORT);
            assertThat(e.target().kind()).isEqualTo(TargetKind.PERSON);
            assertThat(e.target().label()).isEqualTo("Greta Lindqvist");
            assertThat(e.evidence().extractor()).isEqualTo("endorsements.verb-object");
            assertThat(e.evidence().confidence()).isBetween(0.0, 1.0);
        });
    }

    @Test
    void supportForActionTarget() {
        List<Endorsement> found = run("Poland voiced strong support for the air strikes on rebel depots, calling them necessary.");
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.endorser().label()).isEqualTo("Poland");
            assertThat(e.target().kind()).isEqualTo(TargetKind.ACTION);
            assertThat(e.target().label()).isEqualTo("air strikes on rebel depots");
        });
    }

    @Test
    void policyTargetStopsAtParticipleClause() {
        List<Endorsement> found = run("Norway endorsed a carbon tax on shipping, saying it was overdue.");
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.target().kind()).isEqualTo(TargetKind.POLICY);
            assertThat(e.target().label()).isEqualTo("carbon tax on shipping");
        });
    }

    @Test
    void possessiveCandidacyTarget() {
        List<Endorsement> found = run("Jorik Vandermeer is running. Ilse Brandt welcomed Vandermeer's nomination as party leader.");
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.endorser().label()).isEqualTo("Ilse Brandt");
            assertThat(e.target().kind()).isEqualTo(TargetKind.CANDIDACY);
            assertThat(e.target().label()).isEqualTo("Jorik Vandermeer's nomination");
            assertThat(e.target().entity()).isPresent();
        });
    }

    @Test
    void opposeCues() {
        assertThat(run("Greece condemned the invasion of the island.")).singleElement()
                .satisfies(e -> {
                    assertThat(e.polarity()).isEqualTo(Polarity.OPPOSE);
                    assertThat(e.target().kind()).isEqualTo(TargetKind.ACTION);
                });
        assertThat(run("Pavel Korsak has long been critical of the treaty.")).singleElement()
                .satisfies(e -> assertThat(e.polarity()).isEqualTo(Polarity.OPPOSE));
        assertThat(run("Italy pushed back against the fishing quota.")).singleElement()
                .satisfies(e -> assertThat(e.target().label()).isEqualTo("fishing quota"));
    }

    @Test
    void coordinatedSubjectsYieldOneEndorsementEach() {
        List<Endorsement> found = run("Belgium and Slovakia rejected the border levy.");
        assertThat(found).extracting(e -> e.endorser().label()).containsExactly("Belgium", "Slovakia");
        assertThat(found).allSatisfy(e -> assertThat(e.polarity()).isEqualTo(Polarity.OPPOSE));
    }

    @Test
    void includingListGivesItsMembersNotTheGroupBefore() {
        List<Endorsement> found = run("Several neighbours of Austria, including Hungary and Slovenia, have backed the water pact.");
        assertThat(found).extracting(e -> e.endorser().label()).containsExactly("Hungary", "Slovenia");
    }

    @Test
    void commaAloneDoesNotJoinASubjectList() {
        List<Endorsement> found = run("In a letter sent by Marta Ilves, Oskar Brenner praised the new budget rules.");
        assertThat(found).extracting(e -> e.endorser().label()).containsExactly("Oskar Brenner");
    }

    @Test
    void negatedEndorsementYieldsNothing() {
        assertThat(run("Finland did not support the fishing ban.")).isEmpty();
        assertThat(run("Finland never endorsed the fishing ban.")).isEmpty();
        assertThat(run("Finland refused to condemn the fishing ban.")).isEmpty();
        assertThat(run("Finland no longer backs the fishing ban.")).isEmpty();
    }

    @Test
    void hypotheticalOrRumouredEndorsementYieldsNothing() {
        assertThat(run("Finland could support the fishing ban.")).isEmpty();
        assertThat(run("Finland would oppose the fishing ban.")).isEmpty();
        assertThat(run("Finland reportedly backed the fishing ban.")).isEmpty();
        assertThat(run("Finland is expected to endorse the fishing ban.")).isEmpty();
    }

    @Test
    void unnamedAgentsYieldNothing() {
        assertThat(run("Critics praised the fishing ban.")).isEmpty();
        assertThat(run("In Finland, some officials criticised the fishing ban.")).isEmpty();
        assertThat(run("They supported the fishing ban.")).isEmpty();
    }

    @Test
    void pronounSubjectResolvesToTheLastPerson() {
        List<Endorsement> found = run("Lena Marquardt spoke to reporters in the city after the long meeting. She praised the new rail plan.");
        assertThat(found).singleElement().satisfies(e -> assertThat(e.endorser().label()).isEqualTo("Lena Marquardt"));
    }

    @Test
    void pronounSkipsThePersonNamedAsAnObject() {
        List<Endorsement> found = run("In a letter sent to Marta Ilves, Oskar Brenner wrote about trade. He thanked Ilves for her patience.");
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.endorser().label()).isEqualTo("Oskar Brenner");
            assertThat(e.target().label()).isEqualTo("Marta Ilves");
        });
    }

    @Test
    void theLatterIsTheOtherPersonNamedBefore() {
        List<Endorsement> found = run("In a note shared by Marta Ilves, Oskar Brenner praised the latter for her courage.");
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.endorser().label()).isEqualTo("Oskar Brenner");
            assertThat(e.target().kind()).isEqualTo(TargetKind.PERSON);
            assertThat(e.target().label()).isEqualTo("Marta Ilves");
        });
    }

    @Test
    void anaphoricTargetResolvesToTheEarlierPercentTarget() {
        List<Endorsement> found = run("Ministers discussed a 4% spending target for the navy. Denmark backed the plan.");
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.endorser().label()).isEqualTo("Denmark");
            assertThat(e.target().kind()).isEqualTo(TargetKind.POLICY);
            assertThat(e.target().label()).isEqualTo("4% spending target");
        });
    }

    @Test
    void targetlessOppositionTakesTheLatestTopic() {
        List<Endorsement> found = run("The 4% target dominated the meeting. Austria signalled reluctance, citing costs.");
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.polarity()).isEqualTo(Polarity.OPPOSE);
            assertThat(e.target().label()).isEqualTo("4% target");
        });
    }

    @Test
    void supportWithoutObjectTakesTheEarlierCandidacy() {
        List<Endorsement> found = run("Jorik Vandermeer's candidacy split the party. Ilse Brandt confirmed her support after a long meeting.");
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.target().kind()).isEqualTo(TargetKind.CANDIDACY);
            assertThat(e.target().label()).isEqualTo("Jorik Vandermeer's candidacy");
        });
    }

    @Test
    void supportFromNamesTheEndorsersAfterTheCue() {
        List<Endorsement> found = run("After weeks of quiet talks, the candidate Jorik Vandermeer won support from Estonia, Latvia and Lithuania.");
        assertThat(found).extracting(e -> e.endorser().label()).containsExactly("Estonia", "Latvia", "Lithuania");
        assertThat(found).allSatisfy(e -> assertThat(e.target().label()).isEqualTo("Jorik Vandermeer"));
    }

    @Test
    void nameBeforeACommonNounIsNoAgent() {
        assertThat(run("Having secured support from all NATO members, Jorik Vandermeer began.")).isEmpty();
    }

    @Test
    void quoteIsKeptWithTheEndorsement() {
        List<Endorsement> found = run("Oskar Brenner praised the rail plan, calling it \u201ca real step forward\u201d.");
        assertThat(found).singleElement().satisfies(e -> assertThat(e.quote()).contains("a real step forward"));
    }

    @Test
    void cueInsideAQuotationIsNotTheWritersReport() {
        assertThat(run("Oskar Brenner said: \u201cwe backed the plan\u201d.")).isEmpty();
    }

    @Test
    void challengingNeedsANamedTarget() {
        assertThat(run("Austria faces challenging times.")).isEmpty();
        assertThat(run("The mayor Oskar Brenner is known for openly challenging then-President Marta Ilves at every party meeting.")).singleElement()
                .satisfies(e -> assertThat(e.target().label()).isEqualTo("Marta Ilves"));
    }

    @Test
    void noMentionsNoFacts() {
        assertThat(run("Nothing happened today.")).isEmpty();
    }

    @Test
    void votingForOrAgainstIsAnEndorsement() {
        assertThat(run("At the end of a long debate in the chamber, Denmark voted against the proposal to cut farm subsidies."))
                .singleElement().satisfies(e -> {
                    assertThat(e.endorser().label()).isEqualTo("Denmark");
                    assertThat(e.polarity()).isEqualTo(org.newsgraph.extract.Values.Polarity.OPPOSE);
                    assertThat(e.target().label()).contains("cut farm subsidies");
                });
    }

    @Test
    void passiveBackingNamesTheBackerAsEndorser() {
        assertThat(run("In the first round of the election, the candidate Marek Zielny was backed by the Civic Alliance party."))
                .singleElement().satisfies(e -> {
                    assertThat(e.endorser().label()).isEqualTo("Civic Alliance");
                    assertThat(e.target().entity()).hasValueSatisfying(p -> assertThat(p.label()).isEqualTo("Marek Zielny"));
                });
    }

    @Test
    void pronounTargetIsTheLastNamedPerson() {
        List<Endorsement> found = run("The committee interviewed the economist Ilse Brandt for most of the morning. "
                + "Later in the day, Finland voted against her nomination in the council.");
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.target().kind()).isEqualTo(org.newsgraph.extract.Values.TargetKind.CANDIDACY);
            assertThat(e.target().label()).isEqualTo("Ilse Brandt's nomination");
        });
    }

    @Test
    void urgingVotersSupportsTheCandidate() {
        assertThat(run("Days before the run-off, the senator Paul Greaves urged voters to vote for Lena Kowal at a rally."))
                .anySatisfy(e -> {
                    assertThat(e.endorser().label()).isEqualTo("Paul Greaves");
                    assertThat(e.target().label()).isEqualTo("Lena Kowal");
                });
    }

    @Test
    void confidenceInSomeoneIsSupport() {
        assertThat(run("After a review of the allegations, the IMF expressed full confidence in its director Ana Ruiz."))
                .singleElement().satisfies(e -> assertThat(e.polarity()).isEqualTo(org.newsgraph.extract.Values.Polarity.SUPPORT));
    }

    @Test
    void aCoordinatedStanceKeepsItsEndorser() {
        List<Endorsement> found = run("The veteran diplomat Ivo Saar is known for his critical stance toward the junta and strong support for Moldova.");
        assertThat(found).anySatisfy(e -> {
            assertThat(e.endorser().label()).isEqualTo("Ivo Saar");
            assertThat(e.polarity()).isEqualTo(org.newsgraph.extract.Values.Polarity.SUPPORT);
            assertThat(e.target().label()).contains("Moldova");
        });
    }

    @Test
    void pledgedToTargetsReadAsGerunds() {
        assertThat(EndorsementExtractor.gerund("end the fighting in the north")).isEqualTo("ending the fighting in the north");
        assertThat(EndorsementExtractor.gerund("cut taxes")).isEqualTo("cutting taxes");
        assertThat(EndorsementExtractor.gerund("raise pensions")).isEqualTo("raising pensions");
        assertThat(EndorsementExtractor.gerund("improve ties")).isEqualTo("improving ties");
    }

    @Test
    void membersOfAnOrganisationActAsAGroup() {
        assertThat(run("The Danish candidate Lene Holt secured support from all 27 EU member states during the summit in Brussels."))
                .anySatisfy(e -> assertThat(e.endorser().label()).isEqualTo("European Union member states"));
    }

    @Test
    void aRelativeClauseTargetsItsAntecedent() {
        assertThat(run("Relations have been strained by new levies on Norwegian salmon, which Ola Dahl has condemned as unjustified."))
                .singleElement().satisfies(e -> {
                    assertThat(e.endorser().label()).isEqualTo("Ola Dahl");
                    assertThat(e.target().label()).isEqualTo("new levies on Norwegian salmon");
                });
    }

    @Test
    void aVerdictOnSomethingNamedIsAStance() {
        assertThat(run("At the summit, the Greek Prime Minister Nikos Vlachos singled Turkey out, calling Turkey's new gas survey “reckless” and provocative."))
                .anySatisfy(e -> {
                    assertThat(e.endorser().label()).isEqualTo("Nikos Vlachos");
                    assertThat(e.polarity()).isEqualTo(org.newsgraph.extract.Values.Polarity.OPPOSE);
                    assertThat(e.target().label()).isEqualTo("Turkey's new gas survey");
                });
        assertThat(run("Asked about the raid, the minister Ana Duarte praised nobody, calling it a success.")).noneMatch(
                e -> e.target().label().equals("it"));
    }
}
