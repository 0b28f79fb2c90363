package org.newsgraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Turns the paths a user gives (files and folders, and for an extraction JSON Lines files) into
 * the articles to read, in a stable order. Folders are walked recursively for .txt, .md and .html
 * files, except the documents that describe a corpus rather than belong to it (README, SOURCES,
 * NOTES, LICENSE and the like, which a file named on its own still is read as). A missing path, a file of another kind, a folder with
 * no articles and a second file or record with the same article id are reported and left out.
 */
public final class CorpusReader {

    /** Names (without extension) of the files that document a corpus folder. */
    private static final Set<String> CORPUS_DOCUMENTS = Set.of("readme", "sources", "notes", "license", "licence",
            "copying", "changelog", "contributing");

    private final ProblemHandler problems;

    public CorpusReader(ProblemHandler problems) {
        this.problems = problems;
    }

    /** The article files under {@code paths}, sorted within each path, each id once. */
    public List<Path> articleFiles(List<Path> paths) {
        return firstOfEachId(paths, path -> files(path)).stream().map(ArticleSource.File::path).toList();
    }

    /**
     * The articles under {@code paths}, each id once: the article files, as {@link #articleFiles}
     * finds them, and for a JSON Lines file (.jsonl, .ndjson) given as a path, its records in order.
     */
    public List<ArticleSource> articleSources(List<Path> paths) {
        return firstOfEachId(paths, this::sourcesOf);
    }

    private List<? extends ArticleSource> sourcesOf(Path path) {
        return JsonLinesReader.isJsonLines(path.toString()) && Files.isRegularFile(path) ? records(path) : files(path);
    }

    /** The sources of each path in turn, but those whose id an earlier one has, which are reported. */
    private <S extends ArticleSource> List<S> firstOfEachId(List<Path> paths, Function<Path, List<? extends S>> sourcesOf) {
        List<S> sources = new ArrayList<>();
        Map<String, String> ids = new HashMap<>();
        for (Path path : paths) {
            for (S source : sourcesOf.apply(path)) {
                Optional<String> earlier = source.id().map(id -> ids.putIfAbsent(id, source.source()));
                if (earlier.isEmpty()) {
                    sources.add(source);
                } else {
                    problems.report(duplicate(source.source(), source.id().orElseThrow(), earlier.get()));
                }
            }
        }
        return sources;
    }

    private List<ArticleSource.File> files(Path path) {
        return filesOf(path).stream().map(ArticleSource.File::new).toList();
    }

    private List<ArticleSource.DumpLine> records(Path dump) {
        try {
            return JsonLinesFile.records(dump);
        } catch (IOException | UncheckedIOException e) {
            problems.report(new Problem(dump.toString(), "cannot be read (" + e.getMessage() + ")"));
            return List.of();
        }
    }

    /** The problem of an article from {@code source} whose id {@code id} was already read from {@code earlier}; it is left out. */
    public static Problem duplicate(String source, String id, String earlier) {
        return new Problem(source, "duplicate article id '" + id + "' (already read from " + earlier + "): rename one of them");
    }

    private List<Path> filesOf(Path path) {
        if (!Files.exists(path)) {
            problems.report(new Problem(path.toString(), "no such file or folder"));
            return List.of();
        }
        if (Files.isDirectory(path)) {
            List<Path> found;
            try (Stream<Path> walk = Files.walk(path)) {
                found = walk.filter(Files::isRegularFile).filter(CorpusReader::isArticleFile)
                        .filter(file -> !isCorpusDocument(file)).sorted().toList();
            } catch (IOException | UncheckedIOException e) {
                problems.report(new Problem(path.toString(), "folder cannot be read (" + e.getMessage() + ")"));
                return List.of();
            }
            if (found.isEmpty()) {
                problems.report(new Problem(path.toString(), "folder holds no articles (.txt, .md or .html files)"));
            }
            return found;
        }
        if (!isArticleFile(path)) {
            problems.report(new Problem(path.toString(), "not an article file: NewsGraph reads .txt, .md and .html"));
            return List.of();
        }
        return List.of(path);
    }

    static boolean isCorpusDocument(Path file) {
        return isCorpusDocument(file.getFileName().toString());
    }

    static boolean isArticleFile(Path file) {
        return isArticleFile(file.getFileName().toString());
    }

    /** Whether a file named {@code name}, met in a folder, is an article NewsGraph reads. */
    public static boolean isArticleInFolder(String name) {
        return isArticleFile(name) && !isCorpusDocument(name);
    }

    private static boolean isCorpusDocument(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return CORPUS_DOCUMENTS.contains(dot < 0 ? name : name.substring(0, dot));
    }

    private static boolean isArticleFile(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && ArticleReader.extensions().stream().anyMatch(name::endsWith);
    }
}
