package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.AnnotatedArticle;

/** Runs the extractors over the bundled sample corpus and prints what they find, for a human to read. */
class CorpusExtractionTest {

    @Test
    void extractorsRunOverTheSampleCorpus() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("corpus"))) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        EndorsementExtractor endorsements = new EndorsementExtractor();
        SpendingTargetExtractor targets = new SpendingTargetExtractor();
        for (Path file : files) {
            AnnotatedArticle article = Annotate.file(file);
            System.out.println("== " + article.article().id());
            for (Endorsement e : endorsements.apply(article)) {
                System.out.printf("E %s | %s | %s:%s | q=%s | %s | %s%n", e.endorser().label(), e.polarity().label(),
                        e.target().kind().label(), e.target().label(), e.quote().orElse("-"), e.evidence().extractor(),
                        article.article().text().substring(e.evidence().span().begin(), e.evidence().span().end()));
            }
            // the spending reader needs the roles and successions layers (offices held, "his predecessor")
            AnnotatedArticle withRoles = article.with(RoleExtractor.LAYER, new RoleExtractor().apply(article));
            AnnotatedArticle layered = withRoles.with(SuccessionExtractor.LAYER, new SuccessionExtractor().apply(withRoles));
            for (SpendingTarget t : targets.apply(layered)) {
                System.out.printf("S %s | %s%% | %s | %s | %s | %s | %s%n", t.actor().label(), t.percent().toPlainString(),
                        t.scope().label(), t.deadline().map(Object::toString).orElse("-"), t.status().label(), t.evidence().extractor(),
                        article.article().text().substring(t.evidence().span().begin(), t.evidence().span().end()));
            }
        }
    }
}
