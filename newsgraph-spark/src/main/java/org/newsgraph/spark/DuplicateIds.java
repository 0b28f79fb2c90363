package org.newsgraph.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.newsgraph.ingest.CorpusReader;
import org.newsgraph.ingest.ProblemHandler;
import scala.Tuple2;

/**
 * Keeps one input per article id, as a local extraction does: the first in the order of the
 * input paths, then of the files within a folder or the lines within a dump (see
 * {@link ArticleInput.Place}); each other one is reported, naming the one kept, and left out. Only
 * the ids and places of the inputs travel to find the duplicates, which are few, and the driver
 * holds only those.
 */
final class DuplicateIds {

    private DuplicateIds() {
    }

    /** {@code inputs} without the later ones of each id, which are reported to {@code problems}. */
    static JavaRDD<ArticleInput> firstOfEach(JavaRDD<ArticleInput> inputs, ProblemHandler problems) {
        Map<String, List<Sighting>> duplicates = new TreeMap<>(inputs
                .flatMapToPair(input -> input.id().map(id -> new Tuple2<>(id, sighting(input)))
                        .stream().iterator())
                .reduceByKey(DuplicateIds::both)
                .filter(id -> id._2().size() > 1)
                .collectAsMap());
        if (duplicates.isEmpty()) {
            return inputs;
        }
        Set<ArticleInput.Place> later = new HashSet<>();
        duplicates.forEach((id, sightings) -> {
            List<Sighting> ordered = sightings.stream().sorted(Comparator.comparing(Sighting::place)).toList();
            for (Sighting sighting : ordered.subList(1, ordered.size())) {
                problems.report(CorpusReader.duplicate(sighting.source(), id, ordered.get(0).source()));
                later.add(sighting.place());
            }
        });
        Broadcast<Set<ArticleInput.Place>> left = JavaSparkContext.fromSparkContext(inputs.context()).broadcast(later);
        return inputs.filter(input -> !left.value().contains(input.place()));
    }

    /** A list (one Kryo can rebuild) of where {@code input} was seen. */
    private static List<Sighting> sighting(ArticleInput input) {
        List<Sighting> one = new ArrayList<>();
        one.add(new Sighting(input.place(), input.source()));
        return one;
    }

    private static List<Sighting> both(List<Sighting> some, List<Sighting> others) {
        List<Sighting> all = new ArrayList<>(some);
        all.addAll(others);
        return all;
    }

    /** Where an id was seen. */
    record Sighting(ArticleInput.Place place, String source) implements Serializable {
    }
}
