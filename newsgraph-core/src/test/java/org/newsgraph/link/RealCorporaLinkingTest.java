package org.newsgraph.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.extract.Pipeline;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.CorpusReader;
import org.newsgraph.ingest.ProblemHandler;
import org.newsgraph.nlp.Gazetteer;
import org.newsgraph.testing.JavaSerialisation;

/** The linker on the facts of the annotated corpora, each extracted once for all the tests here. */
class RealCorporaLinkingTest {

    private static final Gazetteer GAZETTEER = Gazetteer.bundled();
    private static final Map<String, List<ArticleFacts>> EXTRACTED = new ConcurrentHashMap<>();

    /** The unlinked facts of every article under {@code folder}, in the order a build reads them. */
    static List<ArticleFacts> extracted(String folder) {
        return EXTRACTED.computeIfAbsent(folder, f -> {
            Pipeline pipeline = Pipeline.standard(GAZETTEER);
            ProblemHandler problems = ProblemHandler.collecting();
            ArticleReader reader = new ArticleReader();
            return new CorpusReader(problems).articleFiles(List.of(Path.of(f))).stream()
                    .flatMap(file -> reader.read(file, problems).stream())
                    .map(pipeline::apply)
                    .toList();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"eval/dev/articles", "eval/second/articles"})
    void linksAsTheOnePassLinkerDid(String folder) {
        List<ArticleFacts> batch = extracted(folder);

        List<ArticleFacts> linked = new EntityLinker(GAZETTEER, WikidataTables.none()).link(batch);

        assertThat(linked).hasSize(batch.size()).isEqualTo(new OnePassLinker(GAZETTEER).link(batch));
    }

    @Test
    void developmentCorpusGivesEveryRuleSomethingToDo() {
        LinkTables tables = new EntityLinker(GAZETTEER, WikidataTables.none()).tables(LinkEvidence.of(extracted("eval/dev/articles")));

        assertThat(List.of(tables.fullNameBySurname(), tables.organisationByPersonRole(), tables.startByHolding(),
                tables.endByHolding(), tables.topicByLabel())).allSatisfy(t -> assertThat(t).isNotEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"eval/dev/articles", "eval/second/articles"})
    void evidenceMergedInAnyOrderAndGroupingIsTheEvidenceOfTheCorpus(String folder) {
        List<ArticleFacts> batch = extracted(folder);
        LinkEvidence all = LinkEvidence.of(batch);

        for (long seed = 1; seed <= 5; seed++) {
            assertThat(LinkEvidenceTest.shuffledMerge(batch, seed)).as("seed %s", seed).isEqualTo(all);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"eval/dev/articles", "eval/second/articles"})
    void corpusLinkedInTwoBatchesLinksAsInOne(String folder) {
        List<ArticleFacts> batch = extracted(folder);
        List<ArticleFacts> first = batch.subList(0, batch.size() / 2);
        List<ArticleFacts> second = batch.subList(batch.size() / 2, batch.size());
        EntityLinker linker = new EntityLinker(GAZETTEER, WikidataTables.none());

        List<ArticleFacts> linked = new ArrayList<>(linker.link(first, LinkEvidence.of(second)));
        linked.addAll(linker.link(second, LinkEvidence.of(first)));

        assertThat(linked).isEqualTo(linker.link(batch));
    }

    @ParameterizedTest
    @ValueSource(strings = {"eval/dev/articles", "eval/second/articles"})
    void factsAndEvidenceSurviveJavaSerialisationAndTheEvidenceHoldsNoText(String folder) throws Exception {
        List<ArticleFacts> batch = extracted(folder);
        LinkEvidence evidence = LinkEvidence.of(batch);
        byte[] written = JavaSerialisation.write(evidence);

        assertThat(JavaSerialisation.roundTrip(new ArrayList<>(batch))).isEqualTo(batch);
        assertThat(JavaSerialisation.read(written)).isEqualTo(evidence);
        String stream = new String(written, StandardCharsets.UTF_8);
        assertThat(batch).allSatisfy(a -> a.facts().forEach(f -> assertThat(stream).doesNotContain(f.evidence().sentenceText())));
    }
}
