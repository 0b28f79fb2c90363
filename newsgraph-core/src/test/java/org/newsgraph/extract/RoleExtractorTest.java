package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Values.HoldingStatus;

class RoleExtractorTest {

    private static List<RoleHolding> roles(String text) {
        return new RoleExtractor().apply(Annotate.text(text));
    }

    private static String row(RoleHolding r) {
        return r.person().label() + " | " + r.office().role() + " | " + r.office().organization().map(o -> o.label()).orElse("");
    }

    @Test
    void titleBeforeNameYieldsRole() {
        assertThat(roles("Norwegian Defence Minister Ola Brekke said the plan was sound.").stream().map(RoleExtractorTest::row))
                .contains("Ola Brekke | Defence Minister | Norway");
    }

    @Test
    void anArticleWhoseCountriesAreNamedOnlyAsObjectsStillGivesItsRoles() throws java.io.IOException {
        // A generated article (invented places) whose most-named country is named only as an object:
        // the organisation of a bare office was chosen by a count that country has none of.
        String text;
        try (var in = RoleExtractorTest.class.getResourceAsStream("country-named-only-as-object.txt")) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertThat(roles(text).stream().map(RoleExtractorTest::row)).anyMatch(r -> r.startsWith("Ada Esposito | Secretary General"));
    }

    @Test
    void aSignatureBlockGivesTheNamedPersonTheOfficeOnTheNextLine() {
        assertThat(roles("Hon Ana Holt\n\nMinister of Trade\n\n3 March 2031\n\nThe trade talks with Orlan ended today.")
                .stream().map(RoleExtractorTest::row)).anyMatch(r -> r.startsWith("Ana Holt | Minister of Trade"));
        assertThat(roles("Sending Office: Honorable Ana Holt\n\nMember of Parliament\n\nThe bill was read a second time.")
                .stream().map(RoleExtractorTest::row)).anyMatch(r -> r.startsWith("Ana Holt | Member of Parliament"));
        assertThat(roles("Ana Holt thanked the staff.\n\nMinister of Trade\n\nThe talks ended.")).as("a sentence with a verb is no byline")
                .noneMatch(r -> r.person().label().equals("Ana Holt"));
    }

    @Test
    void aServiceNamedOnlyByCommonNounsIsPartOfTheOffice() {
        assertThat(roles("General Marta Ilves served Estonia for 40 years and rose to become the Chief of the Defence Force.")
                .stream().map(RoleExtractorTest::row)).contains("Marta Ilves | Chief of the Defence Force | Estonia");
    }

    @Test
    void actingOfficeInACoordinatedRelativeClauseKeepsItsStatusWord() {
        assertThat(roles("The new Chief of Navy will be Ana Holt, who is currently a Commodore and is acting Chief of Navy.")
                .stream().map(RoleExtractorTest::row)).contains("Ana Holt | acting Chief of Navy | ");
    }

    @Test
    void rankBeforeNameIsNoRole() {
        assertThat(roles("Air Chief Marshal Sir Tom Varley visited the base on Monday.")).isEmpty();
    }

    @Test
    void appositionYieldsRole() {
        assertThat(roles("Mr Harlow, the current home secretary, spoke to reporters in Britain.").stream().map(r -> r.office().role()))
                .anyMatch(role -> role.toLowerCase().contains("home secretary"));
    }

    @Test
    void asTitleYieldsRole() {
        assertThat(roles("As Chief of the Air Staff, Pia Lund has led the air force of Denmark.").stream().map(RoleExtractorTest::row))
                .anyMatch(r -> r.startsWith("Pia Lund | Chief of the Air Staff"));
    }

    @Test
    void anOrganisationNamedAfterItsCountryIsTheOrganisation() {
        assertThat(roles("Commodore Ana Holt will be the next Chief of the Royal Norwegian Navy.").stream().map(RoleExtractorTest::row))
                .contains("Ana Holt | Chief | Royal Norwegian Navy");
        assertThat(roles("Tom Varley has been appointed Chair of Sport Scotland.").stream().map(RoleExtractorTest::row))
                .contains("Tom Varley | Chair | Sport Scotland");
    }

    @Test
    void becameInMonthDatesTheStart() {
        assertThat(roles("Tove Aas became Secretary General of NATO in March 2027.")).singleElement()
                .satisfies(r -> assertThat(r.start().map(d -> d.iso())).contains("2027-03"));
    }

    @Test
    void aDateInAnotherPersonsClauseIsNotTheStart() {
        assertThat(roles("Ola Dahl, a Liberal, becomes finance minister, while Tove Aas, who has been defence minister since May 2029, keeps her post.")
                .stream().filter(r -> r.person().label().equals("Ola Dahl"))).singleElement()
                .satisfies(r -> assertThat(r.start()).isEmpty());
    }

