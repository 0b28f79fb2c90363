package org.newsgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The cue words the parse-based role and succession extractors read, from the bundled lists under
 * {@code cues/} (one word or phrase a line, {@code #} starts a comment). Immutable and thread-safe.
 */
record CueWords(Set<String> officeHeads, Set<String> ranks, Set<String> modifiers, Set<String> former,
                Set<String> designate, Set<String> appointment, Set<String> postNouns, Set<String> national, Set<String> bodies, List<String> successionVerbs,
                Set<String> partyWords, Set<String> partyOffices) {

    private static final CueWords BUNDLED = new CueWords(
            set("office-heads"), set("ranks"), set("office-modifiers"), set("former"), set("designate"),
            set("appointment-verbs"), set("post-nouns"), set("national-offices"), set("body-nouns"), lines("succession-verbs"),
            set("party-words"), set("party-offices"));

    /** The bundled lists. */
    static CueWords bundled() {
        return BUNDLED;
    }

    private static Set<String> set(String name) {
        return Set.copyOf(lines(name));
    }

    static List<String> lines(String name) {
        String resource = "/org/newsgraph/cues/" + name + ".txt";
        try (InputStream in = CueWords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("cue list " + resource + " is missing from the class path: rebuild the jar");
            }
            List<String> out = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    out.add(trimmed.toLowerCase(Locale.ROOT));
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read cue list " + resource, e);
        }
    }
}
