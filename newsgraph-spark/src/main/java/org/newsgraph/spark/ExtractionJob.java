package org.newsgraph.spark;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.newsgraph.NewsGraphException;
import org.newsgraph.assembly.ArticleBudget;
import org.newsgraph.assembly.ArticleGraph;
import org.newsgraph.assembly.CorpusBuilder;
import org.newsgraph.assembly.ExtractedCorpus;
import org.newsgraph.assembly.ExtractionRequest;
import org.newsgraph.assembly.ExtractionSummary;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ProblemHandler;
import org.newsgraph.link.LinkEvidence;
import org.newsgraph.rdf.ArticleQuads;
import scala.Tuple2;

/**
 * The extraction as a Spark job, in two passes over the input, once inputs that repeat an article
 * id are left out ({@link DuplicateIds}). First, on the executors, each
 * article is read, analysed and extracted, keeping only its facts; these are linked across the
 * corpus ({@link Linking#links}). Then each article is read again, joined with its linked facts,
 * mapped to its named graph and validated, and the graphs are written as N-Quads, one file per
 * partition, with each article's link inputs and, from the driver, the merged link evidence (see
 * {@link ExtractedCorpus}). The analysis runs once per article, within the article
 * time budget; a bad or overrunning article is reported with its source and step and the others go on.
 */
final class ExtractionJob {

    private final JavaSparkContext spark;
    private final JobOptions options;
    private final CollectionAccumulator<Failure> skipped;
    private final CollectionAccumulator<Failure> violations;
    private final LongAccumulator articles;
    private final LongAccumulator quads;

    ExtractionJob(JavaSparkContext spark, JobOptions options) {
        this.spark = spark;
        this.options = options;
        this.skipped = spark.sc().collectionAccumulator("skipped articles");
        this.violations = spark.sc().collectionAccumulator("shape violations");
        this.articles = spark.sc().longAccumulator("articles written");
        this.quads = spark.sc().longAccumulator("quads written");
    }

    ExtractionSummary run(ExtractionRequest request) {
        long started = System.nanoTime();
        Path output = new Path(request.output());
        FileSystem files = fileSystem(output);
        if (exists(files, new Path(output, ExtractedCorpus.GRAPHS))) {
            throw new NewsGraphException(output + " already holds an extraction: give an empty or new folder");
        }
        CollectionAccumulator<Failure> skippedHere = skipped;
        JobOptions jobOptions = options;
        ProblemHandler driverProblems = problem -> skippedHere.add(Failure.of(problem));
        JavaRDD<ArticleInput> inputs = DuplicateIds.firstOfEach(
                Inputs.read(spark, request.inputs(), 2 * spark.defaultParallelism(), driverProblems), driverProblems);

        // Kept: the facts are used three times (evidence, linking, link inputs) and each is an article's analysis.
        JavaRDD<ArticleFacts> facts = inputs.flatMap(input -> factsOf(input, jobOptions, problem -> skippedHere.add(Failure.of(problem)))
                .stream().iterator()).persist(StorageLevel.MEMORY_AND_DISK());
        LinkEvidence evidence = Linking.evidence(facts);
        JavaPairRDD<String, ArticleFacts> linked = Linking.links(facts, evidence, jobOptions).mapToPair(f -> new Tuple2<>(f.article().id(), f));
        JavaPairRDD<String, Tuple2<String, Article>> texts = inputs.flatMapToPair(input -> reread(input, jobOptions).stream().iterator());

        CollectionAccumulator<Failure> violationsHere = violations;
        LongAccumulator articlesHere = articles;
        LongAccumulator quadsHere = quads;
        linked.join(texts).flatMap(joined -> {
            String source = joined._2()._2()._1();
            Article article = joined._2()._2()._2();
            Optional<ArticleGraph> graph = ExecutorState.builder(jobOptions)
                    .graph(source, () -> article, joined._2()._1(), problem -> skippedHere.add(Failure.of(problem)));
            graph.ifPresent(g -> {
                articlesHere.add(1);
                quadsHere.add(g.graph().size());
                g.violations().forEach(v -> violationsHere.add(new Failure(g.id(), v)));
            });
            return graph.map(g -> ArticleQuads.nquads(g.id(), g.graph()).stripTrailing()).stream().iterator();
        }).union(facts.map(f -> ExtractedCorpus.linkInputQuads(f.article().id(), ExecutorState.builder(jobOptions).linkInputs(f)).stripTrailing()))
                .saveAsTextFile(new Path(output, ExtractedCorpus.GRAPHS).toString());
        facts.unpersist();
        nameAsNQuads(files, new Path(output, ExtractedCorpus.GRAPHS));
        writeText(files, new Path(new Path(output, ExtractedCorpus.GRAPHS), ExtractedCorpus.LINK_INDEX), ExtractedCorpus.linkIndexQuads(evidence));

        List<Failure> problems = distinct(skipped.value());
        List<Failure> found = distinct(violations.value());
        write(files, new Path(output, ExtractedCorpus.PROBLEMS), problems);
        write(files, new Path(output, ExtractedCorpus.VIOLATIONS), found);
        return new ExtractionSummary(articles.value(), quads.value(), problems.stream().map(Failure::problem).toList(),
                found.stream().map(f -> f.source() + ": " + f.reason()).toList(), (System.nanoTime() - started) / 1e9);
    }