    @Test
    void aRelativeClauseOnThePredecessorDatesTheirStart() {
        assertThat(roles("Tove Aas succeeds Ola Dahl, the Liberal who had led the country since December 2029, as chancellor of Austria.")
                .stream().filter(r -> r.person().label().equals("Ola Dahl"))).singleElement()
                .satisfies(r -> assertThat(r.start().map(d -> d.iso())).contains("2029-12"));
    }

    @Test
    void aRelativeClauseInALaterSentenceDatesTheHoldersOnlyHolding() {
        assertThat(roles("Tove Aas replaces Ola Dahl as prime minister of Norway. Dahl, who had headed the government since March 2030, will retire.")
                .stream().filter(r -> r.person().label().equals("Ola Dahl"))).singleElement()
                .satisfies(r -> assertThat(r.start().map(d -> d.iso())).contains("2030-03"));
    }

    private static List<RoleHolding> roles(String text, java.time.LocalDate published) {
        return new RoleExtractor().apply(Annotate.text(text, published));
    }

    private static java.util.Optional<String> start(List<RoleHolding> roles, String person, String role) {
        return roles.stream().filter(r -> r.person().label().equals(person) && r.office().role().equalsIgnoreCase(role))
                .findFirst().orElseThrow().start().map(d -> d.iso());
    }

    @Test
    void aReElectionIsNoStartButFirstTakingOfficeIs() {
        List<RoleHolding> found = roles("Tove Brekke was re-elected speaker of the Storting on Friday. "
                + "Brekke first took the gavel on 12 March 2029, after Ola Dahl resigned.", java.time.LocalDate.of(2032, 1, 4));
        assertThat(start(found, "Tove Brekke", "speaker of the Storting")).contains("2029-03-12");
    }

    @Test
    void aReElectionAloneGivesNoStart() {
        assertThat(roles("Tove Brekke was re-elected speaker of the Storting on Friday.", java.time.LocalDate.of(2032, 1, 4)))
                .allSatisfy(r -> assertThat(r.start()).isEmpty());
    }

    @Test
    void aReturnToPowerStartsTheHolding() {
        assertThat(start(roles("Prime Minister Per Lind, who returned to power in May 2031, praised the plan."), "Per Lind", "Prime Minister"))
                .contains("2031-05");
    }

    @Test
    void aReturnToOfficeInAMonthTakesTheYearOfTheArticle() {
        List<RoleHolding> found = roles("Prime Minister Per Lind met the farmers, the first talks since Lind returned to office in January.",
                java.time.LocalDate.of(2031, 3, 1));
        assertThat(start(found, "Per Lind", "Prime Minister")).contains("2031-01");
    }

    @Test
    void aReturnToASeatOfGovernmentStartsTheHolding() {
        List<RoleHolding> found = roles("President Per Lind met the farmers, the first talks since Lind returned to the White House in January.",
                java.time.LocalDate.of(2031, 3, 1));
        assertThat(start(found, "Per Lind", "President")).contains("2031-01");
        List<RoleHolding> visit = roles("President Per Lind met the farmers, the first talks since Lind returned to the farm in January.",
                java.time.LocalDate.of(2031, 3, 1));
        assertThat(start(visit, "Per Lind", "President")).as("a place that is no seat of government").isEmpty();
    }

    @Test
    void leadingAnOrganisationFromAYearDatesTheOfficeThere() {
        List<RoleHolding> found = roles("Prime Minister Mark Holt of Norway spoke on Monday. "
                + "Holt, a former Governor of the Central Bank of Norway, led the Central Bank of Norway from 2014 to 2021.");
        assertThat(start(found, "Mark Holt", "Governor of the Central Bank of Norway")).contains("2014");
        assertThat(start(found, "Mark Holt", "Prime Minister")).isEmpty();
    }

    @Test
    void aDescriptionForTheHolderDatesTheOfficeAtTheOrganisationItNames() {
        List<RoleHolding> found = roles("Anna Berg was re-elected president of the Nordic Council on Thursday. "
                + "The Swede, who has led the Council since March 2027, won 80 votes.", java.time.LocalDate.of(2031, 7, 19));
        assertThat(start(found, "Anna Berg", "president of the Nordic Council")).contains("2027-03");
    }

    @Test
    void anInfinitiveOfTakingOnTheRoleDatesTheHoldingOfItsObject() {
        List<RoleHolding> found = roles("Ambassador Ola Dahl is the Special Envoy for the Arctic. "
                + "When we asked Ambassador Dahl to take on this role in early 2029, we planned a short mission.");
        assertThat(start(found, "Ola Dahl", "Special Envoy for the Arctic")).contains("2029");
    }

    @Test
    void aDateToldAgainstAnEarlierDatedEventTakesThatEventsYear() {
        List<RoleHolding> found = roles("The council said in May 2032 that Tove Brekke would stay. "
                + "Brekke took over from Ola Dahl at the Nordic Bank on 1 November 2027. Before moving to Oslo she was chair of the Arctic Fund. "
                + "Her successor at the fund, Kari Vik, took up the post on October 1, a month before Brekke arrived at the Nordic Bank.");
        assertThat(start(found, "Kari Vik", "chair")).contains("2027-10-01");
    }

