package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits plain sentence text into words and punctuation. Keeps "U.S.", "Jean-Claude", "3.5" and
 * "then-President" whole and splits a possessive "'s" off its word. Stateless and thread-safe.
 */
public final class Tokenizer {

    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{L}\\.){2,}" // initialisms: U.S., U.K.
                    + "|\\d+(?:[.,]\\d+)*%?" // numbers: 3.5, 1,000, 5%
                    + "|[\\p{L}\\p{M}][\\p{L}\\p{M}\\d]*(?:[-'][\\p{L}\\p{M}\\d]+)*(?='s\\b)" // a word before its possessive
                    + "|'s\\b"
                    + "|[\\p{L}\\p{M}][\\p{L}\\p{M}\\d]*(?:[-'][\\p{L}\\p{M}\\d]+)*"
                    + "|@\\w+"
                    + "|\\S");

    /** The tokens of {@code plain}, a sentence's plain text. */
    public List<Token> tokenize(String plain) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(plain);
        while (m.find()) {
            tokens.add(new Token(m.start(), m.end(), m.group()));
        }
        return tokens;
    }
}
