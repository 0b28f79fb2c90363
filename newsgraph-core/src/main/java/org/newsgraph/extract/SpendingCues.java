package org.newsgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.Values.Scope;
import org.newsgraph.extract.Values.TargetStatus;

/**
 * The cue words of the spending-target extractor, each lemma with its roles (governor, status,
 * praise, exclude, scope, group, gdp, defence, anaphor); read from {@code cues/spending.tsv}. Immutable.
 */
record SpendingCues(Map<String, Set<String>> roles) {

    private static final String BUNDLED = "/org/newsgraph/cues/spending.tsv";

    SpendingCues {
        Map<String, Set<String>> copy = new HashMap<>();
        roles.forEach((lemma, r) -> copy.put(lemma, Set.copyOf(r)));
        roles = Map.copyOf(copy);
    }

    /** The bundled English cues. */
    static SpendingCues bundled() {
        try (InputStream in = SpendingCues.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLED + ": cue file missing from the classpath; rebuild the jar");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(BUNDLED + ": cue file cannot be read", e);
        }
    }

    /** Lines "lemma TAB role"; blank lines and lines starting with '#' are skipped. */
    static SpendingCues parse(BufferedReader reader) throws IOException {
        Map<String, Set<String>> roles = new HashMap<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            if (cells.length != 2) {
                throw new IllegalArgumentException("cue line " + number + " must be 'lemma<TAB>role', but was: " + line);
            }
            roles.computeIfAbsent(cells[0].trim().toLowerCase(Locale.ROOT), k -> new HashSet<>()).add(cells[1].trim());
        }
        return new SpendingCues(roles);
    }

    boolean is(String lemma, String role) {
        return roles.getOrDefault(lemma, Set.of()).contains(role);
    }

    /** The status a governing word gives the target, if it is a status cue. */
    Optional<TargetStatus> status(String lemma) {
        for (TargetStatus status : TargetStatus.values()) {
            if (is(lemma, "status-" + status.label())) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    /** The scope a word near the share names, if any. */
    Optional<Scope> scope(String lemma) {
        if (is(lemma, "scope-core")) {
            return Optional.of(Scope.CORE);
        }
        return is(lemma, "scope-related") ? Optional.of(Scope.RELATED) : Optional.empty();
    }
}
