package org.newsgraph.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    private static Model ontology;

    @BeforeAll
    static void load() {
        ontology = RDFDataMgr.loadModel("ontology/newsgraph.ttl");
    }

    private static List<Resource> constants() throws IllegalAccessException {
        List<Resource> terms = new ArrayList<>();
        for (Field field : NG.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && Resource.class.isAssignableFrom(field.getType())
                    && !field.getName().equals("ONTOLOGY")) {
                terms.add((Resource) field.get(null));
            }
        }
        return terms;
    }

    @Test
    void everyConstantIsDeclaredInTheOntology() throws IllegalAccessException {
        List<Resource> terms = constants();
        assertThat(terms).hasSizeGreaterThan(60);
        for (Resource term : terms) {
            assertThat(ontology.contains(term, RDF.type)).as("%s is declared", term).isTrue();
        }
    }

    @Test
    void everyDeclaredTermHasAConstant() throws IllegalAccessException {
        Set<String> constants = constants().stream().map(Resource::getURI).collect(Collectors.toSet());
        Set<String> declared = ontology.listSubjectsWithProperty(RDF.type).toList().stream()
                .filter(Resource::isURIResource).map(Resource::getURI).filter(uri -> uri.startsWith(NG.NS))
                .collect(Collectors.toSet());
        assertThat(constants).containsExactlyInAnyOrderElementsOf(declared);
    }

    @Test
    void everyDeclaredTermHasALabelAndAComment() {
        ontology.listSubjectsWithProperty(RDF.type).forEachRemaining(term -> {
            if (term.isURIResource() && term.getURI().startsWith(NG.NS)) {
                assertThat(term.hasProperty(RDFS.label)).as("%s has rdfs:label", term).isTrue();
                assertThat(term.hasProperty(RDFS.comment)).as("%s has rdfs:comment", term).isTrue();
            }
        });
    }

    @Test
    void evidenceOffsetsAreIntegers() {
        assertThat(ontology.contains(NG.sentenceBegin, RDFS.range, org.apache.jena.vocabulary.XSD.integer)).isTrue();
        assertThat(ontology.contains(NG.sentenceEnd, RDFS.range, org.apache.jena.vocabulary.XSD.integer)).isTrue();
    }
}
