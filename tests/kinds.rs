//! The lists of kinds outside Rust (the JSON schema, the TypeScript types, the README) agree with
//! the table of kinds, which the validator, `chart.data` and the property tests read.

use outage_charts::Kind;

fn names() -> Vec<&'static str> {
    Kind::ALL.iter().map(|k| k.name()).collect()
}

/// The kinds of a TypeScript-style union `kind: "a" | "b";` on the line holding `marker`.
fn union_after(text: &str, marker: &str) -> Vec<String> {
    let line = text
        .lines()
        .find(|l| l.trim_start().starts_with(marker))
        .unwrap_or_else(|| panic!("no line starting {marker}"));
    let union = line
        .split(':')
        .nth(1)
        .unwrap_or("")
        .split(';')
        .next()
        .unwrap_or("");
    union
        .split('|')
        .map(|k| k.trim().trim_matches('"').to_string())
        .collect()
}

#[test]
fn the_schema_lists_the_kinds_of_the_table() {
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("../www/dataset.schema.json")).unwrap();
    let kinds: Vec<&str> = schema["properties"]["kind"]["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k.as_str().unwrap())
        .collect();
    assert_eq!(kinds, names());
}

#[test]
fn the_typescript_types_and_the_readme_list_the_kinds_of_the_table() {
    let web: String = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/src/web"))
        .unwrap()
        .map(|entry| std::fs::read_to_string(entry.unwrap().path()).unwrap_or_default())
        .collect();
    assert_eq!(
        union_after(&web, "kind: \"bar\" |"),
        names(),
        "src/web types"
    );
    let readme = include_str!("../README.md");
    assert_eq!(union_after(readme, "kind: \"bar\" |"), names(), "README");
}

#[test]
fn every_kind_has_a_valid_fixture() {
    let fixtures: Vec<String> = (common_fixtures().iter())
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    for kind in names() {
        let needle = format!("\"kind\": \"{kind}\"");
        let compact = format!("\"kind\":\"{kind}\"");
        assert!(
            fixtures
                .iter()
                .any(|f| f.contains(&needle) || f.contains(&compact)),
            "no valid fixture of kind {kind}"
        );
    }
}

fn common_fixtures() -> Vec<std::path::PathBuf> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/valid");
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect()
}
