package org.newsgraph.ingest;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an HTML page's metadata: the title ({@code og:title}, else {@code <title>}), the publication
 * date ({@code article:published_time} and similar meta tags, {@code datePublished} in JSON-LD or
 * microdata, else the story's {@code <time datetime>}) and the canonical URL. Stateless and thread-safe.
 */
final class HtmlMetadataReader {

    private static final Pattern JSON_LD_PUBLISHED = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");

    /** Dated elements in order of trust: a related story's time in a sidebar comes last. */
    private static final String[] TIMES = {
        "time[itemprop=datePublished], time[pubdate]", "article time[datetime]", "main time[datetime]", "time[datetime]"
    };

    private HtmlMetadataReader() {
    }

    static Article.Metadata read(Document page) {
        Optional<String> title = content(page, "meta[property=og:title], meta[name=twitter:title]")
                .or(() -> Optional.of(page.title().strip()).filter(t -> !t.isEmpty()));
        Optional<String> url = Optional.ofNullable(page.selectFirst("link[rel=canonical]"))
                .map(e -> e.attr("href").strip()).filter(u -> !u.isEmpty())
                .or(() -> content(page, "meta[property=og:url]"));
        return new Article.Metadata(title, published(page), url);
    }

    private static Optional<LocalDate> published(Document page) {
        return content(page, "meta[property=article:published_time], meta[itemprop=datePublished], meta[name=date], "
                        + "meta[name=pubdate], meta[name=publish-date], meta[name=dc.date.issued], meta[name=dcterms.created]")
                .flatMap(ArticleReader::parseDate)
                .or(() -> jsonLdPublished(page))
                .or(() -> Stream.of(TIMES)
                        .flatMap(query -> page.select(query).stream())
                        .filter(time -> time.closest("aside, nav, footer") == null)
                        .map(time -> time.hasAttr("datetime") ? time.attr("datetime") : time.attr("content"))
                        .flatMap(written -> ArticleReader.parseDate(written).stream())
                        .findFirst());
    }

    private static Optional<LocalDate> jsonLdPublished(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            Matcher published = JSON_LD_PUBLISHED.matcher(script.data());
            if (published.find()) {
                Optional<LocalDate> date = ArticleReader.parseDate(published.group(1));
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> content(Document page, String query) {
        return page.select(query).stream().map(e -> e.attr("content").strip()).filter(c -> !c.isEmpty()).findFirst();
    }
}
