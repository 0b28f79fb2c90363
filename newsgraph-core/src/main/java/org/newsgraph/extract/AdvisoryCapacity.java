package org.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.Participants.Holder;
import org.newsgraph.extract.Values.HoldingStatus;
import org.newsgraph.nlp.Entity;
import org.newsgraph.nlp.EntityKind;

/**
 * Reads service to an organisation "in an advisory capacity" as the office of adviser there: "Ana
 * Holt will continue to serve the Orlan Ministry of Trade in an advisory capacity" (adviser at that
 * ministry, to be). The organisation is the object of "serve"; whoever serves it is the adviser.
 * Pure.
 */
final class AdvisoryCapacity {

    /** How many steps up the parse the server may be the subject of ("will continue to serve"). */
    private static final int REACH = 3;
    private static final Set<String> FUTURE = Set.of("will", "shall");

    private AdvisoryCapacity() {
    }

    /** The advisory offices {@code s} names. */
    static List<RoleHolding> in(ParsedArticle a, ParsedSentence s) {
        List<RoleHolding> out = new ArrayList<>();
        Optional<SemanticGraph> graph = s.graph();
        for (int i = 0; i < s.size() && graph.isPresent(); i++) {
            if (!s.lemma(i).equals("serve") || !s.tag(i).startsWith("VB") || !advisory(s, i)) {
                continue;
            }
            Optional<Entity> organisation = servedOrganisation(a, s, i);
            IndexedWord verb = graph.get().getNodeByIndexSafe(i + 1);
            Optional<Holder> server = verb == null ? Optional.empty() : Participants.subjectAbove(a, s, graph.get(), verb, REACH);
            if (organisation.isPresent() && server.isPresent()) {
                int from = Math.min(server.get().token(), i);
                HoldingStatus status = future(s, i) ? HoldingStatus.DESIGNATE : HoldingStatus.CURRENT;
                out.add(new RoleHolding(server.get().person(), new Office("adviser", organisation), Optional.empty(), Optional.empty(),
                        status, s.evidence(a.id(), from, i + 1, "roles.advisory-capacity")));
            }
        }
        return out;
    }

    /** Whether "in an advisory capacity" follows the verb at {@code i} within a few words. */
    private static boolean advisory(ParsedSentence s, int i) {
        for (int k = i + 1; k + 1 < s.size() && k <= i + 10; k++) {
            if (s.lower(k).equals("advisory") && s.lower(k + 1).equals("capacity") && s.lower(k - 2).equals("in")) {
                return true;
            }
            if (s.word(k).equals(",") || s.word(k).equals(";") || s.tag(k).startsWith("VB")) {
                return false;
            }
        }
        return false;
    }

    /** The organisation right after "serve", past its determiner ("serve the Orlan Ministry of Trade"). */
    private static Optional<Entity> servedOrganisation(ParsedArticle a, ParsedSentence s, int i) {
        int k = i + 1;
        if (k < s.size() && s.tag(k).equals("DT")) {
            k++;
        }
        return k < s.size() && s.ner(k).equals("ORGANIZATION")
                ? a.entityAt(s, k).filter(e -> e.kind() == EntityKind.ORGANIZATION) : Optional.empty();
    }

    /** Whether a "will" or "shall" stands among the few words before the verb at {@code i} ("will continue to serve"). */
    private static boolean future(ParsedSentence s, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
            if (FUTURE.contains(s.lower(k))) {
                return true;
            }
            if (!s.tag(k).startsWith("VB") && !s.tag(k).equals("TO") && !s.tag(k).equals("MD") && !s.tag(k).startsWith("RB")) {
                return false;
            }
        }
        return false;
    }
}
