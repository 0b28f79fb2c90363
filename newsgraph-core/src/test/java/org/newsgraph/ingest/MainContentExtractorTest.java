package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MainContentExtractorTest {

    private static final String STORY_1 = "The finance minister of Ruritania, Anna Varga, resigned on Friday after a long dispute over the budget.";
    private static final String STORY_2 = "Her deputy, Tomas Brenn, will lead the ministry until a successor is named, the government said.";

    private static List<String> blocks(String html) {
        return new MainContentExtractor().blocks(Jsoup.parse(html));
    }

    @Test
    void articleKeepsOnlyItsOwnSentencesAmidPageFurniture() {
        String html = "<html><head><title>Minister resigns</title></head><body>"
                + "<header><a href='/'>The Daily Example</a><p>Your trusted source of news, opinion and more since 1901.</p></header>"
                + "<nav><ul><li><a href='/w'>World</a></li><li><a href='/p'>Politics with Jane Roe, Chief Editor</a></li></ul></nav>"
                + "<div class='cookie-banner'><p>We use cookies to improve your experience, as described in our policy.</p></div>"
                + "<noscript><p>Olaf Scholz holds Chancellor of Austria, a page without scripts would say.</p></noscript>"
                + "<main><article>"
                + "<h1>Minister resigns after budget row</h1>"
                + "<div class='share-bar'><a href='/s'>Share on social media</a> <span>Email this story to a friend</span></div>"
                + "<p>" + STORY_1 + "</p>"
                + "<figure><img src='x.jpg'><figcaption>Donald Trump, President of Ruritania, at a rally</figcaption></figure>"
                + "<p>" + STORY_2 + "</p>"
                + "<ul><li><a href='/a'>Opposition leader John Smith calls for an early election</a></li>"
                + "<li><a href='/b'>Markets fall as the budget crisis deepens in the capital</a></li></ul>"
                + "</article>"
                + "<aside><p>Donald Trump supports Kamala Harris, our columnist writes in a long opinion piece.</p></aside>"
                + "<div class='related-stories'><h2>More on this</h2><ul>"
                + "<li>Prime Minister Karl Weber names a new foreign minister, sources say</li></ul></div>"
                + "<section id='comments'><p>Reader Bob Stone: Emma Berg should be president of the central bank, I think.</p></section>"
                + "</main>"
                + "<footer><p>Copyright 2026 The Daily Example, all rights reserved, by its editor Mary Major.</p></footer>"
                + "<script>track('Angela Merkel endorses Emmanuel Macron');</script>"
                + "</body></html>";

        assertThat(blocks(html)).containsExactly("Minister resigns after budget row", STORY_1, STORY_2);
    }

    @Test
    void withoutMarkupForTheStoryTheBestScoringContainerWins() {
        String html = "<html><body>"
                + "<div class='top'><div class='box1'><a href='/a'>Home</a> <a href='/b'>World news</a></div></div>"
                + "<div class='wrap'>"
                + "<div class='col1'><p><a href='/x'>Donald Trump supports Kamala Harris in a surprise turn, says a columnist</a></p>"
                + "<p><a href='/y'>Olaf Scholz holds Chancellor of Austria, according to a quiz</a></p></div>"
                + "<div class='col2'><h2>Minister resigns</h2><p>" + STORY_1 + "</p><p>" + STORY_2 + "</p></div>"
                + "</div>"
                + "<div class='box9'><p>Sign up for the morning briefing, delivered free every weekday.</p></div>"
                + "</body></html>";

        assertThat(blocks(html)).containsExactly("Minister resigns", STORY_1, STORY_2);
    }

    @Test
    void articleBodyMarkedWithItempropWinsOverTheRestOfTheArticle() {
        String html = "<html><body><article>"
                + "<div class='byline'><p>By Jane Roe, with reporting by John Doe, Karl Weber and Emma Berg, in the capital</p></div>"
                + "<div itemprop='articleBody'><p>" + STORY_1 + "</p></div>"
                + "</article></body></html>";

        assertThat(blocks(html)).containsExactly(STORY_1);
    }

    @Test
    void hiddenElementsAreNotContent() {
        String html = "<html><body><article><p>" + STORY_1 + "</p>"
                + "<p hidden>Donald Trump supports Kamala Harris, a hidden line says.</p>"
                + "<div style='display: none'><p>Olaf Scholz holds Chancellor of Austria, a hidden block says.</p></div>"
                + "</article></body></html>";

        assertThat(blocks(html)).containsExactly(STORY_1);
    }

    @Test
    void pageOfFurnitureOnlyHasNoContent() {
        String html = "<html><body><nav><a href='/'>Home</a></nav><aside><p>Donald Trump supports Kamala Harris today.</p></aside>"
                + "<footer><p>Copyright 2026 The Daily Example, all rights reserved.</p></footer></body></html>";

        assertThat(blocks(html)).isEmpty();
    }

    @Test
    void theGivenDocumentIsNotChanged() {
        var page = Jsoup.parse("<html><body><nav>Menu</nav><article><p>" + STORY_1 + "</p></article></body></html>");
        String before = page.outerHtml();

        new MainContentExtractor().blocks(page);

        assertThat(page.outerHtml()).isEqualTo(before);
    }
}
