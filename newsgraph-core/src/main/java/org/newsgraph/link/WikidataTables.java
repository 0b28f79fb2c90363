package org.newsgraph.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import org.newsgraph.NewsGraphException;
import org.newsgraph.nlp.Entity;
import org.newsgraph.nlp.EntityKind;
import org.newsgraph.nlp.Text;

/**
 * The offline Wikidata tables bundled with NewsGraph, for linking what the gazetteer does not know:
 * about 110,000 office holders (with the countries and positions the sources give them), 14,000
 * positions (with the country or organisation they belong to) and 10,000 organisations (parties,
 * legislatures, international bodies, with their country). Derived from Wikidata (CC0) and the
 * sources listed in {@code wikidata/sources.tsv}; rows that only sources of unclear licence give
 * are left out.
 *
 * <p>A name links only with evidence. A person's full name (one word never links) links to the
 * one holder of that name whose positions or countries the facts confirm best, and not at all when
 * nothing confirms it or two namesakes tie. A position links by its full name ("Prime Minister of
 * the United Kingdom", "British Prime Minister") or by its title within a linked organisation or
 * country. An organisation links when its name is unique, or when the countries of the article
 * single out one of the namesakes. Immutable once loaded; thread-safe.
 */
public final class WikidataTables {

    private static final String FOLDER = "/org/newsgraph/wikidata/";
    /** Sources whose licence is unclear: a row that only they give is left out. */
    private static final Set<String> UNCLEAR_SOURCES = Set.of("EP15", "BT");
    /** How much a confirmed position weighs against a confirmed country. */
    private static final int POSITION_WEIGHT = 3;

    /** An office holder. */
    record Person(String qid, Set<String> countries, Set<String> positions) {
    }

    /** A position, with the country or organisation it belongs to when known. */
    record Position(String qid, Optional<String> of) {
    }

    /** An organisation, with its label in the tables and its country when it has one. */
    record Organisation(String qid, String label, Optional<String> country) {
    }

    private static volatile WikidataTables bundled;

    private final Map<String, List<Person>> people = new HashMap<>();
    private final Map<String, List<Position>> positions = new HashMap<>();
    private final Map<String, List<Position>> titles = new HashMap<>();
    private final Map<String, List<Organisation>> organisations = new HashMap<>();

    private WikidataTables() {
    }

    /** Tables that know nothing: linking with the gazetteer alone. */
    public static WikidataTables none() {
        return new WikidataTables();
    }

    /** The bundled tables, read once per JVM. */
    public static WikidataTables bundled() {
        WikidataTables tables = bundled;
        if (tables == null) {
            synchronized (WikidataTables.class) {
                if (bundled == null) {
                    bundled = read();
                }
                tables = bundled;
            }
        }
        return tables;
    }

    private static WikidataTables read() {
        WikidataTables tables = new WikidataTables();
        rows("people.tsv", 7, cells -> tables.addPerson(cells));
        rows("positions.tsv", 6, cells -> tables.addPosition(cells));
        rows("organisations.tsv", 6, cells -> tables.addOrganisation(cells));
        return tables;
    }

    /** The person this full name stands for, given the Q-ids (positions, countries, organisations) the facts tie it to. */
    public Optional<String> person(String name, Set<String> evidence) {
        if (!Text.fold(name).contains(" ")) {
            return Optional.empty();
        }
        return best(people.getOrDefault(Text.fold(name), List.of()), p ->
                POSITION_WEIGHT * overlap(p.positions(), evidence) + overlap(p.countries(), evidence)).map(Person::qid);
    }

    /** The position of {@code role} in {@code organisation} (a country or an organisation, linked or not). */
    public Optional<String> position(String role, Optional<Entity> organisation) {
        if (organisation.isEmpty()) {
            return unique(positions.getOrDefault(Text.fold(role), List.of())).map(Position::qid);
        }
        Entity org = organisation.get();
        Optional<String> byName = unique(positions.getOrDefault(Text.fold(role + " of " + org.label()), List.of()))
                .or(() -> unique(positions.getOrDefault(Text.fold(org.label() + " " + role), List.of())))
                .map(Position::qid);
        if (byName.isPresent() || org.wikidata().isEmpty()) {
            return byName;
        }
        List<Position> within = new ArrayList<>();
        for (Position p : titles.getOrDefault(Text.fold(role), List.of())) {
            if (p.of().equals(org.wikidata())) {
                within.add(p);
            }
        }
        return unique(within).map(Position::qid);
    }

