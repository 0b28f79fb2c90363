package org.newsgraph.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The lexicon of office titles ("prime minister", "secretary general", "envoy"). Gives a regular
 * expression for any title and tells whether a word belongs to one, so that names are not read
 * into titles. Immutable, thread-safe.
 */
public final class Titles {

    private static final String BUNDLED = "/org/newsgraph/titles.txt";

    private final List<String> titles;
    private final Set<String> words = new HashSet<>();
    private final String regex;

    private Titles(List<String> titles) {
        this.titles = List.copyOf(titles);
        for (String title : titles) {
            // The head word of each title ("minister" of "finance minister", "chief" of "chief of
            // staff") is a title word; modifiers ("finance", "party", "bank") also name other things.
            String[] parts = title.split(" of ")[0].split("[ -]");
            words.add(parts[parts.length - 1]);
        }
        this.regex = titles.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(t -> java.util.Arrays.stream(t.split("[ -]")).map(Pattern::quote).collect(Collectors.joining("[ -]")))
                .distinct()
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    public static Titles bundled() {
        List<String> titles = new ArrayList<>();
        try (InputStream in = Titles.class.getResourceAsStream(BUNDLED);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String title = line.strip().toLowerCase(Locale.ROOT);
                if (!title.isEmpty() && !title.startsWith("#")) {
                    titles.add(title);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Titles(titles);
    }

    /** A regular expression (no groups, to be compiled case-insensitively) matching any title. */
    public String regex() {
        return regex;
    }

    /** Whether {@code word} is the head word of some title ("Minister", "General"). */
    public boolean isTitleWord(String word) {
        return words.contains(word.toLowerCase(Locale.ROOT));
    }
}
