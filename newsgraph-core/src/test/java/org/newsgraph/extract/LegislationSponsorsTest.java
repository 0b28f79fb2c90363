package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.Article;
import org.newsgraph.nlp.Entity;

class LegislationSponsorsTest {

    private static final String SENATE_RESOLUTION = "IN THE SENATE OF THE UNITED STATES\n\n"
            + "Mr. Hallworth (for himself and Ms. Ostrander) submitted the following resolution; which was referred to the Committee on Trade\n\n"
            + "RESOLUTION\n\nCalling on all member states to lower their tariffs on farm goods.";

    private static List<String> seats(Article article) {
        return LegislationSponsors.seats(Annotate.article(article).get(ParsedArticle.LAYER)).stream()
                .map(r -> r.person().label() + " | " + r.office().role() + " | " + r.office().organization().map(Entity::label).orElse(""))
                .toList();
    }

    @Test
    void sponsorsNamedByTitleAndSurnameAreTheSponsors() {
        ParsedArticle article = Annotate.parsed(SENATE_RESOLUTION);

        assertThat(LegislationSponsors.in(article)).extracting(s -> s.person().label()).containsExactly("Hallworth", "Ostrander");
    }

    @Test
    void sponsorsOfASenateResolutionAreSenatorsOfTheCountryItsHeaderNames() {
        assertThat(seats(Article.of("t1", SENATE_RESOLUTION)))
                .containsExactlyInAnyOrder("Hallworth | Senator | United States", "Ostrander | Senator | United States");
    }

    @Test
    void sponsorsOfAHouseBillAreRepresentativesOfTheGovernmentThatPublishedIt() {
        String text = "IN THE HOUSE OF REPRESENTATIVES\n\nMs. Delacroix introduced the following bill; which was referred to the Committee on Energy\n\n"
                + "A BILL\n\nTo require a yearly report on grid storage.";
        Article plain = Article.of("t1", text);
        Article published = new Article(plain.id(), plain.text(), plain.body(),
                new Article.Metadata(Optional.empty(), Optional.empty(), Optional.of("https://www.congress.gov/bill/hr1")));

        assertThat(seats(published)).containsExactly("Delacroix | Representative | United States");
    }

    @Test
    void sponsorsOutsideABillHoldNoSeat() {
        assertThat(seats(Article.of("t1", "Mr. Hallworth submitted the following resolution to the club's annual meeting on Friday.")))
                .isEmpty();
    }

    @Test
    void aSurnameWithoutTitleIsNoSponsor() {
        ParsedArticle article = Annotate.parsed("IN THE SENATE OF THE UNITED STATES\n\nHallworth submitted the following resolution.");

        assertThat(LegislationSponsors.in(article)).isEmpty();
    }
}
