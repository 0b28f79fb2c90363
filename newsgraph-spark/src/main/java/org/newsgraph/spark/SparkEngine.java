package org.newsgraph.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.serializer.KryoSerializer;
import org.newsgraph.assembly.ExtractionEngine;
import org.newsgraph.assembly.ExtractionRequest;
import org.newsgraph.assembly.ExtractionSummary;

/**
 * The {@code spark} extraction engine: runs the extraction as an Apache Spark job (see
 * {@link ExtractionJob}) on the master the request names, else on the one spark-submit gives, else
 * on {@code local[*]}. Found by the core through {@link java.util.ServiceLoader}.
 */
public final class SparkEngine implements ExtractionEngine {

    /** The engine's name on the command line. */
    public static final String NAME = "spark";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ExtractionSummary extract(ExtractionRequest request) {
        return extract(request, JobOptions.of(request.options()));
    }

    /** Runs the extraction of {@code request} with {@code options} (the request's, or others for tests). */
    static ExtractionSummary extract(ExtractionRequest request, JobOptions options) {
        // SparkConf reads the spark.* system properties, which is how spark-submit passes its settings.
        SparkConf conf = new SparkConf()
                .setAppName("newsgraph extract")
                .set("spark.serializer", KryoSerializer.class.getName())
                .set("spark.kryo.registrator", FactsRegistrator.class.getName());
        request.master().ifPresent(conf::setMaster);
        if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        try (JavaSparkContext spark = new JavaSparkContext(conf)) {
            return new ExtractionJob(spark, options).run(request);
        }
    }
}
