package org.newsgraph.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.newsgraph.cli.NewsGraph;

/**
 * The main class for spark-submit: {@code newsgraph extract --engine spark} with the given
 * arguments ({@code PATH... --output DIR [--gazetteer FILE] ...}); the master is spark-submit's.
 */
public final class SparkExtract {

    private SparkExtract() {
    }

    public static void main(String[] args) {
        List<String> command = new ArrayList<>(List.of("extract", "--engine", SparkEngine.NAME));
        command.addAll(Arrays.asList(args));
        System.exit(NewsGraph.commandLine().execute(command.toArray(String[]::new)));
    }
}
