package org.newsgraph.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.link.EntityLinker;
import org.newsgraph.nlp.Gazetteer;

/**
 * Linking across the whole corpus in the Spark job: one entity per real-world thing across all
 * articles, by the same rules as a build.
 */
final class Linking {

    private Linking() {
    }

    /**
     * The facts of every article (without their text), linked across the corpus.
     *
     * <p>This is the single place where distributed linking plugs in. For now it collects the
     * facts to the driver, links them there with the single-machine {@link EntityLinker} (in the
     * order of the article ids, as a build of one folder links them) and spreads the result over
     * the cluster again: it needs the driver to hold the facts of the corpus, not their texts.
     * When the linker becomes per-article evidence that merges associatively plus an apply step,
     * this method becomes rounds of map (evidence of each article) → reduce (merge) → broadcast →
     * map (apply), and nothing else in the job changes.
     */
    static JavaRDD<ArticleFacts> links(JavaRDD<ArticleFacts> facts, JobOptions options) {
        List<ArticleFacts> corpus = new ArrayList<>(facts.collect());
        corpus.sort(Comparator.comparing(f -> f.article().id()));
        EntityLinker linker = new EntityLinker(Gazetteer.bundledWith(options.gazetteers().stream().map(Path::of).toList()));
        return JavaSparkContext.fromSparkContext(facts.context()).parallelize(linker.link(corpus), Math.max(1, facts.getNumPartitions()));
    }
}
