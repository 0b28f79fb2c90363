package org.newsgraph.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.newsgraph.testing.Samples;
import org.newsgraph.vocab.NG;

class ShapesValidatorTest {

    private final FactMapper mapper = new FactMapper();
    private final ShapesValidator validator = new ShapesValidator();

    @Test
    void mappedGraphsConform() {
        for (var facts : List.of(Samples.articleA(), Samples.articleB(), Samples.articleC())) {
            ValidationReport report = validator.validate(mapper.toGraph(facts));
            assertThat(validator.format(report)).as(facts.article().id()).isEmpty();
            assertThat(report.conforms()).isTrue();
        }
    }

    @Test
    void aPercentOutOfRangeIsReported() {
        Graph g = mapper.toGraph(Samples.articleA());
        Node target = g.find(Node.ANY, RDF.type.asNode(), NG.SpendingTarget.asNode()).next().getSubject();
        g.remove(target, NG.percentOfGDP.asNode(), Node.ANY);
        g.add(Triple.create(target, NG.percentOfGDP.asNode(), NodeFactory.createLiteralDT("150", XSDDatatype.XSDdecimal)));
        ValidationReport report = validator.validate(g);
        assertThat(report.conforms()).isFalse();
        assertThat(validator.format(report)).singleElement().asString()
                .contains("ng:percentOfGDP", "(0, 100]", "150");
    }

    @Test
    void aMissingHolderIsReported() {
        Graph g = mapper.toGraph(Samples.articleA());
        g.remove(Node.ANY, NG.holder.asNode(), Node.ANY);
        ValidationReport report = validator.validate(g);
        assertThat(report.conforms()).isFalse();
        assertThat(validator.format(report)).singleElement().asString()
                .startsWith("<https://w3id.org/newsgraph/id/fact/role/")
                .contains("ng:holder", "exactly one ng:holder")
                .doesNotContain("\n");
    }

    @Test
    void aWrongStatusAndADateWithoutDatatypeAreReported() {
        Graph g = mapper.toGraph(Samples.articleA());
        Node role = g.find(Node.ANY, RDF.type.asNode(), NG.RoleHolding.asNode()).next().getSubject();
        g.add(Triple.create(role, NG.status.asNode(), NG.Pledged.asNode()));
        g.add(Triple.create(role, NG.endDate.asNode(), NodeFactory.createLiteralString("2024")));
        assertThat(validator.format(validator.validate(g))).hasSize(2)
                .anySatisfy(line -> assertThat(line).contains("ng:status"))
                .anySatisfy(line -> assertThat(line).contains("ng:endDate"));
    }

    @Test
    void aLabelWithoutItsLanguageTagIsReported() {
        Graph g = mapper.toGraph(Samples.articleA());
        Node venturini = g.find(Node.ANY, org.apache.jena.vocabulary.RDFS.label.asNode(),
                NodeFactory.createLiteralLang("Aldo Venturini", "en")).next().getSubject();
        assertThat(validator.validate(g).conforms()).isTrue();
        g.remove(venturini, org.apache.jena.vocabulary.RDFS.label.asNode(), Node.ANY);
        g.add(Triple.create(venturini, org.apache.jena.vocabulary.RDFS.label.asNode(), NodeFactory.createLiteralString("Aldo Venturini")));
        assertThat(validator.format(validator.validate(g))).isNotEmpty()
                .allSatisfy(line -> assertThat(line).contains("aldo-venturini", "rdfs:label", "(@en)"));
    }
}
