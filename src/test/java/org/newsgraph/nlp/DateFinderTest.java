package org.newsgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.ingest.Article;

class DateFinderTest {

    private static List<String> dates(String text, Optional<LocalDate> published) {
        Article article = Article.of("t", text);
        List<Sentence> sentences = new SentenceSplitter().split(article);
        return new DateFinder().find(sentences, published).stream().map(d -> d.date().iso()).toList();
    }

    private static List<String> dates(String text) {
        return dates(text, Optional.empty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "She took office on 1 October 2014 in the capital.|2014-10-01",
            "She took office on Oct. 1, 2014, in the capital.|2014-10-01",
            "She took office on October 1st, 2014.|2014-10-01",
            "The summit, held from June 23-25, 2025, ended well.|2025-06-23",
            "The summit was held on 23-25 June 2025 in the city.|2025-06-23",
            "The talks began in March 2023 and stalled.|2023-03",
            "Elections are due in 2027, officials said.|2027",
    })
    void absoluteDatesAreNormalisedToIso(String sentence, String iso) {
        assertThat(dates(sentence)).containsExactly(iso);
    }

    @Test
    void dayWithoutYearTakesTheYearOfTheSameDayElsewhere() {
        assertThat(dates("She starts on October 1. The post was confirmed for October 1, 2030 by the council."))
                .containsExactly("2030-10-01", "2030-10-01");
    }

    @Test
    void dayWithoutYearTakesThePublicationYearElseNothing() {
        assertThat(dates("She starts on October 1.", Optional.of(LocalDate.of(2026, 5, 2)))).containsExactly("2026-10-01");
        assertThat(dates("She starts on October 1.")).isEmpty();
    }

    @Test
    void relativeDatesNeedThePublicationDate() {
        String text = "He will take over next month. The vote was held on Tuesday.";
        assertThat(dates(text)).isEmpty();
        assertThat(dates(text, Optional.of(LocalDate.of(2025, 6, 12)))).containsExactly("2025-07", "2025-06-10");
    }

    @Test
    void percentagesAndMoneyAreNotYears() {
        assertThat(dates("They spent 2024.5 million and 2030% is not a year, nor is $2030.")).isEmpty();
    }
}