    /** The organisation of this name; namesakes are told apart by the {@code countries} of the article. */
    public Optional<String> organisation(String name, Set<String> countries) {
        return organisationNamed(name, countries).map(Organisation::qid);
    }

    /**
     * The organisation of this name as an entity with the tables' label ("VVD" is the People's
     * Party for Freedom and Democracy), so that every name of it makes one entity.
     */
    public Optional<Entity> organisationEntity(String name, Set<String> countries) {
        return organisationNamed(name, countries).map(o -> new Entity(EntityKind.ORGANIZATION, o.label(), Optional.of(o.qid())));
    }

    private Optional<Organisation> organisationNamed(String name, Set<String> countries) {
        List<Organisation> named = organisations.getOrDefault(Text.fold(name), List.of());
        if (named.size() == 1) {
            return Optional.of(named.get(0));
        }
        return best(named, o -> o.country().filter(countries::contains).isPresent() ? 1 : 0);
    }

    /** The candidate that scores highest, if it scores above zero and alone. */
    private static <T> Optional<T> best(List<T> candidates, ToIntFunction<T> score) {
        List<T> ranked = candidates.stream().sorted(Comparator.comparingInt(score).reversed()).toList();
        if (ranked.isEmpty() || score.applyAsInt(ranked.get(0)) == 0
                || ranked.size() > 1 && score.applyAsInt(ranked.get(1)) == score.applyAsInt(ranked.get(0))) {
            return Optional.empty();
        }
        return Optional.of(ranked.get(0));
    }

    private static <T> Optional<T> unique(Collection<T> candidates) {
        return candidates.size() == 1 ? Optional.of(candidates.iterator().next()) : Optional.empty();
    }

    private static int overlap(Set<String> a, Set<String> b) {
        int n = 0;
        for (String x : a) {
            if (b.contains(x)) {
                n++;
            }
        }
        return n;
    }

    /** qid, label, aliases, description, country_qids, position_qids, sources. */
    private void addPerson(String[] cells) {
        Person person = new Person(cells[0], values(cells[4]), values(cells[5]));
        for (String name : names(cells[1], cells[2])) {
            if (name.contains(" ")) {
                people.computeIfAbsent(name, k -> new ArrayList<>(1)).add(person);
            }
        }
    }

    /** qid, label, aliases, country_or_org_qid, short_title, sources. */
    private void addPosition(String[] cells) {
        Position position = new Position(cells[0], optional(cells[3]));
        names(cells[1], cells[2]).forEach(name -> positions.computeIfAbsent(name, k -> new ArrayList<>(1)).add(position));
        if (position.of().isPresent()) {
            names(cells[1], cells[4]).forEach(title -> titles.computeIfAbsent(title, k -> new ArrayList<>(1)).add(position));
        }
    }

    /** qid, label, aliases, kind, country_qid, sources. */
    private void addOrganisation(String[] cells) {
        Organisation organisation = new Organisation(cells[0], cells[1].trim(), optional(cells[4]));
        names(cells[1], cells[2]).forEach(name -> organisations.computeIfAbsent(name, k -> new ArrayList<>(1)).add(organisation));
    }

    /** The folded label and aliases, each once. */
    private static Set<String> names(String label, String aliases) {
        Set<String> names = new LinkedHashSet<>();
        names.add(Text.fold(label));
        values(aliases).forEach(alias -> names.add(Text.fold(alias)));
        names.remove("");
        return names;
    }

    private static Set<String> values(String cell) {
        return cell.isBlank() ? Set.of() : new LinkedHashSet<>(Arrays.asList(cell.split("\\|")));
    }

    private static Optional<String> optional(String cell) {
        return cell.isBlank() ? Optional.empty() : Optional.of(cell.trim());
    }

    /** Each data row of a bundled table with at least {@code columns} cells whose sources are not all of unclear licence. */
    private static void rows(String table, int columns, Consumer<String[]> row) {
        try (InputStream in = WikidataTables.class.getResourceAsStream(FOLDER + table)) {
            if (in == null) {
                throw new NewsGraphException("the bundled Wikidata table " + table + " is missing from the jar: rebuild it");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                String[] cells = line.split("\t", -1);
                if (cells.length >= columns && hasClearSource(cells[cells.length - 1])) {
                    row.accept(cells);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled Wikidata table " + table, e);
        }
    }

    /** Whether a row's sources ({@code KEY:detail|KEY|...}) include one whose licence is clear. */
    private static boolean hasClearSource(String sources) {
        for (String source : sources.split("\\|")) {
            if (!UNCLEAR_SOURCES.contains(source.split(":", 2)[0].trim())) {
                return true;
            }
        }
        return false;
    }
}
