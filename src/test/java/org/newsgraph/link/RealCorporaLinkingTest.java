package org.newsgraph.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.extract.Pipeline;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.CorpusReader;
import org.newsgraph.ingest.ProblemHandler;
import org.newsgraph.nlp.Gazetteer;

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

        List<ArticleFacts> linked = new EntityLinker(GAZETTEER).link(batch);

        assertThat(linked).hasSize(batch.size()).isEqualTo(new OnePassLinker(GAZETTEER).link(batch));
    }
}