    @Test
    void livingSomewhereSinceAYearHoldsNoOffice() {
        assertThat(roles("Mayor Kari Vik, who has lived in Bergen since 2001, opened the bridge. Vik has lived in Bergen since 2001."))
                .isNotEmpty().allSatisfy(r -> assertThat(r.start()).isEmpty());
    }

    @Test
    void servingInAYearIsNoStart() {
        assertThat(roles("Secretary General Tove Aas spoke in Oslo in March 2027.")).allSatisfy(r -> assertThat(r.start()).isEmpty());
    }

    @Test
    void becameYieldsRoleWithOrganisationFromComplement() {
        assertThat(roles("Mira Tonn became Chairman of the Military Committee at NATO.").stream().map(RoleExtractorTest::row))
                .contains("Mira Tonn | Chairman of the Military Committee | NATO");
    }

    @Test
    void appointedAsYieldsDesignateWithStartDate() {
        List<RoleHolding> found = roles("The board appointed Jon Brask as the next Chair of the council, with effect from September 2031.");
        assertThat(found).anySatisfy(r -> {
            assertThat(r.person().label()).isEqualTo("Jon Brask");
            assertThat(r.status()).isEqualTo(HoldingStatus.DESIGNATE);
            assertThat(r.start().map(d -> d.iso())).contains("2031-09");
        });
    }

    @Test
    void formerMakesStatusFormer() {
        assertThat(roles("Former Prime Minister Elin Stray of Sweden criticised the plan."))
                .anySatisfy(r -> assertThat(r.status()).isEqualTo(HoldingStatus.FORMER));
    }

    @Test
    void pluralTitleGivesEveryListedNameTheRole() {
        assertThat(roles("U.S. Senators Ann Pell (D-NH) and Ben Moss (R-NC) introduced the bill.").stream().map(RoleExtractorTest::row))
                .contains("Ann Pell | Senator | United States", "Ben Moss | Senator | United States");
    }

    @Test
    void officeWordTheTaggerTookIntoANameIsNoPartOfIt() {
        assertThat(roles("Readout of Secretary of Defense Karl Moen's meeting with allies.").stream().map(r -> r.person().label()))
                .isNotEmpty().allMatch(name -> name.equals("Karl Moen"));
    }

    @Test
    void seatOfGovernmentGivesABareNationalTitleItsCountry() {
        assertThat(roles("At the Pentagon, Defence Secretary Ola Dahl welcomed Estonia's plans. Estonia has done much, and Estonia will do more.")
                .stream().map(RoleExtractorTest::row))
                .contains("Ola Dahl | Defence Secretary | United States");
    }

    @Test
    void countryNamedOnlyAsAnObjectOwnsNoBareTitle() {
        assertThat(roles("Prime Minister Ola Dahl said Britain would keep up its support for Ukraine. Aid to Ukraine will rise, as will training in Ukraine.")
                .stream().map(RoleExtractorTest::row))
                .contains("Ola Dahl | Prime Minister | United Kingdom");
    }

    @Test
    void partyAdjectiveBeforeLeaderNamesTheParty() {
        assertThat(roles("Labour leader Ann Holt criticised the plan on Monday.").stream().map(RoleExtractorTest::row))
                .contains("Ann Holt | leader | Labour Party");
    }

    @Test
    void barePartyOfficeIsThePartyItsSentenceNames() {
        assertThat(roles("After the Green Party leadership contest, Party official Omar Lind said Ann Holt would be the new party leader.").stream()
                .map(r -> row(r).toLowerCase(java.util.Locale.ROOT)))
                .contains("omar lind | party official | green party")
                .noneMatch(row -> row.startsWith("omar lind") && !row.endsWith("green party"));
    }

    @Test
    void countriesListedTogetherAreNotTheArticlesOwn() {
        assertThat(roles("The pact has members including Norway, Chile and Peru. The United States is its largest member. "
                + "President Ola Dahl praised it.").stream().map(RoleExtractorTest::row))
                .contains("Ola Dahl | President | United States");
    }

    @Test
    void looseChiefIsTheNamedOfficeOfTheSameOrganisation() {
        assertThat(roles("NATO Secretary General Ola Dahl met the press. NATO chief Ola Dahl said the alliance was united.").stream()
                .map(RoleExtractorTest::row))
                .contains("Ola Dahl | Secretary General | NATO")
                .doesNotContain("Ola Dahl | chief | NATO");
    }

    @Test
    void demonymOfficesOfTheMuchNamedCountryStayItsOwn() {
        assertThat(roles("Ola Dahl became Norway's prime minister on Tuesday. Norway's parliament elected him. "
                + "Norway will vote in May. A Chilean diplomat spoke. The Norwegian prime minister named Lena Vik as defense minister.")
                .stream().map(RoleExtractorTest::row))
                .contains("Lena Vik | defense minister | Norway");
    }

