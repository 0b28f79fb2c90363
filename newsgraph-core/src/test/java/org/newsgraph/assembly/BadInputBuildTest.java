package org.newsgraph.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.Problem;
import org.newsgraph.store.GraphStore;

/** Bad files among good ones: each is reported once, the rest is built, nothing stored is lost. */
class BadInputBuildTest {

    @TempDir
    Path dir;

    @Test
    void badFilesAreSkippedAndEarlierArticlesStay() throws Exception {
        Path first = Files.createDirectory(dir.resolve("first"));
        Files.writeString(first.resolve("a.txt"), "Danish Prime Minister Anna Holm opened the session in the capital on Monday.\n");
        Path second = Files.createDirectory(dir.resolve("second"));
        Files.writeString(second.resolve("b.txt"), "Former Italian President Gino Rossi wrote a book about his years in office.\n");
        Files.writeString(second.resolve("empty.txt"), "");
        Files.write(second.resolve("binary.txt"), new byte[] {1, 0, 2, 0});
        Files.write(second.resolve("latin1.txt"), "Caf\u00e9".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Path none = Files.createDirectory(dir.resolve("none"));

        try (GraphStore store = GraphStore.open(dir.resolve("store"))) {
            CorpusBuilder builder = new CorpusBuilder(CorpusBuilder.Options.defaults());
            builder.build(List.of(first), store, f -> { });
            long graphsAfterFirst = store.graphCount();

            BuildSummary summary = builder.build(List.of(second, none), store, f -> { });

            assertThat(summary.articlesRead()).isEqualTo(1);
            assertThat(summary.skipped()).extracting(Problem::source)
                    .containsExactlyInAnyOrder(second.resolve("empty.txt").toString(), second.resolve("binary.txt").toString(),
                            second.resolve("latin1.txt").toString(), none.toString());
            assertThat(summary.hasErrors()).isTrue();
            assertThat(store.graphCount()).isEqualTo(graphsAfterFirst + 1);
        }
    }
}
