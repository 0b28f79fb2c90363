package org.newsgraph.assembly;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
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
import org.newsgraph.ingest.IngestException;
import org.newsgraph.ingest.Problem;
import org.newsgraph.ingest.ProblemHandler;
import org.newsgraph.link.EntityLinker;
import org.newsgraph.link.LinkEvidence;
import org.newsgraph.link.LinkTables;
import org.newsgraph.nlp.Gazetteer;
import org.newsgraph.rdf.FactMapper;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.LinkIndexMapper;
import org.newsgraph.rdf.LinkInputs;
import org.newsgraph.rdf.Ontology;
import org.newsgraph.rdf.ShapesValidator;
import org.newsgraph.store.GraphStore;
import org.newsgraph.wikidata.WikidataMapper;

/**
 * Builds a store from articles: read (in parallel), extract, link across the batch and the
 * articles built into the store before (through the link index the store keeps), map to one RDF
 * graph per article, validate against the shapes, then replace those articles' graphs in the
 * store and rewrite the graphs derived from them (the ontology's graph, the Wikidata-shaped graph
 * of the whole store, and the link index) in one transaction, so a failed or killed build leaves
 * the store as it was. Articles built before are linked again where the new articles change how
 * their names link (see {@link #build}). One bad article never stops a build: whatever fails in reading, extracting (or runs past
 * the time budget), mapping or validating it becomes one problem naming the file and the step, the
 * article is left out and its graph from an earlier build, if any, stays as it was.
 */
public final class CorpusBuilder {

    private final Pipeline pipeline;
    private final EntityLinker linker;
    private final ArticleReader reader;
    private final FactMapper mapper = new FactMapper();
    private final LinkIndexMapper linkIndex = new LinkIndexMapper();
    private final LinkInputs linkInputs = new LinkInputs();
    private final ShapesValidator validator = new ShapesValidator();
    private final double minConfidence;
    private final Duration articleTimeout;

    /**
     * Options of a build; {@code minConfidence} drops facts whose evidence is less sure, and an
     * article whose extraction takes longer than {@code articleTimeout} is stopped and skipped.
     */
    public record Options(List<Path> gazetteers, double minConfidence, long maxBytes, Duration articleTimeout) {

        /** How long one article's extraction may take by default. */
        public static final Duration DEFAULT_ARTICLE_TIMEOUT = Duration.ofSeconds(120);

        public Options {
            if (!(minConfidence >= 0 && minConfidence <= 1)) {
                throw new IllegalArgumentException("min confidence must be in [0, 1], but was: " + minConfidence);
            }
            if (articleTimeout.isNegative() || articleTimeout.isZero()) {
                throw new IllegalArgumentException("article timeout must be positive, but was: " + articleTimeout);
            }
            gazetteers = List.copyOf(gazetteers);
        }

        /** Options with the default article timeout. */
        public Options(List<Path> gazetteers, double minConfidence, long maxBytes) {
            this(gazetteers, minConfidence, maxBytes, DEFAULT_ARTICLE_TIMEOUT);
        }

        public static Options defaults() {
            return new Options(List.of(), 0, ArticleReader.DEFAULT_MAX_BYTES);
        }

        /** These options with another article timeout. */
        public Options withArticleTimeout(Duration timeout) {
            return new Options(gazetteers, minConfidence, maxBytes, timeout);
        }
    }

    public CorpusBuilder(Options options) {
        this(options, Confidences.bundled());
    }

    /** A builder whose facts get their confidence from {@code confidences}. */
    public CorpusBuilder(Options options, Confidences confidences) {
        this(options, Pipeline.standard(Gazetteer.bundledWith(options.gazetteers()), confidences));
    }

    /** A builder that extracts with {@code pipeline} (whose confidences it keeps). */
    public CorpusBuilder(Options options, Pipeline pipeline) {
        this.pipeline = pipeline;
        this.linker = new EntityLinker(Gazetteer.bundledWith(options.gazetteers()));
        this.reader = new ArticleReader(options.maxBytes());
        this.minConfidence = options.minConfidence();
        this.articleTimeout = options.articleTimeout();
    }

    /**
     * Extracts and links the articles under {@code paths}; problems, including each article that
     * fails or runs past the time budget, go to {@code problems}.
     */
    public List<ArticleFacts> extract(List<Path> paths, ProblemHandler problems, Consumer<Path> progress) {
        return link(extractEach(new CorpusReader(problems).articleFiles(paths), problems, progress));
    }

