//! The terms the RDF exports use: schema.org, and quotegraph's own vocabulary
//! (`schema/vocab.ttl`) where schema.org has none.

use oxigraph::model::NamedNodeRef;

/// Declares one constant a term: `terms!("schema", "http://schema.org/"; PERSON = "Person";)`.
macro_rules! terms {
    ($prefix:literal, $namespace:literal; $($name:ident = $local:literal;)*) => {$(
        #[doc = concat!("`", $prefix, ":", $local, "`")]
        pub const $name: NamedNodeRef<'static> = NamedNodeRef::new_unchecked(concat!($namespace, $local));
    )*};
}

/// schema.org, with the `http://` base of its published JSON-LD context, so that our
/// triples join other schema.org data.
pub mod schema {
    use super::NamedNodeRef;

    terms! {
        "schema", "http://schema.org/";
        CLAIM = "Claim";
        GOVERNMENT_ORGANIZATION = "GovernmentOrganization";
        NEWS_ARTICLE = "NewsArticle";
        ORGANIZATION = "Organization";
        ORGANIZATION_ROLE = "OrganizationRole";
        PERSON = "Person";
        POLITICAL_PARTY = "PoliticalParty";
        QUOTATION = "Quotation";
        RATING = "Rating";
        REVIEW = "Review";
        ABOUT = "about";
        AUTHOR = "author";
        CREATOR = "creator";
        DATE_PUBLISHED = "datePublished";
        HAS_PART = "hasPart";
        HEADLINE = "headline";
        IS_BASED_ON = "isBasedOn";
        IS_PART_OF = "isPartOf";
        ITEM_REVIEWED = "itemReviewed";
        MEMBER_OF = "memberOf";
        NAME = "name";
        PARENT_ORGANIZATION = "parentOrganization";
        PUBLISHER = "publisher";
        RATING_VALUE = "ratingValue";
        REVIEW_ASPECT = "reviewAspect";
        REVIEW_RATING = "reviewRating";
        ROLE_NAME = "roleName";
        TEXT = "text";
        URL = "url";
    }
}

/// quotegraph's own terms, defined in `schema/vocab.ttl`.
pub mod qg {
    use super::NamedNodeRef;

    /// The namespace.
    pub const NAMESPACE: &str = "urn:quotegraph:vocab:";

    terms! {
        "qg", "urn:quotegraph:vocab:";
        FINDING = "Finding";
        CRITICISED = "criticised";
        CUE = "cue";
        EVIDENCE = "evidence";
        FOUND = "found";
        INSPECTION_KIND = "inspectionKind";
        POLARITY = "polarity";
        SENTENCE = "sentence";
        STATEMENT_KIND = "statementKind";
    }
}
