package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.extract.Confidences;
import org.newsgraph.extract.Fact;
import org.newsgraph.extract.Pipeline;
import org.newsgraph.ingest.Article;
import org.newsgraph.nlp.Gazetteer;

class CalibratorTest {

    private static final Pipeline RAW = Pipeline.standard(Gazetteer.bundled(), Confidences.none());

    private static Row gold(String... cells) {
        java.util.Map<String, String> map = new java.util.HashMap<>();
        for (int i = 0; i < cells.length; i += 2) {
            map.put(cells[i], cells[i + 1]);
        }
        return new Row(map);
    }

    @Test
    void rulesThatProveRightGetMoreConfidenceThanRulesThatProveWrong() {
        ArticleFacts facts = RAW.apply(Article.of("a", "Danish Prime Minister Anna Holm opened the session in the capital on Monday. "
                + "Former Italian President Gino Rossi wrote a book about his years in office."));
        Map<FactKind, List<Row>> goldRows = Map.of(FactKind.ROLES,
                List.of(gold("person", "Anna Holm", "role", "Prime Minister", "org", "Denmark")));
        Calibrator calibrator = new Calibrator().add(List.of(facts), goldRows);
        assertThat(calibrator.stats()).singleElement().satisfies(s -> {
            assertThat(s.rule()).isEqualTo("roles.title-before-name");
            assertThat(s.statements()).isEqualTo(2);
            assertThat(s.correct()).isEqualTo(1);
            assertThat(s.confidence()).isEqualTo(0.5);
        });
        Calibrator allRight = new Calibrator().add(List.of(facts), Map.of(FactKind.ROLES, List.of(
                gold("person", "Anna Holm", "role", "Prime Minister", "org", "Denmark"),
                gold("person", "Gino Rossi", "role", "President", "org", "Italy"))));
        assertThat(allRight.stats().get(0).confidence()).isEqualTo(0.75);
    }

    @Test
    void thePipelineGivesFactsTheirRulesCalibratedConfidence() throws Exception {
        Confidences table = parse("rule\tstatements\tcorrect\tconfidence\nroles.title-before-name\t10\t7\t0.67\n");
        Pipeline pipeline = Pipeline.standard(Gazetteer.bundled(), table);
        List<Fact> facts = pipeline.apply(Article.of("a", "Danish Prime Minister Anna Holm opened the session in the capital on Monday.")).facts();
        assertThat(facts).singleElement().satisfies(f -> assertThat(f.evidence().confidence()).isEqualTo(0.67));
    }

    @Test
    void theBundledTableCoversTheRulesThatFireOnTheSampleCorpus() {
        Confidences bundled = Confidences.bundled();
        assertThat(bundled.of("roles.title-before-name")).hasValueSatisfying(c -> assertThat(c).isBetween(0.0, 1.0));
    }

    private static Confidences parse(String tsv) throws Exception {
        return Confidences.parse(new BufferedReader(new StringReader(tsv)));
    }
}
