package org.newsgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextNamesTest {

    private static final String TEXT = "Prime Minister Ilona Varady spoke in Brest. Várady said the Harbour Defence College (HDC) "
            + "would open. Minister Ana Holt and Ben Holt agreed. Ilona Várady Street was closed.";
    private static final Entity VARADY = new Entity(EntityKind.PERSON, "Ilona Várady", Optional.of("Q990000901"));
    private static final Entity COLLEGE = Entity.of(EntityKind.ORGANIZATION, "Harbour Defence College");
    private static final Entity ANA_HOLT = Entity.of(EntityKind.PERSON, "Ana Holt");
    private static final Entity BEN_HOLT = Entity.of(EntityKind.PERSON, "Ben Holt");
    private static final TextNames NAMES = new TextNames(TEXT, List.of(VARADY, COLLEGE, ANA_HOLT, BEN_HOLT));

    @Test
    void aPersonIsAlsoCalledByTheOtherSpellingAndTheSurnameTheTextGives() {
        assertThat(NAMES.of(VARADY)).containsExactly("Ilona Varady", "Várady");
    }

    @Test
    void anOrganisationIsAlsoCalledByTheAcronymTheTextDefines() {
        assertThat(NAMES.of(COLLEGE)).containsExactly("HDC");
    }

    @Test
    void aSurnameTwoPeopleOfTheArticleShareIsNeithersName() {
        assertThat(NAMES.of(ANA_HOLT)).isEmpty();
        assertThat(NAMES.of(BEN_HOLT)).isEmpty();
    }

    @Test
    void aSurnameThatNamesAnotherThingOfTheArticleIsNotThePersonsName() {
        Entity person = Entity.of(EntityKind.PERSON, "Omar Tavira");
        Entity country = Entity.of(EntityKind.COUNTRY, "Tavira");
        String text = "Omar Tavira visited Tavira. Tavira signed the accord.";

        assertThat(new TextNames(text, List.of(person, country)).of(person)).isEmpty();
        assertThat(new TextNames(text, List.of(person)).of(person)).containsExactly("Tavira");
    }
}
