package org.newsgraph.nlp;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.Span;

/**
 * Splits an article's content into sentences with the JDK's {@link BreakIterator}, then joins back
 * the splits it makes after abbreviations that news text uses before a capitalised word ("U.S.
 * President", "Mr. Smith", "Oct. 1"). Each content line is split on its own: a headline never runs
 * into the paragraph after it. Thread-safe.
 */
public final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "gov", "sen", "rep",
            "rev", "st", "jr", "sr", "no", "vs", "etc", "inc", "corp", "ltd", "co", "dept", "est", "approx",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    /** A run of single letters with dots, such as "U.S." or "U.K.". */
    private static final Pattern INITIALISM = Pattern.compile("(?:\\p{L}\\.){1,3}");

    public List<Sentence> split(Article article) {
        List<Sentence> sentences = new ArrayList<>();
        String text = article.text();
        for (Span line : article.body()) {
            for (Span span : splitLine(text, line)) {
                sentences.add(Sentence.of(sentences.size(), span, span.of(text)));
            }
        }
        return sentences;
    }

    private List<Span> splitLine(String text, Span line) {
        BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        breaks.setText(text.substring(line.begin(), line.end()));
        List<Span> spans = new ArrayList<>();
        int start = breaks.first();
        int pending = start;
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            String piece = text.substring(line.begin() + pending, line.begin() + end);
            if (end < line.length() && endsWithAbbreviation(piece.stripTrailing())) {
                continue;
            }
            addTrimmed(text, new Span(line.begin() + pending, line.begin() + end), spans);
            pending = end;
        }
        return spans;
    }

    private static boolean endsWithAbbreviation(String piece) {
        if (!piece.endsWith(".")) {
            return false;
        }
        int space = piece.lastIndexOf(' ');
        String last = piece.substring(space + 1);
        String word = last.substring(0, last.length() - 1).toLowerCase(Locale.ROOT);
        return ABBREVIATIONS.contains(word) || INITIALISM.matcher(last).matches();
    }

    private static void addTrimmed(String text, Span span, List<Span> spans) {
        int begin = span.begin();
        int end = span.end();
        while (begin < end && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > begin) {
            spans.add(new Span(begin, end));
        }
    }
}
