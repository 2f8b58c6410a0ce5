//! Gold annotations: `entities.json` and one JSON file an article.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use serde::Deserialize;

use crate::error::GoldError;

use super::normalise::norm_name;

/// One canonical entity and its aliases.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldEntity {
    /// Person, Party or Organization.
    #[serde(rename = "type")]
    pub kind: String,
    /// Spellings a node label may have.
    pub aliases: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct EntitiesFile {
    entities: BTreeMap<String, GoldEntity>,
}

/// The canonical entities of a gold folder, aliases already folded.
#[derive(Debug, Clone, Default)]
pub struct GoldEntities {
    /// Canonical name -> (type: Person, Party or Organization; folded aliases).
    pub entries: BTreeMap<String, (String, Vec<String>)>,
}

/// A statement of the gold.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldStatement {
    /// Canonical speaker.
    pub speaker: String,
    /// direct, partial or indirect.
    pub kind: String,
    /// Verbatim pieces of the statement.
    pub snippets: Vec<String>,
    /// Neither rewarded nor penalised.
    #[serde(default)]
    pub optional: bool,
}

/// A person's party.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldMembership {
    /// Canonical person.
    pub person: String,
    /// Canonical party.
    pub party: String,
    /// Neither rewarded nor penalised.
    #[serde(default)]
    pub optional: bool,
}

/// A role a person holds: every keyword must stand in the role's label.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldRole {
    /// Canonical person.
    pub person: String,
    /// Keywords of the role.
    pub role: Vec<String>,
}

/// A rated inspection.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldInspection {
    /// Canonical inspectorate.
    pub inspector: String,
    /// Canonical body inspected.
    pub subject: String,
    /// Year, when known.
    #[serde(default)]
    pub year: Option<i64>,
    /// Any year will do.
    #[serde(default)]
    pub year_optional: bool,
    /// outstanding, good, requires_improvement, inadequate, or null.
    #[serde(default)]
    pub rating: Option<String>,
    /// Neither rewarded nor penalised.
    #[serde(default)]
    pub optional: bool,
}

/// One side criticised the other.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldCriticism {
    /// Canonical critic.
    pub critic: String,
    /// Canonical target.
    pub target: String,
    /// Neither rewarded nor penalised.
    #[serde(default)]
    pub optional: bool,
}

/// An answer a query must give: a statement of a document holding a snippet.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldAnswer {
    /// The article.
    pub document: String,
    /// A piece of the statement's text.
    pub snippet: String,
}

/// A question of queries.json.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldQuery {
    /// The question as a user asks it.
    pub question: String,
    /// Statements the answer must hold.
    #[serde(default)]
    pub answers: Vec<GoldAnswer>,
    /// Statements the answer may hold.
    #[serde(default)]
    pub optional: Vec<GoldAnswer>,
}

#[derive(Debug, Deserialize)]
struct QueriesFile {
    queries: Vec<GoldQuery>,
}

/// One article's gold.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldArticle {
    /// The article's file name.
    pub document: String,
    /// What is quoted or reported.
    #[serde(default)]
    pub statements: Vec<GoldStatement>,
    /// Quoted words that are not statements.
    #[serde(default)]
    pub ignore_quotes: Vec<String>,
    /// People's parties.
    #[serde(default)]
    pub memberships: Vec<GoldMembership>,
    /// Roles people hold.
    #[serde(default)]
    pub roles: Vec<GoldRole>,
    /// Rated inspections.
    #[serde(default)]
    pub inspections: Vec<GoldInspection>,
    /// Who criticised whom.
    #[serde(default)]
    pub criticisms: Vec<GoldCriticism>,
}

/// A whole gold folder.
#[derive(Debug, Clone)]
pub struct Gold {
    /// The canonical entities.
    pub entities: GoldEntities,
    /// The articles, in file-name order.
    pub articles: Vec<GoldArticle>,
    /// The questions of queries.json, when there is one.
    pub queries: Vec<GoldQuery>,
}

fn read_json<T: for<'de> Deserialize<'de>>(path: &Path) -> Result<T, GoldError> {
    let text = fs::read_to_string(path).map_err(|source| GoldError::Io { path: path.to_path_buf(), source })?;
    serde_json::from_str(&text).map_err(|source| GoldError::Json { path: path.to_path_buf(), source })
}

impl Gold {
    /// Reads `entities.json` and every other `*.json` but `queries.json` in `dir`.
    pub fn read(dir: &Path) -> Result<Gold, GoldError> {
        let file: EntitiesFile = read_json(&dir.join("entities.json"))?;
        let entries = file
            .entities
            .into_iter()
            .map(|(name, e)| (name, (e.kind, e.aliases.iter().map(|a| norm_name(a)).collect())))
            .collect();
        let listing = fs::read_dir(dir).map_err(|source| GoldError::Io { path: dir.to_path_buf(), source })?;
        let mut paths: Vec<_> = listing
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .filter(|p| !matches!(p.file_name().and_then(|n| n.to_str()), Some("entities.json" | "queries.json")))
            .collect();
        paths.sort();
        let articles = paths.iter().map(|p| read_json(p)).collect::<Result<_, _>>()?;
        let queries_path = dir.join("queries.json");
        let queries = if queries_path.exists() { read_json::<QueriesFile>(&queries_path)?.queries } else { Vec::new() };
        Ok(Gold { entities: GoldEntities { entries }, articles, queries })
    }
}

impl GoldEntities {
    /// True when `canonical` is a person.
    pub fn is_person(&self, canonical: &str) -> bool {
        self.entries.get(canonical).is_some_and(|(t, _)| t == "Person")
    }

    /// True when `canonical` is a party.
    pub fn is_party(&self, canonical: &str) -> bool {
        self.entries.get(canonical).is_some_and(|(t, _)| t == "Party")
    }

    /// True when a node of this type and label stands for `canonical`.
    pub fn matches(&self, node_type: &str, label: &str, canonical: &str) -> bool {
        self.resolve(node_type, label).contains(&canonical)
    }

    /// The canonical entities a node of this type and label can stand for: a person's
    /// label equals an alias; a party's or organisation's equals or ends with one.
    pub fn resolve(&self, node_type: &str, label: &str) -> Vec<&str> {
        let n = norm_name(label);
        let typed = matches!(node_type, "Person" | "Party" | "Organization");
        let mut hits = Vec::new();
        for (name, (kind, aliases)) in &self.entries {
            let person = kind == "Person";
            if typed && person != (node_type == "Person") {
                continue;
            }
            let hit = aliases.iter().any(|a| n == *a || (!person && n.ends_with(&format!(" {a}"))));
            if hit {
                hits.push(name.as_str());
            }
        }
        hits
    }
}
