package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scoring rules of eval/GOLD-FORMAT.md, on invented rows. */
class EvaluatorTest {

    private static Row row(String... cells) {
        java.util.Map<String, String> map = new java.util.HashMap<>();
        for (int i = 0; i < cells.length; i += 2) {
            map.put(cells[i], cells[i + 1]);
        }
        return new Row(map);
    }

    private static Score score(FactKind kind, List<Row> gold, List<Row> produced) {
        return new Evaluator().evaluate(Map.of(kind, gold), Map.of(kind, produced)).scores().get(kind);
    }

    @Test
    void personMatchesOnSurnameAndRoleOnContentWords() {
        Row gold = row("person", "Ada Kern", "role", "Secretary General", "org", "NATO", "start", "2030-10-01");
        Row produced = row("person", "Kern", "role", "Secretary-General", "org", "the NATO", "start", "2030-10-01");
        Score s = score(FactKind.ROLES, List.of(gold), List.of(produced));
        assertThat(s.matched()).isEqualTo(1);
        assertThat(s.dateAgreement()).isEqualTo(1.0);
    }

    @Test
    void synonymsAndShortFormsFold() {
        Row gold = row("person", "Dana Price", "role", "Ambassador to the European Union", "org", "United States");
        Row produced = row("person", "Dana Price", "role", "Envoy to the EU", "org", "U.S.");
        assertThat(score(FactKind.ROLES, List.of(gold), List.of(produced)).matched()).isEqualTo(1);
    }

    @Test
    void wikidataIdsDecideWhereBothHaveOne() {
        Row gold = row("actor", "Spain", "actor_qid", "Q29", "percent", "2", "deadline", "");
        Row other = row("actor", "Spain", "actor_qid", "Q30", "percent", "2.0", "deadline", "");
        assertThat(score(FactKind.SPENDING_TARGETS, List.of(gold), List.of(other)).matched()).isZero();
    }

    @Test
    void endorsementTargetNeedsHalfOfTheGoldWordsByFourLetterStems() {
        Row gold = row("endorser", "Poland", "polarity", "+", "target", "US strikes on Iranian nuclear sites");
        Row close = row("endorser", "Poland", "polarity", "support", "target", "the strikes on Iranian nuclear sites");
        Row far = row("endorser", "Poland", "polarity", "support", "target", "the new budget");
        assertThat(score(FactKind.ENDORSEMENTS, List.of(gold), List.of(close)).matched()).isEqualTo(1);
        assertThat(score(FactKind.ENDORSEMENTS, List.of(gold), List.of(far)).matched()).isZero();
    }

    @Test
    void anEndorserNamedBySurnameMeetsTheFullName() {
        Row gold = row("endorser", "Marta Quill", "polarity", "-", "target", "the harbour tax");
        Row surname = row("endorser", "Quill", "polarity", "oppose", "target", "harbour tax");
        Row other = row("endorser", "Marta Stone", "polarity", "oppose", "target", "harbour tax");
        assertThat(score(FactKind.ENDORSEMENTS, List.of(gold), List.of(surname)).matched()).isEqualTo(1);
        assertThat(score(FactKind.ENDORSEMENTS, List.of(gold), List.of(other)).matched()).isZero();
    }

    @Test
    void rowsArePairedSoThatAsManyGoldRowsAsPossibleAreMet() {
        // The broad produced row meets both gold rows, the narrow one only the first: giving the broad one to the first
        // gold row, as a first-come pairing does, leaves the second unmatched; the best pairing meets both.
        Row narrowGold = row("endorser", "Marta Quill", "polarity", "+", "target", "the harbour tax");
        Row wideGold = row("endorser", "Marta Quill", "polarity", "+", "target", "Ruritania's grain exports");
        Row broad = row("endorser", "Quill", "polarity", "support", "target", "grain exports and the harbour tax");
        Row narrow = row("endorser", "Quill", "polarity", "support", "target", "harbour tax");
        Score s = score(FactKind.ENDORSEMENTS, List.of(narrowGold, wideGold), List.of(broad, narrow));
        assertThat(s.matched()).isEqualTo(2);
        assertThat(s.missed()).isEmpty();
        assertThat(s.spurious()).isEmpty();
    }

    @Test
    void amongEqualPairingsTheOneWhoseDatesAgreeIsChosen() {
        Row gold = row("person", "Ada Kern", "role", "Secretary General", "org", "NATO", "start", "2030-10-01");
        Row undated = row("person", "Kern", "role", "Secretary General", "org", "NATO", "start", "");
        Row dated = row("person", "Ada Kern", "role", "Secretary General of NATO", "org", "NATO", "start", "2030-10-01");
        Score s = score(FactKind.ROLES, List.of(gold), List.of(undated, dated));
        assertThat(s.matched()).isEqualTo(1);
        assertThat(s.dateAgreement()).isEqualTo(1.0);
        assertThat(s.spurious()).containsExactly(undated);
    }

    @Test
    void precisionRecallAndF1CountDeduplicatedRows() {
        Row gold = row("actor", "NATO", "percent", "5", "deadline", "2035");
        Row dup1 = row("actor", "NATO", "percent", "5", "deadline", "2035");
        Row dup2 = row("actor", "nato", "percent", "5", "deadline", "2035");
        Row wrong = row("actor", "NATO", "percent", "3", "deadline", "");
        Score s = score(FactKind.SPENDING_TARGETS, List.of(gold), List.of(dup1, dup2, wrong));
        assertThat(s.produced()).isEqualTo(2);
        assertThat(s.precision()).isEqualTo(0.5);
        assertThat(s.recall()).isEqualTo(1.0);
        assertThat(s.f1()).isCloseTo(2 * 0.5 / 1.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(s.spurious()).containsExactly(wrong);
    }

    @Test
    void spendingTargetMatchesOnEitherSidesActorOrCountry() {
        Row gold = row("actor", "Keir Starmer", "percent", "2.5", "deadline", "2027", "country", "United Kingdom");
        Row byCountry = row("actor", "United Kingdom", "percent", "2.5", "deadline", "2027", "country", "United Kingdom");
        Row personWithCountry = row("actor", "Prime Minister", "percent", "2.5", "deadline", "2027", "country", "UK");
        Row otherCountry = row("actor", "France", "percent", "2.5", "deadline", "2027", "country", "France");
        Row goldCountryActor = row("actor", "Poland", "percent", "2", "deadline", "");
        Row producedPerson = row("actor", "Jan Nowak", "percent", "2", "deadline", "", "country", "Poland");
        assertThat(score(FactKind.SPENDING_TARGETS, List.of(gold), List.of(byCountry)).matched()).isEqualTo(1);
        assertThat(score(FactKind.SPENDING_TARGETS, List.of(gold), List.of(personWithCountry)).matched()).isEqualTo(1);
        assertThat(score(FactKind.SPENDING_TARGETS, List.of(gold), List.of(otherCountry)).matched()).isZero();
        assertThat(score(FactKind.SPENDING_TARGETS, List.of(goldCountryActor), List.of(producedPerson)).matched()).isEqualTo(1);
    }
}
