package org.newsgraph.ingest;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the records of a JSON Lines news dump, one article a line: an object with {@code id} and
 * {@code text}, and optionally {@code title}, {@code date} (an ISO date or date-time) and
 * {@code url}. The text is read as plain text (see {@link ArticleReader#read(String, String, Article.Metadata)}).
 * Thread-safe.
 */
public final class JsonLinesReader {

    private final ArticleReader reader;

    public JsonLinesReader(ArticleReader reader) {
        this.reader = reader;
    }

    /** Whether a file named {@code name} is a JSON Lines file (.jsonl or .ndjson). */
    public static boolean isJsonLines(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".jsonl") || lower.endsWith(".ndjson");
    }

    /** The article of one line, or an {@link IngestException} whose message says what is wrong with it. */
    public Article read(String line) {
        JsonObject record;
        try {
            JsonElement parsed = JsonParser.parseString(line);
            if (!parsed.isJsonObject()) {
                throw new IngestException("not a JSON object: each line must be one article {\"id\": ..., \"text\": ...}");
            }
            record = parsed.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new IngestException("not valid JSON (" + e.getMessage() + ")");
        }
        String id = field(record, "id").orElseThrow(() -> new IngestException("no \"id\": each article needs one"));
        String text = field(record, "text").orElseThrow(() -> new IngestException("article '" + id + "' has no \"text\""));
        Article.Metadata metadata = new Article.Metadata(field(record, "title"),
                field(record, "date").flatMap(ArticleReader::parseDate), field(record, "url"));
        try {
            return reader.read(id, text, metadata);
        } catch (IngestException e) {
            throw new IngestException("article '" + id + "': " + e.getMessage(), e);
        }
    }

    /** The article id of one line, if it is a JSON object with one; what is wrong with a line is said when it is {@link #read}. */
    public static Optional<String> idOf(String line) {
        try {
            JsonElement parsed = JsonParser.parseString(line);
            return parsed.isJsonObject() ? field(parsed.getAsJsonObject(), "id") : Optional.empty();
        } catch (JsonParseException | IngestException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> field(JsonObject record, String name) {
        JsonElement value = record.get(name);
        if (value == null || value.isJsonNull()) {
            return Optional.empty();
        }
        if (!value.isJsonPrimitive()) {
            throw new IngestException("\"" + name + "\" must be a string, but was: " + value);
        }
        String text = value.getAsString();
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }
}
