package org.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.Span;

/**
 * The linguistic analysis of an article with Stanford CoreNLP: tokens, sentences, parts of
 * speech, lemmas, named entities (with SUTime dates normalised against the publication date) and,
 * for sentences short enough to be worth it, the Universal Dependencies parse. The sentences
 * CoreNLP splits after an abbreviation of a numbered reference it does not know ("H.Res. 135") are
 * joined before tagging ({@link NumberedReferenceJoiner}).
 *
 * <p>The text given to CoreNLP is the article text with everything outside its content spans
 * blanked, so every CoreNLP offset is an offset into {@link Article#text()}. CoreNLP keeps one
 * instance of each annotator per set of properties for the whole JVM, so the models are loaded
 * once however many analyzers are made; an analyzer is thread-safe.
 */
public final class Analyzer {

    /** The marks that open the items of a bulleted list. */
    private static final String BULLETS = "-*\u2022\u00B7\u2013";

    /**
     * How the analysis runs. {@code maxParseTokens}: longer sentences are tagged but not parsed
     * (parsing cost grows faster than length and such "sentences" are mostly lists or debris).
     */
    public record Settings(int maxParseTokens, boolean fineGrainedNer) {
        public Settings {
            if (maxParseTokens < 1) {
                throw new IllegalArgumentException("max parse tokens must be positive, but was: " + maxParseTokens);
            }
        }

        public static Settings defaults() {
            return new Settings(80, true);
        }
    }

    private final Settings settings;
    private final StanfordCoreNLP splitter;
    private final NumberedReferenceJoiner joiner;
    private final StanfordCoreNLP tagger;
    private final StanfordCoreNLP parser;

    public Analyzer(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.splitter = new StanfordCoreNLP(splitterProperties());
        this.joiner = NumberedReferenceJoiner.bundled();
        this.tagger = new StanfordCoreNLP(taggerProperties(settings));
        this.parser = new StanfordCoreNLP(parserProperties());
    }

    public Analyzer() {
        this(Settings.defaults());
    }

    private static Properties splitterProperties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit");
        // A headline or a dateline without a full stop is a sentence of its own.
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("tokenize.options", "untokenizable=noneDelete,invertible=true");
        props.setProperty("tokenize.language", "en");
        return props;
    }

    /** The taggers run on the sentences the splitter made and the joiner mended. */
    private static Properties taggerProperties(Settings settings) {
        Properties props = new Properties();
        props.setProperty("annotators", "pos,lemma,ner");
        props.setProperty("enforceRequirements", "false");
        props.setProperty("ner.applyFineGrained", Boolean.toString(settings.fineGrainedNer()));
        if (settings.fineGrainedNer()) {
            props.setProperty("ner.fine.regexner.mapping", FineGrainedMapping.property());
        }
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("ner.useSUTime", "true");
        props.setProperty("sutime.includeRange", "true");
        props.setProperty("tokenize.language", "en");
        return props;
    }

    private static Properties parserProperties() {
        Properties props = new Properties();
        props.setProperty("annotators", "depparse");
        props.setProperty("enforceRequirements", "false");
        return props;
    }

    public Settings settings() {
        return settings;
    }

    /** Analyses {@code article}; the result holds CoreNLP's annotation of its content. */
    public Analysis analyze(Article article) {
        Annotation document = new Annotation(contentOnly(article));
        article.metadata().published().ifPresent(date -> document.set(CoreAnnotations.DocDateAnnotation.class, date.toString()));
        splitter.annotate(document);
        joiner.join(document);
        tagger.annotate(document);
        List<CoreMap> parseable = document.get(CoreAnnotations.SentencesAnnotation.class).stream()
                .filter(s -> s.get(CoreAnnotations.TokensAnnotation.class).size() <= settings.maxParseTokens())
                .toList();
        if (!parseable.isEmpty()) {
            Annotation subset = new Annotation(document.get(CoreAnnotations.TextAnnotation.class));
            subset.set(CoreAnnotations.SentencesAnnotation.class, parseable);
            parser.annotate(subset);
        }
        return new Analysis(document);
    }

    /**
     * The article text with every character outside its content spans turned to a space (newlines
     * kept), and each list item's bullet turned into a line break, so that the items of a bulleted
     * list, which rarely end in a full stop, are sentences of their own (the last item ends at the
     * next blank line or full stop, as a paragraph does). Offsets are unchanged.
     */
    static String contentOnly(Article article) {
        char[] text = article.text().toCharArray();
        boolean[] content = new boolean[text.length];
        for (Span span : article.body()) {
            for (int i = span.begin(); i < span.end(); i++) {
                content[i] = true;
            }
        }
        for (int i = 0; i < text.length; i++) {
            if (!content[i] && text[i] != '\n') {
                text[i] = ' ';
            }
        }
        markListItems(text);
        return new String(text);
    }

    /** A bullet ("-", "*", "•", "·", "–") that opens a line and is followed by a space becomes a second newline. */
    private static void markListItems(char[] text) {
        for (int i = 0; i + 1 < text.length; i++) {
            boolean lineStart = i == 0 || text[i - 1] == '\n';
            if (lineStart && BULLETS.indexOf(text[i]) >= 0 && text[i + 1] == ' ') {
                text[i] = '\n';
            }
        }
    }

    /** The tokens of a sentence, for callers that hold a sentence of an {@link Analysis}. */
    public static List<CoreLabel> tokens(CoreMap sentence) {
        return sentence.get(CoreAnnotations.TokensAnnotation.class);
    }
}
