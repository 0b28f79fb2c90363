package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.Entity;
import org.newsgraph.nlp.EntityKind;

class ParsedArticleTest {

    private static final ParsedArticle ARTICLE = Annotate.parsed(
            "The U.S. ambassador met the French defence minister in Washington, DC on Monday, then flew to Springfield, Ill..");

    private static String nerOf(String word) {
        ParsedSentence s = ARTICLE.sentences().get(0);
        return IntStream.range(0, s.size()).filter(i -> s.word(i).equals(word)).mapToObj(s::ner).findFirst().orElseThrow();
    }

    @Test
    void fineGrainedTypesSurviveTheTrimmedMapping() {
        assertEquals("COUNTRY", nerOf("U.S."));
        assertEquals("TITLE", nerOf("ambassador"));
        assertEquals("NATIONALITY", nerOf("French"));
    }

    @Test
    void everyEntityHasANameOfLetters() {
        List<Entity> entities = ARTICLE.entities();
        assertTrue(entities.stream().anyMatch(e -> e.kind() == EntityKind.COUNTRY && e.label().equals("United States")), entities::toString);
        assertTrue(entities.stream().allMatch(e -> e.label().codePoints().anyMatch(Character::isLetter)), entities::toString);
    }

    @Test
    void eachItemOfABulletedListIsASentence() {
        ParsedArticle list = Annotate.parsed("""
                Harbour Board names new chair

                - Anna Berg appointed for a four year term
                - Jan Holt also reappointed as Chair of the River Trust
                • Both take office in July

                The board met on Monday.
                """);
        List<String> sentences = list.sentences().stream().map(ParsedSentence::text).toList();

        assertEquals(5, sentences.size(), sentences::toString);
        assertTrue(sentences.get(1).startsWith("Anna Berg") && sentences.get(1).endsWith("term"), sentences::toString);
        assertTrue(sentences.get(2).startsWith("Jan Holt") && sentences.get(2).endsWith("River Trust"), sentences::toString);
    }

    @Test
    void aRegionIsOnePlaceWhateverTheTaggerMakesOfIt() {
        ParsedArticle article = Annotate.parsed("Eastern Europe backed the plan. Sub-Saharan Africa and Latin America stayed out, "
                + "and the Horn of Africa was not discussed by officials of the Western Balkans.");

        assertEquals(List.of("Eastern Europe", "Sub-Saharan Africa", "Latin America", "Horn of Africa", "Western Balkans"),
                labels(article, EntityKind.PLACE));
        assertTrue(article.entities().stream().allMatch(e -> e.kind() == EntityKind.PLACE), article.entities()::toString);
    }

    @Test
    void aCountryOrOrganisationNamedLikeARegionKeepsItsKind() {
        ParsedArticle article = Annotate.parsed("South Africa and America backed the plan. "
                + "The North Atlantic Treaty Organization met in Central Europe.");

        assertEquals(List.of("South Africa", "United States"), labels(article, EntityKind.COUNTRY));
        assertEquals(List.of("NATO"), labels(article, EntityKind.ORGANIZATION));
        assertEquals(List.of("Central Europe"), labels(article, EntityKind.PLACE));
    }

    @Test
    void thePortfolioOfATitleIsNoOrganisation() {
        ParsedArticle article = Annotate.parsed("Ruritanian Minister of Defence Ana Holt met the Secretary of Finance of Orlan "
                + "and the Chairman of Kald Shipping Lines.");
        ParsedSentence s = article.sentences().get(0);
        int defence = IntStream.range(0, s.size()).filter(i -> s.word(i).equals("Defence")).findFirst().orElseThrow();

        assertEquals("ORGANIZATION", s.ner(defence));
        assertTrue(labels(article, EntityKind.ORGANIZATION).stream().noneMatch(l -> l.equals("Defence") || l.equals("Finance")),
                () -> labels(article, EntityKind.ORGANIZATION).toString());
        assertTrue(labels(article, EntityKind.ORGANIZATION).stream().anyMatch(l -> l.contains("Kald Shipping")),
                () -> article.entities().toString());
    }

    @Test
    void aPlatformTheTaggerTakesForAPersonIsAnOrganisation() {
        ParsedArticle article = Annotate.parsed("Ana Holt, speaking to reporters, said Bluesky had grown.");
        ParsedSentence s = article.sentences().get(0);
        int bluesky = IntStream.range(0, s.size()).filter(i -> s.word(i).equals("Bluesky")).findFirst().orElseThrow();

        assertEquals("PERSON", s.ner(bluesky));
        assertEquals(List.of("Ana Holt"), labels(article, EntityKind.PERSON));
        assertEquals(List.of("Bluesky"), labels(article, EntityKind.ORGANIZATION));
    }

    private static List<String> labels(ParsedArticle article, EntityKind kind) {
        return article.entities().stream().filter(e -> e.kind() == kind).map(Entity::label).toList();
    }

    @Test
    void honorificsAndAnOfficeAfterTheNameAreNoPartOfIt() {
        ParsedArticle letter = Annotate.parsed("""
                Hon Tamsin Orwell
                Minister of Fisheries

                Tamsin Orwell said the new harbour master will start in May.
                """);
        List<String> people = labels(letter, EntityKind.PERSON);

        assertEquals(List.of("Tamsin Orwell"), people);
    }

