package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.Article;
import org.newsgraph.extract.Values.Polarity;
import org.newsgraph.extract.Values.TargetKind;
import org.newsgraph.nlp.AnnotatedArticle;

class EndorsementExtractorTest {

    private final EndorsementExtractor extractor = new EndorsementExtractor();
    private final RoleExtractor roles = new RoleExtractor();

    private List<Endorsement> run(String text) {
        return run(Annotate.text(text));
    }

    /** The endorsements of an annotated article, after the roles they read the article's appointees from. */
    private List<Endorsement> run(AnnotatedArticle annotated) {
        return extractor.apply(annotated.with(RoleExtractor.LAYER, roles.apply(annotated)));
    }

    @Test
    void declaresItsLayers() {
        assertThat(extractor.name()).isEqualTo("endorsements");
        assertThat(extractor.provides()).isEqualTo(EndorsementExtractor.LAYER);
        assertThat(extractor.requires()).containsExactlyInAnyOrder(ParsedArticle.LAYER, RoleExtractor.LAYER);
    }

    @Test
    void aTitleCasedHeadlineGivesNoStance() {
        String body = "\n\nThe two ministers spoke by phone on Monday, a spokesman said.";
        assertThat(run("Minister Tomas Verhoek Praises Greta Lindqvist for Her Leadership of the Coalition" + body)).isEmpty();
        assertThat(run("Minister Tomas Verhoek praises Greta Lindqvist for her leadership of the coalition" + body)).isNotEmpty();
    }

    @Test
    void aTitleCasedLineRunIntoTheNextSentenceGivesNoStance() {
        String before = "The talks went on late into the night.\n\nThe ministers met again in the morning.\n\n";
        String dateline = "\n(Oslo) - The two ministers spoke by phone on Monday, a spokesman said.";
        assertThat(run(before + "Minister Tomas Verhoek Praises Greta Lindqvist for Her Leadership of the Coalition" + dateline)).isEmpty();
        assertThat(run(before + "Minister Tomas Verhoek praised Greta Lindqvist for her leadership of the coalition" + dateline)).isNotEmpty();
    }

    @Test
    void aRoleInSupportingIsADutyNotAStance() {
        assertThat(run("Greta Lindqvist will play a key role in supporting the regional fishing cooperatives.")).isEmpty();
        assertThat(run("Portugal joined Belgium in condemning the new fishing quota.")).isNotEmpty();
    }

    @Test
    void aNameTheTaggerMissedIsAnOrganisationItsAppositionExplains() {
        // The tagger takes the sentence's first word for a plural common noun.
        assertThat(run("Embers, the left-wing party whose votes his minority government often needs, rejected the increase in fishing quotas."))
                .singleElement().satisfies(e -> {
                    assertThat(e.endorser().label()).isEqualTo("Embers");
                    assertThat(e.polarity()).isEqualTo(Polarity.OPPOSE);
                    assertThat(e.target().label()).contains("fishing quotas");
                });
    }

    @Test
    void aListOfExamplesAfterIncludingIsNoPartOfTheTarget() {
        assertThat(run("\u201cYou have shown outstanding support for Syldavia, including your naval assistance and your leadership of "
                + "the Harbour Coalition,\u201d Minister Tomas Verhoek said.")).singleElement().satisfies(e -> {
                    assertThat(e.endorser().label()).isEqualTo("Tomas Verhoek");
                    assertThat(e.target().label()).contains("support for Syldavia").doesNotContain("Harbour");
                });
    }

    @Test
    void aLegislaturePassingABillBacksIt() {
        assertThat(run("The Fishing Quota Act passed in the Ruritanian House of Delegates on Monday.")).singleElement().satisfies(e -> {
            assertThat(e.endorser().label()).contains("House of Delegates");
            assertThat(e.polarity()).isEqualTo(Polarity.SUPPORT);
            assertThat(e.target().label()).contains("Fishing Quota Act");
        });
        // The parser hangs "passed" from the long subject's relative clause: the bill is still what the chamber passed.
        assertThat(run("Representative Anna Brekke announced that a bill she helped draft to protect the harbour fisheries "
                + "passed in the Ruritanian House of Delegates on Monday.")).anySatisfy(e -> {
                    assertThat(e.endorser().label()).contains("House of Delegates");
                    assertThat(e.target().label()).contains("harbour fisheries");
                });
        assertThat(run("The Ruritanian House of Delegates could pass the Fishing Quota Act next week.")).isEmpty();
        assertThat(run("Tomas Verhoek passed the draft to the minister.")).isEmpty();
    }

    @Test
    void pleasedToAnnounceAnAppointmentSupportsIt() {
        assertThat(run("\u201cI am very pleased to announce that the Council has agreed to appoint General Tomas Verhoek as the next "
                + "Chief of Defence,\u201d said Minister Greta Lindqvist.")).singleElement().satisfies(e -> {
                    assertThat(e.endorser().label()).isEqualTo("Greta Lindqvist");
                    assertThat(e.target().kind()).isEqualTo(TargetKind.CANDIDACY);
                    assertThat(e.target().label()).isEqualTo("Tomas Verhoek's appointment");
                });
        assertThat(run("Minister Greta Lindqvist said she was delighted to announce the appointment of Anna Brekke as ambassador."))
                .singleElement().satisfies(e -> assertThat(e.target().label()).isEqualTo("Anna Brekke's appointment"));
        assertThat(run("\u201cI am pleased to announce that the fishing talks will resume in May,\u201d said Minister Greta Lindqvist.")).isEmpty();
    }

    @Test
    void aHeldStanceWithNoTargetIsOnTheCandidacyNamedJustBefore() {
        assertThat(run("Ruritania was the last holdout for Anna Verhoek's candidacy. "
                + "Prime Minister Tomas Brekke confirmed his support after Verhoek promised to visit Oslo.")).singleElement().satisfies(e -> {
                    assertThat(e.endorser().label()).isEqualTo("Tomas Brekke");
                    assertThat(e.target().kind()).isEqualTo(TargetKind.CANDIDACY);
                    assertThat(e.target().label()).isEqualTo("Anna Verhoek's candidacy");
                });
        assertThat(run("The fishing quota was debated for hours. Prime Minister Tomas Brekke confirmed his support after the vote.")).isEmpty();
    }

    @Test
    void aForecastOfGoodServiceJudgesNoDeed() {
        assertThat(run("\u201cI am sure both officers will carry on providing great service in their new roles,\u201d said Minister Greta Lindqvist."))
                .isEmpty();
    }

