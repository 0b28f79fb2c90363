package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatelineFinderTest {

    private static Optional<Dateline> dateline(String line) {
        return DatelineFinder.at(line, new Span(0, line.length()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "THE HAGUE, June 25 (Reuters) - The court ruled on Tuesday.       | THE HAGUE, June 25 (Reuters) -  | THE HAGUE  |",
        "OSLO, March 3, 2026 — The government named a new chief.          | OSLO, March 3, 2026 —           | OSLO       | 2026-03-03",
        "WASHINGTON (AP) — The Senate voted late on Monday.               | WASHINGTON (AP) —               | WASHINGTON |",
        "LONDON, 3 March 2026 – The minister resigned.                    | LONDON, 3 March 2026 –          | LONDON     | 2026-03-03",
        "KYIV, Ukraine (AP) — The president spoke on Friday.              | KYIV, Ukraine (AP) —            | KYIV       |",
        "BRUSSELS, Sept. 5, 2025 (Reuters) -- Leaders met.                 | BRUSSELS, Sept. 5, 2025 (Reuters) -- | BRUSSELS | 2025-09-05",
        "WASHINGTON, D.C. — A bill was announced.                         | WASHINGTON, D.C. —              | WASHINGTON |",
        "NEW YORK, Feb. 29, 2025 (AP) — An impossible day.                | NEW YORK, Feb. 29, 2025 (AP) —   | NEW YORK   |",
    })
    void datelineShapesGivePlaceSpanAndDate(String line, String span, String place, String date) {
        Dateline found = dateline(line).orElseThrow();

        assertThat(found.span().of(line)).isEqualTo(span);
        assertThat(found.place().of(line)).isEqualTo(place);
        assertThat(found.date()).isEqualTo(Optional.ofNullable(date).map(LocalDate::parse));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "NATO — the alliance met in the capital.",
        "The minister, Anna Varga, resigned - reluctantly.",
        "PARIS, Tuesday 5 - nothing here is a date.",
        "UK, US agree on trade - sources say",
        "OSLO-based firms grew in March.",
    })
    void otherOpeningsAreNoDateline(String line) {
        assertThat(dateline(line)).isEmpty();
    }

    @Test
    void datelineIsFoundInTheFirstContentLinesOnly() {
        String text = "Headline\nBy Jane Roe\nOSLO, March 3, 2026 — Text.\n";
        assertThat(DatelineFinder.find(text, List.of(new Span(0, 8), new Span(9, 20), new Span(21, text.length() - 1))))
                .hasValueSatisfying(d -> assertThat(d.span()).isEqualTo(new Span(21, 42)));
        assertThat(DatelineFinder.find(text, List.of(new Span(0, 8), new Span(9, 20), new Span(9, 20), new Span(21, 48))))
                .isEmpty();
    }
}
