package org.newsgraph.visual;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsgraph.nlp.Text;

/**
 * Reads which share of GDP an endorsement topic names, when it names one and little else ("the 5%
 * target", "5 percent of GDP goal", "committing to 5% defence spending"): one percentage, a word
 * that makes it a share to spend, and at most two words of other kinds (from
 * {@code cues/share-topics.txt}). A topic that says more ("three nations track to meet 5% …") is a
 * topic of its own. Stateless.
 */
final class ShareTopics {

    /** A share of GDP: its percent and its scope, "total" or "core". */
    record Share(BigDecimal percent, String scope) {
    }

    private static final String CUES = "/org/newsgraph/cues/share-topics.txt";
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(?:%|percent\\b|per cent\\b)", Pattern.CASE_INSENSITIVE);
    /** Words besides the listed ones a topic that names a share may hold. */
    private static final int OTHER_WORDS = 2;

    private static final Set<String> NOUNS = entries("noun");
    private static final Set<String> WORDS = entries("word");

    private ShareTopics() {
    }

    /** The share of GDP {@code label} names, if it names exactly one and little else. */
    static Optional<Share> named(String label) {
        Matcher m = PERCENT.matcher(label);
        Set<BigDecimal> percents = new HashSet<>();
        while (m.find()) {
            percents.add(new BigDecimal(m.group(1)).stripTrailingZeros());
        }
        List<String> words = Arrays.stream(Text.fold(PERCENT.matcher(label).replaceAll(" ")).split(" "))
                .filter(w -> !w.isEmpty()).toList();
        boolean aShare = words.stream().anyMatch(NOUNS::contains);
        long others = words.stream().filter(w -> !NOUNS.contains(w) && !WORDS.contains(w)).count();
        if (percents.size() != 1 || !aShare || others > OTHER_WORDS) {
            return Optional.empty();
        }
        return Optional.of(new Share(percents.iterator().next(), words.contains("core") ? "core" : "total"));
    }

    private static Set<String> entries(String role) {
        return lines().stream().filter(l -> l.startsWith(role + " ")).map(l -> l.substring(role.length() + 1))
                .collect(Collectors.toUnmodifiableSet());
    }

    private static List<String> lines() {
        try (InputStream in = ShareTopics.class.getResourceAsStream(CUES)) {
            if (in == null) {
                throw new IllegalStateException("cue list " + CUES + " is missing from the class path: rebuild the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read cue list " + CUES, e);
        }
    }
}
