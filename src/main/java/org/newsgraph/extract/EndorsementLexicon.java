package org.newsgraph.extract;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.extract.Values.Polarity;

/**
 * The word lists of the endorsement extractor: its cues (each a regular expression with a polarity,
 * a shape and a rule name), the words that cancel a cue, the words of unnamed agents and the nouns
 * that make a target an action or a candidacy. Immutable.
 */
public final class EndorsementLexicon {

    private EndorsementLexicon() {
    }

    /** How a cue finds its endorser and target. */
    public enum Shape {
        /** Agent before the cue, target after it: "A praised B", "A voiced support for B". */
        AGENT_CUE_TARGET,
        /** As {@link #AGENT_CUE_TARGET}, but only a named person or organisation is a target: "A, challenging B". */
        AGENT_CUE_ENTITY,
        /** Endorsers after the cue, the supported person before or after the clause: "A won support from B and C". */
        SUPPORT_FROM
    }

    /** A cue: a regular expression over the lower-cased sentence, its polarity and shape, and its rule's name and trust. */
    public record Cue(String rule, Pattern pattern, Polarity polarity, Shape shape, double confidence) {
        public Cue {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(pattern, "pattern");
            Objects.requireNonNull(polarity, "polarity");
            Objects.requireNonNull(shape, "shape");
            if (!(confidence >= 0 && confidence <= 1)) {
                throw new IllegalArgumentException("confidence must be in [0, 1], but was: " + confidence);
            }
        }

        public static Cue of(String rule, String regex, Polarity polarity, Shape shape, double confidence) {
            return new Cue(rule, Pattern.compile("\\b(?:" + regex + ")\\b"), polarity, shape, confidence);
        }
    }

