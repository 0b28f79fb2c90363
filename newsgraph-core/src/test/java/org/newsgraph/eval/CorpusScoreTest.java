package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.assembly.CorpusBuilder;
import org.newsgraph.store.GraphStore;

/**
 * Floors a little below what extraction reaches on the annotated corpora; a drop fails the build.
 * The development corpus is real news nobody here wrote; the sample and second corpora were
 * written for NewsGraph.
 */
class CorpusScoreTest {

    @TempDir
    Path dir;

    private Evaluator.Report score(Path articles, Path gold) {
        try (GraphStore store = GraphStore.open(dir.resolve("store"))) {
            new CorpusBuilder(CorpusBuilder.Options.defaults()).build(List.of(articles), store, f -> { });
            return new Evaluator().evaluate(GoldReader.read(gold), ProducedFacts.read(store));
        }
    }

    private static void assertFloors(Evaluator.Report report, Map<FactKind, Double> floors, double macro) {
        floors.forEach((kind, floor) -> assertThat(report.scores().get(kind).f1()).as(kind + "\n" + report.render(true)).isGreaterThanOrEqualTo(floor));
        assertThat(report.macroF1()).as(report.render(true)).isGreaterThanOrEqualTo(macro);
    }

    @Test
    void sampleCorpusMeetsItsFloors() {
        Evaluator.Report report = score(Path.of("corpus"), Path.of("eval/seed/gold"));
        assertFloors(report, Map.of(FactKind.ROLES, 0.97, FactKind.SUCCESSIONS, 0.95, FactKind.ENDORSEMENTS, 0.84,
                FactKind.SPENDING_TARGETS, 0.97), 0.94);
        assertThat(report.scores().get(FactKind.ROLES).dateAgreement()).isEqualTo(1.0);
        assertThat(report.scores().get(FactKind.SUCCESSIONS).dateAgreement()).isEqualTo(1.0);
    }

    @Test
    void secondCorpusMeetsItsFloors() {
        Evaluator.Report report = score(Path.of("eval/second/articles"), Path.of("eval/second/gold"));
        assertFloors(report, Map.of(FactKind.ROLES, 0.95, FactKind.SUCCESSIONS, 0.95, FactKind.ENDORSEMENTS, 0.82,
                FactKind.SPENDING_TARGETS, 0.95), 0.93);
    }

    @Test
    void developmentCorpusMeetsItsFloors() {
        Evaluator.Report report = score(Path.of("eval/dev/articles"), Path.of("eval/dev/gold"));
        assertFloors(report, Map.of(FactKind.ROLES, 0.95, FactKind.SUCCESSIONS, 0.95, FactKind.ENDORSEMENTS, 0.86,
                FactKind.SPENDING_TARGETS, 0.91), 0.93);
    }
}
