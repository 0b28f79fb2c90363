package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {

    @TempDir
    Path folder;

    @Test
    void aFolderWalkLeavesOutTheDocumentsThatDescribeTheCorpus() throws IOException {
        Files.writeString(folder.resolve("a1.txt"), "The minister resigned.");
        Files.writeString(folder.resolve("SOURCES.md"), "# Sources\nAll articles are in the public domain.");
        Files.writeString(folder.resolve("README.txt"), "How this corpus was collected.");
        Files.createDirectory(folder.resolve("more"));
        Files.writeString(folder.resolve("more/notes.md"), "Annotation notes.");
        Files.writeString(folder.resolve("more/a2.md"), "The envoy arrived.");
        ProblemHandler.Collecting problems = ProblemHandler.collecting();
        List<Path> files = new CorpusReader(problems).articleFiles(List.of(folder));
        assertThat(files).containsExactly(folder.resolve("a1.txt"), folder.resolve("more/a2.md"));
        assertThat(problems.problems()).isEmpty();
    }

    @Test
    void aDocumentNamedOnItsOwnIsStillRead() throws IOException {
        Path readme = Files.writeString(folder.resolve("README.md"), "The minister resigned.");
        assertThat(new CorpusReader(ProblemHandler.collecting()).articleFiles(List.of(readme))).containsExactly(readme);
    }

    @Test
    void aDumpGivesOneSourcePerRecordAndAnIdSeenBeforeIsReported() throws IOException {
        Path files = Files.createDirectory(folder.resolve("files"));
        Files.writeString(files.resolve("holm.txt"), "Anna Holm opened the session.");
        Path dump = folder.resolve("dump.ndjson");
        // Lines end at CR, CR LF or LF; the blank third line counts, as in Hadoop's text input.
        Files.writeString(dump, "{\"id\": \"rossi\", \"text\": \"Gino Rossi wrote a book.\"}\r"
                + "{\"id\": \"holm\", \"text\": \"Someone else.\"}\r\n"
                + "\n"
                + "{\"id\": \"vidal\", \"text\": \"Rosa Vidal visited the troops.\"}");
        ProblemHandler.Collecting problems = ProblemHandler.collecting();

        List<ArticleSource> sources = new CorpusReader(problems).articleSources(List.of(files, dump));

        assertThat(sources).extracting(ArticleSource::source)
                .containsExactly(files.resolve("holm.txt").toString(), dump + ":1", dump + ":4");
        assertThat(sources.stream().map(source -> source.read(new ArticleReader()).text()))
                .containsExactly("Anna Holm opened the session.", "Gino Rossi wrote a book.", "Rosa Vidal visited the troops.");
        assertThat(problems.problems()).extracting(Problem::toString).containsExactly(dump + ":2: duplicate article id 'holm' (already read from "
                + files.resolve("holm.txt") + "): rename one of them");
    }

    @Test
    void aBuildStillTakesNoDump() throws IOException {
        Path dump = Files.writeString(folder.resolve("dump.jsonl"), "{\"id\": \"a\", \"text\": \"The minister resigned.\"}");
        ProblemHandler.Collecting problems = ProblemHandler.collecting();
        assertThat(new CorpusReader(problems).articleFiles(List.of(dump))).isEmpty();
        assertThat(problems.problems()).extracting(Problem::reason).singleElement().asString().startsWith("not an article file");
    }
}
