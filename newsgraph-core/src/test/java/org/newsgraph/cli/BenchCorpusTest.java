package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleReader;

class BenchCorpusTest {

    @Test
    void generatesVariedArticlesOfTwoToFourKilobytes(@TempDir Path dir) throws IOException {
        new BenchCorpus(7).write(dir, 50);

        List<Path> files;
        try (Stream<Path> listed = Files.list(dir)) {
            files = listed.sorted().toList();
        }
        assertThat(files).hasSize(50);
        List<String> texts = files.stream().map(BenchCorpusTest::read).toList();
        assertThat(texts).doesNotHaveDuplicates().allSatisfy(t -> assertThat(t.length()).isBetween(2000, 4400));
        Article first = new ArticleReader().read(files.get(0));
        assertThat(first.metadata().title()).isPresent();
        assertThat(first.metadata().published()).isPresent();
    }

    @Test
    void sameSeedGivesSameCorpus(@TempDir Path dir) throws IOException {
        new BenchCorpus(3).write(dir.resolve("a"), 5);
        new BenchCorpus(3).write(dir.resolve("b"), 5);

        assertThat(read(dir.resolve("a/gen-000004.txt"))).isEqualTo(read(dir.resolve("b/gen-000004.txt")));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
