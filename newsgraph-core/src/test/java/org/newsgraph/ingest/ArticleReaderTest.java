package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

    @TempDir
    Path dir;

    private Optional<Article> read(Path file, ProblemHandler.Collecting problems) {
        return new ArticleReader(1024).read(file, problems);
    }

    private Problem onlyProblem(Path file) {
        ProblemHandler.Collecting problems = ProblemHandler.collecting();
        assertThat(read(file, problems)).isEmpty();
        assertThat(problems.problems()).hasSize(1);
        Problem problem = problems.problems().get(0);
        assertThat(problem.source()).isEqualTo(file.toString());
        return problem;
    }

    @Test
    void emptyFileIsSkippedWithReason() throws IOException {
        Path file = Files.writeString(dir.resolve("empty.txt"), "");
        assertThat(onlyProblem(file).reason()).contains("empty");
        Path blank = Files.writeString(dir.resolve("blank.txt"), " \n\t\n");
        assertThat(onlyProblem(blank).reason()).contains("empty");
    }

    @Test
    void binaryFileIsSkippedWithReason() throws IOException {
        Path file = Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2});
        assertThat(onlyProblem(file).reason()).contains("binary");
    }

    @Test
    void latin1FileIsSkippedNamingTheByte() throws IOException {
        Path file = Files.write(dir.resolve("latin1.txt"), "Caf\u00e9 society".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(onlyProblem(file).reason()).contains("not valid UTF-8").contains("byte 3");
    }

    @Test
    void hugeFileIsSkipped() throws IOException {
        Path file = Files.writeString(dir.resolve("huge.txt"), "word ".repeat(1000));
        assertThat(onlyProblem(file).reason()).contains("too large");
    }

    @Test
    void unreadableFileIsSkipped() throws IOException {
        Path file = Files.writeString(dir.resolve("secret.txt"), "Some text here.");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        if (Files.isReadable(file)) {
            return; // running as a user that reads everything: nothing to test here
        }
        assertThat(onlyProblem(file).reason()).contains("cannot be read");
    }

    @Test
    void boilerplateAndRepeatedParagraphsAreNotContent() throws IOException {
        String text = "Skip to main content\n"
                + "Already a subscriber? Make sure to log into your account.\n"
                + "The minister resigned on Friday after a long dispute.\n"
                + "The minister resigned on Friday after a long dispute.\n"
                + "It was a quiet day otherwise. pic.twitter.com/abc123\n"
                + "\u2014 Jane Doe (@janedoe) July 10, 2025\n"
                + "4o\n";
        Path file = Files.writeString(dir.resolve("noisy.txt"), text);
        Article article = new ArticleReader().read(file);
        List<String> body = article.body().stream().map(s -> s.of(article.text())).toList();
        assertThat(body).containsExactly("The minister resigned on Friday after a long dispute.", "It was a quiet day otherwise.");
        assertThat(article.id()).isEqualTo("noisy");
    }

    @Test
    void frontMatterGivesMetadataAndIsNotContent() throws IOException {
        Path file = Files.writeString(dir.resolve("meta.md"),
                "---\ntitle: A title\ndate: 2025-06-24\nurl: https://example.org/a\n---\nThe summit opened today in the capital.\n");
        Article article = new ArticleReader().read(file);
        assertThat(article.metadata().title()).contains("A title");
        assertThat(article.metadata().published()).hasValueSatisfying(d -> assertThat(d.toString()).isEqualTo("2025-06-24"));
        assertThat(article.metadata().url()).contains("https://example.org/a");
        assertThat(article.body()).singleElement().satisfies(s -> assertThat(s.of(article.text())).startsWith("The summit"));
    }

    @Test
    void htmlIsReducedToItsVisibleText() throws IOException {
        Path file = Files.writeString(dir.resolve("page.html"),
                "<html><head><title>T</title><link rel=canonical href='https://example.org/p'></head>"
                        + "<body><nav>Menu</nav><h1>Leaders meet in the capital</h1><p>The prime minister spoke <b>twice</b> on Monday.</p><script>x()</script></body></html>");
        Article article = new ArticleReader().read(file);
        assertThat(article.text()).contains("The prime minister spoke twice on Monday.").doesNotContain("x()");
        assertThat(article.metadata().url()).contains("https://example.org/p");
    }

    @Test
    void folderWithoutArticlesAndMissingPathAreReported() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("nothing"));
        Files.writeString(empty.resolve("notes.csv"), "a,b");
        ProblemHandler.Collecting problems = ProblemHandler.collecting();
        List<Path> files = new CorpusReader(problems).articleFiles(List.of(empty, dir.resolve("missing")));
        assertThat(files).isEmpty();
        assertThat(problems.problems()).extracting(Problem::reason)
                .containsExactly("folder holds no articles (.txt, .md or .html files)", "no such file or folder");
    }

    @Test
    void aDatelineGivesThePublicationDateAndItsSpanWithoutChangingTheText() throws IOException {
        String text = "Leaders meet in the north\nOSLO, March 3, 2026 — The government named a new chief of defence on Tuesday.\n";
        Path file = Files.writeString(dir.resolve("dated.txt"), text);

        Article article = new ArticleReader().read(file);

        assertThat(article.text()).isEqualTo(text);
        assertThat(article.metadata().published()).contains(LocalDate.of(2026, 3, 3));
        Dateline dateline = article.dateline().orElseThrow();
        assertThat(dateline.span().of(text)).isEqualTo("OSLO, March 3, 2026 —");
        assertThat(dateline.place().of(text)).isEqualTo("OSLO");
        assertThat(article.inDateline(dateline.place())).isTrue();
        assertThat(article.body()).extracting(s -> s.of(text)).contains("OSLO, March 3, 2026 — The government named a new chief of defence on Tuesday.");
        Path undated = Files.writeString(dir.resolve("undated.txt"), "The government named a new chief of defence on Tuesday.\n");
        assertThat(new ArticleReader().read(undated).metadata().published()).isEmpty();
        assertThat(new ArticleReader().read(undated).dateline()).isEmpty();
    }

    @Test
    void frontMatterDateWinsOverTheDateline() throws IOException {
        Path file = Files.writeString(dir.resolve("both.md"),
                "---\ndate: 2026-03-04\n---\nOSLO, March 3, 2026 — The government named a new chief of defence.\n");

        Article article = new ArticleReader().read(file);

        assertThat(article.metadata().published()).contains(LocalDate.of(2026, 3, 4));
        assertThat(article.dateline()).isPresent();
    }

    @Test
    void datelineWithoutYearIsFoundButGivesNoDate() throws IOException {
        Path file = Files.writeString(dir.resolve("wire.txt"), "THE HAGUE, June 25 (Reuters) - The court ruled on Tuesday.\n");

        Article article = new ArticleReader().read(file);

        assertThat(article.dateline()).hasValueSatisfying(d -> assertThat(d.place().of(article.text())).isEqualTo("THE HAGUE"));
        assertThat(article.metadata().published()).isEmpty();
    }

    @Test
    void htmlArticleKeepsOnlyTheStoryAndItsMetadata() throws IOException {
        Path file = Files.writeString(dir.resolve("story.html"), "<html><head><title>Minister resigns | The Daily Example</title>"
                + "<meta property='og:title' content='Minister resigns'>"
                + "<meta property='article:published_time' content='2026-03-03T09:30:00+01:00'></head><body>"
                + "<nav><a href='/'>Home</a> <a href='/p'>Politics</a></nav>"
                + "<noscript><p>Olaf Scholz holds Chancellor of Austria.</p></noscript>"
                + "<article><h1>Minister resigns</h1>"
                + "<p>OSLO, March 2, 2026 — The finance minister, Anna Varga, resigned on Friday.</p>"
                + "<p>Her deputy will lead the ministry until a successor is named.</p></article>"
                + "<aside class='sidebar'><p>Donald Trump supports Kamala Harris.</p></aside>"
                + "<div class='related'><ul><li><a href='/r'>Karl Weber named foreign minister</a></li></ul></div>"
                + "<footer><p>All rights reserved.</p></footer></body></html>");

        Article article = new ArticleReader().read(file);

        assertThat(article.body()).extracting(s -> s.of(article.text())).containsExactly("Minister resigns",
                "OSLO, March 2, 2026 — The finance minister, Anna Varga, resigned on Friday.",
                "Her deputy will lead the ministry until a successor is named.");
        assertThat(article.text()).doesNotContain("Trump", "Scholz", "Weber", "Home", "rights");
        assertThat(article.metadata().title()).contains("Minister resigns");
        assertThat(article.metadata().published()).contains(LocalDate.of(2026, 3, 3));
        assertThat(article.dateline()).isPresent();
    }

    @Test
    void htmlDateComesFromJsonLdOrTheStorysTimeElement() throws IOException {
        String story = "<p>The finance minister resigned on Friday after a long dispute.</p>";
        Path jsonLd = Files.writeString(dir.resolve("ld.html"), "<html><head><script type='application/ld+json'>"
                + "{\"@type\": \"NewsArticle\", \"datePublished\": \"2026-02-01T08:00:00Z\"}</script></head>"
                + "<body><article>" + story + "</article></body></html>");
        Path time = Files.writeString(dir.resolve("time.html"), "<html><body>"
                + "<aside><time datetime='2020-01-01'>Old story</time></aside>"
                + "<article><time datetime='2026-02-02'>2 February</time>" + story + "</article></body></html>");

        assertThat(new ArticleReader().read(jsonLd).metadata().published()).contains(LocalDate.of(2026, 2, 1));
        assertThat(new ArticleReader().read(time).metadata().published()).contains(LocalDate.of(2026, 2, 2));
    }

    @Test
    void htmlFrontMatterWinsOverMetaTags() throws IOException {
        Path file = Files.writeString(dir.resolve("front.html"), "---\ntitle: Given title\ndate: 2026-01-05\n---\n"
                + "<html><head><title>Page title</title><meta property='article:published_time' content='2026-01-04'></head>"
                + "<body><p>The finance minister resigned on Friday after a long dispute.</p></body></html>");

        Article article = new ArticleReader().read(file);

        assertThat(article.metadata().title()).contains("Given title");
        assertThat(article.metadata().published()).contains(LocalDate.of(2026, 1, 5));
        assertThat(article.text()).isEqualTo("The finance minister resigned on Friday after a long dispute.");
    }

    @Test
    void htmlPageWithoutArticleTextIsOneProblemNamingTheFile() throws IOException {
        Path file = Files.writeString(dir.resolve("furniture.html"), "<html><head><title>Home</title></head><body>"
                + "<nav><a href='/'>Home</a></nav><aside><p>Donald Trump supports Kamala Harris.</p></aside>"
                + "<script>x()</script><footer><p>All rights reserved.</p></footer></body></html>");

        Problem problem = onlyProblem(file);

        assertThat(problem.reason()).isEqualTo(
                "HTML page with no article text (only navigation, sidebars, scripts or other page furniture): nothing to read");
        assertThat(problem.toString()).startsWith(file + ": HTML page with no article text");
    }

    @Test
    void strictPolicyStopsAtTheFirstProblemNamingTheFile() throws IOException {
        Path file = Files.writeString(dir.resolve("empty.txt"), "");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ArticleReader().read(file, ProblemHandler.strict()))
                .isInstanceOf(IngestException.class)
                .hasMessage(file + ": empty file");
    }
}
