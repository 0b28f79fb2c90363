package org.newsgraph.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.NewsGraph;
import org.newsgraph.ingest.Problem;
import org.newsgraph.store.GraphStore;

/**
 * The two-step path, {@code extract --engine local} then {@code load}, gives the store a build
 * gives; a JSON Lines dump gives the graphs its articles give as files.
 */
class ExtractLoadTest {

    @Test
    void extractThenLoadEqualsBuild(@TempDir Path dir) throws IOException {
        Path extracted = dir.resolve("extracted");
        int extract = NewsGraph.commandLine().execute("extract", "corpus", "--output", extracted.toString());
        int load = NewsGraph.commandLine().execute("load", extracted.toString(), "--store", dir.resolve("loaded").toString());

        assertThat(extract).isZero();
        assertThat(load).isZero();
        assertThat(ExtractedCorpus.graphFiles(extracted)).extracting(f -> f.getFileName().toString())
                .containsExactly(ExtractedCorpus.LINK_INDEX, ExtractedCorpus.partName(0));
        assertThat(Files.readString(extracted.resolve(ExtractedCorpus.PROBLEMS))).isEmpty();
        try (GraphStore loaded = GraphStore.open(dir.resolve("loaded"));
             GraphStore built = GraphStore.open(dir.resolve("built"))) {
            BuildSummary build = new CorpusBuilder(CorpusBuilder.Options.defaults()).build(List.of(Path.of("corpus")), built, f -> { });
            assertThat(build.articlesRead()).isEqualTo(5);
            assertThat(loaded.graphNames()).isEqualTo(built.graphNames());
            boolean same = Txn.calculateRead(loaded.dataset(), () -> Txn.calculateRead(built.dataset(),
                    () -> IsoMatcher.isomorphic(loaded.dataset(), built.dataset())));
            assertThat(same).as("the loaded store and the built store hold isomorphic datasets").isTrue();
        }
    }

    @Test
    void loadRefusesAStoreThatHoldsGraphs(@TempDir Path dir) {
        Path extracted = dir.resolve("extracted");
        assertThat(NewsGraph.commandLine().execute("extract", "corpus/002_10fb7a53004e7e39.txt", "--output", extracted.toString())).isZero();
        String store = dir.resolve("store").toString();
        assertThat(NewsGraph.commandLine().execute("load", extracted.toString(), "--store", store)).isZero();
        long quads = quads(Path.of(store));

        assertThat(NewsGraph.commandLine().execute("load", extracted.toString(), "--store", store)).isEqualTo(1);
        assertThat(quads(Path.of(store))).isEqualTo(quads);
    }

    @Test
    void extractsAJsonLinesDumpAsTheSameArticlesInFilesAndReportsItsBadLines(@TempDir Path dir) throws IOException {
        String kern = "Ada Kern became Prime Minister of Valdoria on Monday. She succeeded Otto Brun.";
        String budget = "Valdoria pledged to spend 2.5 percent of GDP on defence by 2030.";
        Path dump = dir.resolve("dump.jsonl");
        Files.writeString(dump, String.join("\r\n",
                "{\"id\": \"kern\", \"text\": \"" + kern + "\"}",
                "",
                "{\"id\": \"budget\", \"text\": \"" + budget + "\"}",
                "not json at all",
                "{\"id\": \"empty\"}",
                "{\"id\": \"kern\", \"text\": \"Someone else entirely.\"}"), StandardCharsets.UTF_8);
        Path folder = Files.createDirectory(dir.resolve("files"));
        Files.writeString(folder.resolve("kern.txt"), kern);
        Files.writeString(folder.resolve("budget.txt"), budget);

        ExtractionSummary fromDump = extract(dump, dir.resolve("from-dump"));
        ExtractionSummary fromFiles = extract(folder, dir.resolve("from-files"));

        assertThat(fromDump.articles()).isEqualTo(2);
        assertThat(fromDump.skipped()).extracting(Problem::source).containsExactly(dump + ":6", dump + ":4", dump + ":5");
        assertThat(fromDump.skipped()).extracting(Problem::reason).satisfiesExactly(
                r -> assertThat(r).isEqualTo("duplicate article id 'kern' (already read from " + dump + ":1): rename one of them"),
                r -> assertThat(r).startsWith("not valid JSON"),
                r -> assertThat(r).isEqualTo("article 'empty' has no \"text\""));
        assertThat(Files.readAllLines(dir.resolve("from-dump").resolve(ExtractedCorpus.PROBLEMS))).hasSize(3);
        assertThat(fromFiles.skipped()).isEmpty();
        assertThat(IsoMatcher.isomorphic(parse(dir.resolve("from-dump")), parse(dir.resolve("from-files"))))
                .as("the dump's articles give the graphs of the same articles in files").isTrue();
    }

    private static ExtractionSummary extract(Path input, Path output) {
        return ExtractionEngine.named(LocalExtraction.NAME)
                .extract(new ExtractionRequest(List.of(input.toString()), output.toString(), CorpusBuilder.Options.defaults(), Optional.empty()));
    }

    private static DatasetGraph parse(Path extracted) {
        DatasetGraph parsed = DatasetGraphFactory.create();
        ExtractedCorpus.graphFiles(extracted).forEach(file -> RDFParser.source(file).lang(Lang.NQUADS).parse(parsed));
        return parsed;
    }

    private static long quads(Path folder) {
        try (GraphStore store = GraphStore.open(folder)) {
            return Txn.calculateRead(store.dataset(), () -> store.dataset().stream().count());
        }
    }
}