    @Test
    void statusHyphenIsNoPartOfTheRole() {
        assertThat(roles("The bill was signed by then-President Ola Dahl of Norway.").stream().map(r -> r.office().role()))
                .isNotEmpty().noneMatch(role -> role.startsWith("-") || role.startsWith("then"));
    }

    @Test
    void successionGivesThePredecessorTheOfficeTheyLeft() {
        assertThat(roles("Lena Vik succeeded Paul Dorn as Chief of the General Staff in June 2030.")).anySatisfy(r -> {
            assertThat(r.person().label()).isEqualTo("Paul Dorn");
            assertThat(r.office().role()).isEqualTo("Chief of the General Staff");
            assertThat(r.status()).isEqualTo(HoldingStatus.FORMER);
        });
    }

    @Test
    void passiveElectionYieldsRole() {
        assertThat(roles("Ola Brekke was elected chancellor of Norway on Tuesday.").stream().map(RoleExtractorTest::row))
                .contains("Ola Brekke | chancellor | Norway");
    }

    @Test
    void seatOfGovernmentNamedAfterACountryIsNoPublisher() {
        assertThat(roles("Norway will raise its budget, Prime Minister Ola Dahl said after a call with the White House.")
                .stream().map(RoleExtractorTest::row))
                .contains("Ola Dahl | Prime Minister | Norway");
    }

    @Test
    void barePresidentIsTheCountrysNotTheMostNamedOrganisation() {
        assertThat(roles("President Ola Dahl met NATO leaders. NATO and its allies agreed, and Norway was praised by NATO.")
                .stream().map(RoleExtractorTest::row))
                .contains("Ola Dahl | President | Norway");
    }

    @Test
    void allCapitalNameIsWrittenAsUsual() {
        assertThat(roles("Defence Secretary Ola Dahl of Norway arrived. DEFENCE SECRETARY OLA DAHL: Thank you all.")
                .stream().map(r -> r.person().label()))
                .isNotEmpty().allMatch(name -> name.equals("Ola Dahl"));
    }

    @Test
    void countryNamedOnlyAsAnObjectOwnsATitleWhenNoOtherIsNamed() {
        assertThat(roles("Prime Minister Ola Dahl spoke about the aid sent to Norway.").stream().map(RoleExtractorTest::row))
                .contains("Ola Dahl | Prime Minister | Norway");
    }

    @Test
    void homeSecretaryIsAStatesOfficeNotThePartys() {
        assertThat(roles("Home Secretary Ola Dahl said the Labour Party would lose. The Labour Party disagreed, and Britain voted.")
                .stream().map(RoleExtractorTest::row))
                .contains("Ola Dahl | Home Secretary | United Kingdom");
    }

    @Test
    void capitalisedPluralTitleTheTaggerTookForASingularGivesEveryListedNameTheRole() {
        assertThat(roles("The bill is cosponsored by U.S. Representatives Ann Pell (D-NJ-7), Tom Varga (R-NE-2), Lisa Horn (D-MA-6) and Ben Moss (R-TX-3).")
                .stream().map(RoleExtractorTest::row))
                .contains("Ann Pell | Representative | United States", "Lisa Horn | Representative | United States");
    }

    @Test
    void commasInsideAListOfDepartmentsStayInTheOffice() {
        assertThat(roles("Ola Dahl, Secretary of State for Digital, Culture, Media and Sport, said the plan was sound.")
                .stream().map(r -> r.office().role()))
                .contains("Secretary of State for Digital, Culture, Media and Sport");
    }

    @Test
    void organisationInsideAnOfficeIsWhoseItIs() {
        assertThat(roles("Chief Pentagon Spokesman Tom Varga provided the following readout.").stream().map(RoleExtractorTest::row))
                .contains("Tom Varga | Chief Spokesman | Pentagon");
    }

    @Test
    void acronymTheArticleDefinesNamesTheOrganisation() {
        assertThat(roles("Lisa Horn joined the National Defense College (NDC) in 2019. Today Horn serves as NDC's Senior Vice President.")
                .stream().map(RoleExtractorTest::row))
                .contains("Lisa Horn | Senior Vice President | National Defense College");
    }

    @Test
    void bareMinisterBeforeANameIsAFormOfAddress() {
        assertThat(roles("The Secretary met his counterparts, Minister Varga, Estonia, and Minister Kalnins, Latvia, at the Pentagon.")
                .stream().map(r -> r.office().role()))
                .doesNotContain("Minister");
    }

    @Test
    void bareBodyAnOfficeHeadsIsTheOneTheArticleNamesInFull() {
        assertThat(roles("The minister named new chiefs of the Royal Danish Army. The new Chief of Army will be Tom Varga.")
                .stream().map(RoleExtractorTest::row))
                .contains("Tom Varga | Chief of Army | Royal Danish Army");
    }

