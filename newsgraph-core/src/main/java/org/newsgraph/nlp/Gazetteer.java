package org.newsgraph.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.newsgraph.NewsGraphException;

/**
 * Known names: labels and aliases of people, organisations, countries, places and offices, with
 * their Wikidata ids where verified. Read from TSV files with the columns
 * {@code qid, label, kind, aliases (|-separated), note}; a note "demonym X" marks X as the
 * nationality adjective of a country, and "speaks for Q…" a name that stands for another agent
 * when it acts (a seat of government for its country). Extra files may also be CSV files that a
 * reconciliation gave Q-ids (see {@code ReconciliationCsv}). Immutable once built, so thread-safe.
 */
public final class Gazetteer {

    /** The bundled tables: the verified entities first (their names win), then the world's countries. */
    private static final List<String> BUNDLED = List.of("/org/newsgraph/gazetteer.tsv", "/org/newsgraph/countries.tsv");
    /** A note "speaks for Q30": the name stands for that agent when it acts ("the White House backed ..."). */
    private static final java.util.regex.Pattern SPEAKS_FOR = java.util.regex.Pattern.compile("\\bspeaks for (Q\\d+)\\b");

    private final Map<String, Entity> byFoldedName = new HashMap<>();
    private final Map<String, Entity> byWikidata = new HashMap<>();
    private final Map<String, Set<String>> namesByWikidata = new HashMap<>();
    private final Map<String, String> speaksFor = new HashMap<>();

    private Gazetteer() {
    }

    /** The gazetteer bundled with NewsGraph. */
    public static Gazetteer bundled() {
        return bundledWith(List.of());
    }

    /** The bundled gazetteer extended by the given TSV or reconciled CSV files (later rows add aliases, never remove). */
    public static Gazetteer bundledWith(List<Path> extra) {
        Gazetteer gazetteer = new Gazetteer();
        for (String resource : BUNDLED) {
            try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new NewsGraphException("the bundled gazetteer " + resource + " is missing from the jar: rebuild it");
                }
                gazetteer.load(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), resource);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (Path file : extra) {
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                    gazetteer.loadReconciled(reader, file.toString());
                } else {
                    gazetteer.load(reader, file.toString());
                }
            } catch (IOException e) {
                throw new NewsGraphException(file + ": gazetteer cannot be read (" + e.getMessage() + ")", e);
            }
        }
        return gazetteer;
    }

    private void load(BufferedReader reader, String source) throws IOException {
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.startsWith("qid\t") || line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length < 3) {
                throw new NewsGraphException(source + ":" + number + ": a gazetteer row needs at least qid, label and kind, tab-separated");
            }
            if (cells[2].trim().equals("property")) {
                continue;
            }
            EntityKind kind;
            try {
                kind = EntityKind.parse(cells[2]);
            } catch (IllegalArgumentException e) {
                throw new NewsGraphException(source + ":" + number + ": " + e.getMessage());
            }
            String qid = cells[0].trim();
            Entity entity = new Entity(kind, cells[1].trim(), qid.isEmpty() ? Optional.empty() : Optional.of(qid));
            String note = cells.length > 4 ? cells[4] : "";
            if (!qid.isEmpty()) {
                byWikidata.putIfAbsent(qid, entity);
            }
            Matcher agent = SPEAKS_FOR.matcher(note);
            if (agent.find()) {
                speaksFor.put(entity.key(), agent.group(1));
            }
            add(cells[1].trim(), entity);
            if (cells.length > 3 && !cells[3].isBlank()) {
                for (String alias : cells[3].split("\\|")) {
                    add(alias.trim(), entity);
                }
            }
        }
    }

    /**
     * Reads a reconciled CSV: a header with the columns {@code name}, {@code type} and {@code qid}
     * (the form {@code export --format reconcile} writes, with the Q-ids a reconciliation added),
     * any others ignored; a row without a Q-id is left out, and a Q-id may be written as an
     * entity IRI.
     */
    private void loadReconciled(BufferedReader reader, String source) throws IOException {
        CSVParser rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreHeaderCase(true)
                .setTrim(true).get().parse(reader);
        for (String column : List.of("name", "type", "qid")) {
            if (!rows.getHeaderMap().containsKey(column)) {
                throw new NewsGraphException(source + ": a reconciled CSV needs the columns name, type and qid; "
                        + column + " is missing (header: " + String.join(",", rows.getHeaderNames()) + ")");
            }
        }
        for (CSVRecord row : rows) {
            String where = source + ":" + rows.getCurrentLineNumber();
            if (!row.isConsistent()) {
                throw new NewsGraphException(where + ": the row has " + row.size() + " cells, the header " + rows.getHeaderNames().size());
            }
            String qid = row.get("qid").replaceFirst("^https?://www\\.wikidata\\.org/(entity|wiki)/", "");
            if (qid.isEmpty()) {
                continue;
            }
            if (!qid.matches("Q[1-9]\\d*")) {
                throw new NewsGraphException(where + ": '" + row.get("qid") + "' is not a Wikidata item id (Q…)");
            }
            EntityKind kind;
            try {
                kind = EntityKind.parse(row.get("type"));
            } catch (IllegalArgumentException e) {
                throw new NewsGraphException(where + ": " + e.getMessage());
            }
            Entity entity = new Entity(kind, row.get("name"), Optional.of(qid));
            byWikidata.putIfAbsent(qid, entity);
            add(row.get("name"), entity);
        }
    }

    private void add(String name, Entity entity) {
        if (name.isEmpty()) {
            return;
        }
        entity.wikidata().ifPresent(qid -> namesByWikidata.computeIfAbsent(qid, k -> new LinkedHashSet<>()).add(name));
        byFoldedName.putIfAbsent(lookupKey(name), entity);
    }

    /** The agent {@code entity} stands for when it acts, if the gazetteer says ("White House" → United States). */
    public Optional<Entity> speaksFor(Entity entity) {
        return Optional.ofNullable(speaksFor.get(entity.key())).map(byWikidata::get);
    }

    /** Every name the gazetteer gives the Wikidata item {@code qid}: its labels and aliases, in the order read. */
    public Set<String> names(String qid) {
        return Collections.unmodifiableSet(namesByWikidata.getOrDefault(qid, Set.of()));
    }

    /** The entity with this label or alias (compared folded, "the" ignored). */
    public Optional<Entity> lookup(String name) {
        return Optional.ofNullable(byFoldedName.get(lookupKey(name)));
    }

    /** The entity of this kind with this label or alias. */
    public Optional<Entity> lookup(String name, EntityKind kind) {
        return lookup(name).filter(e -> e.kind() == kind);
    }

    private static String lookupKey(String name) {
        return Text.fold(name).replaceAll("\\bthe\\b ?", "").trim();
    }

}
