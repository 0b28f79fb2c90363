package org.newsgraph.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A percentage written in a sentence, read from its tokens: digits or number words before "%",
 * "percent", "per cent" or "pc" ("2.5%", "two percent", "3 per cent", "2-percent", "5pc"). CoreNLP's
 * own reading is not used: it takes British "per cent" for money and leaves number words unread.
 *
 * @param value the percentage, in (0, 100]
 * @param from  the first token
 * @param to    the token after the last
 */
record Percentage(BigDecimal value, int from, int to) {

    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10));
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    /** A number and its unit in one token: "2%", "2-percent", "5pc". */
    private static final Pattern JOINED = Pattern.compile("(\\d+(?:\\.\\d+)?)-?(?:%|percent|per-cent|pc)");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The percentages of a sentence, left to right. */
    static List<Percentage> in(ParsedSentence s) {
        List<Percentage> found = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            Matcher joined = JOINED.matcher(s.lower(i));
            if (joined.matches()) {
                add(found, new BigDecimal(joined.group(1)), i, i + 1);
                continue;
            }
            int unitEnd = unitAfter(s, i + 1);
            if (unitEnd < 0) {
                continue;
            }
            Optional<BigDecimal> value = number(s, i);
            if (value.isPresent()) {
                add(found, value.get(), i, unitEnd);
            }
        }
        return found;
    }

    private static void add(List<Percentage> found, BigDecimal value, int from, int to) {
        if (value.signum() > 0 && value.compareTo(HUNDRED) <= 0) {
            found.add(new Percentage(value, from, to));
        }
    }

    /** The end of a unit starting at token {@code i} ("%", "percent", "per cent", "- percent"), or -1. */
    private static int unitAfter(ParsedSentence s, int i) {
        if (i < s.size() && s.lower(i).equals("-")) {
            i++;
        }
        if (i >= s.size()) {
            return -1;
        }
        String w = s.lower(i);
        if (w.equals("%") || w.equals("percent") || w.equals("pc") || w.equals("per-cent")) {
            return i + 1;
        }
        return w.equals("per") && i + 1 < s.size() && s.lower(i + 1).equals("cent") ? i + 2 : -1;
    }

    /** The number written at token {@code i}: digits, or a number word ("three", "two and a half" read from its first word). */
    private static Optional<BigDecimal> number(ParsedSentence s, int i) {
        String w = s.lower(i).replace(",", "");
        if (NUMBER.matcher(w).matches()) {
            return Optional.of(new BigDecimal(w));
        }
        Integer word = WORDS.get(w);
        if (word != null) {
            return Optional.of(BigDecimal.valueOf(word));
        }
        if (w.equals("half") && i >= 4 && s.lower(i - 1).equals("a") && s.lower(i - 2).equals("and")) {
            return Optional.ofNullable(WORDS.get(s.lower(i - 3))).map(n -> BigDecimal.valueOf(n).add(new BigDecimal("0.5")));
        }
        return Optional.empty();
    }
}
