package org.newsgraph.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.QueryRunner;

/** Articles that disagree keep their own claims, and the canned query lists the disagreement with both sources. */
class DisagreementsTest {

    @TempDir
    Path dir;

    @Test
    void twoStartDatesStayTwoClaimsWithTheirSources() throws Exception {
        Path articles = Files.createDirectory(dir.resolve("articles"));
        Files.writeString(articles.resolve("first.txt"),
                "Ada Kern, who has served as Norwegian finance minister since 1 March 2030, presented the budget to parliament.\n");
        Files.writeString(articles.resolve("second.txt"),
                "Ada Kern, who has served as Norwegian finance minister since 1 April 2030, defended the budget in parliament.\n");
        try (GraphStore store = GraphStore.open(dir.resolve("store"))) {
            new CorpusBuilder(CorpusBuilder.Options.defaults()).build(List.of(articles), store, f -> { });
            QueryRunner runner = new QueryRunner(store.dataset());

            List<QuerySolution> roles = new ArrayList<>();
            runner.select(QueryRunner.canned("roles")).forEachRemaining(roles::add);
            assertThat(roles).as("one fact, stated twice").hasSize(1);
            assertThat(roles.get(0).getLiteral("sources").getString()).isEqualTo("first second");

            List<QuerySolution> disagreements = new ArrayList<>();
            runner.select(QueryRunner.canned("disagreements")).forEachRemaining(disagreements::add);
            assertThat(disagreements).singleElement().satisfies(row -> {
                assertThat(row.get("attribute").toString()).endsWith("#startDate");
                assertThat(List.of(row.getLiteral("value1").getLexicalForm(), row.getLiteral("value2").getLexicalForm()))
                        .containsExactlyInAnyOrder("2030-03-01", "2030-04-01");
                assertThat(List.of(row.getLiteral("sources1").getString(), row.getLiteral("sources2").getString()))
                        .containsExactlyInAnyOrder("first", "second");
            });
        }
    }
}
