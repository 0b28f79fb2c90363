package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the main content of an HTML page, readability-style, and returns its headings and
 * paragraphs as text in page order. Page furniture goes first: scripts, navigation, sidebars,
 * related stories, comments, share bars, cookie banners, forms, figures and footers. Then a body the
 * page marks ({@code itemprop=articleBody}, {@code <article>}, {@code <main>}) wins; otherwise the
 * container whose paragraphs score best by length and commas, with few links, together with
 * siblings that score nearly as well. Blocks that are mostly links are left out.
 * Stateless and thread-safe; the document given is not changed.
 */
public final class MainContentExtractor {

    private static final String FURNITURE = "script, style, noscript, template, nav, aside, footer, form, iframe, object, "
            + "embed, button, select, textarea, svg, canvas, figure, figcaption, dialog, [hidden], [aria-hidden=true], "
            + "[style~=(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden], "
            + "[role~=(?i)^(navigation|complementary|contentinfo|banner|search|dialog|alertdialog|menu|menubar|toolbar)$]";

    /** Class or id words of page parts that are never the story. */
    private static final Pattern NOT_CONTENT = Pattern.compile(
            "sidebar|side-bar|related|recommend|more-stories|comment(?!ary)|disqus|share|sharing|social|cookie|consent|gdpr|"
                    + "newsletter|subscribe|promo|advert|sponsor|breadcrumb|popup|modal|trending|most-?read|popular|"
                    + "outbrain|taboola|paywall|skip-?link",
            Pattern.CASE_INSENSITIVE);

    /** Class or id words of page parts that are seldom the story, unless they also say they are. */
    private static final Pattern SELDOM_CONTENT = Pattern.compile(
            "nav|menu|header|footer|masthead|banner|widget|pagination|pager|\\bads?\\b|-ad\\b|\\bad-", Pattern.CASE_INSENSITIVE);

    private static final Pattern CONTENT_HINT = Pattern.compile("article|body|content|main|story|column", Pattern.CASE_INSENSITIVE);

    private static final String MARKED_BODIES = "[itemprop=articleBody]|article|main, [role=main]";
    private static final String PARAGRAPHS = "p, pre, blockquote";
    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre";
    private static final int MIN_PARAGRAPH = 25;

    /** The text blocks of the page's main content; empty when the page has none. */
    public List<String> blocks(Document page) {
        Element body = page.clone().body();
        if (body == null) {
            return List.of();
        }
        removeFurniture(body);
        List<String> blocks = new ArrayList<>();
        for (Element container : containers(body)) {
            addBlocks(container, blocks);
        }
        return blocks;
    }

    private static void removeFurniture(Element body) {
        body.select(FURNITURE).remove();
        // The page header sits outside the story; an article's own header holds its headline.
        body.select("header").stream().filter(h -> h.closest("article, [itemprop=articleBody]") == null).forEach(Element::remove);
        for (Element element : body.getAllElements()) {
            if (element != body && !element.is("article, main, [itemprop=articleBody]") && isFurniture(element.className() + " " + element.id())) {
                element.remove();
            }
        }
    }

    private static boolean isFurniture(String names) {
        return !names.isBlank() && (NOT_CONTENT.matcher(names).find()
                || SELDOM_CONTENT.matcher(names).find() && !CONTENT_HINT.matcher(names).find());
    }

    private static List<Element> containers(Element body) {
        for (String marked : MARKED_BODIES.split("\\|")) {
            Element best = null;
            int bestLength = 0;
            for (Element candidate : body.select(marked)) {
                int length = paragraphLength(candidate);
                if (length > bestLength) {
                    best = candidate;
                    bestLength = length;
                }
            }
            if (best != null) {
                return List.of(best);
            }
        }
        return scored(body);
    }

    private static int paragraphLength(Element container) {
        return container.select(BLOCKS).stream().mapToInt(e -> e.text().length()).sum();
    }

    /** The best-scoring container and the siblings that score nearly as well, in page order. */
    private static List<Element> scored(Element body) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element paragraph : body.select(PARAGRAPHS)) {
            String text = paragraph.text();
            if (text.length() < MIN_PARAGRAPH) {
                continue;
            }
            double score = 1 + commas(text) + Math.min(text.length() / 100, 3);
            Element parent = paragraph.parent();
            if (parent != null) {
                scores.merge(parent, score, Double::sum);
                if (parent.parent() != null && parent != body) {
                    scores.merge(parent.parent(), score / 2, Double::sum);
                }
            }
        }
        scores.replaceAll((element, score) -> score * (1 - linkDensity(element)));
        Element best = scores.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(body);
        if (best == body || best.parent() == null) {
            return List.of(best);
        }
        double threshold = Math.max(10, scores.get(best) * 0.2);
        List<Element> containers = new ArrayList<>();
        for (Element sibling : best.parent().children()) {
            if (sibling == best || scores.getOrDefault(sibling, 0.0) >= threshold
                    || sibling.is("p") && sibling.text().length() > 80 && linkDensity(sibling) < 0.25) {
                containers.add(sibling);
            }
        }
        return containers;
    }

    private static void addBlocks(Element container, List<String> blocks) {
        List<Element> found = container.is(BLOCKS) ? List.of(container) : container.select(BLOCKS);
        if (found.isEmpty()) {
            addBlock(container, blocks);
        }
        for (Element block : found) {
            if (block == container || block.parents().stream().takeWhile(p -> p != container).noneMatch(p -> p.is(BLOCKS))) {
                addBlock(block, blocks);
            }
        }
    }

    private static void addBlock(Element block, List<String> blocks) {
        String text = block.text().strip();
        if (!text.isEmpty() && linkDensity(block) <= 0.5) {
            blocks.add(text);
        }
    }

    private static int commas(String text) {
        return (int) text.chars().filter(c -> c == ',').count();
    }

    private static double linkDensity(Element element) {
        int length = element.text().length();
        if (length == 0) {
            return 0;
        }
        int linked = element.select("a").stream().mapToInt(a -> a.text().length()).sum();
        return Math.min(1, (double) linked / length);
    }
}