    @Test
    void aStatesOfficeIsNoAlliancesWhenNoCountryIsNamed() {
        assertThat(roles("Defence Secretary Tom Varga said NATO must stay strong. NATO allies agreed with NATO.")
                .stream().map(r -> r.office().organization().map(o -> o.label()).orElse("")))
                .isNotEmpty().doesNotContain("NATO");
    }

    @Test
    void nameTheTaggerMissedAfterAnOfficeIsTakenWhenTaggedElsewhere() {
        assertThat(roles("Minister Kalniete spoke first. The talks included Latvian Minister of Defence Ilze Kalniete and others.")
                .stream().map(RoleExtractorTest::row))
                .contains("Ilze Kalniete | Minister of Defence | Latvia");
    }

    @Test
    void countrysDepartmentBeforeAnOfficeIsTheCountrys() {
        assertThat(roles("US Homeland Security Secretary Lisa Horn visited the border on Monday.").stream().map(RoleExtractorTest::row))
                .contains("Lisa Horn | Homeland Security Secretary | United States");
    }

    @Test
    void namesBeforeAPluralOfficeInAppositionEachHoldIt() {
        assertThat(roles("Senators Ann Pell (D-NH) and Ben Moss (R-NC), Co-Chairs of the U.S. Senate Arctic Observer Group, introduced a bill.")
                .stream().map(RoleExtractorTest::row))
                .contains("Ann Pell | Co-Chair of the U.S. Senate Arctic Observer Group | United States",
                        "Ben Moss | Co-Chair of the U.S. Senate Arctic Observer Group | United States");
    }

    @Test
    void anOfficeTheArticleGaveItsCountryKeepsItWhereTheWordsLeaveItOut() {
        assertThat(roles("Dutch Prime Minister Ola Dahl arrived. The United States and the United States again. Prime Minister Dahl spoke.")
                .stream().map(RoleExtractorTest::row))
                .contains("Ola Dahl | Prime Minister | Netherlands").doesNotContain("Ola Dahl | Prime Minister | United States");
    }

    @Test
    void anAmbassadorsDestinationKeepsItsOf() {
        assertThat(roles("Lisa Horn previously served as U.S. Ambassador to the Republic of Latvia.").stream().map(r -> r.office().role()))
                .contains("Ambassador to the Republic of Latvia");
    }

    @Test
    void relativeClauseAfterACommaGivesTheNameItsOffice() {
        assertThat(roles("The new Chief of Navy will be Tom Varga, who is currently acting Chief of Army.").stream().map(r -> r.person().label() + " | " + r.office().role()))
                .contains("Tom Varga | acting Chief of Army");
    }

    @Test
    void countrysNameAndNounsAfterOfNameAnOrganisation() {
        assertThat(roles("Dame Ann Pell was reappointed as Chair of UK Sport.").stream().map(RoleExtractorTest::row))
                .contains("Ann Pell | Chair | UK Sport");
    }

    @Test
    void lowerCaseQualifierOfAMinistryStaysInTheOffice() {
        assertThat(roles("Lisa Horn, the international development minister, resigned on Friday.").stream().map(r -> r.office().role()))
                .contains("international development minister");
    }

    @Test
    void officeToAnotherOfficesHolderIsThatOrganisationsAndTheFirstNames() {
        assertThat(roles("Lena Moss, former policy chief to NATO Secretary General Tarek Lind, doubted the plan.").stream().map(RoleExtractorTest::row))
                .contains("Lena Moss | policy chief | NATO")
                .noneMatch(row -> row.startsWith("Tarek Lind | policy chief"));
    }

    @Test
    void membershipOfAPartyIsNoOffice() {
        assertThat(roles("Ola Brekke is a member of the Progress Party for Liberty and Reform, a party known for its rural policies.")
                .stream().map(r -> r.office().role().toLowerCase(java.util.Locale.ROOT)))
                .noneMatch(role -> role.startsWith("member"));
    }

    @Test
    void possibleOfficeIsNoHolding() {
        assertThat(roles("Tom Varley had been floated in the press as a possible ambassador to Paris.")).isEmpty();
    }

    @Test
    void officeSomeoneWouldHaveBecomeIsNoHolding() {
        assertThat(roles("Had she won, Lise Aune would have become the country's first female prime minister.")).isEmpty();
    }

    @Test
    void relativeClauseOfAnAppositionGivesThePersonAFormerOffice() {
        assertThat(roles("Mira Tonn, 44, a lawyer who had been justice minister, replaces Per Holm.")).anySatisfy(r -> {
            assertThat(row(r)).startsWith("Mira Tonn | justice minister");
            assertThat(r.status()).isEqualTo(HoldingStatus.FORMER);
        });
    }