    @Test
    void congratulationsOfferedToSomeoneAreForThatPerson() {
        assertThat(run("Minister Greta Lindqvist offered her congratulations to Anna Brekke.")).singleElement().satisfies(e -> {
            assertThat(e.endorser().label()).isEqualTo("Greta Lindqvist");
            assertThat(e.target().label()).isEqualTo("Anna Brekke");
        });
        assertThat(run("President Tomas Verhoek extended his warm congratulations to the two new judges, Mira Solberg and Jon Aas."))
                .extracting(e -> e.target().label()).containsExactlyInAnyOrder("Mira Solberg", "Jon Aas");
    }

    @Test
    void standingStrongForSomethingSupportsIt() {
        assertThat(run("Portugal and Belgium continued to stand strong for a free and sovereign Moldova."))
                .extracting(e -> e.endorser().label() + " " + e.polarity() + " " + e.target().label())
                .containsExactlyInAnyOrder("Portugal SUPPORT Moldova", "Belgium SUPPORT Moldova");
        assertThat(run("Portugal stood firm against the new fishing quota.")).singleElement().satisfies(e -> {
            assertThat(e.polarity()).isEqualTo(Polarity.OPPOSE);
            assertThat(e.target().label()).contains("fishing quota");
        });
        assertThat(run("Belgium stands united with Moldova.")).singleElement().satisfies(e -> assertThat(e.target().label()).isEqualTo("Moldova"));
    }

    @Test
    void aVerbTheParserHangsFromANounTakesTheVerblessRootAsItsSubject() {
        // No comma before "continued": the parser makes it a modifier of "partners" and the first noun phrase the root.
        assertThat(run("Portugal and Belgium, along with our allies and partners continued to stand strong for a free and sovereign Moldova."))
                .extracting(e -> e.endorser().label() + " " + e.polarity() + " " + e.target().label())
                .containsExactlyInAnyOrder("Portugal SUPPORT Moldova", "Belgium SUPPORT Moldova");
    }

    @Test
    void aCommitmentToSharedValuesIsNoStance() {
        assertThat(run("\u201cWe will keep working to reiterate our commitment to regional cooperation and mutual security,\u201d "
                + "said Senator Mara Quill.")).isEmpty();
        assertThat(run("\u201cWe will keep working to reiterate our commitment to the fishing quota reform,\u201d "
                + "said Senator Mara Quill.")).isNotEmpty();
    }

