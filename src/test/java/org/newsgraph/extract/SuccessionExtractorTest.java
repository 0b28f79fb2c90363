package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.nlp.PartialDate;

class SuccessionExtractorTest {

    private static List<Succession> successions(String text) {
        return Annotate.facts(text, Succession.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Ada Kern will succeed Olaf Brun as chair of the Federal Reserve.",
            "Ada Kern succeeded Olaf Brun as chair of the Federal Reserve.",
            "Ada Kern replaced Olaf Brun as chair of the Federal Reserve.",
            "Ada Kern took over from Olaf Brun as chair of the Federal Reserve.",
            "Olaf Brun handed over to Ada Kern at the Federal Reserve.",
            "Olaf Brun was succeeded by Ada Kern as chair of the Federal Reserve.",
            "Ada Kern was sworn in as chair of the Federal Reserve, succeeding Olaf Brun.",
            "Olaf Brun's successor, Ada Kern, arrived at the Federal Reserve.",
    })
    void successionPhrasesNameSuccessorAndPredecessor(String sentence) {
        assertThat(successions(sentence)).singleElement().satisfies(s -> {
            assertThat(s.successor().label()).isEqualTo("Ada Kern");
            assertThat(s.predecessor().label()).isEqualTo("Olaf Brun");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Ada Kern could succeed Olaf Brun as chair of the Federal Reserve.",
            "Ada Kern was floated as a possible replacement; some speculated she would replace Olaf Brun.",
            "Ada Kern did not succeed Olaf Brun.",
    })
    void uncertainOrNegatedSuccessionYieldsNothing(String sentence) {
        assertThat(successions(sentence)).isEmpty();
    }

    @Test
    void officeAndDateComeFromTheSentence() {
        assertThat(successions("Ada Kern will succeed Olaf Brun as Secretary General of NATO on Oct. 1, 2030."))
                .singleElement().satisfies(s -> {
                    assertThat(s.office()).hasValueSatisfying(o -> assertThat(o.label()).isEqualTo("Secretary General of NATO"));
                    assertThat(s.date()).contains(PartialDate.parse("2030-10-01"));
                });
    }

    @Test
    void officeComesFromThePredecessorsRoleInTheArticle() {
        assertThat(successions("Olaf Brun, who has served as Canadian Prime Minister since 2020, will step down. Ada Kern will replace Brun."))
                .singleElement().satisfies(s -> assertThat(s.office()).hasValueSatisfying(o -> assertThat(o.label()).isEqualTo("Prime Minister of Canada")));
    }

    @Test
    void officeIsTheOneTheSuccessorTakesNotOneTheyLeave() {
        assertThat(successions("Olaf Brun, the Danish prime minister, resigned in March after three years. "
                + "Ada Kern, 39, an economist who had been economy minister, replaces Olaf Brun."))
                .singleElement().satisfies(s -> assertThat(s.office()).hasValueSatisfying(o -> assertThat(o.role()).isEqualTo("Prime Minister")));
    }

    @Test
    void ranksBeforeNamesAreNoObstacle() {
        assertThat(Annotate.facts("OSLO, March 3, 2031 — The government on Tuesday appointed Lieutenant General Ada Kern as the new Chief of Defence, "
                + "replacing General Olaf Brun, who retired.", Succession.class)).singleElement().satisfies(s -> {
                    assertThat(s.successor().label()).isEqualTo("Ada Kern");
                    assertThat(s.predecessor().label()).isEqualTo("Olaf Brun");
                    assertThat(s.office()).hasValueSatisfying(o -> assertThat(o.role()).isEqualTo("Chief of Defence"));
                });
    }
}