    @Test
    void conjoinedNamesShareTheOfficeAndAPossessiveNamesTheOrganisation() {
        assertThat(roles("Ana Holt and Tom Varley have been elected as members of the Rockefeller Foundation's Board of Trustees.")
                .stream().map(r -> r.person().label() + " | " + r.office().organization().map(o -> o.label()).orElse("")))
                .contains("Ana Holt | Rockefeller Foundation", "Tom Varley | Rockefeller Foundation");
    }

    @Test
    void possessiveOrganisationTheTaggerTookForAPlaceOwnsTheOffice() {
        assertThat(roles("Lina Berg is in line to become the EU’s trade chief next year.").stream().map(RoleExtractorTest::row))
                .contains("Lina Berg | trade chief | European Union");
    }

    @Test
    void organisationNameRunIntoTheOfficeEndsBeforeIt() {
        assertThat(roles("Federal Reserve Chair Tove Aas said rates would stay.").stream().map(RoleExtractorTest::row))
                .contains("Tove Aas | Chair | Federal Reserve");
    }

    @Test
    void legislatureNamedWithItsCountryIsTheOrganisation() {
        assertThat(roles("Tove Aas was elected speaker of the UK House of Commons in June.").stream().map(RoleExtractorTest::row))
                .contains("Tove Aas | speaker | UK House of Commons");
    }

    @Test
    void bodysNameBeforeAnOfficeSaysTheSameOfficeAgain() {
        assertThat(roles("Board Chair Ana Holt opened the meeting. Holt became the new Chair of the Rockefeller Foundation last year.")
                .stream().map(r -> r.office().role()))
                .contains("Chair").doesNotContain("Board Chair");
    }

    @Test
    void soleOrganisationOfTheSentenceOwnsABareOffice() {
        assertThat(roles("The IMF raised its forecast. The IMF said growth would slow, and the IMF warned of risks. "
                + "At the World Bank, the contest to succeed Ola Dahl, who has been managing director since 2019, has begun.")
                .stream().map(RoleExtractorTest::row))
                .contains("Ola Dahl | managing director | World Bank");
    }

    @Test
    void nameTheTaggerMissedAfterTheOfficesCountryHoldsIt() {
        assertThat(roles("The Vice President met Prime Minister of Estonia Juku Ratsep today in Tallinn, Estonia.").stream().map(RoleExtractorTest::row))
                .contains("Juku Ratsep | Prime Minister | Estonia");
    }

    @Test
    void officeWordUsedAsAVerbIsNoOffice() {
        assertThat(roles("Ola Dahl, Secretary of State for Sport, said: As we head into a major summer of sport with the Rugby League World Cups, I am thrilled.").stream()
                .map(r -> r.office().role().toLowerCase(java.util.Locale.ROOT)))
                .doesNotContain("head");
    }

    @Test
    void officeInALegislaturesCommitteeIsItsStates() {
        assertThat(roles("House Armed Services Committee Chairman Ola Dahl backed the bill. The United States must lead, NATO said, and NATO agreed.")
                .stream().map(RoleExtractorTest::row))
                .contains("Ola Dahl | House Armed Services Committee Chairman | United States");
    }

    @Test
    void nameTheTaggerMissedBeforeARelativeWhoHoldsTheOfficeBeforeIt() {
        assertThat(roles("Let me say a word about Secretary-General Park Ji-moon, who has shown that progress can be made.")
                .stream().map(r -> r.person().label() + " | " + r.office().role()))
                .anyMatch(row -> row.startsWith("Park Ji") && row.endsWith("| Secretary-General"));
    }

    @Test
    void aPredecessorWhoStoodInHeldTheStandInOffice() {
        List<String> rows = roles("""
                Admiral Tom Varley assumed the duties as the 9th President of the Harbour Defence College from Ambassador Ana Lund today.
                Lund, who served as Interim President of the Harbour Defence College since July, will return to the college.
                """).stream().map(RoleExtractorTest::row).toList();

        assertThat(rows).anyMatch(r -> r.startsWith("Tom Varley | President"))
                .anyMatch(r -> r.startsWith("Ana Lund | Interim President"))
                .noneMatch(r -> r.startsWith("Ana Lund | President"));
    }

    @Test
    void whoWinsAPartysLeadershipLeadsIt() {
        assertThat(roles("Varley, 61, won the run-off for the leadership of the governing Harbour Workers Party on Friday.")
                .stream().map(RoleExtractorTest::row)).anyMatch(r -> r.matches("Varley \\| leader \\| Harbour Workers Party"));
        assertThat(roles("Ana Holt was sworn in on Monday after winning the Harbour Workers Party leadership contest with 70 per cent of the vote.")
                .stream().map(RoleExtractorTest::row)).anyMatch(r -> r.matches("Ana Holt \\| leader \\| Harbour Workers Party"));
    }

