package org.newsgraph.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The acronyms an article defines by writing them in brackets after a name whose capitalised
 * words they abbreviate: "the National Defense University (NDU)" makes a later "NDU" that
 * university. An acronym whose letters do not match the words before it defines nothing.
 */
final class Acronyms {

    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}&]{1,7}");
    /** Small words a name may hold without giving its acronym a letter ("Department of State"). */
    private static final java.util.Set<String> LINKS = java.util.Set.of("of", "the", "and", "for", "on", "&");

    private Acronyms() {
    }

    /** Each acronym the article defines, with the name it stands for. */
    static Map<String, String> defined(Iterable<ParsedSentence> sentences) {
        Map<String, String> out = new HashMap<>();
        for (ParsedSentence s : sentences) {
            for (int i = 1; i + 2 < s.size(); i++) {
                if (s.word(i).equals("(") || s.word(i).equals("-LRB-")) {
                    String acronym = s.word(i + 1);
                    if (ACRONYM.matcher(acronym).matches() && (s.word(i + 2).equals(")") || s.word(i + 2).equals("-RRB-"))) {
                        int start = nameStart(s, i, acronym.replace("&", ""));
                        if (start >= 0) {
                            out.putIfAbsent(acronym, s.text(start, i));
                        }
                    }
                }
            }
        }
        return Map.copyOf(out);
    }

    /** Where the name before token {@code bracket} whose initials spell {@code letters} starts, or -1. */
    private static int nameStart(ParsedSentence s, int bracket, String letters) {
        int matched = letters.length();
        int k = bracket - 1;
        while (k >= 0 && matched > 0) {
            String w = s.word(k);
            if (LINKS.contains(s.lower(k)) && k < bracket - 1) {
                k--;
                continue;
            }
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || Character.toUpperCase(w.charAt(0)) != letters.charAt(matched - 1)) {
                return -1;
            }
            matched--;
            if (matched == 0) {
                return k;
            }
            k--;
        }
        return -1;
    }
}
