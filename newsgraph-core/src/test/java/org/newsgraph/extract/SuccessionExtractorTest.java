package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.AnnotatedArticle;

class SuccessionExtractorTest {

    private static List<Succession> successions(String text) {
        AnnotatedArticle article = Annotate.text(text);
        article = article.with(RoleExtractor.LAYER, new RoleExtractor().apply(article));
        return new SuccessionExtractor().apply(article);
    }

    private static String row(Succession s) {
        return s.successor().label() + " < " + s.predecessor().label() + " | " + s.office().map(Office::role).orElse("");
    }

    @Test
    void succeedsYieldsSuccession() {
        assertThat(successions("Lena Vik will succeed Paul Dorn as Chief of the General Staff in June 2030.").stream().map(SuccessionExtractorTest::row))
                .contains("Lena Vik < Paul Dorn | Chief of the General Staff");
    }

    @Test
    void takeOverFromYieldsSuccession() {
        assertThat(successions("Tomas Reyes took over as Secretary from Ana Kolb.").stream().map(SuccessionExtractorTest::row))
                .contains("Tomas Reyes < Ana Kolb | Secretary");
    }

    @Test
    void participleTakesItsSubjectFromTheClause() {
        assertThat(successions("Carl Mott became Vice-chair of the board, taking over from Dina Holt.").stream().map(Succession::predecessor))
                .anySatisfy(p -> assertThat(p.label()).isEqualTo("Dina Holt"));
    }

    @Test
    void passiveSwapsTheParties() {
        assertThat(successions("Paul Dorn was replaced by Lena Vik.").stream().map(SuccessionExtractorTest::row))
                .anyMatch(r -> r.startsWith("Lena Vik < Paul Dorn"));
    }

    @Test
    void newHolderFollowsTheOneNamedInTheOffice() {
        assertThat(successions("The members of the Board thanked outgoing Chair Maria Lindqvist. "
                + "Peter Osei became the new Chair.").stream().map(SuccessionExtractorTest::row))
                .contains("Peter Osei < Maria Lindqvist | Chair");
    }

    @Test
    void nextHolderFollowsTheTitledHolder() {
        assertThat(successions("The assembly welcomed the appointment of Carla Mendes as the next Secretary-General. "
                + "Let me say a word about Secretary-General Tomas Berg, who over the last eight years has led the organisation.")
                .stream().map(SuccessionExtractorTest::row))
                .contains("Carla Mendes < Tomas Berg | Secretary-General");
    }

    @Test
    void newHolderAmongSeveralNamedHoldersYieldsNothing() {
        assertThat(successions("Chair Maria Lindqvist and Chair Ivo Brandt led the two boards. Peter Osei became the new Chair.")).isEmpty();
    }

    @Test
    void holderTakingOfficeOnceAnotherEndsTheirAppointmentFollowsThem() {
        assertThat(successions("Rosa Lind as US Special Envoy for the Arctic\n\nI look forward to welcoming Ambassador Rosa Lind as the U.S. Special Envoy for the Arctic once "
                + "Ambassador Karl Ott ends his appointment.").stream().map(SuccessionExtractorTest::row))
                .contains("Rosa Lind < Karl Ott | Special Envoy for the Arctic");
    }

    @Test
    void leavingSomethingOtherThanAPostIsNoSuccession() {
        assertThat(successions("Rosa Lind was named Special Envoy for the Arctic after Karl Ott left the country.")).isEmpty();
    }

    @Test
    void handingOverAnOrganisationLedIsItsHeadsOffice() {
        assertThat(successions("Ana Cruz, now prime minister, led the Bank of Atlantis from 2011 to 2019, handing over to Tom Reed in March 2019.")
                .stream().map(SuccessionExtractorTest::row))
                .containsExactly("Tom Reed < Ana Cruz | governor");
    }

    @Test
    void hedgedSuccessionYieldsNothing() {
        assertThat(successions("Lena Vik could succeed Paul Dorn as president.")).isEmpty();
    }

