package org.newsgraph.nlp;

import java.text.Normalizer;
import java.util.Locale;

/** Small text utilities shared by the stages. Stateless. */
public final class Text {

    private Text() {
    }

    /** {@code s} with typographic quotes, apostrophes, dashes and non-breaking spaces made ASCII, char for char. */
    public static String plain(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = switch (chars[i]) {
                case '\u2018', '\u2019', '\u201B', '\u2032' -> '\'';
                case '\u201C', '\u201D', '\u201E', '\u2033', '\u00AB', '\u00BB' -> '"';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
                case '\u00A0', '\u2007', '\u202F' -> ' ';
                default -> chars[i];
            };
        }
        return new String(chars);
    }

    /** {@code s} with its accents and other combining marks removed ("Várady" to "Varady"), case kept. */
    public static String unaccented(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    /** A key for comparing names: accents removed, lower case, punctuation to single spaces. */
    public static String fold(String s) {
        String decomposed = Normalizer.normalize(plain(s), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}%.]+", " ").replaceAll("(?<!\\d)\\.|\\.(?!\\d)", "").trim()
                .replaceAll("\\s+", " ");
    }

    /** {@code s} with its first letter in upper case. */
    public static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
