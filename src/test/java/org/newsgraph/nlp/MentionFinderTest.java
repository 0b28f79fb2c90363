package org.newsgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.Article;

class MentionFinderTest {

    private static final MentionFinder FINDER = new MentionFinder(Gazetteer.bundled(), Titles.bundled());

    private static List<Mention> mentions(String text) {
        return FINDER.find(new SentenceSplitter().split(Article.of("t", text)));
    }

    private static List<String> people(String text) {
        return mentions(text).stream().filter(m -> m.kind() == EntityKind.PERSON).map(m -> m.surface() + "=" + m.entity().label()).toList();
    }

    @Test
    void surnameOnlyIsThePersonNamedInFull() {
        assertThat(people("Ola Dahl arrived in the capital on Monday. Later, Dahl met the press.")).containsExactly("Ola Dahl=Ola Dahl", "Dahl=Ola Dahl");
    }

    @Test
    void demonymStandingAloneIsThePersonTiedToThatCountry() {
        assertThat(people("Ola Dahl from Norway was elected chair of the body. The Norwegian said he was honoured."))
                .containsExactly("Ola Dahl=Ola Dahl", "Norwegian=Ola Dahl");
        assertThat(people("Norwegian Foreign Minister Ola Dahl spoke first. Afterwards, the Norwegian told reporters it went well."))
                .contains("Norwegian=Ola Dahl");
    }

    @Test
    void demonymBeforeANounStaysTheCountry() {
        assertThat(people("Ola Dahl from Norway spoke. The Norwegian government said nothing.")).containsExactly("Ola Dahl=Ola Dahl");
    }

    @Test
    void titleCaseHeadlinesDoNotMakePeople() {
        assertThat(people("Defense Spending Push Continues Across Europe")).isEmpty();
    }

    @Test
    void gazetteerNamesWinOverCapitalisedRuns() {
        assertThat(mentions("The North Atlantic Treaty Organization met in Brussels.")).extracting(m -> m.entity().label())
                .containsExactly("NATO", "Brussels");
    }
}
