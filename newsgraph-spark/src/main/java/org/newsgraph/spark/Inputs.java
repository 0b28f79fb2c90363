package org.newsgraph.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.newsgraph.ingest.CorpusReader;
import org.newsgraph.ingest.JsonLinesReader;
import org.newsgraph.ingest.Problem;
import org.newsgraph.ingest.ProblemHandler;

/**
 * The articles of the input paths, read through Hadoop's file systems (local folders, hdfs://,
 * s3a://, ...): folders are walked for article files as a build walks them; a .jsonl or .ndjson
 * file gives one article a line. A path that does not exist is reported, not fatal.
 */
final class Inputs {

    private Inputs() {
    }

    /** The articles under {@code paths}, at least {@code partitions} partitions of them for each folder. */
    static JavaRDD<ArticleInput> read(JavaSparkContext spark, List<String> paths, int partitions, ProblemHandler problems) {
        spark.hadoopConfiguration().set("mapreduce.input.fileinputformat.input.dir.recursive", "true");
        List<JavaRDD<ArticleInput>> parts = new ArrayList<>();
        for (int index = 0; index < paths.size(); index++) {
            int at = index;
            String path = paths.get(index);
            if (!exists(spark, path)) {
                problems.report(new Problem(path, "no such file or folder"));
            } else if (JsonLinesReader.isJsonLines(path)) {
                parts.add(spark.textFile(path, partitions).zipWithIndex()
                        .filter(line -> !line._1().isBlank())
                        .map(line -> new ArticleInput.JsonRecord(at, path, line._2() + 1, line._1())));
            } else {
                parts.add(spark.binaryFiles(path, partitions)
                        .filter(file -> CorpusReader.isArticleInFolder(file._1().substring(file._1().lastIndexOf('/') + 1)))
                        .map(file -> new ArticleInput.File(at, file._1(), file._2().toArray())));
            }
        }
        return parts.isEmpty() ? spark.emptyRDD() : spark.union(parts.toArray(JavaRDD[]::new));
    }

    private static boolean exists(JavaSparkContext spark, String path) {
        try {
            Path hadoopPath = new Path(path);
            FileSystem files = hadoopPath.getFileSystem(spark.hadoopConfiguration());
            return files.exists(hadoopPath);
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
