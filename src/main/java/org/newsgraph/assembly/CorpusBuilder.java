package org.newsgraph.assembly;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.extract.Confidences;
import org.newsgraph.extract.Endorsement;
import org.newsgraph.extract.Fact;
import org.newsgraph.extract.Pipeline;
import org.newsgraph.extract.RoleHolding;
import org.newsgraph.extract.Succession;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.CorpusReader;
import org.newsgraph.ingest.ProblemHandler;
import org.newsgraph.link.EntityLinker;
import org.newsgraph.nlp.Gazetteer;
import org.newsgraph.rdf.FactMapper;
import org.newsgraph.rdf.ShapesValidator;
import org.newsgraph.store.GraphStore;
import org.newsgraph.wikidata.WikidataMapper;

/**
 * Builds a store from articles: read (in parallel), extract, link across the batch, map to one
 * RDF graph per article, validate against the shapes, and replace those articles' graphs in the
 * store in one transaction, so a failed or killed build leaves the store as it was. Then the
 * Wikidata-shaped graph of the whole store is rebuilt in a second transaction.
 */
public final class CorpusBuilder {

    private final Pipeline pipeline;
    private final EntityLinker linker;
    private final ArticleReader reader;
    private final FactMapper mapper = new FactMapper();
    private final ShapesValidator validator = new ShapesValidator();
    private final double minConfidence;

    /** Options of a build; {@code minConfidence} drops facts whose evidence is less sure. */
    public record Options(List<Path> gazetteers, double minConfidence, long maxBytes) {
        public Options {
            if (!(minConfidence >= 0 && minConfidence <= 1)) {
                throw new IllegalArgumentException("min confidence must be in [0, 1], but was: " + minConfidence);
            }
            gazetteers = List.copyOf(gazetteers);
        }

        public static Options defaults() {
            return new Options(List.of(), 0, ArticleReader.DEFAULT_MAX_BYTES);
        }
    }

    public CorpusBuilder(Options options) {
        this(options, Confidences.bundled());
    }

    /** A builder whose facts get their confidence from {@code confidences}. */
    public CorpusBuilder(Options options, Confidences confidences) {
        Gazetteer gazetteer = Gazetteer.bundledWith(options.gazetteers());
        this.pipeline = Pipeline.standard(gazetteer, confidences);
        this.linker = new EntityLinker(gazetteer);
        this.reader = new ArticleReader(options.maxBytes());
        this.minConfidence = options.minConfidence();
    }

    /** Extracts and links the articles under {@code paths}; problems go to {@code problems}. */
    public List<ArticleFacts> extract(List<Path> paths, ProblemHandler problems, Consumer<Path> progress) {
        List<Path> files = new CorpusReader(problems).articleFiles(paths);
        return linker.link(files.parallelStream().flatMap(file -> extractOne(file, problems, progress).stream()).toList());
    }

    private Optional<ArticleFacts> extractOne(Path file, ProblemHandler problems, Consumer<Path> progress) {
        Optional<ArticleFacts> facts = reader.read(file, problems).map(pipeline::apply).map(this::filterConfidence);
        progress.accept(file);
        return facts;
    }

    /**
     * Builds {@code paths} into {@code store} and says what it did. Articles are read twice: first
     * (in parallel) for their facts, of which only the facts are kept for linking across the batch;
     * then one at a time, to write each article's graph with its text, so that no more than the
     * facts of the corpus are held in memory.
     */
    public BuildSummary build(List<Path> paths, GraphStore store, Consumer<Path> progress) {
        long started = System.nanoTime();
        ProblemHandler.Collecting problems = ProblemHandler.collecting();
        List<Path> files = new CorpusReader(problems).articleFiles(paths);
        Map<String, Path> fileOf = new LinkedHashMap<>();
        files.forEach(f -> fileOf.put(ArticleReader.idOf(f), f));
        List<ArticleFacts> linked = linker.link(files.parallelStream()
                .flatMap(file -> extractOne(file, problems, progress).stream())
                .map(CorpusBuilder::withoutText)
                .toList());
        List<String> violations = new ArrayList<>();
        Map<String, java.util.Set<String>> factKeys = new LinkedHashMap<>();
        store.replace(linked.stream().map(facts -> {
            Article article = reader.read(fileOf.get(facts.article().id()));
            ArticleFacts complete = new ArticleFacts(article, facts.entities(), facts.facts());
            Graph graph = mapper.toGraph(complete);
            validator.format(validator.validate(graph)).forEach(v -> violations.add(article.id() + ": " + v));
            facts.facts().forEach(f -> factKeys.computeIfAbsent(kind(f), k -> new java.util.HashSet<>()).add(f.key()));
            return Map.entry(article.id(), graph);
        }));
        new WikidataMapper().loadInto(store);
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Long> counts = new LinkedHashMap<>();
        factKeys.forEach((kind, keys) -> counts.put(kind, (long) keys.size()));
        return new BuildSummary(linked.size(), problems.problems(), counts, store.tripleCount(), violations, seconds);
    }

    /** The facts of an article without its text, which the linker does not need. */
    private static ArticleFacts withoutText(ArticleFacts facts) {
        Article a = facts.article();
        return new ArticleFacts(new Article(a.id(), "", List.of(), a.metadata()), facts.entities(), facts.facts());
    }

    private ArticleFacts filterConfidence(ArticleFacts article) {
        if (minConfidence <= 0) {
            return article;
        }
        List<Fact> kept = article.facts().stream().filter(f -> f.evidence().confidence() >= minConfidence).toList();
        return new ArticleFacts(article.article(), article.entities(), kept);
    }

    /** The name a summary gives a fact's kind. */
    static String kind(Fact fact) {
        if (fact instanceof RoleHolding) {
            return "roles";
        }
        if (fact instanceof Succession) {
            return "successions";
        }
        return fact instanceof Endorsement ? "endorsements" : "spending targets";
    }
}
