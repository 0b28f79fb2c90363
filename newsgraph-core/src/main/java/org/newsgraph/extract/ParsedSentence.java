package org.newsgraph.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsgraph.ingest.Span;
import org.newsgraph.nlp.Analysis;

/**
 * One sentence of CoreNLP's analysis as the extractors read it: its tokens (0-based here; CoreNLP's
 * dependency graph numbers them from 1), its dependency graph when it was parsed, and article spans.
 */
public final class ParsedSentence {

    private final int index;
    private final CoreMap sentence;
    private final List<CoreLabel> tokens;
    private final Optional<SemanticGraph> graph;
    private final String articleText;

    ParsedSentence(int index, CoreMap sentence, String articleText) {
        this.index = index;
        this.sentence = sentence;
        this.tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        this.graph = Analysis.dependencies(sentence);
        this.articleText = articleText;
    }

    /** The sentence's position in its article, from 0. */
    public int index() {
        return index;
    }

    public List<CoreLabel> tokens() {
        return tokens;
    }

    public int size() {
        return tokens.size();
    }

    public CoreLabel token(int i) {
        return tokens.get(i);
    }

    /** The dependency graph, when the sentence was parsed (short enough, see the analyzer's settings). */
    public Optional<SemanticGraph> graph() {
        return graph;
    }

    /** The 0-based token index of a node of the dependency graph. */
    public static int at(IndexedWord word) {
        return word.index() - 1;
    }

    public String word(int i) {
        return tokens.get(i).word();
    }

    public String lower(int i) {
        return tokens.get(i).word().toLowerCase(Locale.ROOT);
    }

    public String lemma(int i) {
        String lemma = tokens.get(i).lemma();
        return lemma == null ? lower(i) : lemma.toLowerCase(Locale.ROOT);
    }

    public String tag(int i) {
        String tag = tokens.get(i).tag();
        return tag == null ? "" : tag;
    }

    public String ner(int i) {
        String ner = tokens.get(i).ner();
        return ner == null ? "O" : ner;
    }

    /** SUTime's or the number normaliser's value for the token ("2025-09", "5.0"), if any. */
    public Optional<String> normalized(int i) {
        return Optional.ofNullable(tokens.get(i).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class));
    }

    /** The tokens {@code [from, to)} of the maximal run of tokens with the NER tag of token {@code i}. */
    public int[] nerRun(int i) {
        String tag = ner(i);
        int from = i;
        int to = i + 1;
        while (from > 0 && ner(from - 1).equals(tag)) {
            from--;
        }
        while (to < tokens.size() && ner(to).equals(tag)) {
            to++;
        }
        return new int[] {from, to};
    }

    /** The article span of the sentence. */
    public Span span() {
        return new Span(begin(0), end(tokens.size() - 1));
    }

    /** The article span of the tokens {@code [from, to)}. */
    public Span span(int from, int to) {
        return new Span(begin(from), end(to - 1));
    }

    public int begin(int i) {
        return tokens.get(i).beginPosition();
    }

    public int end(int i) {
        return tokens.get(i).endPosition();
    }

    /** Whether a line break stands between token {@code i} and the one before it (lines the splitter joined). */
    public boolean lineBreakBefore(int i) {
        return i > 0 && i < tokens.size() && articleText.substring(end(i - 1), begin(i)).indexOf('\n') >= 0;
    }

    /** The article text of the tokens {@code [from, to)}, as written. */
    public String text(int from, int to) {
        return from >= to ? "" : articleText.substring(begin(from), end(to - 1));
    }

    /** The sentence as written in the article. */
    public String text() {
        return text(0, tokens.size());
    }

    /** Evidence for a fact stated by the tokens {@code [from, to)} of this sentence. */
    public Evidence evidence(String articleId, int from, int to, String extractor) {
        return new Evidence(articleId, span(), text(), span(from, to), extractor, 1.0);
    }

    /** The raw CoreNLP sentence, for the few callers that need an annotation not exposed here. */
    CoreMap coreMap() {
        return sentence;
    }
}
