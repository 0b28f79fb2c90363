package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JsonLinesReaderTest {

    private final JsonLinesReader reader = new JsonLinesReader(new ArticleReader());

    @Test
    void recordGivesArticleWithItsMetadata() {
        Article article = reader.read("{\"id\": \"kern-1\", \"text\": \"Ada Kern became Prime Minister.\", \"title\": \"Kern takes over\","
                + " \"date\": \"2031-05-04T09:30:00Z\", \"url\": \"https://news.example/kern\"}");

        assertThat(article.id()).isEqualTo("kern-1");
        assertThat(article.text()).isEqualTo("Ada Kern became Prime Minister.");
        assertThat(article.body()).isNotEmpty();
        assertThat(article.metadata().title()).contains("Kern takes over");
        assertThat(article.metadata().published()).contains(LocalDate.of(2031, 5, 4));
        assertThat(article.metadata().url()).contains("https://news.example/kern");
    }

    @Test
    void recordWithoutMetadataTakesTheDatelinesDate() {
        Article article = reader.read("{\"id\": \"a\", \"text\": \"BRUSSELS, June 25, 2025 (Reuters) - Leaders met.\", \"title\": null}");

        assertThat(article.metadata().title()).isEmpty();
        assertThat(article.metadata().published()).contains(LocalDate.of(2025, 6, 25));
    }

    @Test
    void badLinesSayWhatIsWrong() {
        assertThatThrownBy(() -> reader.read("not json")).isInstanceOf(IngestException.class).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> reader.read("[1, 2]")).hasMessageContaining("not a JSON object");
        assertThatThrownBy(() -> reader.read("{\"text\": \"x\"}")).hasMessageContaining("no \"id\"");
        assertThatThrownBy(() -> reader.read("{\"id\": \"a\"}")).hasMessageContaining("article 'a' has no \"text\"");
        assertThatThrownBy(() -> reader.read("{\"id\": \"a\", \"text\": \" \"}")).hasMessageContaining("article 'a' has no \"text\"");
        assertThatThrownBy(() -> reader.read("{\"id\": \"a\", \"text\": {\"p\": 1}}")).hasMessageContaining("\"text\" must be a string");
    }

    @Test
    void contentOfAFileIsReadAsTheFileWouldBe() {
        Article article = new ArticleReader().read("story.md", "---\ntitle: T\n---\nText of the story.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(article.id()).isEqualTo("story");
        assertThat(article.metadata().title()).contains("T");
        assertThatThrownBy(() -> new ArticleReader(4).read("big.txt", "too long".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .hasMessageContaining("too large");
    }
}
