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
    void hedgedSuccessionYieldsNothing() {
        assertThat(successions("Lena Vik could succeed Paul Dorn as president.")).isEmpty();
    }

    @Test
    void participleTakesTheOfficeOfTheClauseItHangsFrom() {
        assertThat(successions("Ola Brekke was elected chancellor of Norway on Tuesday, succeeding Paul Dorn.").stream().map(SuccessionExtractorTest::row))
                .anyMatch(r -> r.toLowerCase().startsWith("ola brekke < paul dorn | chancellor"));
    }
}