    @Test
    void whoLosesALeadershipContestLeadsNothing() {
        assertThat(roles("Ana Holt lost the Harbour Workers Party leadership contest to Tom Varley on Friday.").stream().map(RoleExtractorTest::row))
                .noneMatch(r -> r.contains("leader"));
    }

    @Test
    void aPortfolioAfterTheHeadWithAForOrganisationIsOneOffice() {
        assertThat(roles("The new Chief of Navy will be Ana Holt, who is currently a Commodore and is the Assistant Chief Strategy "
                + "for the Orlan Defence Force.").stream().map(RoleExtractorTest::row))
                .contains("Ana Holt | Assistant Chief Strategy | Orlan Defence Force");
        assertThat(roles("Tom Varley, Special Envoy for the Horn of Africa, spoke.").stream().map(RoleExtractorTest::row))
                .as("a place after \"for\" stays in the office").contains("Tom Varley | Special Envoy for the Horn of Africa | ");
        assertThat(roles("Assistant Secretary of State for African Affairs Ana Holt spoke.").stream().map(r -> r.office().role()))
                .as("a portfolio after \"for\" stays in the office").contains("Assistant Secretary of State for African Affairs");
    }

    @Test
    void aStartAheadDatesNoHoldingThatHasBegun() {
        assertThat(roles("The new Chief of Navy will be Ana Holt, who is currently a Commodore and is the Assistant Chief Strategy "
                + "for the Orlan Defence Force. She will take up her new role at a parade on 30 November 2031."))
                .filteredOn(r -> r.office().role().equals("Assistant Chief Strategy")).singleElement()
                .satisfies(r -> assertThat(r.start()).isEmpty());
    }

    @Test
    void aBareLeaderAfterAnIndefiniteArticleIsADescription() {
        assertThat(roles("Holt said of Varley, \"[he] has been a loyal and devoted leader in the Aster movement.\"")).isEmpty();
        assertThat(roles("Lena Vik is the leader of the Aster Party.").stream().map(RoleExtractorTest::row))
                .contains("Lena Vik | leader | Aster Party");
    }

    @Test
    void anAsPhraseOfTheSpeakersClauseGivesNoOneElseTheOffice() {
        assertThat(roles("General Varley has served Orlania for decades and I have had the privilege to serve with him as a minister "
                + "of a Government in which he served as the Chief of the Defence Force.").stream().map(r -> r.office().role()))
                .doesNotContain("minister").contains("Chief of the Defence Force");
    }

    @Test
    void aStateOfficeIsTheCountryItsSentenceNamesNotTheForeignOneTheArticleNamesMost() {
        assertThat(roles("Holt praises Norway's plan. Holt met Norwegian Defence Minister Tom Varley at the ministry. "
                + "The United States commends Norway for its plan to spend more on defence, Secretary of Defense Ana Holt said. "
                + "Norway has raised its budget. Norway will buy ships. Norway will train more soldiers.").stream().map(RoleExtractorTest::row))
                .contains("Ana Holt | Secretary of Defense | United States");
    }

    @Test
    void postNominalLettersAfterANameLeaveTheOfficeAfterThemToThePerson() {
        List<String> rows = roles("Her Majesty the Queen has agreed to appoint His Excellency General Ana Holt AC DSC "
                + "as the 27th Governor-General of the Commonwealth of Norway.").stream().map(RoleExtractorTest::row).toList();
        assertThat(rows).anyMatch(r -> r.startsWith("Ana Holt | Governor-General") && r.endsWith("| Norway"));
        assertThat(roles("Her Majesty the Queen has agreed to appoint His Excellency General Ana Holt AC DSC "
                + "as the 27th Governor-General of the Commonwealth of Orlan.")).as("the letters name no organisation")
                .noneMatch(r -> r.office().organization().map(o -> o.label()).orElse("").equals("DSC"));
    }

    @Test
    void postNominalLettersBeforeACommaKeepTheAppositionTheirNames() {
        assertThat(roles("Air Marshal Tom Varley AO CSC, the Chief of the Orlan Air Force, said the jets would arrive in March.")
                .stream().map(RoleExtractorTest::row)).contains("Tom Varley | Chief | Orlan Air Force");
        assertThat(roles("Ana Holt OBE became the new Chair of the Orlan Trust in 2030.").stream().map(RoleExtractorTest::row))
                .as("the letters are no part of the name").contains("Ana Holt | Chair | Orlan Trust");
    }

    @Test
    void passiveRelativeClauseGivesTheOfficeToTheNameItHangsFrom() {
        assertThat(roles("Brigadier Tom Varley takes over from Major-General Ana Holt, who was recently appointed Head of Mission "
                + "and Chief of Staff to the Orlan Truce Supervision Organisation.").stream().map(RoleExtractorTest::row))
                .contains("Ana Holt | Head of Mission and Chief of Staff | Orlan Truce Supervision Organisation");
        assertThat(roles("The board thanked Ana Holt, who was appointed Chair of the Kald Trust last year.").stream().map(RoleExtractorTest::row))
                .contains("Ana Holt | Chair | Kald Trust");
    }