    @Test
    void participleTakesTheOfficeOfTheClauseItHangsFrom() {
        assertThat(successions("Ola Brekke was elected chancellor of Norway on Tuesday, succeeding Paul Dorn.").stream().map(SuccessionExtractorTest::row))
                .anyMatch(r -> r.toLowerCase().startsWith("ola brekke < paul dorn | chancellor"));
    }

    @Test
    void participleAfterAPassiveIsNotItselfPassive() {
        assertThat(successions("Ola Brekke was elected prime minister by the assembly on Tuesday, succeeding Paul Dorn, and said he would call an election.")
                .stream().map(SuccessionExtractorTest::row))
                .anyMatch(r -> r.toLowerCase().startsWith("ola brekke < paul dorn | prime minister"));
    }

    @Test
    void participleTakesTheDateOfItsClause() {
        assertThat(successions("Lena Vik was sworn in as governor on 14 March 2030, succeeding Paul Dorn.").stream().map(s -> s.date().map(d -> d.iso()).orElse("")))
                .containsExactly("2030-03-14");
    }

    @Test
    void yearlessDateTakesTheYearOfTheArticle() {
        assertThat(successions("Lena Vik said on June 9, 2030, that she would cut taxes. Vik was sworn in as governor on March 14, succeeding Paul Dorn.")
                .stream().map(s -> s.date().map(d -> d.iso()).orElse(""))).containsExactly("2030-03-14");
    }

    @Test
    void participleTakesTheOfficeOfAnAppointmentItHangsFrom() {
        assertThat(successions("Lena Vik, who spent a decade at the bank, was appointed Norway's finance minister on 4 February 2030, replacing Paul Dorn after the coalition collapsed.")
                .stream().map(SuccessionExtractorTest::row)).anyMatch(r -> r.toLowerCase().startsWith("lena vik < paul dorn | finance minister"));
    }

    @Test
    void successionDiscussedIsNoSuccession() {
        assertThat(successions("Rolf Aune said he had talked to Lena Vik about her succeeding him.")).isEmpty();
    }

    @Test
    void surnameTheTaggerMissedStillNamesThePerson() {
        assertThat(successions("The leaders chose Ana Lindqvist for the post. Lindqvist will succeed Paul Dorn as president of the Regional Council on 1 December 2030.")
                .stream().map(SuccessionExtractorTest::row)).anyMatch(r -> r.startsWith("Ana Lindqvist < Paul Dorn") || r.startsWith("Lindqvist < Paul Dorn"));
    }

    @Test
    void subjectLostBehindALongAppositionIsTheOpeningName() {
        assertThat(successions("Lena Vik, 39, an economist who had been trade minister, replaces Paul Dorn, who had led the government since March 2020.")
                .stream().map(Succession::successor)).anySatisfy(p -> assertThat(p.label()).isEqualTo("Lena Vik"));
    }

    @Test
    void officeFromAnotherSentenceAboutTheSuccessor() {
        assertThat(successions("The parliament on 17 July 2030 approved Lena Vik as prime minister. Vik, 39, replaces Paul Dorn, who had led the government since 2020.")
                .stream().map(SuccessionExtractorTest::row)).anyMatch(r -> r.toLowerCase().contains("< paul dorn | prime minister"));
    }

    @Test
    void successorNounAfterAsYieldsSuccession() {
        assertThat(successions("The party settled on Lena Vik as Paul Dorn's successor.").stream().map(SuccessionExtractorTest::row))
                .anyMatch(r -> r.startsWith("Lena Vik < Paul Dorn"));
    }

    @Test
    void successorNounInAppositionTakesThePredecessorsOffice() {
        assertThat(successions("Before moving to Oslo, Paul Dorn was managing director of the Northern Fund. His successor at the fund, Lena Vik, took up the post on 1 October 2030.")
                .stream().map(SuccessionExtractorTest::row)).anyMatch(r -> r.toLowerCase().startsWith("lena vik < paul dorn | managing director"));
    }

