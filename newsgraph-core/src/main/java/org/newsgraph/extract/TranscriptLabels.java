package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.nlp.Entity;
import org.newsgraph.nlp.EntityKind;
import org.newsgraph.nlp.TextNames;

/**
 * The speaker labels of a transcript: a paragraph opened by a label in capitals and a colon speaks in that label's
 * voice until the next label. "MINISTER ANNA NOVAK:" or "MINISTER NOVAK:" names a person (a surname matched to a
 * person the article names); "PRIME MINISTER:" names an office only, whose voice is its holder as the article
 * names them ("Prime Minister Ana Holt announces ..."), else the country whose office it is (one the article names
 * for it, "Prime Minister of Ruritania", else the government publishing the article); "JOURNALIST:" and
 * "QUESTION:" speak for no one.
 */
final class TranscriptLabels {

    /** How many tokens a label may hold before its colon. */
    private static final int MAX_LABEL = 9;
    private static final Set<String> VOICELESS = Set.copyOf(CueWords.lines("transcript-voiceless"));

    /** A label's voice: the speaker it stands for, or none ("JOURNALIST:"). */
    record Label(Optional<Entity> speaker) {
    }

    private TranscriptLabels() {
    }

    /** The label that opens sentence {@code s}, if it opens with one. */
    static Optional<Label> of(ParsedArticle article, ParsedSentence s) {
        int colon = colon(s);
        if (colon < 0) {
            return Optional.empty();
        }
        Optional<Entity> person = person(article, s, colon);
        if (person.isPresent()) {
            return Optional.of(new Label(person));
        }
        if (!capitals(s, colon) || !opensLine(article, s)) {
            return Optional.empty();
        }
        if (voiceless(s, colon)) {
            return Optional.of(new Label(Optional.empty()));
        }
        Optional<Entity> surname = surname(article, s, colon);
        if (surname.isPresent()) {
            return Optional.of(new Label(surname));
        }
        if (office(s, colon)) {
            String office = s.text(0, colon).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            return Optional.of(new Label(holder(article, office).or(() -> country(article, office))
                    .or(() -> OrganisationContext.publisher(article))));
        }
        return Optional.empty();
    }

    /** The token of the colon that ends a label near the start of {@code s}, or -1. */
    private static int colon(ParsedSentence s) {
        for (int i = 1; i < Math.min(s.size() - 1, MAX_LABEL + 1); i++) {
            if (s.word(i).equals(":")) {
                return i;
            }
        }
        return -1;
    }

    /** "MINISTER ANNA NOVAK:": a person the tagger names before the colon, among capitalised words only. */
    private static Optional<Entity> person(ParsedArticle article, ParsedSentence s, int colon) {
        for (int j = colon - 1; j >= 0; j--) {
            if (s.ner(j).equals("PERSON")) {
                return article.agentAt(s, j);
            }
            if (!Character.isUpperCase(s.word(j).charAt(0))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Whether every word before the colon is written in capitals ("PRIME MINISTER"). */
    private static boolean capitals(ParsedSentence s, int colon) {
        for (int j = 0; j < colon; j++) {
            String w = s.word(j);
            if (!w.chars().anyMatch(Character::isLetter) || !w.equals(w.toUpperCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code s} starts a line of the article's text. */
    private static boolean opensLine(ParsedArticle article, ParsedSentence s) {
        String text = article.article().text();
        int at = s.begin(0) - 1;
        while (at >= 0 && text.charAt(at) != '\n' && Character.isWhitespace(text.charAt(at))) {
            at--;
        }
        return at < 0 || text.charAt(at) == '\n';
    }

    private static boolean voiceless(ParsedSentence s, int colon) {
        return colon == 1 && VOICELESS.contains(s.lower(0));
    }

    /** "MINISTER NOVAK:": a word of the label that is the surname of a person the article names. */
    private static Optional<Entity> surname(ParsedArticle article, ParsedSentence s, int colon) {
        for (int j = colon - 1; j >= 0; j--) {
            String word = s.word(j);
            if (CueWords.bundled().officeHeads().contains(s.lower(j))) {
                continue;
            }
            Optional<Entity> named = article.entities().stream().filter(e -> e.kind() == EntityKind.PERSON)
                    .filter(e -> e.label().contains(" ") && TextNames.surname(e.label()).equals(TextNames.surname(word))).findFirst();
            if (named.isPresent()) {
                return named;
            }
        }
        return Optional.empty();
    }

    /** Whether the label is an office: its last word is the head of an office ("PRIME MINISTER", "THE TREASURER"). */
    private static boolean office(ParsedSentence s, int colon) {
        return CueWords.bundled().officeHeads().contains(s.lower(colon - 1));
    }

    /** "Prime Minister Ana Holt announces ...": the person the article names right after the office, on one line. */
    private static Optional<Entity> holder(ParsedArticle article, String office) {
        for (ParsedSentence s : article.sentences()) {
            for (int[] at : occurrences(s, office)) {
                int next = at[1];
                if (next < s.size() && s.ner(next).equals("PERSON") && !s.text(next - 1, next + 1).contains("\n")
                        && !upper(s.word(next))) {
                    return article.agentAt(s, next);
                }
            }
        }
        return Optional.empty();
    }

    /** "Prime Minister of Ruritania": the country the article names after "of" the office. */
    private static Optional<Entity> country(ParsedArticle article, String office) {
        for (ParsedSentence s : article.sentences()) {
            for (int[] at : occurrences(s, office)) {
                int next = at[1];
                if (next + 1 < s.size() && s.lower(next).equals("of")) {
                    int name = next + 1 < s.size() && s.lower(next + 1).equals("the") ? next + 2 : next + 1;
                    Optional<Entity> country = name < s.size() ? article.entityAt(s, name) : Optional.empty();
                    if (country.isPresent() && country.get().kind() == EntityKind.COUNTRY) {
                        return country;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The token spans {@code [from, to)} of {@code s} that spell {@code office}, in any case. */
    private static List<int[]> occurrences(ParsedSentence s, String office) {
        String[] words = office.split(" ");
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i + words.length <= s.size(); i++) {
            boolean match = true;
            for (int k = 0; k < words.length && match; k++) {
                match = s.lower(i + k).equals(words[k]);
            }
            if (match) {
                out.add(new int[] {i, i + words.length});
            }
        }
        return out;
    }

    private static boolean upper(String word) {
        return word.equals(word.toUpperCase(Locale.ROOT));
    }
}
