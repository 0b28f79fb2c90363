package org.newsgraph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The NewsGraph ontology (ontology/newsgraph.ttl) as Jena constants. */
public final class NG {

    /** The namespace of the ontology's terms. */
    public static final String NS = "https://w3id.org/newsgraph/ontology#";
    /** The preferred prefix. */
    public static final String PREFIX = "ng";
    /** The ontology itself. */
    public static final Resource ONTOLOGY = ResourceFactory.createResource("https://w3id.org/newsgraph/ontology");

    private NG() {
    }

    /** The namespace as a string. */
    public static String getURI() {
        return NS;
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }

    // ------------------------------------------------------------ classes

    /** A real-world thing an article mentions. */
    public static final Resource Entity = resource("Entity");
    /** A human being named in an article. */
    public static final Resource Person = resource("Person");
    /** An organisation such as an alliance, a government body, a party or a company. */
    public static final Resource Organization = resource("Organization");
    /** A sovereign state, taken as an organisation. */
    public static final Resource Country = resource("Country");
    /** A named group of agents acting together. */
    public static final Resource Group = resource("Group");
    /** A city or other place that is not itself an agent. */
    public static final Resource Place = resource("Place");
    /** An office of an organisation or country. */
    public static final Resource Office = resource("Office");
    /** What a non-person endorsement is about. */
    public static final Resource Topic = resource("Topic");
    /** A news article read by NewsGraph. */
    public static final Resource Article = resource("Article");
    /** Something an article states, as an n-ary node. */
    public static final Resource Fact = resource("Fact");
    /** A person holds, held or is designated to hold an office. */
    public static final Resource RoleHolding = resource("RoleHolding");
    /** A person follows another in an office. */
    public static final Resource Succession = resource("Succession");
    /** An agent publicly supports or opposes a target. */
    public static final Resource Endorsement = resource("Endorsement");
    /** A defence-spending target as a share of GDP. */
    public static final Resource SpendingTarget = resource("SpendingTarget");
    /** Where a fact was read. */
    public static final Resource Evidence = resource("Evidence");
    /** The value set of holding statuses. */
    public static final Resource HoldingStatus = resource("HoldingStatus");
    /** The value set of polarities. */
    public static final Resource Polarity = resource("Polarity");
    /** The value set of endorsement target kinds. */
    public static final Resource TargetKind = resource("TargetKind");
    /** The value set of spending scopes. */
    public static final Resource SpendingScope = resource("SpendingScope");
    /** The value set of spending-target statuses. */
    public static final Resource TargetStatus = resource("TargetStatus");

    // ------------------------------------------------------------ individuals

    /** In office at the time of writing. */
    public static final Resource Current = resource("Current");
    /** No longer in office at the time of writing. */
    public static final Resource Former = resource("Former");
    /** Chosen, not yet in office at the time of writing. */
    public static final Resource Designate = resource("Designate");
    /** Public support. */
    public static final Resource Support = resource("Support");
    /** Public opposition. */
    public static final Resource Oppose = resource("Oppose");
    /** The target is a person. */
    public static final Resource PersonTarget = resource("PersonTarget");
    /** The target is a candidacy, election or appointment. */
    public static final Resource CandidacyTarget = resource("CandidacyTarget");
    /** The target is an action. */
    public static final Resource ActionTarget = resource("ActionTarget");
    /** The target is a policy. */
    public static final Resource PolicyTarget = resource("PolicyTarget");
    /** All defence spending. */
    public static final Resource TotalScope = resource("TotalScope");
    /** Core military spending. */
    public static final Resource CoreScope = resource("CoreScope");
    /** Defence-related spending. */
    public static final Resource RelatedScope = resource("RelatedScope");
    /** Agreed or backed by the actor. */
    public static final Resource Agreed = resource("Agreed");
    /** Pledged by the actor. */
    public static final Resource Pledged = resource("Pledged");
    /** Proposed by the actor. */
    public static final Resource Proposed = resource("Proposed");
    /** Opposed by the actor. */
    public static final Resource Opposed = resource("Opposed");
    /** An earlier commitment still in force. */
    public static final Resource Existing = resource("Existing");

    // ------------------------------------------------------------ properties of entities

    /** The organisation whose office this is. */
    public static final Property ofOrganization = property("ofOrganization");
    /** The office in plain words without its organisation. */
    public static final Property roleName = property("roleName");
    /** An article that mentions this entity. */
    public static final Property mentionedIn = property("mentionedIn");
    /** The entity a topic concerns. */
    public static final Property about = property("about");

    // ------------------------------------------------------------ properties of facts

    /** The person who holds the office. */
    public static final Property holder = property("holder");
    /** The office a role holding or succession is about. */
    public static final Property office = property("office");
    /** When the holding began. */
    public static final Property startDate = property("startDate");
    /** When the holding ended. */
    public static final Property endDate = property("endDate");
    /** Current, former or designate. */
    public static final Property status = property("status");
    /** The person who takes the office over. */
    public static final Property successor = property("successor");
    /** The person who held the office before. */
    public static final Property predecessor = property("predecessor");
    /** When the succession takes effect. */
    public static final Property date = property("date");
    /** Who takes the position. */
    public static final Property endorser = property("endorser");
    /** What the endorsement supports or opposes. */
    public static final Property target = property("target");
    /** The kind of the endorsement's target. */
    public static final Property targetKind = property("targetKind");
    /** Support or opposition. */
    public static final Property polarity = property("polarity");
    /** A verbatim quotation attributed to the endorser. */
    public static final Property quote = property("quote");
    /** Who sets, agrees, pledges, proposes or opposes the spending target. */
    public static final Property actor = property("actor");
    /** The target as a percentage of GDP. */
    public static final Property percentOfGDP = property("percentOfGDP");
    /** The country whose defence budget the spending target is about. */
    public static final Property budgetOf = property("budgetOf");
    /** Total, core or related spending. */
    public static final Property scope = property("scope");
    /** The year by which the target is to be reached. */
    public static final Property deadline = property("deadline");
    /** Where the spending target stands for its actor. */
    public static final Property targetStatus = property("targetStatus");

    // ------------------------------------------------------------ evidence and articles

    /** A piece of evidence for a fact. */
    public static final Property evidence = property("evidence");
    /** The article the evidence was read from. */
    public static final Property article = property("article");
    /** The sentence that states the fact, verbatim. */
    public static final Property sentenceText = property("sentenceText");
    /** Offset of the sentence's first character, in Unicode code points. */
    public static final Property sentenceBegin = property("sentenceBegin");
    /** Offset just past the sentence's last character, in Unicode code points. */
    public static final Property sentenceEnd = property("sentenceEnd");
    /** The extraction rule that read the fact. */
    public static final Property extractor = property("extractor");
    /** How far the extractor is to be trusted, in [0, 1]. */
    public static final Property confidence = property("confidence");
    /** The article's id. */
    public static final Property articleId = property("articleId");
    /** The article text as read. */
    public static final Property text = property("text");
}
