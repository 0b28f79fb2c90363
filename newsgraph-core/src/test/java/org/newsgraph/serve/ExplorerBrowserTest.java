package org.newsgraph.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.assembly.CorpusBuilder;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.QueryRunner;
import org.newsgraph.testing.Samples;
import org.newsgraph.vocab.NG;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The explorer page in a real headless browser (Debian's chromium and chromium-driver) against a
 * real server over a store built from the bundled corpus. Without the browser the test is skipped
 * on a developer's machine and fails under CI (CI=true), where .ci/run installs it.
 */
class ExplorerBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOT = Path.of(System.getProperty("basedir", "."), "target", "explorer-screenshot.png");
    private static final String STOLTENBERG = "https://w3id.org/newsgraph/id/person/jens-stoltenberg";
    private static final String NATO = "https://w3id.org/newsgraph/id/organization/nato";
    private static final String HOSTILE = "<img src=x onerror=\"document.body.dataset.pwned='yes'\">Hostile & Name";

    @TempDir
    static Path folder;

    private static GraphStore store;
    private static SparqlServer server;
    private static ChromeDriverService service;
    private static WebDriver driver;
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        requireBrowser();
        store = GraphStore.open(folder.resolve("store"));
        new CorpusBuilder(CorpusBuilder.Options.defaults()).build(List.of(Path.of("corpus")), store, f -> { });
        // One entity whose label is markup: the page must show it as text.
        Graph hostile = GraphFactory.createDefaultGraph();
        var entity = NodeFactory.createURI("https://w3id.org/newsgraph/id/person/hostile");
        hostile.add(entity, RDF.type.asNode(), NG.Person.asNode());
        hostile.add(entity, RDFS.label.asNode(), NodeFactory.createLiteralString(HOSTILE));
        store.replace(Map.of("hostile-test", hostile, "emoji", new org.newsgraph.rdf.FactMapper().toGraph(Samples.emojiArticle())));
        server = SparqlServer.over(store.dataset()).port(0).build().start();
        base = "http://127.0.0.1:" + server.port() + "/";

        // The driver and browser are given explicitly, so Selenium Manager never looks for (or
        // downloads) either: there is no network in CI.
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1900",
                "--user-data-dir=" + Files.createDirectories(folder.resolve("chromium-profile")));
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    }

    private static void requireBrowser() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String message = "the explorer browser test needs " + CHROMIUM + " and " + CHROMEDRIVER
                + " (Debian: apt-get install chromium chromium-driver; .ci/run installs them)";
        String ci = System.getenv("CI");
        boolean underCi = ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false") && !ci.equals("0");
        if (!present && underCi) {
            fail(message);
        }
        Assumptions.assumeTrue(present, message);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.stop();
        }
        if (server != null) {
            server.stop();
        }
        if (store != null) {
            store.close();
        }
    }

    @BeforeEach
    void blank() {
        driver.get("about:blank");
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    private static int bodyNumber(String name) {
        String value = driver.findElement(By.tagName("body")).getDomAttribute("data-" + name);
        return value == null ? -1 : Integer.parseInt(value);
    }

    private static Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** The exact text of an element, whitespace and all. */
    private static String textContent(WebElement element) {
        return (String) script("return arguments[0].textContent;", element);
    }

    /** The query in the editor (YASQE). */
    private static String editorText() {
        return (String) script("return window.newsgraphExplorer.editor().getValue();");
    }

    /**
     * The completions the editor offers at the end of {@code pattern}, put on a new line in place of
     * the query's closing brace; the query is put back as it was.
     */
    @SuppressWarnings("unchecked")
    private static List<String> completions(String pattern) {
        String query = editorText();
        script("const e = window.newsgraphExplorer.editor(); const text = arguments[0];"
                + " e.setValue(text.slice(0, text.lastIndexOf('}')) + '\\n' + arguments[1]);"
                + " e.setCursor(e.lastLine(), e.getLine(e.lastLine()).length); e.focus(); e.autocomplete();", query, pattern);
        By hints = By.cssSelector(".CodeMirror-hints li");
        waiting().until(d -> !d.findElements(hints).isEmpty());
        List<String> offered = driver.findElements(hints).stream().map(WebElement::getText).toList();
        script("const e = window.newsgraphExplorer.editor(); if (e.state.completionActive) e.state.completionActive.close();"
                + " e.setValue(arguments[0]);", query);
        return offered;
    }

    /** Presses the editor's run button and waits for the answer. */
    private static void runTheEditorsQuery() {
        driver.findElement(By.cssSelector("#query-editor .yasqe_queryButton")).click();
        waiting().until(d -> bodyNumber("query-rows") >= 0 || d.findElement(By.id("query-status")).getText().contains("failed"));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void searchOpenEntityShowEvidenceAndRunCannedQuery() throws IOException {
        driver.get(base);
        waiting().until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));

        // Search by part of the name and open the entity from the result list.
        WebElement input = driver.findElement(By.id("search-input"));
        input.sendKeys("stoltenberg");
        driver.findElement(By.id("search-button")).click();
        By result = By.cssSelector("#search-results a.result");
        waiting().until(d -> !d.findElements(result).isEmpty());
        WebElement first = driver.findElements(result).get(0);
        assertThat(first.getDomAttribute("data-entity")).isEqualTo(STOLTENBERG);
        assertThat(first.getText()).contains("Jens Stoltenberg");
        first.click();

        // The graph: the entity and the other participants of its facts, on cytoscape's canvas.
        waiting().until(d -> bodyNumber("nodes") > 0);
        assertThat(bodyNumber("nodes")).isGreaterThan(1);
        assertThat(bodyNumber("edges")).isPositive();
        assertThat(driver.findElements(By.cssSelector("#cy canvas"))).isNotEmpty();
        assertThat(driver.getCurrentUrl()).endsWith("?entity=" + encode(STOLTENBERG));
        assertThat(driver.findElement(By.id("entity-title")).getText()).isEqualTo("Jens Stoltenberg");
        List<WebElement> facts = driver.findElements(By.cssSelector("#fact-list button.fact"));
        assertThat(facts).hasSize(bodyNumber("edges"));
        assertThat(facts).extracting(WebElement::getText).anyMatch(t -> t.contains("HOLDS") || t.contains("holds"));

        // Click a fact: its evidence, with the stated words marked at the stored offsets.
        WebElement holds = facts.stream().filter(f -> f.getDomAttribute("class").contains("holds")).findFirst().orElseThrow();
        holds.click();
        waiting().until(d -> bodyNumber("evidence") > 0);
        List<WebElement> cards = driver.findElements(By.cssSelector("#evidence article.evidence"));
        assertThat(cards).hasSize(bodyNumber("evidence"));
        for (WebElement card : cards) {
            checkEvidence(card);
        }

        // A tap on an edge of the graph shows that fact's evidence as well.
        String edgeFact = (String) script("const e = window.newsgraphExplorer.cy().edges('[kind = \"succeeds\"]')[0];"
                + " e.emit('tap'); return e.data('fact');");
        waiting().until(d -> d.findElements(By.cssSelector("#fact-list button.fact.selected")).stream()
                .anyMatch(b -> edgeFact.equals(b.getDomAttribute("data-fact"))) && bodyNumber("evidence") > 0);
        for (WebElement card : driver.findElements(By.cssSelector("#evidence article.evidence"))) {
            checkEvidence(card);
        }

        // entity.rq from the drop-down comes into the editor bound to the entity shown.
        Select canned = new Select(driver.findElement(By.id("canned-select")));
        canned.selectByValue("entity");
        String binding = "\n  VALUES ?entity { <" + STOLTENBERG + "> }\n";
        waiting().until(d -> editorText().contains(binding));
        runTheEditorsQuery();
        assertThat(bodyNumber("query-rows")).isPositive();
        assertThat(driver.findElement(By.id("query-results")).getText()).contains("Jens Stoltenberg");

        // A canned query from the drop-down, run from the editor.
        canned.selectByValue("roles");
        waiting().until(d -> editorText().contains("ng:RoleHolding"));
        runTheEditorsQuery();
        assertThat(bodyNumber("query-rows")).isPositive();
        assertThat(driver.findElements(By.cssSelector("#query-results tbody tr"))).isNotEmpty()
                .hasSizeLessThanOrEqualTo(bodyNumber("query-rows"));
        assertThat(driver.findElements(By.cssSelector("#query-results thead th"))).extracting(WebElement::getText)
                .anySatisfy(t -> assertThat(t).contains("person")).anySatisfy(t -> assertThat(t).contains("sources"));
        assertThat(driver.findElement(By.id("query-results")).getText()).contains("Jens Stoltenberg");

        // Show the fact again (the query run kept it) and keep a picture of the page.
        script("window.scrollTo(0, 0);");
        Files.createDirectories(SCREENSHOT.getParent());
        Files.write(SCREENSHOT, ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES));
        assertThat(Files.size(SCREENSHOT)).isGreaterThan(10_000);
    }

    @Test
    void typesAQueryInTheEditorRunsItAndSharesIt() {
        driver.get(base);
        waiting().until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        script("window.newsgraphExplorer.editor().setValue('');");

        // Typed without a PREFIX line: the editor adds the graph's ng: prefix as the name is typed.
        WebElement editor = driver.findElement(By.cssSelector("#query-editor .CodeMirror textarea"));
        editor.sendKeys("SELECT ?who ?name WHERE { ?who a ng:Person ; rdfs:label ?name . FILTER(CONTAINS(?name, \"Stoltenberg\")) }");
        waiting().until(d -> editorText().contains("PREFIX ng: <https://w3id.org/newsgraph/ontology#>")
                && editorText().contains("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>"));
        assertThat(driver.findElements(By.cssSelector("#query-editor .cm-keyword"))).extracting(WebElement::getText)
                .as("the query is highlighted").contains("SELECT", "WHERE");

        // The ontology's classes complete where a class goes.
        assertThat(completions("?who a ng:Pers")).contains("ng:Person");
        assertThat(completions("?who ng:hol")).contains("ng:holder");
        runTheEditorsQuery();
        assertThat(bodyNumber("query-rows")).as("rows of %s", editorText()).isEqualTo(1);
        assertThat(driver.findElement(By.cssSelector("#query-results tbody")).getText()).contains("Jens Stoltenberg");
        assertThat(driver.findElements(By.cssSelector("#query-results .yasr_downloadIcon"))).as("a download button").isNotEmpty();
        // An entity's IRI in the results opens that entity in the graph.
        driver.findElement(By.cssSelector("#query-results a[href='" + STOLTENBERG + "']")).click();
        waiting().until(d -> bodyNumber("nodes") > 0);
        assertThat(driver.findElement(By.tagName("body")).getDomAttribute("data-entity")).isEqualTo(STOLTENBERG);
        assertThat(driver.getWindowHandles()).as("no new tab").hasSize(1);

        // The share button gives a link with the query in it, which opens the page with that query.
        driver.findElement(By.cssSelector("#query-editor .yasqe_share")).click();
        WebElement link = waiting().until(d -> d.findElement(By.cssSelector("#query-editor .yasqe_sharePopup input")));
        String shared = link.getDomProperty("value");
        assertThat(shared).startsWith(base).contains("query=");
        String query = editorText();
        driver.get("about:blank");
        driver.get(shared);
        waiting().until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        waiting().until(d -> editorText().equals(query));
        assertThat(consoleErrors()).isEmpty();
    }

    /** The text between two offsets counted in code points, as the store counts them. */
    private static String codePoints(String text, int begin, int end) {
        return text.substring(text.offsetByCodePoints(0, begin), text.offsetByCodePoints(0, end));
    }

    /** The card's marked words are the article text between the evidence's oa:start and oa:end, as stored. */
    private static void checkEvidence(WebElement card) {
        String evidence = card.getDomAttribute("data-evidence");
        ResultSetRewindable rows = new QueryRunner(store.dataset()).select("""
                PREFIX ng: <https://w3id.org/newsgraph/ontology#>
                PREFIX oa: <http://www.w3.org/ns/oa#>
                SELECT ?id ?text ?start ?end ?sb ?se ?extractor ?confidence WHERE {
                  <%s> ng:article ?a ; oa:hasSelector ?s ; ng:sentenceBegin ?sb ; ng:sentenceEnd ?se ;
                       ng:extractor ?extractor ; ng:confidence ?confidence .
                  ?a ng:articleId ?id ; ng:text ?text .
                  ?s oa:start ?start ; oa:end ?end .
                }""".formatted(evidence));
        assertThat(rows.hasNext()).as("evidence %s in the store", evidence).isTrue();
        QuerySolution row = rows.next();
        String articleText = row.getLiteral("text").getString();
        int start = row.getLiteral("start").getInt();
        int end = row.getLiteral("end").getInt();
        int sb = row.getLiteral("sb").getInt();
        int se = row.getLiteral("se").getInt();
        List<WebElement> marks = card.findElements(By.cssSelector("blockquote.sentence mark"));
        assertThat(marks).hasSize(1);
        assertThat(textContent(marks.get(0))).isNotEmpty().isEqualTo(codePoints(articleText, start, end));
        assertThat(textContent(card.findElement(By.cssSelector("blockquote.sentence"))))
                .isEqualTo(codePoints(articleText, Math.min(sb, start), Math.max(se, end)));
        assertThat(card.findElement(By.cssSelector(".article-id")).getText()).isEqualTo(row.getLiteral("id").getString());
        assertThat(card.findElement(By.cssSelector(".provenance")).getText())
                .contains(row.getLiteral("extractor").getString())
                .contains(String.format(java.util.Locale.ROOT, "%.2f", row.getLiteral("confidence").getDouble()));
    }

    @Test
    void opensAnEntityFromTheUrl() {
        driver.get(base + "?entity=" + encode(NATO));
        waiting().until(d -> bodyNumber("nodes") > 0);
        assertThat(bodyNumber("nodes")).isGreaterThan(1);
        assertThat(driver.findElement(By.id("entity-title")).getText()).isEqualTo("NATO");
        assertThat(driver.findElement(By.tagName("body")).getDomAttribute("data-entity")).isEqualTo(NATO);
        WebElement wikidata = waiting().until(d -> d.findElement(By.cssSelector("#entity-meta a.wikidata")));
        assertThat(wikidata.getDomAttribute("href")).isEqualTo("https://www.wikidata.org/wiki/Q7184");
        assertThat(script("""
                const cy = window.newsgraphExplorer.cy();
                return cy.nodes().every((n) => {
                  const box = n.renderedBoundingBox();
                  return box.x1 >= 0 && box.y1 >= 0 && box.x2 <= cy.width() && box.y2 <= cy.height();
                });""")).as("every node inside the canvas").isEqualTo(true);
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void theStartPageShowsTheGraphsOverview() {
        driver.get(base);
        waiting().until(d -> "shown".equals(d.findElement(By.tagName("body")).getDomAttribute("data-overview")));
        List<String> counts = driver.findElements(By.cssSelector("#overview-counts li")).stream().map(WebElement::getText).toList();
        assertThat(counts).hasSize(5).anyMatch(c -> c.matches("[1-9]\\d* roles")).anyMatch(c -> c.matches("[1-9]\\d* articles"));
        List<WebElement> top = driver.findElements(By.cssSelector("#overview-top a"));
        assertThat(top).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("#overview-latest a"))).isNotEmpty();
        assertThat(driver.findElement(By.id("cy")).isDisplayed()).isFalse();
        String first = top.get(0).getDomAttribute("data-entity");
        top.get(0).click();
        waiting().until(d -> bodyNumber("nodes") > 0);
        assertThat(driver.findElement(By.tagName("body")).getDomAttribute("data-entity")).isEqualTo(first);
        assertThat(driver.findElement(By.id("overview")).isDisplayed()).isFalse();
        assertThat(consoleErrors()).isEmpty();
    }

    /** What the page logged as errors (a blocked style or script, a failed request, an exception). */
    private static List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    @Test
    void showsMarkupInTheDataAsText() {
        driver.get(base);
        waiting().until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        driver.findElement(By.id("search-input")).sendKeys("hostile");
        driver.findElement(By.id("search-button")).click();
        By name = By.cssSelector("#search-results a.result .name");
        waiting().until(d -> !d.findElements(name).isEmpty());
        assertThat(textContent(driver.findElement(name))).isEqualTo(HOSTILE);
        assertThat(driver.findElements(By.cssSelector("#search-results img"))).isEmpty();
        driver.findElement(By.cssSelector("#search-results a.result")).click();
        waiting().until(d -> bodyNumber("nodes") > 0);
        assertThat(bodyNumber("nodes")).isEqualTo(1);
        assertThat(textContent(driver.findElement(By.id("entity-title")))).isEqualTo(HOSTILE);
        assertThat(driver.findElement(By.tagName("body")).getDomAttribute("data-pwned")).isNull();
        assertThat(driver.findElements(By.tagName("img"))).isEmpty();

        // The query editor's result table shows the label as text too.
        script("window.newsgraphExplorer.editor().setValue(arguments[0]);",
                "SELECT ?name WHERE { <https://w3id.org/newsgraph/id/person/hostile> <http://www.w3.org/2000/01/rdf-schema#label> ?name }");
        runTheEditorsQuery();
        assertThat(bodyNumber("query-rows")).isEqualTo(1);
        assertThat(driver.findElement(By.cssSelector("#query-results tbody")).getText()).contains("Hostile & Name");
        assertThat(driver.findElements(By.tagName("img"))).isEmpty();
        assertThat(driver.findElement(By.tagName("body")).getDomAttribute("data-pwned")).isNull();
        // YASR's table turns the label back into markup outside the page (a detached element): the
        // page's script-src 'self' is what refuses the markup's inline handler, and nothing else is logged.
        assertThat(consoleErrors()).allMatch(e -> e.contains("inline event handler violates the following Content Security Policy"));
    }

    @Test
    void marksTheStatedWordsInATextThatOpensWithAnEmoji() {
        driver.get(base + "?entity=" + encode(org.newsgraph.rdf.Iris.entity(Samples.YOSHIDA).getURI()));
        waiting().until(d -> bodyNumber("nodes") > 0);
        driver.findElements(By.cssSelector("#fact-list button.fact")).get(0).click();
        waiting().until(d -> bodyNumber("evidence") > 0);
        WebElement card = driver.findElement(By.cssSelector("#evidence article.evidence"));
        // The stored offsets count code points; the page must mark exactly the words, not two units off.
        assertThat(textContent(card.findElement(By.cssSelector("blockquote.sentence mark")))).isEqualTo(Samples.EMOJI_WORDS);
        checkEvidence(card);
    }
}
