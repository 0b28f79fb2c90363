package org.newsgraph.spark;

import java.nio.file.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.link.EntityLinker;
import org.newsgraph.link.LinkEvidence;
import org.newsgraph.link.LinkTables;
import org.newsgraph.nlp.Gazetteer;

/**
 * Linking across the whole corpus in the Spark job, by the same rules as a build and as a
 * distributed step (see {@link LinkEvidence}): each article's evidence is taken on the executors
 * (map), merged in a tree of partial merges (reduce: the merge is associative and commutative,
 * so the grouping does not matter), turned into the {@link LinkTables} on the driver, which are
 * small (they grow with the names of the corpus, not with its articles), and broadcast; each
 * article is then linked on its executor (apply). The driver never holds the facts of the corpus.
 */
final class Linking {

    private Linking() {
    }

    /** The merged link evidence of every article's facts (map and reduce). */
    static LinkEvidence evidence(JavaRDD<ArticleFacts> facts) {
        return facts.treeAggregate(LinkEvidence.EMPTY, (merged, article) -> merged.merge(LinkEvidence.of(article)), LinkEvidence::merge);
    }

    /** The facts of every article (without their text), linked across the corpus whose merged evidence is {@code evidence}. */
    static JavaRDD<ArticleFacts> links(JavaRDD<ArticleFacts> facts, LinkEvidence evidence, JobOptions options) {
        LinkTables tables = linker(options).tables(evidence);
        Broadcast<LinkTables> shared = JavaSparkContext.fromSparkContext(facts.context()).broadcast(tables);
        return facts.map(article -> ExecutorState.linker(options).apply(article, shared.value()));
    }

    /** The linker a build with {@code options} uses. */
    static EntityLinker linker(JobOptions options) {
        return new EntityLinker(Gazetteer.bundledWith(options.gazetteers().stream().map(Path::of).toList()));
    }
}
