package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.ingest.Article;
import org.newsgraph.nlp.Analyzer;
import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.Entity;
import org.newsgraph.nlp.Gazetteer;
import org.newsgraph.nlp.Layer;
import org.newsgraph.nlp.Stage;

/**
 * The extraction pipeline: stages run in order over one article, each adding a layer; the fact
 * layers are gathered into {@link ArticleFacts}, each fact given its rule's calibrated confidence. The order is checked when the pipeline is built:
 * a stage whose inputs no earlier stage provides is refused with a message naming both. Immutable
 * and thread-safe, so articles can be processed in parallel.
 */
public final class Pipeline {

    private final List<Stage<?>> stages;
    private final List<Layer<? extends List<? extends Fact>>> factLayers;
    private final Confidences confidences;

    private Pipeline(List<Stage<?>> stages, List<Layer<? extends List<? extends Fact>>> factLayers, Confidences confidences) {
        this.stages = List.copyOf(stages);
        this.factLayers = List.copyOf(factLayers);
        this.confidences = confidences;
    }

    /** The standard pipeline: sentences, mentions, dates, then one extractor per fact kind. */
    public static Pipeline standard(Gazetteer gazetteer) {
        return standard(gazetteer, Confidences.bundled());
    }

    /** The standard pipeline with the given confidence table. */
    public static Pipeline standard(Gazetteer gazetteer, Confidences confidences) {
        Analyzer analyzer = new Analyzer();
        return builder()
                .stage(Stage.of("analysis", Set.of(), Layer.ANALYSIS, a -> analyzer.analyze(a.article())))
                .stage(ParsedArticle.stage(gazetteer))
                .extractor(new RoleExtractor())
                .extractor(new SuccessionExtractor())
                .extractor(new EndorsementExtractor())
                .extractor(new SpendingTargetExtractor())
                .confidences(confidences)
                .build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Runs every stage over {@code article} and returns its entities and facts.
     *
     * @throws ExtractionException naming the stage, when a stage fails or the thread is interrupted
     */
    public ArticleFacts apply(Article article) {
        AnnotatedArticle annotated = AnnotatedArticle.of(article);
        for (Stage<?> stage : stages) {
            annotated = run(stage, annotated);
        }
        List<Fact> facts = new ArrayList<>();
        for (Layer<? extends List<? extends Fact>> layer : factLayers) {
            annotated.get(layer).forEach(fact -> facts.add(confidences.apply(fact)));
        }
        List<Entity> entities = annotated.has(ParsedArticle.LAYER) ? annotated.get(ParsedArticle.LAYER).entities() : List.of();
        return new ArticleFacts(article, entities, facts);
    }

    private static <T> AnnotatedArticle run(Stage<T> stage, AnnotatedArticle article) {
        // A cancelled article stops here, before its next stage, even if the running stage ignored the interrupt.
        if (Thread.currentThread().isInterrupted()) {
            throw new ExtractionException(stage.name(), new InterruptedException("interrupted before the stage began"));
        }
        try {
            return article.with(stage.provides(), stage.apply(article));
        } catch (RuntimeException | StackOverflowError e) {
            // A stack overflow is a text too deep for a stage's patterns: that article's fault, not the build's.
            throw new ExtractionException(stage.name(), e);
        }
    }

    /** Assembles a pipeline, checking each stage's inputs as it is added. */
    public static final class Builder {
        private final List<Stage<?>> stages = new ArrayList<>();
        private final List<Layer<? extends List<? extends Fact>>> factLayers = new ArrayList<>();
        private final Set<Layer<?>> provided = new HashSet<>();
        private Confidences confidences = Confidences.bundled();

        /** The calibrated confidences to give facts (default: the bundled table). */
        public Builder confidences(Confidences table) {
            this.confidences = table;
            return this;
        }

        public Builder stage(Stage<?> stage) {
            for (Layer<?> needed : stage.requires()) {
                if (!provided.contains(needed)) {
                    throw new IllegalStateException("stage '" + stage.name() + "' needs the '" + needed.name()
                            + "' layer, which no earlier stage provides: add that stage before it");
                }
            }
            if (!provided.add(stage.provides())) {
                throw new IllegalStateException("stage '" + stage.name() + "' provides the '" + stage.provides().name()
                        + "' layer a second time");
            }
            stages.add(stage);
            return this;
        }

        /** Adds a stage whose layer holds facts that go into the article's result. */
        public <F extends Fact> Builder extractor(Stage<List<F>> extractor) {
            stage(extractor);
            factLayers.add(extractor.provides());
            return this;
        }

        public Pipeline build() {
            return new Pipeline(stages, factLayers, confidences);
        }
    }
}
