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
}