    @Test
    void predecessorNounYieldsSuccession() {
        assertThat(successions("Lena Vik became mayor in May. Her predecessor, Paul Dorn, had promised a new bridge.").stream().map(SuccessionExtractorTest::row))
                .anyMatch(r -> r.startsWith("Lena Vik < Paul Dorn"));
    }

    @Test
    void possibleSuccessorYieldsNothing() {
        assertThat(successions("The board sees Lena Vik as Paul Dorn's possible successor.")).isEmpty();
    }
    @Test
    void startDateFromTheSentenceBeforeAboutTheSuccessor() {
        assertThat(successions("The new Chief of Navy will be Lena Vik. She will take up her new role at a handover parade on 30 November 2030. "
                + "Commodore Vik will replace Rear Admiral Paul Dorn.").stream().map(s -> s.date().map(d -> d.iso()).orElse("")))
                .containsExactly("2030-11-30");
    }

    @Test
    void startDateFromAnApprovalOfTheSuccessor() {
        assertThat(successions("The parliament on 17 July 2030 approved Lena Vik as prime minister, in the biggest reshuffle since the war began in 2022. "
                + "Vik, 39, replaces Paul Dorn.").stream().map(s -> s.date().map(d -> d.iso()).orElse(""))).containsExactly("2030-07-17");
    }

    @Test
    void pastWeekdayFallsBeforeThePublicationDate() {
        AnnotatedArticle article = Annotate.text("Ola Brekke was elected prime minister on Tuesday, succeeding Paul Dorn.", java.time.LocalDate.of(2030, 10, 2));
        article = article.with(RoleExtractor.LAYER, new RoleExtractor().apply(article));
        assertThat(new SuccessionExtractor().apply(article).stream().map(s -> s.date().map(d -> d.iso()).orElse(""))).containsExactly("2030-10-01");
    }

    @Test
    void aNameReadAsAMonthDatesNothing() {
        assertThat(successions("Mrs May, the current home secretary, would succeed Paul Dorn in this role.").stream().map(s -> s.date().isPresent()))
                .containsOnly(false);
    }

    @Test
    void undatedChangeTakesTheMonthOfTheAnnouncementBefore() {
        assertThat(successions("On March 3, 2030, the Orvia Trust announced several changes to its board. "
                + "The trustees met in the capital. Lena Vik became the new Chair, taking over from Paul Dorn.")
                .stream().map(s -> s.date().map(d -> d.iso()).orElse(""))).containsExactly("2030-03");
    }

    @Test
    void announcementOfSomethingElseDatesNothing() {
        assertThat(successions("On March 3, 2030, the Orvia Trust announced a new budget. "
                + "Lena Vik became the new Chair, taking over from Paul Dorn.")
                .stream().map(s -> s.date().isPresent())).containsOnly(false);
    }

    @Test
    void startDateFromTakingOfficeThreeSentencesBefore() {
        assertThat(successions("Lena Vik first took office on 12 May 2029, after the council removed Mayor Paul Dorn. "
                + "Twelve members voted against him. The search that followed lasted a month. "
                + "The council finally settled on Vik as Dorn's successor as Mayor.")
                .stream().map(s -> s.date().map(d -> d.iso()).orElse(""))).contains("2029-05-12");
    }

    @Test
    void aStandInNamedAsTheNextHolderTakesOverTheOfficeItself() {
        assertThat(successions("The new Chief of Navy will be Tom Varley, who is currently a Commodore and is acting Chief of Navy. "
                + "Commodore Varley takes over from Rear Admiral Ana Holt.").stream().map(SuccessionExtractorTest::row))
                .contains("Tom Varley < Ana Holt | Chief of Navy");
    }

    @Test
    void anOfficeThePredecessorIsAppointedToIsNotTheOneHandedOver() {
        assertThat(successions("Tom Varley will be the new Chief of the Orlan Army. Brigadier Tom Varley takes over from Major-General "
                + "Ana Holt, who was recently appointed Head of Mission to the Orlan Truce Supervision Organisation.")
                .stream().map(SuccessionExtractorTest::row)).contains("Tom Varley < Ana Holt | Chief");
    }
}
