package org.newsgraph.extract;

import java.util.List;
import java.util.Optional;
import org.newsgraph.extract.Participants.Holder;
import org.newsgraph.nlp.Entity;
import org.newsgraph.nlp.EntityKind;

/**
 * The signature block of a press release or a caption: a name on one line and its office on the
 * next ("Hon Ana Holt" / "Minister of Trade"), which the sentence splitter either joins into one
 * verbless sentence ("Hon Ana Holt Minister of Trade") or keeps as two, the first perhaps a label
 * ("Sending Office: Honorable Ana Holt" / "Member of Parliament"). Either way the named person
 * holds the office. Nothing else may stand in the block: a sentence with a verb is prose, read by
 * the other patterns, unless the name and the office each stand alone on their lines.
 */
final class Bylines {

    private Bylines() {
    }

    /** The person whose name ends the block that {@code office} completes, if {@code office} ends a byline. */
    static Optional<Holder> holder(ParsedArticle a, ParsedSentence s, OfficePhrase office) {
        Optional<Holder> stacked = lineAbove(a, s, office);
        if (stacked.isPresent()) {
            return stacked;
        }
        if (!onlyPunctuationFrom(s, office.to()) || hasVerb(s)) {
            return Optional.empty();
        }
        if (office.from() > 0) {
            return nameEndingAt(a, s, office.from());
        }
        List<ParsedSentence> sentences = a.sentences();
        int previous = s.index() - 1;
        if (previous < 0 || previous >= sentences.size() || hasVerbAfterLabel(sentences.get(previous))) {
            return Optional.empty();
        }
        ParsedSentence before = sentences.get(previous);
        int end = before.size();
        while (end > 0 && isPunctuation(before, end - 1)) {
            end--;
        }
        return nameEndingAt(a, before, end).map(h -> new Holder(h.person(), office.from()));
    }

    /**
     * "Press Statement / Ana Holt / Minister of Trade / Orlan City": an office alone on its line, right
     * under a line that is only a person's name, whatever lines the splitter joined around them.
     */
    private static Optional<Holder> lineAbove(ParsedArticle a, ParsedSentence s, OfficePhrase office) {
        String text = a.article().text();
        int begin = s.begin(office.from());
        int lineStart = text.lastIndexOf('\n', begin - 1) + 1;
        int lineEnd = text.indexOf('\n', s.end(office.to() - 1));
        if (lineStart == 0 || lineEnd < 0 || !text.substring(lineStart, begin).isBlank()
                || !text.substring(s.end(office.to() - 1), lineEnd).isBlank()) {
            return Optional.empty();
        }
        int above = text.lastIndexOf('\n', lineStart - 2) + 1;
        int from = office.from();
        while (from > 0 && s.begin(from - 1) >= above) {
            from--;
        }
        if (from == office.from() || !text.substring(above, s.begin(from)).isBlank()) {
            return Optional.empty();
        }
        for (int k = from; k < office.from(); k++) {
            if (!s.tag(k).startsWith("NNP") && !s.ner(k).equals("PERSON") && !a.nameTitle(s.word(k))) {
                return Optional.empty();
            }
        }
        int start = from;
        return a.personNamed(s, start, office.from()).filter(p -> p.kind() == EntityKind.PERSON && p.label().contains(" "))
                .map((Entity p) -> new Holder(p, start));
    }

    /** The person named by the words right before {@code end}, back to the start or to a label's colon. */
    private static Optional<Holder> nameEndingAt(ParsedArticle a, ParsedSentence s, int end) {
        int from = end;
        while (from > 0 && (s.tag(from - 1).startsWith("NNP") || s.ner(from - 1).equals("PERSON") || a.nameTitle(s.word(from - 1)))) {
            from--;
        }
        if (from == end || from > 0 && !s.word(from - 1).equals(":")) {
            return Optional.empty();
        }
        int start = from;
        return a.personNamed(s, start, end).filter(p -> p.kind() == EntityKind.PERSON && p.label().contains(" "))
                .map((Entity p) -> new Holder(p, start));
    }

    private static boolean onlyPunctuationFrom(ParsedSentence s, int from) {
        for (int i = from; i < s.size(); i++) {
            if (!isPunctuation(s, i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPunctuation(ParsedSentence s, int i) {
        return s.word(i).codePoints().noneMatch(Character::isLetterOrDigit);
    }

    private static boolean hasVerb(ParsedSentence s) {
        return hasVerbFrom(s, 0);
    }

    /** Whether a verb follows the sentence's label, if it has one ("Sending Office: ..."). */
    private static boolean hasVerbAfterLabel(ParsedSentence s) {
        int colon = 0;
        for (int i = 0; i < s.size(); i++) {
            if (s.word(i).equals(":")) {
                colon = i + 1;
            }
        }
        return hasVerbFrom(s, colon);
    }

    private static boolean hasVerbFrom(ParsedSentence s, int from) {
        for (int i = from; i < s.size(); i++) {
            if (s.tag(i).startsWith("VB") || s.tag(i).equals("MD")) {
                return true;
            }
        }
        return false;
    }
}