    @Test
    void aTitleBeforeANameIsNoPartOfIt() {
        List<String> people = labels(Annotate.parsed("Senator Pell said the alliance must deter Czar Volkov and his generals."), EntityKind.PERSON);

        assertTrue(people.contains("Volkov") && people.stream().noneMatch(p -> p.startsWith("Czar")), people::toString);
    }

    @Test
    void aTitleAloneNamesNoOne() {
        List<String> people = labels(Annotate.parsed("Mr. Speaker, this week Governor Dalby will visit the harbour. Mr. Speaker, I yield back."),
                EntityKind.PERSON);

        assertTrue(people.stream().noneMatch(p -> p.equals("Speaker")), people::toString);
    }

    @Test
    void aPlaceNamedAfterAPersonIsAPlace() {
        ParsedArticle article = Annotate.parsed("The ceremony was held on the campus at Fort Thomas J. Brightwater on Tuesday.");

        assertTrue(labels(article, EntityKind.PLACE).contains("Fort Thomas J. Brightwater"), article.entities()::toString);
        assertTrue(labels(article, EntityKind.PERSON).isEmpty(), article.entities()::toString);
    }

    @Test
    void aPlaceNamedAfterAPersonIsOnePlaceWhereTheTaggerSplitsIt() {
        ParsedArticle article = Annotate.parsed("The ceremony was held on the campus at Fort Lesley J. Brightwater on Tuesday.");

        assertEquals(List.of("Fort Lesley J. Brightwater"), labels(article, EntityKind.PLACE), article.entities()::toString);
        assertTrue(labels(article, EntityKind.PERSON).isEmpty(), article.entities()::toString);
    }

    @Test
    void aSurnameAloneIsThePersonAnUntaggedFullNameNames() {
        ParsedArticle article = Annotate.parsed("""
                Readout of the Meeting With Lithuanian Minister of Fisheries Dalvė Šerkšnienė

                On July 25, the secretary met Minister Šerkšnienė, Lithuania, at the port.
                """);
        List<String> people = labels(article, EntityKind.PERSON);

        assertEquals(List.of("Dalvė Šerkšnienė"), people);
    }

    @Test
    void aLoneFirstNameAndALoneSurnameTheGazetteerJoinsAreOnePerson() throws java.io.IOException {
        java.nio.file.Path extra = java.nio.file.Files.createTempFile("gazetteer", ".tsv");
        java.nio.file.Files.writeString(extra, "Q999999991\tTarmo Kivisild\tperson\n");
        ParsedArticle article = Annotate.parsed("Well, Mr. Kivisild, welcome back. I want to thank you, Tarmo, for your support.",
                org.newsgraph.nlp.Gazetteer.bundledWith(List.of(extra)));

        assertEquals(List.of("Tarmo Kivisild"), labels(article, EntityKind.PERSON));
    }

    @Test
    void aSurnameTheTaggerTookForAPlaceIsThePersonTheArticleNamesInFull() {
        ParsedArticle article = Annotate.parsed("""
                Houston Praises Norway's Plan

                The United States commends Norway, Secretary of Defense Ana M. Houston said.
                """);

        assertEquals(List.of("Ana Houston"), labels(article, EntityKind.PERSON), article.entities()::toString);
        assertTrue(labels(article, EntityKind.PLACE).stream().noneMatch(p -> p.equals("Houston")), article.entities()::toString);
    }

    @Test
    void aFullNameTheTaggerTookForAPlaceIsAPersonWhenItsSurnameStandsAlone() {
        ParsedArticle article = Annotate.parsed("Ministers voted against the choice of Victoria Salvador and Kaja Lind for the top jobs. "
                + "Salvador will succeed Tom Varley as president of the Harbour Council.");

        assertTrue(labels(article, EntityKind.PERSON).contains("Victoria Salvador"), article.entities()::toString);
        assertTrue(labels(article, EntityKind.PLACE).isEmpty(), article.entities()::toString);
    }

    @Test
    void anAcronymTheArticleDefinesIsTheNameItStandsFor() {
        ParsedArticle article = Annotate.parsed("Ana Holt became President of the Kald Defense University (KDU) today. "
                + "The KDU campus is in Orlan City, and KDU officials welcomed her.");

        assertTrue(labels(article, EntityKind.ORGANIZATION).stream().allMatch(l -> l.equals("Kald Defense University")),
                () -> labels(article, EntityKind.ORGANIZATION).toString());
    }

    @Test
    void postNominalLettersAreNoPartOfTheNameAndNoOrganisation() {
        // The tagger takes "DSC" here for an organisation and "OBE" for part of the name.
        ParsedArticle article = Annotate.parsed("Her Majesty the Queen has agreed to appoint His Excellency General Ana Holt AC DSC "
                + "as the 27th Governor-General of the Commonwealth of Orlan. Tom Varley OBE thanked her.");

        assertEquals(List.of("Ana Holt", "Tom Varley"), labels(article, EntityKind.PERSON).stream().distinct().toList());
        assertEquals(List.of(), labels(article, EntityKind.ORGANIZATION));
    }
}