    /** The facts of each file, in parallel, each within the time budget; failures go to {@code problems}. */
    private List<ArticleFacts> extractEach(List<Path> files, ProblemHandler problems, Consumer<Path> progress) {
        try (ArticleTasks tasks = new ArticleTasks(articleTimeout)) {
            return tasks.run(files, file -> extractOne(file, problems, progress), problems);
        }
    }

    private Optional<ArticleFacts> extractOne(Path file, ProblemHandler problems, Consumer<Path> progress) {
        try {
            return read(file, problems).map(pipeline::apply).map(this::filterConfidence);
        } finally {
            progress.accept(file);
        }
    }

    /** Reads {@code file}; an unusable file is reported, and an unexpected fault is an {@link IngestException}. */
    private Optional<Article> read(Path file, ProblemHandler problems) {
        try {
            return reader.read(file, problems);
        } catch (RuntimeException | StackOverflowError e) {
            throw new IngestException(ArticleTasks.reason("reading", e), e);
        }
    }

    /**
     * Builds {@code paths} into {@code store} and says what it did: the graphs of {@link #graphs},
     * the graphs of older articles whose links the batch changes, linked again from the facts the
     * store keeps of them, and the graphs derived from them all, in one transaction. An article
     * built again takes back the link evidence its earlier version gave.
     */
    public BuildSummary build(List<Path> paths, GraphStore store, Consumer<Path> progress) {
        long started = System.nanoTime();
        ProblemHandler.Collecting problems = ProblemHandler.collecting();
        List<Path> files = new CorpusReader(problems).articleFiles(paths);
        List<ArticleFacts> extracted = extractEach(files, problems, progress).stream().map(CorpusBuilder::withoutText).toList();
        LinkEvidence batch = LinkEvidence.of(extracted);
        Map<String, LinkInputs.Entry> inputs = new LinkedHashMap<>();
        extracted.forEach(article -> inputs.put(article.article().id(), linkInputs(article)));
        StoredEvidence stored = storedEvidence(store, inputs.keySet(), batch, problems);
        LinkTables tables = linker.tables(stored.current().merge(batch));
        List<ArticleFacts> linked = extracted.stream().map(article -> linker.apply(article, tables)).toList();
        // Only evidence the store did not hold can change how older articles link, and only theirs that share its keys.
        Set<String> linkKeys = new TreeSet<>(stored.withdrawnKeys());
        linkKeys.addAll(linker.keys(batch.beyond(stored.current())));
        List<Map.Entry<String, Graph>> relinked = relinked(store, linkKeys, inputs.keySet(), linker.tables(stored.linkedWith()), tables, problems);
        List<String> violations = new ArrayList<>();
        Map<String, Set<String>> factKeys = new LinkedHashMap<>();
        int[] written = {0};
        Stream<Map.Entry<String, Graph>> built = graphs(files, linked, problems).map(graph -> {
            graph.violations().forEach(v -> violations.add(graph.id() + ": " + v));
            graph.facts().facts().forEach(f -> factKeys.computeIfAbsent(kind(f), k -> new HashSet<>()).add(f.key()));
            written[0]++;
            return Map.entry(graph.id(), graph.graph());
        });
        List<GraphStore.Derivation> derived = new ArrayList<>(updatedGraphs());
        derived.add(linkInputs.writer(inputs));
        derived.add(stored.withdraws() ? linkIndex.gathering(linkInputs) : linkIndex.merging(batch));
        store.replace(Stream.concat(built, relinked.stream()), derived);
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Long> counts = new LinkedHashMap<>();
        factKeys.forEach((kind, keys) -> counts.put(kind, (long) keys.size()));
        return new BuildSummary(written[0], problems.problems(), relinked.size(), counts, store.tripleCount(), violations, seconds);
    }

    /**
     * The graphs of the articles built before whose links the new evidence changes, linked again:
     * those other than the batch's {@code built} that share one of {@code keys} with it and whose
     * facts, as kept in the store, link otherwise under {@code after} than under {@code before}.
     * An article whose kept facts cannot be read keeps its graph, and is reported.
     */
    private List<Map.Entry<String, Graph>> relinked(GraphStore store, Set<String> keys, Set<String> built, LinkTables before,
            LinkTables after, ProblemHandler problems) {
        DatasetGraph dataset = store.dataset();
        return Txn.calculateRead(dataset, () -> {
            List<Map.Entry<String, Graph>> graphs = new ArrayList<>();
            for (String id : linkInputs.articlesWith(dataset, keys)) {
                if (built.contains(id)) {
                    continue;
                }
                step(id, "linking again", problems, () -> linkInputs.unlinked(dataset, id)
                        .flatMap(unlinked -> relinked(dataset, unlinked, before, after)))
                        .flatMap(graph -> graph)
                        .ifPresent(graph -> graphs.add(Map.entry(id, graph)));
            }
            return graphs;
        });
    }

