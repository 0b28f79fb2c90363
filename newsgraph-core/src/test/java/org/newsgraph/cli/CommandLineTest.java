package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.testing.Samples;
import picocli.CommandLine;

/** The command line as a user meets it: outputs, one-line errors and exit codes. */
class CommandLineTest {

    @TempDir
    Path dir;

    /** What a run printed and how it ended. */
    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        PrintStream originalOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        StringWriter usage = new StringWriter();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            CommandLine cli = NewsGraph.commandLine();
            cli.setErr(new PrintWriter(err, true));
            cli.setOut(new PrintWriter(usage, true));
            int exit = cli.execute(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8) + usage, err.toString());
        } finally {
            System.setOut(originalOut);
        }
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"build", "serve", "up", "query", "export", "validate"}) {
            Run run = run(command, "--help");
            assertThat(run.exit()).as(command).isZero();
            assertThat(run.out()).as(command).contains("Usage: newsgraph " + command);
        }
    }

    @Test
    void everyCommandTakesTheVerbosityOptionsBeforeOrAfterItsName() {
        for (String command : new String[] {"build", "serve", "up", "query", "export", "validate", "eval", "bench"}) {
            for (String flag : new String[] {"-q", "-v", "--debug"}) {
                assertThat(run(flag, command, "--help").exit()).as(flag + " " + command).isZero();
                Run after = run(command, flag, "--help");
                assertThat(after.exit()).as(command + " " + flag).isZero();
                assertThat(after.out()).contains("-q, --quiet").contains("-v, --verbose").contains("--debug");
            }
        }
        run("-q", "query", "--help");
        assertThat(Verbosity.quiet()).isTrue();
        run("query", "--help");
        assertThat(Verbosity.quiet()).as("each command line starts at the default").isFalse();
    }

    @Test
    void unknownOptionIsBadUsage() {
        Run run = run("build", "--no-such-option");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--no-such-option");
    }

    @Test
    void buildQueryValidateExportOnAFolder() throws Exception {
        Path articles = Files.createDirectory(dir.resolve("articles"));
        Files.writeString(articles.resolve("one.txt"), "Ada Kern will succeed Olaf Brun as Secretary General of NATO on 1 October 2031.\n");
        String store = dir.resolve("store").toString();

        Run build = run("build", articles.toString(), "--store", store);
        assertThat(build.exit()).isZero();
        assertThat(build.out()).contains("articles: 1 read, 0 skipped").contains("successions 1");

        Run query = run("query", "successions", "--store", store, "--format", "csv");
        assertThat(query.exit()).isZero();
        assertThat(query.out()).contains("Ada Kern").contains("Olaf Brun").contains("2031-10-01");

        Run sparql = run("query", "--sparql", "ASK { ?s ?p ?o }", "--store", store);
        assertThat(sparql.out()).contains("yes");

        assertThat(run("validate", "--store", store).exit()).isZero();

        Path ttl = dir.resolve("out.ttl");
        assertThat(run("export", "--store", store, "--format", "turtle", "--output", ttl.toString()).exit()).isZero();
        assertThat(Files.readString(ttl)).contains("Ada Kern");
    }

    @Test
    void buildWithABadFileReportsItAndExitsOne() throws Exception {
        Path articles = Files.createDirectory(dir.resolve("mixed"));
        Files.writeString(articles.resolve("good.txt"), "Former Italian President Gino Rossi wrote a long book about his years.\n");
        Files.write(articles.resolve("bad.txt"), new byte[] {0, 1, 2});
        Run build = run("build", articles.toString(), "--store", dir.resolve("store").toString());
        assertThat(build.exit()).isEqualTo(1);
        assertThat(build.out()).contains("1 read, 1 skipped").contains("bad.txt: binary file");
    }

    @Test
    void anArticleTimeoutBelowOneSecondIsBadUsage() {
        Run build = run("build", "--article-timeout", "0", "--store", dir.resolve("store").toString());
        assertThat(build.exit()).isEqualTo(2);
        assertThat(build.err()).contains("--article-timeout must be at least 1 second, but was: 0");
        Run eval = run("eval", "--gold", "eval/seed/gold", "--article-timeout", "-5");
        assertThat(eval.exit()).isEqualTo(2);
        assertThat(eval.err()).contains("--article-timeout must be at least 1 second, but was: -5");
    }

    @Test
    void malformedQueryIsOneLineNamingTheQuery() throws Exception {
        Path articles = Files.createDirectory(dir.resolve("a"));
        Files.writeString(articles.resolve("x.txt"), "Former Italian President Gino Rossi wrote a long book about his years.\n");
        String store = dir.resolve("store").toString();
        run("build", articles.toString(), "--store", store);
        Run query = run("query", "--sparql", "SELEC nothing", "--store", store);
        assertThat(query.exit()).isEqualTo(2);
        assertThat(query.err().strip()).startsWith("newsgraph query: --sparql: SPARQL syntax error").doesNotContain("\n");
    }

    @Test
    void exportGraphFormatsAndNamesEveryFormatWhenUnknown() throws Exception {
        Path articles = Files.createDirectory(dir.resolve("g"));
        Files.writeString(articles.resolve("one.txt"), "Ada Kern will succeed Olaf Brun as Secretary General of NATO on 1 October 2031.\n");
        String store = dir.resolve("store").toString();
        assertThat(run("build", articles.toString(), "--store", store).exit()).isZero();

        Path json = dir.resolve("graph.cyjs");
        assertThat(run("export", "--store", store, "--format", "cytoscape", "--output", json.toString()).exit()).isZero();
        JsonObject elements = JSON.parse(Files.readString(json)).getObj("elements");
        assertThat(elements.getArray("nodes").map(n -> n.getAsObject().getObj("data").getString("label")))
                .contains("Ada Kern", "Olaf Brun", "Secretary General of NATO", "NATO");
        assertThat(elements.getArray("edges").map(e -> e.getAsObject().getObj("data").getString("kind")))
                .contains("succession", "role", "office-of");

        Run dot = run("export", "--store", store, "--format", "dot");
        assertThat(dot.exit()).isZero();
        assertThat(dot.out()).startsWith("digraph");

        Run help = run("export", "--help");
        assertThat(help.out()).contains("turtle").contains("graphml").contains("gexf").contains("dot").contains("cytoscape");

        Run unknown = run("export", "--store", store, "--format", "png");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("turtle").contains("graphml").contains("cytoscape");
    }

    @Test
    void queryWithoutAStoreSaysWhatToDo() {
        Run query = run("query", "roles", "--store", dir.resolve("nowhere").toString());
        assertThat(query.exit()).isEqualTo(1);
        assertThat(query.err()).contains("no store here; run 'newsgraph build' first");
    }

    @Test
    void servingAMissingStoreSaysWhatToDo() {
        Run serve = run("serve", "--store", dir.resolve("nowhere").toString(), "--port", "0");
        assertThat(serve.exit()).isEqualTo(1);
        assertThat(serve.err()).contains("no store here; run 'newsgraph build' first");
        assertThat(dir.resolve("nowhere")).doesNotExist();
    }

    /** A store holding the invented sample articles, written without the language analysis. */
    private String sampleStore() {
        Path folder = dir.resolve("samples");
        try (org.newsgraph.store.GraphStore store = org.newsgraph.store.GraphStore.open(folder)) {
            org.newsgraph.rdf.FactMapper mapper = new org.newsgraph.rdf.FactMapper();
            store.replace(java.util.Map.of(Samples.A, mapper.toGraph(Samples.articleA()), Samples.B,
                    mapper.toGraph(Samples.articleB()), "article-c", mapper.toGraph(Samples.articleC())));
        }
        return folder.toString();
    }

    @Test
    void queryBindsEntityAndDateParameters() {
        String store = sampleStore();
        String kostova = org.newsgraph.rdf.Iris.entity(Samples.KOSTOVA).getURI();

        Run entity = run("query", "entity", "--param", "entity=" + kostova, "--store", store, "--format", "csv");
        assertThat(entity.exit()).as(entity.err()).isZero();
        assertThat(entity.out().lines().skip(1)).isNotEmpty()
                .anySatisfy(line -> assertThat(line).startsWith("out,http://www.w3.org/2000/01/rdf-schema#label,Mirela Kostova"))
                .anySatisfy(line -> assertThat(line).startsWith("in,https://w3id.org/newsgraph/ontology#holder,"))
                .noneSatisfy(line -> assertThat(line).contains("aldo-venturini"));
        Run angled = run("query", "entity", "--param", "entity=<" + kostova + ">", "--store", store, "--format", "csv");
        assertThat(angled.out()).isEqualTo(entity.out());

        Run on2022 = run("query", "office-holders-on-date", "--param", "date=2022-05-01", "--store", store, "--format", "csv");
        assertThat(on2022.exit()).as(on2022.err()).isZero();
        assertThat(on2022.out()).contains("Mirela Kostova");
        Run on2020 = run("query", "office-holders-on-date", "--param", "date=2020-05-01", "--store", store, "--format", "csv");
        assertThat(on2020.exit()).isZero();
        assertThat(on2020.out()).doesNotContain("Mirela Kostova");
    }

    @Test
    void aParameterTheQueryDoesNotHaveOrAHostileValueIsBadUsage() {
        String store = sampleStore();
        Run misspelt = run("query", "entity", "--param", "entiy=https://w3id.org/newsgraph/id/person/x", "--store", store);
        assertThat(misspelt.exit()).isEqualTo(2);
        assertThat(misspelt.err()).contains("--param entiy: the query has no variable ?entiy");

        // A value is one term: text that tries to close the literal stays inside it.
        Run hostile = run("query", "--sparql", "SELECT ?x WHERE { BIND(?v AS ?x) }", "--param", "v=a\" } ?s ?p ?o {",
                "--store", store, "--format", "csv");
        assertThat(hostile.exit()).as(hostile.err()).isZero();
        assertThat(hostile.out().lines().toList()).hasSize(2);

        Run badTerm = run("query", "entity", "--param", "entity=<not an iri>", "--store", store);
        assertThat(badTerm.exit()).isEqualTo(2);
        assertThat(badTerm.err()).contains("--param entity=<not an iri>");
    }

    @Test
    void aBaseThatIsNoHttpIriIsBadUsage() {
        Run serve = run("serve", "--store", sampleStore(), "--port", "0", "--base", "data.example.org/news");
        assertThat(serve.exit()).isEqualTo(2);
        assertThat(serve.err()).contains("--base must be an absolute http(s) IRI ending in '/', but was: data.example.org/news");
    }
}