    @Test
    void anEnvoyToAListOfCountriesHoldsOneOfficePerCountry() {
        assertThat(roles("Before joining the college, Ana Holt served as U.S. Ambassador to the Republic of Ghana, Kenya and the Republic of Chad.")
                .stream().map(RoleExtractorTest::row)).contains("Ana Holt | Ambassador to the Republic of Ghana | United States",
                        "Ana Holt | Ambassador to Kenya | United States", "Ana Holt | Ambassador to the Republic of Chad | United States");
        assertThat(roles("Tom Varley was the Norwegian Ambassador to Chad and Niger.").stream().map(RoleExtractorTest::row))
                .contains("Tom Varley | Ambassador to Chad | Norway", "Tom Varley | Ambassador to Niger | Norway");
        assertThat(roles("Ana Holt, Ambassador to Kenya, and Tom Varley met in Nairobi.").stream().map(r -> r.office().role()))
                .as("a list of countries ends at a name that is none").containsOnly("Ambassador to Kenya");
    }

    @Test
    void servingAnOrganisationInAnAdvisoryCapacityIsItsAdviser() {
        assertThat(roles("Ana Holt will continue to serve the Kald Harbour Authority in an advisory capacity, working with the board.")
                .stream().map(r -> row(r) + " | " + r.status())).contains("Ana Holt | adviser | Kald Harbour Authority | DESIGNATE");
        assertThat(roles("Tom Varley serves the Orlan Trade Council in an advisory capacity.").stream().map(r -> row(r) + " | " + r.status()))
                .contains("Tom Varley | adviser | Orlan Trade Council | CURRENT");
        assertThat(roles("Tom Varley served the Orlan Trade Council for ten years.")).as("service alone is no advisory office")
                .noneMatch(r -> r.office().role().equals("adviser"));
    }

    @Test
    void aCoordinatedPossessiveOpensANewNounPhraseAndIsNoDestination() {
        assertThat(roles("Ana Holt, Norway's Ambassador to Peru and Chile's foreign minister, Tom Varley, met on Tuesday.")
                .stream().map(RoleExtractorTest::row)).as("\"and Chile's foreign minister\" is no destination")
                .containsOnly("Ana Holt | Ambassador to Peru | Norway", "Tom Varley | foreign minister | Chile");
        assertThat(roles("Ana Holt, the Norwegian Ambassador to Peru and Chile's Foreign Minister Tom Varley met on Tuesday.")
                .stream().map(RoleExtractorTest::row)).containsOnly("Ana Holt | Ambassador to Peru | Norway", "Tom Varley | Foreign Minister | Chile");
        assertThat(roles("Tom Varley was the Norwegian Ambassador to Peru, Bolivia and Chile's trade envoy.").stream().map(r -> r.office().role()))
                .as("the list ends before the possessive").containsOnly("Ambassador to Peru", "Ambassador to Bolivia");
        assertThat(roles("Ana Holt is the Minister of Women and Children's Affairs of Peru.").stream().map(r -> r.office().role()))
                .as("a possessive that owns a name going on is part of it").containsOnly("Minister of Women and Children's Affairs");
    }

    @Test
    void aNameAloneOnItsLineOverAnOfficeAloneOnTheNextSignsTheBlock() {
        assertThat(roles("Trade talks end\n\nPress Statement\nAna Holt\nMinister of Trade\nOrlan City, Kald\nMarch 3, 2031\n\n"
                + "The trade talks with Orlan ended today.").stream().map(RoleExtractorTest::row)).anyMatch(r -> r.startsWith("Ana Holt | Minister of Trade |"));
        assertThat(roles("The talks ended today, and we thanked Ana Holt\nMinister of Trade Tom Varley said the deal was good.")
                .stream().map(RoleExtractorTest::row)).as("a line that is no name alone signs nothing")
                .noneMatch(r -> r.startsWith("Ana Holt"));
    }

    @Test
    void theHeadOfADepartmentTheArticleGivesACountryIsThatCountrys() {
        assertThat(roles("Chile Elections\n\nThis release comes from the Norwegian Ministry of Trade.\n\nPress Statement\nAna Holt\n"
                + "Minister of Trade\nOslo\nMarch 25, 2031\n\nWe congratulate Chile on its election. Chile held a calm vote, and Chile will count it fast.")
                .stream().map(RoleExtractorTest::row)).contains("Ana Holt | Minister of Trade | Norway");
    }

    @Test
    void aCareerInAServiceIsNoOffice() {
        assertThat(roles("Ambassador Ana Holt, a career member of the Orlan Foreign Service, serves as Vice President of the Kald Institute.")
                .stream().map(RoleExtractorTest::row)).noneMatch(r -> r.contains("member")).contains("Ana Holt | Vice President | Kald Institute");
    }
}