    @Test
    void aPlanSaidByItsControlledClauseIsNoAnaphor() {
        List<Endorsement> found = run("Portugal opposed the plan to raise defence spending.");
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.endorser().label()).isEqualTo("Portugal");
            assertThat(e.polarity()).isEqualTo(Values.Polarity.OPPOSE);
            assertThat(e.target().label().toLowerCase()).contains("spending");
        });
    }

    @Test
    void theIncreaseAVerbToldBeforeIsThatIncrease() {
        List<Endorsement> found = run("Prime Minister Lena Morrow said Arvania will raise fishing quotas by ten per cent next year. "
                + "Opposition leader Tobias Renn welcomed the increase.");
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.endorser().label()).isEqualTo("Tobias Renn");
            assertThat(e.polarity()).isEqualTo(Polarity.SUPPORT);
            assertThat(e.target().label()).contains("increase").contains("fishing quotas");
        });
    }

    @Test
    void alsoSignallingReluctanceSharesTheStanceToldBefore() {
        List<Endorsement> found = run("Portugal rejected the new fishing quota. Belgium and Slovakia also signaled reluctance, citing budget constraints.");
        assertThat(found).extracting(e -> e.endorser().label()).containsExactlyInAnyOrder("Portugal", "Belgium", "Slovakia");
        assertThat(found).allSatisfy(e -> {
            assertThat(e.polarity()).isEqualTo(Polarity.OPPOSE);
            assertThat(e.target().label()).contains("fishing quota");
        });
    }

    @Test
    void reluctanceWithoutAlsoTakesNoEarlierTarget() {
        List<Endorsement> found = run("Portugal rejected the new fishing quota. Belgium signaled reluctance, citing budget constraints.");
        assertThat(found).extracting(e -> e.endorser().label()).containsExactly("Portugal");
    }

    @Test
    void verbObjectPraiseOfAPersonTargetsThePerson() {
        List<Endorsement> found = run("On Monday, the minister Tomas Verhoek praised Greta Lindqvist for her steady leadership of the coalition.");
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.endorser().label()).isEqualTo("Tomas Verhoek");
            assertThat(e.polarity()).isEqualTo(Polarity.SUPPORT);
            assertThat(e.target().kind()).isEqualTo(TargetKind.PERSON);
            assertThat(e.target().label()).isEqualTo("Greta Lindqvist");
            assertThat(e.evidence().extractor()).isEqualTo("endorsements.verb-object");
        });
    }

    @Test
    void commendingACountryForItsPlanTargetsTheCountrysPlan() {
        List<Endorsement> found = run("Portugal commended Denmark for its plan to build two new frigates.");
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.endorser().label()).isEqualTo("Portugal");
            assertThat(e.target().label()).startsWith("Denmark's plan").contains("frigates");
        });
    }

    @Test
    void criticismHasOpposingPolarity() {
        assertThat(run("Greece condemned the invasion of the island.")).singleElement().satisfies(e -> {
            assertThat(e.endorser().label()).isEqualTo("Greece");
            assertThat(e.polarity()).isEqualTo(Polarity.OPPOSE);
            assertThat(e.target().kind()).isEqualTo(TargetKind.ACTION);
            assertThat(e.target().label()).isEqualTo("invasion of island");
        });
    }

    @Test
    void passiveByPhraseNamesTheEndorser() {
        assertThat(run("The candidate Marek Zielny was endorsed by the Civic Alliance party.")).singleElement().satisfies(e -> {
            assertThat(e.endorser().label()).contains("Civic Alliance");
            assertThat(e.target().label()).isEqualTo("Marek Zielny");
            assertThat(e.evidence().extractor()).isEqualTo("endorsements.passive");
        });
    }

    @Test
    void coordinatedSubjectsYieldOneEndorsementEach() {
        List<Endorsement> found = run("Belgium and Slovakia rejected the border levy.");
        assertThat(found).extracting(e -> e.endorser().label()).containsExactlyInAnyOrder("Belgium", "Slovakia");
        assertThat(found).allSatisfy(e -> assertThat(e.target().label()).isEqualTo("border levy"));
    }

    @Test
    void congratulationsOnAnAppointmentTargetTheAppointment() {
        List<Endorsement> found = run("Defence Minister Karl Aaberg said:\n\n"
                + "I am delighted to congratulate General Ilse Brandt on her appointment as Chief of the Army.");
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.endorser().label()).isEqualTo("Karl Aaberg");
            assertThat(e.target().kind()).isEqualTo(TargetKind.CANDIDACY);
            assertThat(e.target().label()).isEqualTo("Ilse Brandt's appointment");
            assertThat(e.evidence().extractor()).isEqualTo("endorsements.quote");
        });
    }

    @Test
    void welcomingTheAppointmentOfAPersonTargetsTheAppointment() {
        assertThat(run("Norway welcomed the appointment of Jorik Vandermeer as envoy.")).singleElement()
                .satisfies(e -> assertThat(e.target().label()).isEqualTo("Jorik Vandermeer's appointment"));
    }

    @Test
    void firstPersonInAQuoteIsTheSpeakerNamedAfterIt() {
        List<Endorsement> found = run("\u201cI thank Greta Lindqvist for her patience,\u201d said Tomas Verhoek.");
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.endorser().label()).isEqualTo("Tomas Verhoek");
            assertThat(e.target().label()).isEqualTo("Greta Lindqvist");
        });
    }

    @Test
    void gratitudeToAPersonIsSupport() {
        assertThat(run("Austria is deeply grateful to Minister Anna Kovacs for her leadership.")).singleElement().satisfies(e -> {
            assertThat(e.endorser().label()).isEqualTo("Austria");
            assertThat(e.target().label()).isEqualTo("Anna Kovacs");
        });
    }

    @Test
    void appreciationForAnActionIsSupport() {
        assertThat(run("Tomas Verhoek expressed his appreciation for the deployment of Danish engineers.")).singleElement()
                .satisfies(e -> assertThat(e.target().label()).isEqualTo("deployment of Danish engineers"));
    }

    @Test
    void supportFromNamesTheGiversAndTheRecipientsCandidacy() {
        List<Endorsement> found = run("Having secured support from Latvia and Estonia, Jorik Vandermeer became the favourite.");
        assertThat(found).extracting(e -> e.endorser().label()).containsExactlyInAnyOrder("Latvia", "Estonia");
        assertThat(found).allSatisfy(e -> assertThat(e.target().label()).isEqualTo("Jorik Vandermeer's candidacy"));
    }

    @Test
    void negatedEndorsementYieldsNothing() {
        assertThat(run("Finland did not support the fishing ban.")).isEmpty();
        assertThat(run("Finland never endorsed the fishing ban.")).isEmpty();
        assertThat(run("Finland refused to condemn the fishing ban.")).isEmpty();
    }

    @Test
    void hypotheticalEndorsementYieldsNothing() {
        assertThat(run("Finland could support the fishing ban.")).isEmpty();
        assertThat(run("If Finland backs the fishing ban, the vote will pass.")).isEmpty();
        assertThat(run("Many feared that Finland would oppose the fishing ban.")).isEmpty();
        assertThat(run("Will Finland support the fishing ban?")).isEmpty();
    }

    @Test
    void unnamedAgentsYieldNothing() {
        assertThat(run("Critics praised the fishing ban.")).isEmpty();
        assertThat(run("They supported the fishing ban.")).isEmpty();
    }

    @Test
    void votingAgainstAPhraseOpposesIt() {
        assertThat(run("Iceland voted against the new whaling quota.")).singleElement().satisfies(e -> {
            assertThat(e.endorser().label()).isEqualTo("Iceland");
            assertThat(e.polarity()).isEqualTo(Polarity.OPPOSE);
            assertThat(e.target().label()).contains("whaling quota");
        });
    }

    @Test
    void pushingBackAgainstAPhraseOpposesIt() {
        assertThat(run("Austria pushed back against the fishing ban.")).singleElement().satisfies(e -> {
            assertThat(e.polarity()).isEqualTo(Polarity.OPPOSE);
            assertThat(e.target().label()).contains("fishing ban");
        });
    }

    @Test
    void callingAThingByAnEvaluativeAdjectiveJudgesIt() {
        assertThat(run("Austria called the fishing ban unrealistic.")).singleElement().satisfies(e -> {
            assertThat(e.endorser().label()).isEqualTo("Austria");
            assertThat(e.polarity()).isEqualTo(Polarity.OPPOSE);
            assertThat(e.target().label()).contains("fishing ban");
        });
    }

    @Test
    void stressingTheImportanceOfAThingSupportsIt() {
        assertThat(run("Finland stressed the importance of the Arctic research programme.")).singleElement().satisfies(e -> {
            assertThat(e.polarity()).isEqualTo(Polarity.SUPPORT);
            assertThat(e.target().label()).contains("Arctic research programme");
        });
    }

    @Test
    void anaphoricTargetIsThePhraseNamedBefore() {
        List<Endorsement> found = run("The commission unveiled a new fishing quota plan for coastal states. Finland and Estonia backed the plan.");
        assertThat(found).extracting(e -> e.endorser().label()).containsExactlyInAnyOrder("Finland", "Estonia");
        assertThat(found).allSatisfy(e -> assertThat(e.target().label()).contains("fishing quota plan"));
    }

    @Test
    void theChangeIsTheEventAVerbToldBeforeAndItTheSameThing() {
        List<Endorsement> found = run("Prime Minister Lena Morrow said Arvania will loosen its strict borrowing rules for regional councils. "
                + "Portugal backed the change, while Belgium opposed it.");
        assertThat(found).extracting(e -> e.endorser().label() + " " + e.polarity())
                .containsExactlyInAnyOrder("Portugal SUPPORT", "Belgium OPPOSE");
        assertThat(found).allSatisfy(e -> assertThat(e.target().label()).contains("loosening").contains("borrowing rules"));
    }

    @Test
    void theMoveIsTheIncreaseAVerbToldBefore() {
        List<Endorsement> found = run("Arvania will raise its fishing quotas by ten per cent next year, the ministry said. "
                + "Opposition leader Tobias Renn welcomed the move.");
        assertThat(found).singleElement().satisfies(e -> assertThat(e.target().label()).contains("increase").contains("fishing quotas"));
    }

    @Test
    void aCommitmentToSupportingTakesTheGerundsObjectThoughParsedLoose() {
        // The parser makes "supporting" a modifier of "Moldova" here, and hangs it from an adverbial "to" below.
        assertThat(run("Arvania and Portugal have committed themselves to supporting Moldova for as long as it takes."))
                .extracting(e -> e.endorser().label() + " " + e.polarity() + " " + e.target().label())
                .contains("Portugal SUPPORT Moldova");
        assertThat(run("Portugal has committed to supporting the new fishing quota.")).singleElement().satisfies(e -> {
            assertThat(e.endorser().label()).isEqualTo("Portugal");
            assertThat(e.target().label()).contains("fishing quota");
        });
        assertThat(run("Portugal has not committed to supporting the new fishing quota.")).isEmpty();
        assertThat(run("Portugal has not committed themselves to supporting Moldova.")).isEmpty();
    }

    @Test
    void negatedPhrasePatternsYieldNothing() {
        assertThat(run("Iceland did not vote against the new whaling quota.")).isEmpty();
        assertThat(run("Austria would never call the fishing ban unrealistic.")).isEmpty();
        assertThat(run("Finland backed it.")).isEmpty();
    }

    @Test
    void aBareTitleIsNoEndorser() {
        assertThat(run("Speaker praised the fishing ban.")).isEmpty();
    }

    @Test
    void votingForAPersonSupportsTheCandidacy() {
        assertThat(run("The Farmers' Union campaigned for Ilse Brandauer.")).singleElement().satisfies(e -> {
            assertThat(e.polarity()).isEqualTo(Polarity.SUPPORT);
            assertThat(e.target().kind()).isEqualTo(TargetKind.CANDIDACY);
            assertThat(e.target().label()).isEqualTo("Ilse Brandauer's candidacy");
        });
    }

    @Test
    void theIncreaseIsTheIncreaseNamedBefore() {
        List<Endorsement> found = run("The cabinet announced an increase in school funding. Finland welcomed the increase.");
        assertThat(found).singleElement().satisfies(e -> assertThat(e.target().label()).contains("increase in school funding"));
    }

    @Test
    void confidenceInAPersonIsSupport() {
        assertThat(run("The Farmers' Union expressed full confidence in Ilse Brandauer.")).singleElement().satisfies(e -> {
            assertThat(e.polarity()).isEqualTo(Polarity.SUPPORT);
            assertThat(e.target().label()).isEqualTo("Ilse Brandauer");
        });
    }

    @Test
    void givingAPersonOnesEndorsementSupportsThePerson() {
        assertThat(run("Marta Kowalczyk gave Ilse Brandauer her full endorsement.")).singleElement().satisfies(e -> {
            assertThat(e.endorser().label()).isEqualTo("Marta Kowalczyk");
            assertThat(e.target().label()).isEqualTo("Ilse Brandauer");
        });
    }

    @Test
    void callingAThingByAQuotedAdjectiveJudgesIt() {
        assertThat(run("During his campaign, Olaf Brandt called the Nordic Council \u201cobsolete\u201d and discussed closer ties with Iceland."))
                .singleElement().satisfies(e -> {
                    assertThat(e.endorser().label()).isEqualTo("Olaf Brandt");
                    assertThat(e.polarity()).isEqualTo(Polarity.OPPOSE);
                    assertThat(e.target().label()).contains("Nordic Council");
                });
    }

    @Test
    void aParticipleOfJudgingSpeaksForTheClausesSubject() {
        assertThat(run("Portugal has pushed back hard, calling the fishing quota unrealistic and politically toxic amid domestic opposition."))
                .singleElement().satisfies(e -> {
                    assertThat(e.endorser().label()).isEqualTo("Portugal");
                    assertThat(e.polarity()).isEqualTo(Polarity.OPPOSE);
                    assertThat(e.target().label()).contains("fishing quota");
                });
    }

    @Test
    void aDeplorableActionInAQuoteIsOpposedByTheSpeaker() {
        assertThat(run("Tomas Verhoek said:\n\nRuritania\u2019s continued attacks against coastal villages are deplorable."))
                .singleElement().satisfies(e -> {
                    assertThat(e.endorser().label()).isEqualTo("Tomas Verhoek");
                    assertThat(e.polarity()).isEqualTo(Polarity.OPPOSE);
                    assertThat(e.target().label()).contains("attacks against coastal villages");
                });
    }

    @Test
    void aCriticalStanceTowardAThingOpposesIt() {
        assertThat(run("Greta Lindqvist, known for her critical stance toward the fishing lobby, won the vote.")).singleElement().satisfies(e -> {
            assertThat(e.endorser().label()).isEqualTo("Greta Lindqvist");
            assertThat(e.polarity()).isEqualTo(Polarity.OPPOSE);
            assertThat(e.target().label()).isEqualTo("fishing lobby");
            assertThat(e.evidence().extractor()).isEqualTo("endorsements.stance");
        });
    }

    @Test
    void anUnprovokedInvasionInAQuoteIsCondemnedByTheSpeaker() {
        assertThat(run("\u201cOur partners stand united against Ruritania\u2019s unprovoked invasion of Moldavia,\u201d said Tomas Verhoek."))
                .singleElement().satisfies(e -> {
                    assertThat(e.endorser().label()).isEqualTo("Tomas Verhoek");
                    assertThat(e.polarity()).isEqualTo(Polarity.OPPOSE);
                    assertThat(e.target().kind()).isEqualTo(TargetKind.ACTION);
                    assertThat(e.target().label()).contains("invasion of Moldavia");
                });
    }

    @Test
    void callingAThingAPriorityForATimeIsNoCallForTheTime() {
        assertThat(run("Anna Kovacs called the reform a priority for the coming months.")).isEmpty();
    }

    @Test
    void votingAgainstHerNominationTargetsThePersonNamedBeforeNotTheVoter() {
        List<Endorsement> found = run("Ilse Brandauer was nominated by the council. Marta Kowalczyk voted against her nomination.");
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.endorser().label()).isEqualTo("Marta Kowalczyk");
            assertThat(e.target().kind()).isEqualTo(TargetKind.CANDIDACY);
            assertThat(e.target().label()).isEqualTo("Ilse Brandauer's nomination");
        });
    }

    @Test
    void votingAgainstTheChoiceOfTwoPeopleOpposesEachCandidacy() {
        List<Endorsement> found = run("Marta Kowalczyk voted against the choice of Ilse Brandauer and Tomas Verhoek for the two posts.");
        assertThat(found).extracting(e -> e.target().label())
                .containsExactlyInAnyOrder("Ilse Brandauer's choice", "Tomas Verhoek's choice");
    }

    @Test
    void anUntaggedPartySupportingHerSupportsThePerson() {
        List<Endorsement> found = run("Ilse Brandauer was re-elected on Thursday. In Vienna, the Greens, who had not backed Brandauer in 2019, supported her this time.");
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.endorser().label()).isEqualTo("Greens");
            assertThat(e.target().label()).isEqualTo("Ilse Brandauer");
        });
    }

    @Test
    void theBareOfficeNamesThePersonWhoHoldsItBefore() {
        List<Endorsement> found = run("Deputy Secretary of Fisheries Tomas Verhoek met Marta Kowalczyk in Oslo. "
                + "The deputy secretary thanked Kowalczyk for Denmark's contributions to the Arctic patrol.");
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.endorser().label()).isEqualTo("Tomas Verhoek");
            assertThat(e.target().label()).contains("Denmark's contributions");
        });
    }

    @Test
    void membersOfAnOrganisationAreAGroupNotTheOrganisation() {
        List<Endorsement> found = run("Having secured support from all 27 European Union member states, Jorik Vandermeer became the favourite.");
        assertThat(found).extracting(e -> e.endorser().label()).containsExactly("European Union member states");
    }

    @Test
    void aRelativeWhoStandsForTheNameBeforeIt() {
        List<Endorsement> found = run("Marta Kowalczyk praised Anna Kovacs, who has been critical of the fishing lobby in the past.");
        assertThat(found).extracting(e -> e.endorser().label() + " " + e.polarity() + " " + e.target().label())
                .anyMatch(l -> l.startsWith("Anna Kovacs OPPOSE fishing lobby"));
    }

    @Test
    void aStatementHeadedByANameSpeaksInThatVoice() {
        List<Endorsement> found = run("Press Statement\nTomas Verhoek\nMinister of Fisheries\nOslo\n\n"
                + "We congratulate Ilse Brandauer on her election as president.");
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.endorser().label()).isEqualTo("Tomas Verhoek");
            assertThat(e.target().label()).isEqualTo("Ilse Brandauer's election");
        });
    }

    @Test
    void aLetterSignedAtItsEndSpeaksInTheSignersVoice() {
        List<Endorsement> found = run("Dear Colleague,\n\nWe congratulate Ilse Brandauer on her election as president.\n\n"
                + "Sincerely,\n\nTomas Verhoek\n\nMember of Parliament\n\nRelated Issues\n\nFisheries, Trade");
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.endorser().label()).isEqualTo("Tomas Verhoek");
            assertThat(e.target().label()).isEqualTo("Ilse Brandauer's election");
        });
    }

    @Test
    void thanksInAQuoteAfterSayingAreTheSayers() {
        List<Endorsement> found = run("Tomas Verhoek expressed his appreciation, saying \u201cThank you, Ambassador Ilse Brandauer, for your leadership of the fisheries talks.\u201d");
        assertThat(found).extracting(e -> e.endorser().label()).contains("Tomas Verhoek");
        assertThat(found).extracting(e -> e.target().label()).anyMatch(l -> l.contains("Brandauer"));
    }

    @Test
    void aSurnameAfterATitleIsThePersonNamedInFullBefore() {
        List<Endorsement> found = run("Let me say a word about Secretary-General Ilse Brandauer. "
                + "Austria is profoundly grateful to Secretary-General Brandauer for her leadership.");
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.target().kind()).isEqualTo(TargetKind.PERSON);
            assertThat(e.target().label()).isEqualTo("Ilse Brandauer");
        });
    }

    @Test
    void aNameAfterATitleThatTheTaggerMissedNamesAPersonByItsFirstWordLater() {
        List<Endorsement> found = run("Let me start by saying a word about Secretary-General Han Ji-woo, who has served for ten years. "
                + "Austria is profoundly grateful to Secretary-General Han for his leadership.");
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.target().kind()).isEqualTo(TargetKind.PERSON);
            assertThat(e.target().label()).isEqualTo("Han Ji-woo");
        });
    }

    @Test
    void urgingOthersToVoteForAPersonIsTheUrgersSupport() {
        List<Endorsement> found = run("Days before the vote, Marta Kowalczyk urged farmers to vote for Ilse Brandauer at a rally.");
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.endorser().label()).isEqualTo("Marta Kowalczyk");
            assertThat(e.target().label()).isEqualTo("Ilse Brandauer's candidacy");
        });
    }

    @Test
    void aRelativeClauseOnAPhrasesLastNounJudgesTheWholePhrase() {
        List<Endorsement> found = run("Trade has suffered from Ruritanian tariffs on Danish cheese, which Marta Kowalczyk has condemned as unjustified.");
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.endorser().label()).isEqualTo("Marta Kowalczyk");
            assertThat(e.target().label()).contains("tariffs on Danish cheese");
        });
    }

    @Test
    void aPersonInAppositionIsTheEndorserNotTheCountryOfTheTitle() {
        List<Endorsement> found = run("A senior US diplomat, Tomas Verhoek, pushed back against the fishing ban.");
        assertThat(found).singleElement().satisfies(e -> assertThat(e.endorser().label()).isEqualTo("Tomas Verhoek"));
    }

    @Test
    void supportFromMembersIncludingNamedOnesIsTheirsNotTheGroups() {
        List<Endorsement> found = run("Jorik Vandermeer secured initial support from key European Union members, including Latvia and Estonia.");
        assertThat(found).extracting(e -> e.endorser().label()).containsExactlyInAnyOrder("Latvia", "Estonia");
    }

    @Test
    void theOfficesPossessionIsItsHoldersInTheTarget() {
        List<Endorsement> found = run("President Ilse Brandauer has renewed her criticism of the central bank. "
                + "Senator Marta Kowalczyk condemned the president's attacks on the bank.");
        assertThat(found).extracting(e -> e.endorser().label() + " | " + e.target().label())
                .contains("Marta Kowalczyk | Ilse Brandauer's attacks on bank");
    }

    @Test
    void pledgingToReachATargetSupportsIt() {
        List<Endorsement> found = run("The council set a target of 40% renewable energy by 2030. Denmark and Finland have pledged to reach this target within the decade.");
        assertThat(found).extracting(e -> e.endorser().label()).containsExactlyInAnyOrder("Denmark", "Finland");
        assertThat(found).allSatisfy(e -> assertThat(e.target().label()).contains("40%"));
    }

    @Test
    void economiesLikeNamedOnesAreTheNamedOnes() {
        List<Endorsement> found = run("Major European economies like Denmark and Finland have backed the fishing ban.");
        assertThat(found).extracting(e -> e.endorser().label()).containsExactlyInAnyOrder("Denmark", "Finland");
    }

    @Test
    void theirSupportBesideACountrysDeedsIsThatCountrys() {
        List<Endorsement> found = run("The minister thanked Tomas Verhoek for Portugal's contributions in Mali and their continued support of "
                + "the fisheries mission and the regional coalition against piracy.");
        assertThat(found).filteredOn(e -> e.endorser().label().equals("Portugal")).extracting(e -> e.target().label())
                .anySatisfy(t -> assertThat(t).startsWith("fisheries mission"))
                .anySatisfy(t -> assertThat(t).startsWith("regional coalition"));
    }

    @Test
    void aNameAfterTheVerbOfSayingIsTheSpeaker() {
        List<Endorsement> found = run("\u201cWe stand with the fishermen against Slovakia\u2019s unprovoked invasion of the lake,\u201d said Greta Lindqvist.");
        assertThat(found).anySatisfy(e -> {
            assertThat(e.endorser().label()).isEqualTo("Greta Lindqvist");
            assertThat(e.polarity()).isEqualTo(Polarity.OPPOSE);
            assertThat(e.target().label()).contains("invasion");
        });
    }

    @Test
    void aQuotationRightAfterItsSpeakerIsNamedGoesOnInHisWords() {
        List<Endorsement> found = run("\u201cThe talks went well,\u201d said Tomas Verhoek. \u201cThe Fisheries Council is the world\u2019s preeminent council.\u201d");
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.endorser().label()).isEqualTo("Tomas Verhoek");
            assertThat(e.target().label()).isEqualTo("Fisheries Council");
        });
    }

    @Test
    void congratulationsToACountedGroupGoToTheAppointeesWhenTheCountsAgree() {
        String appointments = "The new Chief of the Fleet will be Anna Kovacs, who is currently a Commodore. "
                + "The new Chief of the Guard will be Tomas Verhoek, who is currently a Colonel. ";
        List<Endorsement> found = run(appointments
                + "Minister Greta Lindqvist says she wants to offer her congratulations to both officers.");
        assertThat(found).hasSize(2).allSatisfy(e -> {
            assertThat(e.endorser().label()).isEqualTo("Greta Lindqvist");
            assertThat(e.target().kind()).isEqualTo(TargetKind.CANDIDACY);
        });
        assertThat(found).extracting(e -> e.target().label())
                .containsExactly("Anna Kovacs's appointment", "Tomas Verhoek's appointment");
        // Three officers counted, two appointed: the group is not the appointees.
        assertThat(run(appointments + "Minister Greta Lindqvist congratulated the three officers."))
                .noneMatch(e -> e.target().kind() == TargetKind.CANDIDACY);
        // A counted group that owns the target is no group of people endorsed.
        assertThat(run(appointments + "Minister Greta Lindqvist welcomed the two navies' agreement on patrols."))
                .noneMatch(e -> e.target().kind() == TargetKind.CANDIDACY);
    }

    @Test
    void askingAPersonToRunOrToStayInAPostBacksTheCandidacyOrTheExtension() {
        assertThat(run("Greta Lindqvist urged Anna Kovacs to run for mayor."))
                .singleElement().satisfies(e -> {
                    assertThat(e.endorser().label()).isEqualTo("Greta Lindqvist");
                    assertThat(e.polarity()).isEqualTo(Polarity.SUPPORT);
                    assertThat(e.target().kind()).isEqualTo(TargetKind.CANDIDACY);
                    assertThat(e.target().label()).isEqualTo("Anna Kovacs's candidacy");
                });
        assertThat(run("Tomas Verhoek was due to retire as chairman in May, but Greta Lindqvist asked him to serve another year."))
                .singleElement().satisfies(e -> {
                    assertThat(e.endorser().label()).isEqualTo("Greta Lindqvist");
                    assertThat(e.target().label()).isEqualTo("Tomas Verhoek's extension");
                });
        // Asked to serve a thing, or to do other work: no post.
        assertThat(run("Greta Lindqvist asked Tomas Verhoek to serve the committee's interests.")).isEmpty();
        assertThat(run("Greta Lindqvist urged Tomas Verhoek to review the harbour budget.")).isEmpty();
        assertThat(run("Greta Lindqvist urged Tomas Verhoek to remain calm during the talks.")).isEmpty();
        assertThat(run("Greta Lindqvist urged Tomas Verhoek to stand with the fishermen against the quota."))
                .noneMatch(e -> e.target().kind() == TargetKind.CANDIDACY);
    }

    @Test
    void thanksAfterAFormOfAddressAreTheSpeakers() {
        List<Endorsement> found = run("Tomas Verhoek said:\n\nMadam Minister, thank you for your generous host nation support for our fishing fleet.");
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.endorser().label()).isEqualTo("Tomas Verhoek");
            assertThat(e.target().label()).contains("host nation support");
        });
    }

    @Test
    void yourDeedInThanksToANamedAddresseeIsTheAddressees() {
        // A country set off by commas after "thank you": "your support" is the country's.
        assertThat(run("\"Thank you, Portugal, for your gracious support of our fishing fleet,\" Minister Tomas Verhoek said."))
                .singleElement().satisfies(e -> {
                    assertThat(e.endorser().label()).isEqualTo("Tomas Verhoek");
                    assertThat(e.target().label()).startsWith("Portugal's").contains("support of fishing fleet");
                });
        // A person named at the head of the sentence, before "thank you", though the parser takes her for the subject.
        assertThat(run("\"Minister Greta Lindqvist, thank you for your gracious support of our fishing fleet,\" Tomas Verhoek said."))
                .singleElement().satisfies(e -> {
                    assertThat(e.endorser().label()).isEqualTo("Tomas Verhoek");
                    assertThat(e.target().label()).startsWith("Greta Lindqvist's").contains("support of fishing fleet");
                });
        // A country thanked for nothing named is no person to take as the target.
        assertThat(run("\"Thank you, Portugal,\" Minister Tomas Verhoek said.")).isEmpty();
    }

    @Test
    void anUnnamedYouIsThePersonNamedJustBeforeWhoIsNotTheSpeaker() {
        List<Endorsement> found = run("Greta Lindqvist was due to retire in May. "
                + "\"I want to thank you for your principled leadership of this council,\" Tomas Verhoek said.");
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.endorser().label()).isEqualTo("Tomas Verhoek");
            assertThat(e.target().label()).startsWith("Greta Lindqvist's");
        });
    }

    @Test
    void aDeedSaidToStrengthenSomethingIsWelcomed() {
        List<Endorsement> found = run("Tomas Verhoek said that Portugal's membership in the fisheries council strengthens the alliance.");
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.endorser().label()).isEqualTo("Tomas Verhoek");
            assertThat(e.polarity()).isEqualTo(Polarity.SUPPORT);
            assertThat(e.target().label()).contains("Portugal").contains("membership");
        });
    }

    @Test
    void aDeedThatStrengthensNothingTheSpeakerSaysIsNoStance() {
        List<Endorsement> found = run("Exercises with Portugal strengthen the alliance.");
        assertThat(found).isEmpty();
    }

    @Test
    void sayingSomeoneWillMakeAnExceptionalLeaderBacksHim() {
        List<Endorsement> found = run("Tomas Verhoek said: Greta Lindqvist has led the fisheries board with care, and I am certain she will make "
                + "an exceptional leader of our council.");
        assertThat(found).anySatisfy(e -> {
            assertThat(e.endorser().label()).isEqualTo("Tomas Verhoek");
            assertThat(e.polarity()).isEqualTo(Polarity.SUPPORT);
            assertThat(e.target().label()).isEqualTo("Greta Lindqvist");
        });
    }

    @Test
    void aLandmarkDecisionTheSpeakerIsSaidToReferToIsThatDeed() {
        List<Endorsement> found = run("\"Our fleet will grow stronger because of your landmark decision,\" Tomas Verhoek said, "
                + "referring to Portugal's increase in fishing quotas.");
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.endorser().label()).isEqualTo("Tomas Verhoek");
            assertThat(e.polarity()).isEqualTo(Polarity.SUPPORT);
            assertThat(e.target().label()).isEqualTo("Portugal's increase in fishing quotas");
        });
    }
    @Test
    void attacksOnANamedPersonOpposeThePerson() {
        List<Endorsement> found = run("Governor Lena Morrow has renewed her attacks on Senator Paul Dimitrov. Arvania's attacks on coastal villages continued.");
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.endorser().label()).isEqualTo("Lena Morrow");
            assertThat(e.polarity()).isEqualTo(Polarity.OPPOSE);
            assertThat(e.target().label()).isEqualTo("Paul Dimitrov");
        });
    }

    @Test
    void floatingTheIdeaOfAThingSupportsIt() {
        List<Endorsement> found = run("Minister Tobias Renn has also floated the idea of a “Nordic customs union”.");
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.endorser().label()).isEqualTo("Tobias Renn");
            assertThat(e.polarity()).isEqualTo(Polarity.SUPPORT);
            assertThat(e.target().label()).contains("customs union");
        });
    }

    @Test
    void aHistoryOfChallengingAPersonIsTheHoldersOpposition() {
        List<Endorsement> found = run("Anna Novak has a record of publicly challenging the Chancellor, Paul Dimitrov.");
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.endorser().label()).isEqualTo("Anna Novak");
            assertThat(e.polarity()).isEqualTo(Polarity.OPPOSE);
            assertThat(e.target().label()).isEqualTo("Paul Dimitrov");
        });
    }

    @Test
    void supportFromGiversGoesToThePassiveSubjectOfTheMainClause() {
        List<Endorsement> found = run("Having secured support from all 12 Arctic Council member states, Lena Morrow is set to take over as chair next month.");
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.endorser().label()).endsWith("member states");
            assertThat(e.polarity()).isEqualTo(Polarity.SUPPORT);
            assertThat(e.target().label()).isEqualTo("Lena Morrow's candidacy");
        });
    }

    @Test
    void aJudgementUnderAModalStillJudgesAndAShareTargetSaysWhatItIsAShareOf() {
        List<Endorsement> found = run("Arvania agreed to raise fishery spending to 4% of GDP by 2030. "
                + "Prime Minister Tobias Renn said that committing to 4% would be “unreasonable”. Portugal rejected the alliance’s 4% goal.");
        assertThat(found).extracting(e -> e.endorser().label()).containsExactlyInAnyOrder("Tobias Renn", "Portugal");
        assertThat(found).allSatisfy(e -> {
            assertThat(e.polarity()).isEqualTo(Polarity.OPPOSE);
            assertThat(e.target().label()).contains("4% fishery spending");
        });
    }

    @Test
    void anEmbeddedPostSpeaksInTheVoiceOfItsSignOff(@TempDir Path dir) throws IOException {
        // Read as a file: the reader leaves the sign-off line out of the article's sentences.
        Path file = Files.writeString(dir.resolve("post.txt"), "Minister Anna Novak spoke on Monday.\n\n"
                + "Arvania’s repeated raids on coastal villages are deplorable. We will help.\n"
                + "\u2014 Anna Novak (@AnnaNovakMP) May 3, 2025\n\nThe talks went on.\n");
        List<Endorsement> found = run(Annotate.file(file));
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.endorser().label()).isEqualTo("Anna Novak");
            assertThat(e.polarity()).isEqualTo(Polarity.OPPOSE);
            assertThat(e.target().label()).contains("raids on coastal villages");
        });
    }

    @Test
    void aPledgeToEndAThingSupportsEndingIt() {
        List<Endorsement> found = run("On the campaign trail, Senator Paul Dimitrov has pledged to end the blockade of Arvania but has not detailed a plan.");
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.endorser().label()).isEqualTo("Paul Dimitrov");
            assertThat(e.polarity()).isEqualTo(Polarity.SUPPORT);
            assertThat(e.target().label()).isEqualTo("ending blockade of Arvania");
        });
    }

    @Test
    void emphasizingMoreOfAThingCallsForIt() {
        List<Endorsement> found = run("At the meeting, Chair Lena Morrow emphasized increased fishery inspections and stressed the risks of delay.");
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.endorser().label()).isEqualTo("Lena Morrow");
            assertThat(e.polarity()).isEqualTo(Polarity.SUPPORT);
            assertThat(e.target().label()).isEqualTo("increased fishery inspections");
        });
    }

    @Test
    void puttingAPersonForwardForAPostBacksTheCandidacy() {
        List<Endorsement> found = run("Tomas Verhoek replaces Greta Lindqvist. President Anna Novak, who proposed him for the post last week, "
                + "said the new cabinet must focus on fisheries.");
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.endorser().label()).isEqualTo("Anna Novak");
            assertThat(e.polarity()).isEqualTo(Polarity.SUPPORT);
            assertThat(e.target().label()).isEqualTo("Tomas Verhoek's candidacy");
        });
    }

    @Test
    void droppingAnObjectionBacksWhatItOpposed() {
        List<Endorsement> found = run("Portugal dropped its objection to the fishing accord on Friday.");
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.endorser().label()).isEqualTo("Portugal");
            assertThat(e.polarity()).isEqualTo(Polarity.SUPPORT);
            assertThat(e.target().label()).contains("fishing accord");
        });
    }

    @Test
    void aPartyNamedBeforeItsNounTakesAStance() {
        assertThat(run("The Greenfield movement opposed the new fishing quota.")).singleElement().satisfies(e -> {
            assertThat(e.endorser().label()).isEqualTo("Greenfield");
            assertThat(e.polarity()).isEqualTo(Polarity.OPPOSE);
        });
        // The parser heads the phrase with its first name and makes the rest a conjunct: one party still.
        assertThat(run("Brekke ran as an independent but was backed by the Order and Justice party (PoS), which governed Ruritania until 2021."))
                .singleElement().satisfies(e -> assertThat(e.endorser().label()).isEqualTo("Order and Justice"));
    }

    @Test
    void aByPhraseTheParserDidNotAttachIsStillThePassivesAgent() {
        // The parser hangs "by" loose from "backed" here, so no agent phrase names the party.
        assertThat(run("Lind ran as an independent but was backed by the Home and Justice party (HaS), which governed Norland until 2020."))
                .singleElement().satisfies(e -> {
                    assertThat(e.endorser().label()).isEqualTo("Home and Justice");
                    assertThat(e.polarity()).isEqualTo(Polarity.SUPPORT);
                    assertThat(e.target().label()).isEqualTo("Lind");
                });
    }

    @Test
    void anItAParticipleJudgesStandsForAThingOfItsOwnSentence() {
        String before = "The council published its new fishing plan on Monday. ";
        assertThat(run(before + "Minister Anna Brekke praised Tomas Verhoek for his bold action in the harbour, calling it truly extraordinary."))
                .singleElement().satisfies(e -> assertThat(e.target().label()).isEqualTo("Tomas Verhoek"));
        assertThat(run(before + "Minister Lars Ekdal called it unrealistic."))
                .singleElement().satisfies(e -> assertThat(e.target().label()).isEqualTo("new fishing plan"));
    }

    private static final String TRANSCRIPT_WELCOME = "I am very pleased to announce that the Council has agreed to appoint "
            + "Ilse Brandauer as the next Governor of the Harbour Bank.";

    @Test
    void anOfficeLabelSpeaksForTheHolderTheArticleNames() {
        List<Endorsement> found = run("Prime Minister Tomas Verhoek names a new Governor of the Harbour Bank\n\n"
                + "PRIME MINISTER: Thank you all for coming this morning. " + TRANSCRIPT_WELCOME);
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.endorser().label()).isEqualTo("Tomas Verhoek");
            assertThat(e.target().label()).isEqualTo("Ilse Brandauer's appointment");
        });
    }

    @Test
    void anOfficeLabelWithNoHolderNamedSpeaksForTheCountryOfTheOffice() {
        List<Endorsement> found = run("The Prime Minister of Iceland spoke to the press in the capital.\n\n"
                + "PRIME MINISTER: Thank you all for coming this morning. " + TRANSCRIPT_WELCOME);
        assertThat(found).singleElement().satisfies(e -> assertThat(e.endorser().label()).isEqualTo("Iceland"));
    }

    @Test
    void anOfficeLabelInAGovernmentsOwnTranscriptSpeaksForThePublisher() {
        Article plain = Article.of("t1", "Press conference, Harbour House\n\nPRIME MINISTER: Thank you all for coming. "
                + TRANSCRIPT_WELCOME);
        Article.Metadata metadata = new Article.Metadata(Optional.empty(), Optional.empty(), Optional.of("https://www.pm.govt.nz/media/press"));
        List<Endorsement> found = run(Annotate.article(new Article(plain.id(), plain.text(), plain.body(), metadata)));
        assertThat(found).singleElement().satisfies(e -> assertThat(e.endorser().label()).isEqualTo("New Zealand"));
    }

    @Test
    void aSurnameLabelSpeaksForThePersonTheArticleNames() {
        List<Endorsement> found = run("Minister Tomas Verhoek held a press conference on Monday.\n\n"
                + "MINISTER VERHOEK: Good morning. " + TRANSCRIPT_WELCOME);
        assertThat(found).singleElement().satisfies(e -> assertThat(e.endorser().label()).isEqualTo("Tomas Verhoek"));
    }

    @Test
    void aQuestionersLabelSpeaksForNoOneUntilTheNextLabel() {
        String head = "Prime Minister Tomas Verhoek names a new Governor of the Harbour Bank\n\n"
                + "PRIME MINISTER: Thank you all for coming this morning.\n\n";
        assertThat(run(head + "JOURNALIST: We warmly welcome the appointment of Ilse Brandauer. Will she start soon.")).isEmpty();
        assertThat(run(head + "JOURNALIST: Lars Ekdal has warmly welcomed the appointment of Ilse Brandauer. Will she start soon.")).isEmpty();
        assertThat(run(head + "JOURNALIST: Will she start soon.\n\nPRIME MINISTER: " + TRANSCRIPT_WELCOME))
                .singleElement().satisfies(e -> assertThat(e.endorser().label()).isEqualTo("Tomas Verhoek"));
    }

    @Test
    void anAppointeeWithATitleAndPostNominalLettersIsNamed() {
        List<Endorsement> found = run("Prime Minister Tomas Verhoek names a new Governor-General\n\n"
                + "PRIME MINISTER: I am very pleased to announce that Her Majesty the Queen has agreed to appoint "
                + "His Excellency General Ilse Brandauer AC DSC as the 27th Governor-General of the Commonwealth of Ruritania.");
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.endorser().label()).isEqualTo("Tomas Verhoek");
            assertThat(e.target().label()).isEqualTo("Ilse Brandauer's appointment");
        });
    }
}
