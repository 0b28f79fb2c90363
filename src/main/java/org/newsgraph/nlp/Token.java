package org.newsgraph.nlp;

/** A word or punctuation mark of a sentence, with sentence-relative offsets. */
public record Token(int begin, int end, String text) {

    public boolean isWord() {
        return Character.isLetterOrDigit(text.charAt(0));
    }

    /** Starts with an upper-case letter. */
    public boolean isCapitalised() {
        return Character.isUpperCase(text.charAt(0));
    }

    /** Two or more letters, all upper case ("NATO", "EU"). */
    public boolean isAcronym() {
        return text.length() >= 2 && text.chars().allMatch(c -> Character.isUpperCase(c) || c == '.');
    }
}
