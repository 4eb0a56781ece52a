//! No production function of the repository is longer than 80 lines (tests, fuzz targets
//! and the deliberately misbehaving test component aside): long functions get split into
//! ones that each do one job.

use std::path::{Path, PathBuf};

const LIMIT: usize = 80;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The production Rust sources: every `src/` tree, no tests, no build output.
fn sources(dir: &Path, in_src: bool, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let skipped = [
            "target",
            "node_modules",
            "tests",
            "fuzz",
            "test-guests",
            "dist",
        ];
        if name.starts_with('.') || skipped.contains(&name.as_str()) {
            continue;
        }
        if path.is_dir() {
            sources(&path, in_src || name == "src", found);
        } else if in_src
            && name.ends_with(".rs")
            && !matches!(name.as_str(), "tests.rs" | "testkit.rs")
        {
            found.push(path);
        }
    }
}

/// The line where the item starting at `start` ends (its braces balanced), counting
/// braces outside string and character literals and comments.
fn item_end(lines: &[&str], start: usize) -> Option<usize> {
    let mut depth = 0i32;
    let mut opened = false;
    for (index, line) in lines.iter().enumerate().skip(start) {
        let code = line.split("//").next().unwrap_or_default();
        let mut in_string = false;
        let mut previous = ' ';
        for c in code.chars() {
            match c {
                '"' if previous != '\\' => in_string = !in_string,
                '{' if !in_string => {
                    depth += 1;
                    opened = true;
                }
                '}' if !in_string => depth -= 1,
                _ => {}
            }
            previous = if previous == '\\' && c == '\\' {
                ' '
            } else {
                c
            };
        }
        if opened && depth <= 0 {
            return Some(index);
        }
        if !opened && code.trim_end().ends_with(';') {
            return None;
        }
    }
    None
}

/// `(first line, name, length)` of every function longer than [`LIMIT`] in `text`,
/// `#[cfg(test)]` items skipped.
fn long_functions(text: &str) -> Vec<(usize, String, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut found = Vec::new();
    let mut index = 0;
    while index < lines.len() {
        let line = lines[index].trim_start();
        if line.starts_with("#[cfg(test)]") {
            index = item_end(&lines, index + 1).map_or(index + 1, |end| end + 1);
            continue;
        }
        let head = line
            .trim_start_matches("pub(crate) ")
            .trim_start_matches("pub ")
            .trim_start_matches("async ")
            .trim_start_matches("const ")
            .trim_start_matches("unsafe ");
        if let Some(rest) = head.strip_prefix("fn ") {
            if let Some(end) = item_end(&lines, index) {
                let length = end - index + 1;
                if length > LIMIT {
                    let name: String = rest
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_')
                        .collect();
                    found.push((index + 1, name, length));
                }
                index = end + 1;
                continue;
            }
        }
        index += 1;
    }
    found
}

#[test]
fn no_production_function_is_longer_than_80_lines() {
    let mut files = Vec::new();
    sources(&root(), false, &mut files);
    assert!(files.len() > 50, "found only {} source files", files.len());
    let mut long = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for (line, name, length) in long_functions(&text) {
            long.push(format!(
                "{}:{line} fn {name}: {length} lines",
                file.strip_prefix(root()).unwrap().display()
            ));
        }
    }
    assert!(
        long.is_empty(),
        "functions over {LIMIT} lines:\n{}",
        long.join("\n")
    );
}

#[test]
fn the_scanner_measures_functions_and_skips_tests() {
    let body = "    let x = \"{\";\n".repeat(LIMIT);
    let text = format!("fn short() {{\n}}\nfn long() {{\n{body}}}\n#[cfg(test)]\nmod tests {{\n    fn long_test() {{\n{body}    }}\n}}\n");
    assert_eq!(long_functions(&text), [(3, "long".to_owned(), LIMIT + 2)]);
}
