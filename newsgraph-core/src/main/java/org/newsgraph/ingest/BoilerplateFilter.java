package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the content of an article: its non-blank lines minus web boilerplate (navigation, paywall
 * notices, calls to subscribe, social-media sign-offs, stray tokens) and minus paragraphs that
 * repeat an earlier one word for word. Works on lines so that offsets stay those of the file.
 * Stateless and thread-safe.
 */
public final class BoilerplateFilter {

    private static final Pattern BOILERPLATE = Pattern.compile(
            "skip to (?:main )?content|already a subscriber|log ?in(?:to)? (?:to )?your account|sign(?:ing)? ?in\\b|"
                    + "sign up (?:for|to)|subscribe (?:now|today|to)|join the movement|keep up to date with|"
                    + "all rights reserved|cookie (?:policy|settings)|advertisement|share (?:this|on) |follow us on|"
                    + "^article text:?$|^read more\\b|^related (?:articles?|stories)|^click here",
            Pattern.CASE_INSENSITIVE);

    /** "— Name (@handle) July 10, 2025": the sign-off line of an embedded post. */
    private static final Pattern EMBED_SIGNOFF = Pattern.compile("^[—–-]\\s*[^()]{2,80}\\(@\\w+\\)\\s+\\p{L}+\\.? \\d{1,2}, \\d{4}$");

    /** A trailing link to an embedded picture or post, cut from the content. */
    private static final Pattern TRAILING_EMBED_LINK = Pattern.compile("\\s*(?:pic\\.twitter\\.com|https?://t\\.co)/\\S+\\s*$");

    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

    /** The content spans of {@code text} that start at or after {@code from}. */
    public List<Span> body(String text, int from) {
        List<Span> body = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int lineStart = from;
        while (lineStart < text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            Span content = content(text, lineStart, lineEnd);
            if (content != null && seen.add(normalise(content.of(text)))) {
                body.add(content);
            }
            lineStart = lineEnd + 1;
        }
        return body;
    }

    private Span content(String text, int lineStart, int lineEnd) {
        int begin = lineStart;
        int end = lineEnd;
        while (begin < end && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        String line = text.substring(begin, end);
        Matcher link = TRAILING_EMBED_LINK.matcher(line);
        if (link.find()) {
            end = begin + link.start();
            line = text.substring(begin, end);
        }
        if (line.isEmpty() || isBoilerplate(line)) {
            return null;
        }
        return new Span(begin, end);
    }

    static boolean isBoilerplate(String line) {
        if (BOILERPLATE.matcher(line).find() || EMBED_SIGNOFF.matcher(line).matches()) {
            return true;
        }
        Matcher words = WORD.matcher(line);
        int count = 0;
        while (words.find()) {
            count++;
        }
        // A line of fewer than two words ("4o", "Advertisement") is never a sentence of the story.
        return count < 2;
    }

    private static String normalise(String line) {
        return line.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