    /** The graph of an article built before, mapped anew from its kept facts, if {@code after} links them otherwise than {@code before}. */
    private Optional<Graph> relinked(DatasetGraph dataset, ArticleFacts unlinked, LinkTables before, LinkTables after) {
        ArticleFacts now = linker.apply(unlinked, after);
        if (now.equals(linker.apply(unlinked, before))) {
            return Optional.empty();
        }
        Article kept = unlinked.article();
        String text = FactMapper.storedText(dataset.getGraph(Iris.graph(kept.id())), kept.id())
                .orElseThrow(() -> new IllegalStateException("the store holds no text of article " + kept.id()));
        Article article = new Article(kept.id(), text, List.of(), kept.metadata());
        return Optional.of(mapper.toGraph(new ArticleFacts(article, now.entities(), now.facts())));
    }

    /**
     * What the store holds of the link evidence of the articles built before this batch.
     *
     * @param linkedWith    the evidence in the store's link index, with which its graphs were linked
     * @param current       that evidence without what only the earlier versions of the batch's
     *                      articles gave: what the articles built before say now
     * @param withdrawnKeys the link keys of those earlier versions, when they gave evidence the
     *                      batch takes back (so that the articles that met it are linked again)
     */
    private record StoredEvidence(LinkEvidence linkedWith, LinkEvidence current, Set<String> withdrawnKeys) {

        /** Whether the batch takes back evidence, which the link index cannot merge away but must gather anew. */
        boolean withdraws() {
            return !current.equals(linkedWith);
        }
    }

    /**
     * The link evidence of the articles built into {@code store} before, so that this build links
     * its articles with them. Where an article of the batch ({@code built}) was built before and its
     * earlier version gave evidence that {@code batch} does not, the evidence of the other articles
     * is gathered anew from the facts the store keeps of them (a read of all of them, which only
     * such a rebuild costs).
     */
    private StoredEvidence storedEvidence(GraphStore store, Set<String> built, LinkEvidence batch, ProblemHandler problems) {
        LinkEvidence indexed = indexedEvidence(store, problems);
        DatasetGraph dataset = store.dataset();
        return Txn.calculateRead(dataset, () -> {
            List<ArticleFacts> earlier = new ArrayList<>();
            for (String id : built) {
                step(id, "reading its kept facts", problems, () -> linkInputs.unlinked(dataset, id)).flatMap(kept -> kept).ifPresent(earlier::add);
            }
            if (batch.covers(LinkEvidence.of(earlier))) {
                return new StoredEvidence(indexed, indexed, Set.of());
            }
            LinkEvidence others = linkInputs.evidence(dataset, built, id -> problems.report(new Problem(id,
                    "the facts the store keeps of it cannot be read; the link evidence gathered anew leaves it out")));
            Set<String> keys = new TreeSet<>();
            earlier.forEach(article -> keys.addAll(linker.keys(article)));
            return new StoredEvidence(indexed, others, keys);
        });
    }

    /**
     * The link evidence in the store's link index; an index that cannot be read is reported, and
     * replaced by this build's.
     */
    private LinkEvidence indexedEvidence(GraphStore store, ProblemHandler problems) {
        try {
            return Txn.calculateRead(store.dataset(), () -> linkIndex.fromGraph(store.dataset().getGraph(LinkIndexMapper.GRAPH)));
        } catch (RuntimeException e) {
            problems.report(new Problem(store.folder().toString(), "the link index " + LinkIndexMapper.GRAPH.getURI()
                    + " cannot be read (" + e.getMessage() + "); the articles are linked without those built before and the index is written anew"));
            return LinkEvidence.EMPTY;
        }
    }