    /**
     * The facts of {@code input} for linking, read and extracted within the article time budget on a
     * thread of its own: an article past its budget is abandoned and reported, and the task goes on.
     */
    private static Optional<ArticleFacts> factsOf(ArticleInput input, JobOptions options, ProblemHandler problems) {
        CorpusBuilder builder = ExecutorState.builder(options);
        return new ArticleBudget(options.options().articleTimeout())
                .run(input.source(), reported -> builder.factsForLinking(input.source(), () -> input.read(options), reported), problems);
    }

    /** The article of {@code input} keyed by its id, with its source; one that cannot be read was reported in the first pass. */
    private static Optional<Tuple2<String, Tuple2<String, Article>>> reread(ArticleInput input, JobOptions options) {
        try {
            Article article = input.read(options);
            return Optional.of(new Tuple2<>(article.id(), new Tuple2<>(input.source(), article)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Gives Spark's part files the N-Quads extension, by which Jena's loaders know them. */
    private static void nameAsNQuads(FileSystem files, Path graphs) {
        try {
            for (org.apache.hadoop.fs.FileStatus part : files.listStatus(graphs, p -> p.getName().startsWith("part-"))) {
                files.rename(part.getPath(), new Path(graphs, part.getPath().getName() + ExtractedCorpus.EXTENSION));
            }
        } catch (IOException e) {
            throw new NewsGraphException("cannot name the graph files in " + graphs + ": " + e.getMessage(), e);
        }
    }

    /** The failures in order, each once: a task that Spark runs again reports its failures again. */
    private static List<Failure> distinct(List<Failure> failures) {
        List<Failure> sorted = new ArrayList<>(new LinkedHashSet<>(failures));
        Collections.sort(sorted, java.util.Comparator.comparing(Failure::source).thenComparing(Failure::reason));
        return sorted;
    }

    private FileSystem fileSystem(Path path) {
        try {
            return path.getFileSystem(spark.hadoopConfiguration());
        } catch (IOException e) {
            throw new NewsGraphException("cannot reach " + path + ": " + e.getMessage(), e);
        }
    }

    private static boolean exists(FileSystem files, Path path) {
        try {
            return files.exists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeText(FileSystem files, Path file, String text) {
        try (Writer out = new OutputStreamWriter(files.create(file, true), StandardCharsets.UTF_8)) {
            out.write(text);
        } catch (IOException e) {
            throw new NewsGraphException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void write(FileSystem files, Path file, List<Failure> lines) {
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append(ExtractedCorpus.line(line.source(), line.reason())).append('\n'));
        writeText(files, file, text.toString());
    }
}
