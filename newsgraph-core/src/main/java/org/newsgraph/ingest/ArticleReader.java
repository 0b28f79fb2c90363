package org.newsgraph.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads one article file (.txt, .md or .html) into an {@link Article}, or reports why it cannot.
 * Plain text and Markdown keep the file's text as it is, so evidence offsets point into the file;
 * HTML is reduced to the text of its main content, one block a line (see {@link MainContentExtractor}).
 * Optional front matter (lines of {@code title:}, {@code date:}, {@code url:} between two
 * {@code ---} lines) gives the metadata; what it leaves out comes from an HTML page's meta tags,
 * then from the dateline that opens the story.
 * Thread-safe.
 */
public final class ArticleReader {

    /** The default size above which a file is not read. */
    public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;

    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\r?\\n((?:.*\\r?\\n)*?)---\\r?\\n");
    private static final Pattern FIELD = Pattern.compile("^(title|date|url)\\s*:\\s*(.+?)\\s*$", Pattern.MULTILINE);

    private final long maxBytes;
    private final BoilerplateFilter boilerplate = new BoilerplateFilter();
    private final MainContentExtractor content = new MainContentExtractor();

    public ArticleReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public ArticleReader(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, but was: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** The article id of a file: its name without the extension. */
    public static String idOf(Path file) {
        return idOf(file.getFileName().toString());
    }

    /** The article id of a file named {@code name}: the name without the extension. */
    public static String idOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Reads {@code file}; a problem goes to {@code problems} and gives an empty result. */
    public Optional<Article> read(Path file, ProblemHandler problems) {
        try {
            return Optional.of(read(file));
        } catch (UnreadableArticleException e) {
            problems.report(new Problem(file.toString(), e.getMessage()));
            return Optional.empty();
        }
    }

    /** Reads {@code file} or throws an exception whose message says why it cannot be used. */
    public Article read(Path file) {
        return read(file.getFileName().toString(), bytes(file));
    }

    /**
     * Reads the content of a file named {@code name} (its id and kind come from the name), as read
     * from any file system; throws an exception whose message says why it cannot be used.
     */
    public Article read(String name, byte[] content) {
        if (content.length > maxBytes) {
            throw new UnreadableArticleException(tooLarge(content.length));
        }
        String text = decode(content);
        String id = idOf(name);
        Matcher front = FRONT_MATTER.matcher(text);
        boolean hasFront = front.find();
        Article.Metadata metadata = hasFront ? metadata(front.group(1)) : Article.Metadata.NONE;
        int bodyStart = hasFront ? front.end() : 0;
        return isHtml(name) ? fromHtml(id, text.substring(bodyStart), metadata)
                : article(id, text, boilerplate.body(text, bodyStart), metadata);
    }

    /**
     * An article whose text comes without a file (a record of a news dump): the text is read as
     * plain text, and the dateline fills what {@code metadata} leaves out.
     */
    public Article read(String id, String text, Article.Metadata metadata) {
        if (text.isBlank()) {
            throw new UnreadableArticleException("empty text");
        }
        if (text.length() > maxBytes) {
            throw new UnreadableArticleException(tooLarge(text.length()));
        }
        return article(id, text, boilerplate.body(text, 0), metadata);
    }

    private String tooLarge(long size) {
        return String.format(Locale.ROOT, "too large (%,d bytes; the limit is %,d): split it into articles", size, maxBytes);
    }

    private byte[] bytes(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new UnreadableArticleException("not a regular file");
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new UnreadableArticleException(tooLarge(size));
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnreadableArticleException("cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
    }

    private static String decode(byte[] bytes) {
        if (bytes.length == 0) {
            throw new UnreadableArticleException("empty file");
        }
        int controls = 0;
        for (byte b : bytes) {
            if (b == 0) {
                throw new UnreadableArticleException("binary file (it contains NUL bytes), not text");
            }
            if (b > 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        if (controls > bytes.length / 20) {
            throw new UnreadableArticleException("binary file (many control characters), not text");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (MalformedInputException e) {
            throw new UnreadableArticleException("not valid UTF-8 (at byte " + firstMalformedByte(bytes) + "): save it as UTF-8");
        } catch (CharacterCodingException e) {
            throw new UnreadableArticleException("not valid UTF-8: save it as UTF-8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new UnreadableArticleException("empty file (only white space)");
        }
        return text;
    }

    private static long firstMalformedByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }

    private Article fromHtml(String id, String html, Article.Metadata metadata) {
        Document page = Jsoup.parse(html);
        String text = String.join("\n", content.blocks(page));
        List<Span> body = boilerplate.body(text, 0);
        if (body.isEmpty()) {
            throw new UnreadableArticleException(
                    "HTML page with no article text (only navigation, sidebars, scripts or other page furniture): nothing to read");
        }
        return article(id, text, body, metadata.or(HtmlMetadataReader.read(page)));
    }

    /** The article, with the dateline's date as the publication date when the metadata gives none. */
    private static Article article(String id, String text, List<Span> body, Article.Metadata metadata) {
        Optional<Dateline> dateline = DatelineFinder.find(text, body);
        Article.Metadata dated = metadata.or(new Article.Metadata(Optional.empty(), dateline.flatMap(Dateline::date), Optional.empty()));
        return new Article(id, text, body, dated, dateline);
    }

    private static Article.Metadata metadata(String frontMatter) {
        Optional<String> title = Optional.empty();
        Optional<LocalDate> date = Optional.empty();
        Optional<String> url = Optional.empty();
        Matcher field = FIELD.matcher(frontMatter);
        while (field.find()) {
            String value = unquote(field.group(2));
            switch (field.group(1)) {
                case "title" -> title = Optional.of(value);
                case "date" -> date = parseDate(value);
                default -> url = Optional.of(value);
            }
        }
        return new Article.Metadata(title, date, url);
    }

    /** The day of an ISO date or date-time ("2026-03-03", "2026-03-03T09:30:00Z"), if it is one. */
    public static Optional<LocalDate> parseDate(String value) {
        String day = value.length() >= 10 ? value.substring(0, 10) : value;
        try {
            return Optional.of(LocalDate.parse(day));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    private static boolean isHtml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".html") || lower.endsWith(".htm");
    }

    /** Why a file cannot be used as an article. */
    static final class UnreadableArticleException extends IngestException {
        UnreadableArticleException(String message) {
            super(message);
        }
    }

    static List<String> extensions() {
        return List.of(".txt", ".md", ".markdown", ".html", ".htm");
    }
}
