//! The `outage-charts` command line as a user runs it: exit statuses, messages, and nothing
//! written on any error (README "Static charts").

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use outage_charts::input::Value;
use proptest::prelude::*;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_outage-charts"))
}

fn run(args: &[&str]) -> Output {
    bin()
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("runs")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A fresh empty folder under target/ for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch folder");
    dir
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn every_valid_fixture_renders_to_svg_and_png() {
    let dir = scratch("valid");
    for (name, path) in common::fixtures("valid") {
        let path = path.to_str().expect("utf-8 path");
        for (ext, extra) in [("svg", vec![]), ("png", vec!["--height", "auto"])] {
            let out = dir.join(format!("{name}.{ext}"));
            let mut args = vec!["render", path, "-o", out.to_str().expect("utf-8")];
            args.extend(extra);
            let done = run(&args);
            assert!(done.status.success(), "{name}.{ext}: {}", stderr(&done));
            assert!(std::fs::metadata(&out).expect("written").len() > 100);
        }
    }
}

#[test]
fn every_invalid_fixture_exits_2_with_its_path_first_and_writes_nothing() {
    let dir = scratch("invalid");
    for (name, path) in common::fixtures("invalid") {
        let fixture = common::read(&path);
        let Value::String(error) = common::field(&fixture, "error") else {
            panic!("{name}: no error");
        };
        let input = dir.join(format!("{name}.json"));
        let json = serde_json::to_string(common::field(&fixture, "dataset")).expect("json");
        std::fs::write(&input, json).expect("write input");
        let out = dir.join(format!("{name}.svg"));
        let done = run(&[
            "render",
            input.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ]);
        assert_eq!(done.status.code(), Some(2), "{name}");
        let message = stderr(&done);
        let first = message.lines().next().unwrap_or_default();
        assert!(first.starts_with(error.as_str()), "{name}: {first}");
        assert!(!out.exists(), "{name}: wrote {}", out.display());
        std::fs::remove_file(&input).expect("remove input");
    }
    assert!(files_in(&dir).is_empty(), "{:?}", files_in(&dir));
}

#[test]
fn files_that_cannot_be_read_or_written_exit_1_and_leave_nothing() {
    let dir = scratch("files");
    let missing = dir.join("missing.json");
    let out = dir.join("chart.png");
    let done = run(&[
        "render",
        missing.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(done.status.code(), Some(1));
    assert!(
        stderr(&done).starts_with(missing.to_str().unwrap()),
        "{}",
        stderr(&done)
    );
    let input = dir.join("data.json");
    let json = run(&["dataset", "user-gains"]).stdout;
    std::fs::write(&input, json).expect("write input");
    let nowhere = dir.join("no-such-folder/chart.svg");
    let done = run(&[
        "render",
        input.to_str().unwrap(),
        "-o",
        nowhere.to_str().unwrap(),
    ]);
    assert_eq!(done.status.code(), Some(1), "{}", stderr(&done));
    assert!(stderr(&done).contains("cannot write"), "{}", stderr(&done));
    assert_eq!(files_in(&dir), vec!["data.json"]);
}

#[test]
fn an_error_keeps_the_previous_file_as_it_was() {
    let dir = scratch("keep");
    let out = dir.join("chart.svg");
    std::fs::write(&out, "before").expect("write");
    let bad = dir.join("bad.json");
    std::fs::write(&bad, r#"{"title": "", "kind": "bar"}"#).expect("write");
    let done = run(&["render", bad.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert_eq!(done.status.code(), Some(2));
    assert!(stderr(&done).starts_with("title: "), "{}", stderr(&done));
    let done = run(&[
        "render",
        bad.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--width",
        "9",
    ]);
    assert!(stderr(&done).starts_with("width: "), "{}", stderr(&done));
    assert_eq!(std::fs::read_to_string(&out).expect("read"), "before");
    assert_eq!(files_in(&dir), vec!["bad.json", "chart.svg"]);
}

#[test]
fn standard_input_and_the_svg_it_gives() {
    let dir = scratch("stdin");
    let out = dir.join("chart.svg");
    let json = run(&["dataset", "market-cap-loss", "--locale", "fr"]).stdout;
    let mut child = bin()
        .args(["render", "-", "-o", out.to_str().unwrap(), "--locale", "fr"])
        .stdin(Stdio::piped())
        .spawn()
        .expect("spawn");
    use std::io::Write;
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(&json)
        .expect("pipe");
    assert!(child.wait().expect("waits").success());
    let svg = std::fs::read_to_string(&out).expect("svg");
    assert!(
        svg.starts_with("<svg role=\"img\" width=\"640\" height=\"360\""),
        "{svg}"
    );
    assert!(svg.contains("<title>Facebook"), "{}", &svg[..300]);
    assert!(svg.contains("<desc>") && svg.contains("Source : "));
    assert!(svg.contains("font-family=\"DejaVu Sans, sans-serif\""));
}

#[test]
fn option_mistakes_exit_2_and_name_the_option() {
    for (args, start) in [
        (vec!["render", "x.json"], "-o: required"),
        (vec!["render", "x.json", "-o", "c.jpg"], "-o: expected"),
        (
            vec!["render", "x.json", "-o", "c.png", "--scale", "0"],
            "scale: ",
        ),
        (
            vec![
                "render", "x.json", "-o", "c.png", "--width", "8000", "--scale", "4",
            ],
            "scale: ",
        ),
        (
            vec!["render", "x.json", "-o", "c.png", "--theme", "auto"],
            "theme: ",
        ),
        (
            vec!["render", "x.json", "-o", "c.png", "--locale"],
            "--locale: expected a value",
        ),
        (
            vec!["render", "x.json", "-o", "c.png", "--colour", "red"],
            "--colour: unknown option",
        ),
        (vec!["draw"], "draw: unknown command"),
        (vec![], "command: required"),
        (vec!["dataset", "nope"], "nope: unknown dataset"),
    ] {
        let done = run(&args);
        assert_eq!(done.status.code(), Some(2), "{args:?}");
        assert!(
            stderr(&done).starts_with(start),
            "{args:?}: {}",
            stderr(&done)
        );
    }
    assert!(run(&["--help"]).status.success());
}

/// Words the fuzzer builds argument lists from: every flag, good and bad values.
const WORDS: &[&str] = &[
    "render",
    "dataset",
    "-",
    "-o",
    "--output",
    "--width",
    "--height",
    "--scale",
    "--locale",
    "--theme",
    "auto",
    "dark",
    "fr",
    "0",
    "-1",
    "48",
    "640",
    "1e999",
    "NaN",
    "2",
    "out.svg",
    "out.png",
    "out.txt",
    "in.json",
    "--",
    "user-gains",
    "",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, .. ProptestConfig::default() })]

    /// Whatever the arguments, the program exits 0, 1 or 2 (never a crash), says why when it
    /// fails, and writes nothing but a whole chart.
    #[test]
    fn any_arguments_end_in_a_known_status(
        words in prop::collection::vec(
            prop_oneof![
                4 => prop::sample::select(WORDS).prop_map(str::to_string),
                1 => "[ -~]{0,12}",
            ],
            0..8,
        )
    ) {
        let dir = scratch("fuzz");
        std::fs::write(dir.join("in.json"), run(&["dataset", "user-gains"]).stdout).unwrap();
        let done = bin().args(&words).current_dir(&dir).stdin(Stdio::null()).output().unwrap();
        let code = done.status.code();
        prop_assert!(matches!(code, Some(0..=2)), "{words:?}: {code:?}");
        if code != Some(0) {
            prop_assert!(!done.stderr.is_empty(), "{words:?}");
        }
        for name in files_in(&dir) {
            prop_assert!(!name.contains(".tmp"), "{words:?} left {name}");
        }
    }
}
