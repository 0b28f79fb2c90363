package org.newsgraph.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.nlp.Gazetteer;
import org.newsgraph.testing.JavaSerialisation;
import org.newsgraph.testing.Samples;

class LinkEvidenceTest {

    /** The evidence of {@code articles} merged one by one in a shuffled order, grouped at random. */
    static LinkEvidence shuffledMerge(List<ArticleFacts> articles, long seed) {
        Random random = new Random(seed);
        List<LinkEvidence> parts = new ArrayList<>(articles.stream().map(LinkEvidence::of).toList());
        Collections.shuffle(parts, random);
        while (parts.size() > 1) {
            int at = random.nextInt(parts.size() - 1);
            LinkEvidence merged = random.nextBoolean() ? parts.get(at).merge(parts.get(at + 1)) : parts.get(at + 1).merge(parts.get(at));
            parts.set(at, merged);
            parts.remove(at + 1);
        }
        return parts.isEmpty() ? LinkEvidence.EMPTY : parts.get(0);
    }

    private static final List<ArticleFacts> SAMPLES = List.of(Samples.articleA(), Samples.articleB(), Samples.articleC(), Samples.emojiArticle());

    @Test
    void mergingInAnyOrderAndGroupingGivesTheEvidenceOfAllTheArticles() {
        LinkEvidence all = LinkEvidence.of(SAMPLES);

        for (long seed = 1; seed <= 20; seed++) {
            assertThat(shuffledMerge(SAMPLES, seed)).as("seed %s", seed).isEqualTo(all);
        }
        assertThat(all.fullNames()).contains(Samples.KOSTOVA, Samples.VENTURINI);
    }

    @Test
    void emptyEvidenceMergesToTheOther() {
        LinkEvidence some = LinkEvidence.of(Samples.articleA());

        assertThat(LinkEvidence.EMPTY.merge(some)).isEqualTo(some).isEqualTo(some.merge(LinkEvidence.EMPTY));
    }

    @Test
    void evidenceCoversThatOfItsOwnArticlesButNotThatOfAnother() {
        LinkEvidence all = LinkEvidence.of(SAMPLES);
        LinkEvidence one = LinkEvidence.of(Samples.articleA());

        assertThat(all.covers(one)).isTrue();
        assertThat(all.covers(LinkEvidence.EMPTY)).isTrue();
        assertThat(one.covers(all)).isFalse();
    }

    @Test
    void whatEvidenceGivesBeyondTheKnownMergesToTheSameAsAllOfIt() {
        LinkEvidence known = LinkEvidence.of(Samples.articleA());
        LinkEvidence more = LinkEvidence.of(SAMPLES);

        LinkEvidence beyond = more.beyond(known);

        assertThat(known.merge(beyond)).isEqualTo(known.merge(more));
        assertThat(beyond.fullNames()).doesNotContainAnyElementsOf(known.fullNames());
        assertThat(more.beyond(more)).isEqualTo(LinkEvidence.EMPTY);
        assertThat(known.beyond(more)).isEqualTo(LinkEvidence.EMPTY);
    }

    @Test
    void evidenceAndTablesSurviveJavaSerialisation() throws Exception {
        LinkEvidence evidence = LinkEvidence.of(SAMPLES);
        LinkTables tables = new EntityLinker(Gazetteer.bundled()).tables(evidence);

        assertThat(JavaSerialisation.roundTrip(evidence)).isEqualTo(evidence);
        assertThat(JavaSerialisation.roundTrip(tables)).isEqualTo(tables);
    }
}
