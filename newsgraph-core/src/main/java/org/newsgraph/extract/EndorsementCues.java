package org.newsgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.Values.Polarity;
import org.newsgraph.extract.Values.TargetKind;

/**
 * The words of the endorsement extractor, by lemma: cue verbs, adjectives and nouns with their
 * polarity, the words that cancel a cue (blockers, modals), the verbs of saying, and the head nouns
 * that make a target a candidacy or an action. Loaded from {@code cues/endorsement.tsv}. Immutable.
 */
public final class EndorsementCues {

    private static final String BUNDLED = "/org/newsgraph/cues/endorsement.tsv";
    /** The prefix of the classes of verbs that tell an event an anaphor noun names ("event-increase"). */
    private static final String EVENT = "event-";

    /** The part of speech a cue word is read as. */
    public enum CueClass { VERB, ADJECTIVE, NOUN }

    private final Map<CueClass, Map<String, Polarity>> cues;
    private final Map<String, Set<String>> words;
    /** Cues of the phrase patterns, by class ("verb-prep", "judgement") and lemma. */
    private final Map<String, Map<String, Polarity>> phrasal;

    private EndorsementCues(Map<CueClass, Map<String, Polarity>> cues, Map<String, Set<String>> words,
                            Map<String, Map<String, Polarity>> phrasal) {
        this.cues = cues;
        this.words = words;
        this.phrasal = phrasal;
    }

    /** The bundled English word list. */
    public static EndorsementCues bundled() {
        try (InputStream in = EndorsementCues.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("the endorsement word list " + BUNDLED + " is missing from the classpath");
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the endorsement word list " + BUNDLED, e);
        }
    }

    static EndorsementCues read(BufferedReader reader) throws IOException {
        Map<CueClass, Map<String, Polarity>> cues = new HashMap<>();
        Map<String, Set<String>> words = new HashMap<>();
        Map<String, Map<String, Polarity>> phrasal = new HashMap<>();
        String line;
        boolean header = true;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] cells = line.split("\t", -1);
            String lemma = cells[0].trim();
            String kind = cells[1].trim();
            switch (kind) {
                case "verb", "adjective", "noun" -> cues.computeIfAbsent(CueClass.valueOf(kind.toUpperCase(java.util.Locale.ROOT)),
                        k -> new HashMap<>()).put(lemma, polarity(cells.length > 2 ? cells[2].trim() : "", line));
                case "verb-prep", "judgement" -> phrasal.computeIfAbsent(kind, k -> new HashMap<>())
                        .put(lemma, polarity(cells.length > 2 ? cells[2].trim() : "", line));
                default -> words.computeIfAbsent(kind, k -> new HashSet<>()).add(lemma);
            }
        }
        return new EndorsementCues(cues, words, phrasal);
    }

    private static Polarity polarity(String cell, String line) {
        return switch (cell) {
            case "+" -> Polarity.SUPPORT;
            case "-" -> Polarity.OPPOSE;
            default -> throw new IllegalArgumentException("a cue needs the polarity + or -, but was: '" + cell + "' in: " + line);
        };
    }

    /** The polarity of a cue of this class and lemma, if it is one. */
    public Optional<Polarity> cue(CueClass cueClass, String lemma) {
        return Optional.ofNullable(cues.getOrDefault(cueClass, Map.of()).get(lemma));
    }

    /** The polarity of a verb read with a preposition ("vote", "against"), if it is a cue. */
    public Optional<Polarity> withPreposition(String verbLemma, String preposition) {
        return Optional.ofNullable(phrasal.getOrDefault("verb-prep", Map.of()).get(verbLemma + " " + preposition));
    }

    /** The polarity of an evaluative adjective ("unrealistic"), if it is one. */
    public Optional<Polarity> judgement(String adjective) {
        return Optional.ofNullable(phrasal.getOrDefault("judgement", Map.of()).get(adjective));
    }

    /** Whether a word of this class ("judge", "stress", "importance", "weak-agent", "anaphor") is this lemma. */
    public boolean isA(String wordClass, String lemma) {
        return is(wordClass, lemma);
    }

    /** Every word of a class ("group"). */
    public Set<String> words(String wordClass) {
        return Set.copyOf(words.getOrDefault(wordClass, Set.of()));
    }

    /**
     * The noun that names the event a verb tells ("loosen": "loosening", "raise": "increase"), when the verb is one of an
     * {@code event-NOUN} class of a noun that is not a catch-all ("change"); the first such noun in alphabetical order.
     */
    public Optional<String> eventNoun(String verbLemma) {
        return words.entrySet().stream()
                .filter(e -> e.getKey().startsWith(EVENT) && e.getValue().contains(verbLemma))
                .map(e -> e.getKey().substring(EVENT.length()))
                .filter(noun -> !is("any-event", noun))
                .sorted().findFirst();
    }

    public boolean blocker(String lemma) {
        return is("blocker", lemma);
    }

    public boolean modal(String lemma) {
        return is("modal", lemma);
    }

    public boolean say(String lemma) {
        return is("say", lemma);
    }

    /** The kind of a target with this head noun that is not a person. */
    public TargetKind kindOf(String headLemma) {
        if (is("candidacy", headLemma)) {
            return TargetKind.CANDIDACY;
        }
        return is("action", headLemma) ? TargetKind.ACTION : TargetKind.POLICY;
    }

    private boolean is(String kind, String lemma) {
        return words.getOrDefault(kind, Set.of()).contains(lemma);
    }
}
