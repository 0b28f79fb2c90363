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
}
