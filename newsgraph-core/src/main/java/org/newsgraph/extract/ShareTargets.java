package org.newsgraph.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.Endorsement.Target;

/**
 * A share target named by its figure alone ("the alliance's 5% goal", "committing to 5%"), told with what the share is of
 * as the article says where it gives the same figure beside a spending noun ("raise defence spending to 5% of GDP"):
 * "the alliance's 5% defence spending goal".
 */
final class ShareTargets {

    private static final Pattern FIGURE = Pattern.compile("(?<![\\d.])(\\d+(?:\\.\\d+)?)%");

    private final EndorsementCues cues;

    ShareTargets(EndorsementCues cues) {
        this.cues = cues;
    }

    /** The target, its figure followed by what it is a share of when the label does not say it. */
    Target told(ParsedArticle article, Target target) {
        Matcher m = FIGURE.matcher(target.label());
        if (target.entity().isPresent() || !m.find() || saysWhatOf(target.label())) {
            return target;
        }
        String figure = m.group();
        return shareOf(article, figure)
                .map(of -> new Target(target.kind(), target.label().substring(0, m.end()) + " " + of + target.label().substring(m.end()),
                        Optional.empty()))
                .orElse(target);
    }

    private boolean saysWhatOf(String label) {
        for (String word : label.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
            if (cues.isA("share-of", word)) {
                return true;
            }
        }
        return false;
    }

    /** "defence spending": a spending noun with its modifier, in the first sentence that gives the figure. */
    private Optional<String> shareOf(ParsedArticle article, String figure) {
        Pattern same = Pattern.compile("(?<![\\d.])" + Pattern.quote(figure));
        for (ParsedSentence s : article.sentences()) {
            if (!same.matcher(TargetPhrase.percent(s.text())).find()) {
                continue;
            }
            for (int i = 1; i < s.size(); i++) {
                boolean modified = s.tag(i - 1).startsWith("JJ") || s.tag(i - 1).equals("NN");
                if (cues.isA("share-of", s.lower(i)) && modified) {
                    return Optional.of(s.lower(i - 1) + " " + s.lower(i));
                }
            }
        }
        return Optional.empty();
    }
}