    /**
     * The word lists of the extractor: the cues, the words that cancel a cue before it (negation,
     * hedges, rumour), the words of unnamed agents, and the nouns that make a target an action or
     * a candidacy.
     */
    public record Words(List<Cue> cues, Pattern negation, Pattern hedge, Set<String> unnamedAgents,
                          Pattern actionNouns, Pattern candidacyNouns, Pattern anaphor) {
        public Words {
            cues = List.copyOf(cues);
            unnamedAgents = Set.copyOf(unnamedAgents);
            Objects.requireNonNull(negation, "negation");
            Objects.requireNonNull(hedge, "hedge");
            Objects.requireNonNull(actionNouns, "actionNouns");
            Objects.requireNonNull(candidacyNouns, "candidacyNouns");
            Objects.requireNonNull(anaphor, "anaphor");
        }

        public static Words english() {
            String support = "supports|supported|backs|backed|endorses|endorsed|praises|praised|welcomes|welcomed|thanks|thanked"
                    + "|hails|hailed|applauds|applauded|credits|credited|champions|championed|lauds|lauded|commends|commended";
            String oppose = "criticises|criticised|criticizes|criticized|criticise|criticize|condemns|condemned|condemn"
                    + "|opposes|opposed|oppose|denounces|denounced|denounce|rejects|rejected|reject|slams|slammed|attacked"
                    + "|decries|decried";
            String stance = "(?:very|highly|deeply|openly|sharply|increasingly|often|long|also|strongly|publicly|frequently)\\s+";
            String owner = "(?:(?:his|her|their|its|our|the|a|strong|full|firm|unwavering|continued|public|clear|solid|"
                    + "staunch|broad|initial|unequivocal)\\s+)*";
            List<Cue> cues = List.of(
                    Cue.of("endorsements.support-for", "(?:voiced|voices|expressed|expresses|confirmed|confirms|pledged|pledges|"
                            + "declared|declares|reiterated|reiterates|offered|offers|signall?ed|signals|gave|gives|lent|lends)\\s+"
                            + owner + "(?:support|backing)(?:\\s+(?:for|of|to))?", Polarity.SUPPORT, Shape.AGENT_CUE_TARGET, 0.85),
                    Cue.of("endorsements.verb-object", "(?:" + support + ")(?:\\s+and\\s+(?:" + support + "))?(?!\\s+by\\b)",
                            Polarity.SUPPORT, Shape.AGENT_CUE_TARGET, 0.75),
                    Cue.of("endorsements.campaign-for", "(?:campaigns|campaigned|advocates|advocated|argued|argues|pushed|pushes|called|calls)\\s+for",
                            Polarity.SUPPORT, Shape.AGENT_CUE_TARGET, 0.6),
                    Cue.of("endorsements.pledge-to", "(?:pledged|pledges|vowed|vows|promised|promises)\\s+to",
                            Polarity.SUPPORT, Shape.AGENT_CUE_TARGET, 0.55),
                    Cue.of("endorsements.emphasis", "(?:emphasi[sz]ed|emphasi[sz]es|stressed|stresses)",
                            Polarity.SUPPORT, Shape.AGENT_CUE_TARGET, 0.4),
                    Cue.of("endorsements.verb-object", "(?:" + oppose + ")(?:\\s+and\\s+(?:" + oppose + "))?(?!\\s+by\\b)",
                            Polarity.OPPOSE, Shape.AGENT_CUE_TARGET, 0.75),
                    Cue.of("endorsements.push-back", "(?:push|pushes|pushed|pushing)\\s+back(?:\\s+hard)?(?:\\s+(?:on|against))?",
                            Polarity.OPPOSE, Shape.AGENT_CUE_TARGET, 0.7),
                    Cue.of("endorsements.critical-of", "(?:was|is|are|were|been|be|remains|remain|remained|grew|grown|became|become)\\s+"
                            + "(?:" + stance + ")*(?:critical|sceptical|skeptical|dismissive|wary)\\s+(?:of|about)",
                            Polarity.OPPOSE, Shape.AGENT_CUE_TARGET, 0.7),
                    Cue.of("endorsements.critical-stance", "(?:critical|hostile|hard-line|hardline|tough)\\s+(?:stance|attitude|position|line|view)s?"
                            + "\\s+(?:toward|towards|on|against|of)", Polarity.OPPOSE, Shape.AGENT_CUE_TARGET, 0.6),
                    Cue.of("endorsements.opposition-to", "(?:voiced|voices|expressed|expresses|signall?ed|signals|declared|stated)\\s+"
                            + owner + "(?:opposition|objection|objections|reluctance|resistance)(?:\\s+(?:to|toward|towards|over|about))?",
                            Polarity.OPPOSE, Shape.AGENT_CUE_TARGET, 0.7),
                    Cue.of("endorsements.challenge", "challenging|challenged|challenges", Polarity.OPPOSE, Shape.AGENT_CUE_ENTITY, 0.55),
                    Cue.of("endorsements.support-from", "(?:secured|secure|securing|won|win|winning|wins|received|receive|receives|"
                            + "gained|gain|gains|garnered|enjoys|enjoyed|with)\\s+" + owner + "(?:support|backing|endorsements?)\\s+from",
                            Polarity.SUPPORT, Shape.SUPPORT_FROM, 0.6),
                    Cue.of("endorsements.passive", "(?:was|were|is|are|been|being|had been|has been)\\s+(?:" + stance + ")*"
                            + "(?:backed|supported|endorsed)\\s+by", Polarity.SUPPORT, Shape.SUPPORT_FROM, 0.65),
                    Cue.of("endorsements.passive", "(?:was|were|is|are|been|being|had been|has been)\\s+(?:" + stance + ")*"
                            + "(?:opposed|criticised|criticized|condemned|rejected)\\s+by", Polarity.OPPOSE, Shape.SUPPORT_FROM, 0.65),
                    Cue.of("endorsements.vote", "voted\\s+(?:for|in favou?r of)", Polarity.SUPPORT, Shape.AGENT_CUE_TARGET, 0.7),
                    Cue.of("endorsements.vote", "voted\\s+against", Polarity.OPPOSE, Shape.AGENT_CUE_TARGET, 0.7),
                    Cue.of("endorsements.urge-vote", "(?:urged|urges|called on|calls on|asked|asks)\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?\\s+to\\s+vote\\s+for",
                            Polarity.SUPPORT, Shape.AGENT_CUE_TARGET, 0.6),
                    Cue.of("endorsements.confidence-in", "(?:expressed|expresses|voiced|voices|declared|reaffirmed|has|had|have)\\s+"
                            + owner + "(?:confidence|trust|faith)\\s+in", Polarity.SUPPORT, Shape.AGENT_CUE_TARGET, 0.65),
                    Cue.of("endorsements.attacks-on", "(?:renewed|launched|stepped up|continued|intensified|escalated|repeated)\\s+"
                            + "(?:his|her|their|its)\\s+(?:verbal\\s+|public\\s+)?(?:attacks?|criticism)\\s+(?:on|of)",
                            Polarity.OPPOSE, Shape.AGENT_CUE_TARGET, 0.6));
            return new Words(cues,
                    Pattern.compile("\\b(?:not|never|no longer|refused to|refuses to|declined to|declines to|failed to|stopped short of)\\b|n't\\b"),
                    Pattern.compile("\\b(?:could|might|may|would|reportedly|allegedly|expected to|floated|speculated|speculation|"
                            + "rumou?red|rumou?rs|likely to|possibly|perhaps|considering|consider|if)\\b"),
                    Set.of("observers", "critics", "officials", "analysts", "experts", "diplomats", "sources", "commentators",
                            "some", "many", "others", "several", "supporters", "opponents", "they", "we", "people", "few",
                            "most", "nobody", "anyone", "someone"),
                    Pattern.compile("\\b(?:strikes?|attacks?|actions?|decisions?|operations?|pressure|invasion|move|moves|offensive|"
                            + "bombing|bombings|sanctions|deployment|withdrawal|campaign|intervention|raids?|blockade)\\b"),
                    Pattern.compile("candidacy|candidature|election|re-election|reelection|bid|nomination|appointment|selection"),
                    Pattern.compile("\\b(?:this|that|the|these|such\\s+a)\\s+(?:(?:new|proposed|latest|same|ambitious)\\s+)?"
                            + "(?:target|plan|proposal|goal|benchmark|pledge|initiative|idea|deal|agreement|commitment|measure|policy)\\b"));
        }
    }
}
