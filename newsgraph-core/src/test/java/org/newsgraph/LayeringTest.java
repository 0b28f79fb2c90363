package org.newsgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The text stages know nothing of RDF: only rdf, store, serve, vocab and the exporters use Jena or RDF4J. */
class LayeringTest {

    @ParameterizedTest
    @ValueSource(strings = {"ingest", "nlp", "extract", "link"})
    void textStagesImportNoRdfLibrary(String stage) throws IOException {
        List<String> offending;
        try (Stream<Path> files = Files.walk(Path.of(System.getProperty("basedir", "."), "src/main/java/org/newsgraph", stage))) {
            offending = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> read(f).lines().anyMatch(l -> l.startsWith("import org.apache.jena") || l.startsWith("import org.eclipse.rdf4j")
                            || l.contains("org.apache.jena.") && !l.trim().startsWith("*") && !l.trim().startsWith("//")))
                    .map(Path::toString).toList();
        }
        assertThat(offending).as("files of the %s stage that use an RDF library", stage).isEmpty();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
