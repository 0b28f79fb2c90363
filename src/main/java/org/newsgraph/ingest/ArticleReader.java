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
import org.jsoup.nodes.Element;

/**
 * Reads one article file (.txt, .md or .html) into an {@link Article}, or reports why it cannot.
 * Plain text and Markdown keep the file's text as it is, so evidence offsets point into the file;
 * HTML is reduced to its visible text, one block a line. Optional front matter (lines of
 * {@code title:}, {@code date:}, {@code url:} between two {@code ---} lines) gives the metadata.
 * Thread-safe.
 */
public final class ArticleReader {

    /** The default size above which a file is not read. */
    public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;

    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\r?\\n((?:.*\\r?\\n)*?)---\\r?\\n");
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu} .'-]{1,40}(?:\\s*\\([^)]{1,40}\\))?,\\s+(\\p{L}{3,9}\\.? \\d{1,2}, \\d{4}|\\d{1,2} \\p{L}{3,9} \\d{4})\\s*[—–-]");
    private static final Pattern FIELD = Pattern.compile("^(title|date|url)\\s*:\\s*(.+?)\\s*$", Pattern.MULTILINE);

    private final long maxBytes;
    private final BoilerplateFilter boilerplate = new BoilerplateFilter();

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
        String name = file.getFileName().toString();
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
        String text = decode(file, bytes(file));
        String id = idOf(file);
        return isHtml(file) ? fromHtml(id, text) : fromText(id, text);
    }

    private byte[] bytes(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new UnreadableArticleException("not a regular file");
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new UnreadableArticleException(String.format(Locale.ROOT,
                        "too large (%,d bytes; the limit is %,d): split it into articles", size, maxBytes));
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnreadableArticleException("cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
    }

    private static String decode(Path file, byte[] bytes) {
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

    private Article fromText(String id, String text) {
        Article.Metadata metadata = Article.Metadata.NONE;
        int bodyStart = 0;
        Matcher front = FRONT_MATTER.matcher(text);
        if (front.find()) {
            metadata = metadata(front.group(1));
            bodyStart = front.end();
        }
        List<Span> body = boilerplate.body(text, bodyStart);
        return new Article(id, text, body, withDateline(metadata, text, body));
    }

    /**
     * The publication date a dateline gives ("HELSINKI, March 3, 2026 —", "LONDON, 3 March 2026 -")
     * in the first lines, when the metadata gives none.
     */
    private static Article.Metadata withDateline(Article.Metadata metadata, String text, List<Span> body) {
        if (metadata.published().isPresent()) {
            return metadata;
        }
        for (Span line : body.subList(0, Math.min(3, body.size()))) {
            Matcher m = DATELINE.matcher(line.of(text));
            if (m.find()) {
                Optional<LocalDate> date = datelineDate(m.group(1));
                if (date.isPresent()) {
                    return new Article.Metadata(metadata.title(), date, metadata.url());
                }
            }
        }
        return metadata;
    }

    private static Optional<LocalDate> datelineDate(String written) {
        for (String pattern : List.of("MMMM d, uuuu", "MMM d, uuuu", "MMM. d, uuuu", "d MMMM uuuu", "d MMM uuuu")) {
            try {
                return Optional.of(LocalDate.parse(written.trim(), java.time.format.DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH)));
            } catch (DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        return Optional.empty();
    }

    private Article fromHtml(String id, String html) {
        Document doc = Jsoup.parse(html);
        StringBuilder text = new StringBuilder();
        for (Element block : doc.body().select("h1, h2, h3, h4, p, li, blockquote")) {
            if (block.parents().stream().anyMatch(p -> p.is("p, li, blockquote"))) {
                continue; // nested block: its text is already part of the enclosing one
            }
            String line = block.text().strip();
            if (!line.isEmpty()) {
                text.append(line).append('\n');
            }
        }
        if (text.length() == 0) {
            text.append(doc.body().text());
        }
        String plain = text.toString();
        if (plain.isBlank()) {
            throw new UnreadableArticleException("HTML page with no visible text");
        }
        Element canonical = doc.selectFirst("link[rel=canonical]");
        Element published = doc.selectFirst("meta[property=article:published_time], meta[name=date], time[datetime]");
        Optional<LocalDate> date = Optional.ofNullable(published)
                .map(e -> e.hasAttr("content") ? e.attr("content") : e.attr("datetime"))
                .flatMap(ArticleReader::parseDate);
        Article.Metadata metadata = new Article.Metadata(
                Optional.of(doc.title()).filter(t -> !t.isBlank()),
                date,
                Optional.ofNullable(canonical).map(e -> e.attr("href")).filter(u -> !u.isBlank()));
        return new Article(id, plain, boilerplate.body(plain, 0), metadata);
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

    private static Optional<LocalDate> parseDate(String value) {
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

    private static boolean isHtml(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm");
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
