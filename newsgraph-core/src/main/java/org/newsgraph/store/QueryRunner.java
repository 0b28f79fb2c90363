package org.newsgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Transactional;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.apache.jena.system.Txn;
import org.newsgraph.vocab.Prefixes;

/**
 * Runs SPARQL queries and writes their results: over a store's dataset in read transactions, or
 * sent to a SPARQL endpoint over HTTP (a store that a running server holds).
 */
public final class QueryRunner {

    /** Where the canned queries live on the classpath. */
    public static final String CANNED = "/org/newsgraph/queries/";

    /** How results are written. */
    public enum Format {
        TABLE, CSV, TSV, JSON;

        /** Parses "table", "csv", "tsv" or "json". */
        public static Format parse(String name) {
            try {
                return valueOf(name.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown result format '" + name + "': use table, csv, tsv or json");
            }
        }
    }

    private final Function<Query, QueryExecBuilder> execs;
    private final Transactional transactional;

    /** A runner over {@code dataset} (for a store: {@link GraphStore#dataset()}). */
    public QueryRunner(DatasetGraph dataset) {
        this(query -> QueryExec.dataset(dataset).query(query), dataset);
    }

    private QueryRunner(Function<Query, QueryExecBuilder> execs, Transactional transactional) {
        this.execs = execs;
        this.transactional = transactional;
    }

    /** A runner that sends its queries to the SPARQL endpoint at {@code url} (the protocol's POST form). */
    public static QueryRunner remote(String url) {
        return new QueryRunner(query -> QueryExecHTTP.service(url).query(query).sendMode(QuerySendMode.asPostForm), null);
    }

    /** Runs a query and writes its results to {@code out}; CONSTRUCT and DESCRIBE results are written as Turtle. */
    public void run(String queryText, Format format, OutputStream out) {
        run(queryText, Map.of(), format, out);
    }

    /** Runs a query with variables bound to the given nodes, and writes its results to {@code out}. */
    public void run(String queryText, Map<String, Node> parameters, Format format, OutputStream out) {
        Query query = parse(queryText);
        read(() -> {
            try (QueryExec exec = builder(query, parameters).build()) {
                if (query.isSelectType()) {
                    write(ResultSet.adapt(exec.select()), format, out);
                } else if (query.isAskType()) {
                    write(exec.ask(), format, out);
                } else if (query.isConstructType() || query.isDescribeType()) {
                    Graph graph = query.isConstructType() ? exec.construct() : exec.describe();
                    graph.getPrefixMapping().setNsPrefixes(Prefixes.all());
                    RDFDataMgr.write(out, graph, Lang.TURTLE);
                } else {
                    throw new IllegalArgumentException("unsupported query form: use SELECT, ASK, CONSTRUCT or DESCRIBE");
                }
            }
        });
    }

    /** Runs a SELECT query and returns its results, read in full. */
    public ResultSetRewindable select(String queryText) {
        return select(queryText, Map.of());
    }

    /** Runs a SELECT query with variables bound to the given nodes and returns its results, read in full. */
    public ResultSetRewindable select(String queryText, Map<String, Node> parameters) {
        Query query = parse(queryText);
        if (!query.isSelectType()) {
            throw new IllegalArgumentException("not a SELECT query");
        }
        return read(() -> {
            try (QueryExec exec = builder(query, parameters).build()) {
                return ResultSetFactory.copyResults(ResultSet.adapt(exec.select()));
            }
        });
    }

    /** Runs an ASK query. */
    public boolean ask(String queryText) {
        Query query = parse(queryText);
        return read(() -> {
            try (QueryExec exec = builder(query, Map.of()).build()) {
                return exec.ask();
            }
        });
    }

    /** The text of the canned query {@code name} (such as "roles") from the classpath. */
    public static String canned(String name) {
        if (!name.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("not a canned query name: '" + name + "' (use lower-case letters, digits and '-')");
        }
        try (InputStream in = QueryRunner.class.getResourceAsStream(CANNED + name + ".rq")) {
            if (in == null) {
                throw new IllegalArgumentException("no canned query named '" + name + "' in " + CANNED);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("cannot read canned query '" + name + "': " + e.getMessage(), e);
        }
    }

    private void read(Runnable action) {
        read(() -> {
            action.run();
            return null;
        });
    }

    private <T> T read(Supplier<T> action) {
        return transactional == null ? action.get() : Txn.calculateRead(transactional, action);
    }

    private QueryExecBuilder builder(Query query, Map<String, Node> parameters) {
        QueryExecBuilder builder = execs.apply(query);
        parameters.forEach((name, value) -> builder.substitution(Var.alloc(name), value));
        return builder;
    }

    private static Query parse(String queryText) {
        try {
            return QueryFactory.create(queryText);
        } catch (QueryParseException e) {
            throw new IllegalArgumentException("SPARQL syntax error: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    private static void write(ResultSet results, Format format, OutputStream out) {
        switch (format) {
            case TABLE -> ResultSetFormatter.out(out, results, Prefixes.mapping());
            case CSV -> ResultSetMgr.write(out, results, ResultSetLang.RS_CSV);
            case TSV -> ResultSetMgr.write(out, results, ResultSetLang.RS_TSV);
            case JSON -> ResultSetMgr.write(out, results, ResultSetLang.RS_JSON);
        }
    }

    private static void write(boolean answer, Format format, OutputStream out) {
        switch (format) {
            case TABLE -> ResultSetFormatter.out(out, answer);
            case CSV -> ResultSetMgr.write(out, answer, ResultSetLang.RS_CSV);
            case TSV -> ResultSetMgr.write(out, answer, ResultSetLang.RS_TSV);
            case JSON -> ResultSetMgr.write(out, answer, ResultSetLang.RS_JSON);
        }
    }
}
