package org.newsgraph.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.Entity;
import org.newsgraph.nlp.EntityKind;

/** The bundled Wikidata tables link only with evidence (rows checked against the tables' own sources). */
class WikidataTablesTest {

    private static final WikidataTables TABLES = WikidataTables.bundled();
    private static final Entity UNITED_KINGDOM = new Entity(EntityKind.COUNTRY, "United Kingdom", Optional.of("Q145"));

    @Test
    void aPositionLinksByItsTitleWithinALinkedCountryOrByItsFullName() {
        assertThat(TABLES.position("Prime Minister", Optional.of(UNITED_KINGDOM))).contains("Q14211");
        assertThat(TABLES.position("British Prime Minister", Optional.empty())).contains("Q14211");
        assertThat(TABLES.position("Prime Minister", Optional.of(Entity.of(EntityKind.COUNTRY, "Nowhereland")))).isEmpty();
        assertThat(TABLES.position("Prime Minister", Optional.empty())).as("a bare title is many positions").isEmpty();
    }

    @Test
    void aPersonLinksOnlyWhenTheFactsConfirmAPositionOrCountry() {
        assertThat(TABLES.person("Boris Johnson", Set.of("Q14211"))).contains("Q180589");
        assertThat(TABLES.person("Boris Johnson", Set.of("Q145"))).contains("Q180589");
        assertThat(TABLES.person("Boris Johnson", Set.of())).as("a name alone is no evidence").isEmpty();
        assertThat(TABLES.person("Boris Johnson", Set.of("Q183"))).as("evidence against is none for").isEmpty();
        assertThat(TABLES.person("Johnson", Set.of("Q14211"))).as("a surname never links").isEmpty();
    }

    @Test
    void namesakeOrganisationsAreToldApartByTheArticlesCountries() {
        assertThat(TABLES.organisation("Labour Party", Set.of("Q145"))).contains("Q9630");
        assertThat(TABLES.organisation("Labour Party", Set.of())).isEmpty();
        assertThat(TABLES.organisation("Labour Party", Set.of("Q145", "Q27"))).as("two namesakes confirmed tie").isEmpty();
        assertThat(TABLES.organisation("North Atlantic Treaty Organization", Set.of())).contains("Q7184");
    }
}
