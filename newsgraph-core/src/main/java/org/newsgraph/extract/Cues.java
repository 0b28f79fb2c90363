package org.newsgraph.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/** Cue words shared by several extractors. */
final class Cues {

    private Cues() {
    }

    /** Words that make what follows them in a sentence uncertain, denied or merely reported. */
    static final Pattern UNCERTAIN = Pattern.compile(
            "(?i)\\b(?:could|might|may|would|possibl[ey]|potential(?:ly)?|likely to|expected to|tipped|floated|"
                    + "rumou?r(?:s|ed)?|speculat\\w*|in the running|did not|didn't|does not|doesn't|failed to|will not|"
                    + "won't|never|refused to|declined to|if)\\b");

    /** "A succeeds B": the successor stands before, the predecessor after. */
    static final Pattern SUCCEED = Pattern.compile(
            "(?i)\\b(?:(will|is set to|is to|was|has been|had been|were) (?:(?:officially|formally|unanimously) )?"
                    + "(?:(?:chosen|named|picked|appointed|tapped|selected|elected|confirmed) )?(?:to )?)?"
                    + "(succeed(?:s|ed)?|replace[sd]?|take over from|takes over from|took over from|took the reins from)\\s+");

    /** "B was succeeded by A": the predecessor stands before, the successor after. */
    static final Pattern SUCCEEDED_BY = Pattern.compile(
            "(?i)\\b(?:was|is|will be|has been|had been) (succeeded|replaced)(?: as [^,.;]{1,60}?)? by\\s+");

    /** "B handed over to A". */
    static final Pattern HAND_OVER = Pattern.compile("(?i)\\b(?:(will) )?(hand(?:s|ed)? over)(?: \\w+){0,3}? to\\s+");

    /** ", succeeding B": the sentence's subject is the successor. */
    static final Pattern SUCCEEDING = Pattern.compile("(?i),\\s*(succeeding|replacing)\\s+");


    /** Whether the cue's verb puts the change in the past. */
    static boolean past(String auxiliary, String verb) {
        String a = auxiliary == null ? "" : auxiliary.toLowerCase(Locale.ROOT);
        String v = verb.toLowerCase(Locale.ROOT);
        return a.isEmpty() && (v.endsWith("ed") || v.startsWith("took")) || a.equals("had been");
    }
}