    /**
     * The graph of each article under {@code paths}, in the order of its files. Articles are read
     * twice: first (in parallel, before this returns) for their facts, of which only the facts are
     * kept for linking across the batch; then, as the stream is consumed, one at a time, to map
     * each article's graph with its text, so that no more than the facts of the corpus are held in
     * memory. Whatever fails goes to {@code problems} and gives no graph.
     */
    public Stream<ArticleGraph> graphs(List<Path> paths, ProblemHandler problems, Consumer<Path> progress) {
        List<Path> files = new CorpusReader(problems).articleFiles(paths);
        List<ArticleFacts> linked = link(extractEach(files, problems, progress).stream()
                .map(CorpusBuilder::withoutText)
                .toList());
        return graphs(files, linked, problems);
    }

    /** The graph of each of {@code linked}, mapped from the text of its file among {@code files}, read again. */
    private Stream<ArticleGraph> graphs(List<Path> files, List<ArticleFacts> linked, ProblemHandler problems) {
        Map<String, Path> fileOf = new LinkedHashMap<>();
        files.forEach(f -> fileOf.put(ArticleReader.idOf(f), f));
        return linked.stream().flatMap(facts -> {
            Path file = fileOf.get(facts.article().id());
            return graph(file.toString(), () -> reader.read(file), facts, problems).stream();
        });
    }

    /**
     * The facts of one article, as linking needs them: extracted, those below the minimum
     * confidence dropped, without the article's text.
     *
     * @throws org.newsgraph.NewsGraphException naming the stage that failed
     */
    public ArticleFacts factsForLinking(Article article) {
        return withoutText(filterConfidence(pipeline.apply(article)));
    }

    /**
     * The facts of the article {@code read} gives, as {@link #factsForLinking(Article)} gives them;
     * a failure to read or extract it is reported, naming {@code source} and the step, and gives nothing.
     */
    public Optional<ArticleFacts> factsForLinking(String source, Supplier<Article> read, ProblemHandler problems) {
        return step(source, "reading", problems, read).flatMap(article -> step(source, "extraction", problems, () -> factsForLinking(article)));
    }

    /** What a store keeps of an article's facts (as {@link #factsForLinking} gives them) to link it again later. */
    public LinkInputs.Entry linkInputs(ArticleFacts unlinked) {
        return new LinkInputs.Entry(unlinked, linker.keys(unlinked));
    }

    /** The facts of a batch of articles (as {@link #factsForLinking} gives them), linked across the batch. */
    public List<ArticleFacts> link(List<ArticleFacts> batch) {
        return linker.link(batch);
    }

    /**
     * The graph of one article, mapped from its text, as {@code reread} gives it, and its linked
     * facts, with its shape violations; a step that fails is reported, naming {@code source} and
     * the step, and gives nothing.
     */
    public Optional<ArticleGraph> graph(String source, Supplier<Article> reread, ArticleFacts linked, ProblemHandler problems) {
        Optional<Graph> graph = step(source, "reading", problems, reread)
                .flatMap(article -> step(source, "mapping to RDF", problems,
                        () -> mapper.toGraph(new ArticleFacts(article, linked.entities(), linked.facts()))));
        Optional<List<String>> found = graph.flatMap(g -> step(source, "SHACL validation", problems, () -> validator.format(validator.validate(g))));
        return found.map(violations -> new ArticleGraph(linked, graph.get(), violations));
    }

    /**
     * The graphs derived from the articles' graphs, in the order they are computed: the
     * ontology's graph, and the Wikidata-shaped graph of the whole store, each written whole (as a
     * bulk load needs them).
     */
    public static List<GraphStore.DerivedGraph> derivedGraphs() {
        return List.of(new GraphStore.DerivedGraph(Ontology.GRAPH, union -> Ontology.graph()), new WikidataMapper().derivedGraph());
    }

    /**
     * The graphs derived from the articles' graphs, kept up to date by a write of some articles:
     * the ontology's graph, and the statements of the Wikidata-shaped graph about what those
     * articles name.
     */
    static List<GraphStore.Derivation> updatedGraphs() {
        return List.of(new GraphStore.DerivedGraph(Ontology.GRAPH, union -> Ontology.graph()), new WikidataMapper().updatedGraph());
    }

    /** Runs one step for one article; an exception becomes one problem naming the source and the step. */
    private static <T> Optional<T> step(String source, String name, ProblemHandler problems, Supplier<T> work) {
        try {
            return Optional.of(work.get());
        } catch (RuntimeException | StackOverflowError e) {
            problems.report(new Problem(source, ArticleTasks.reason(name, e)));
            return Optional.empty();
        }
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
