package org.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * CoreNLP's annotation of one article: sentences with tokens, tags, named entities and, where the
 * sentence was parsed, its enhanced++ Universal Dependencies graph. Offsets are article offsets.
 * Only {@code nlp} and {@code extract} see CoreNLP's types.
 */
public record Analysis(Annotation document) {

    public Analysis {
        Objects.requireNonNull(document, "document");
    }

    public List<CoreMap> sentences() {
        List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
        return sentences == null ? List.of() : sentences;
    }

    /** The dependency graph of {@code sentence}, when it was parsed. */
    public static Optional<SemanticGraph> dependencies(CoreMap sentence) {
        return Optional.ofNullable(sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class));
    }
}
