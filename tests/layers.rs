//! The layers of `src/` stay one way: every `crate::…`, `super::…` and
//! child-module path of every source file is resolved to the module it
//! names, and each such import is checked against the layer table in
//! `ARCHITECTURE.md` (the fenced `layers` block, top layer first). The test
//! fails on an import from a lower layer up into a higher one (a back edge),
//! between two pages (a layer marked `apart` keeps its modules from
//! importing each other), and on any circle of files, naming the files.
//!
//! Pure std: the paths are read as text, which is enough because the house
//! style imports by path (`use super::store::Store`, `crate::ui::…`). Test
//! modules (`#[cfg(test)] mod … { … }`) are left out: what a test borrows is
//! no dependency of the code. Imports of the library from the app
//! (`budgetkoll::…`) always point down and are not read.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// One layer of the table: its name, the module paths it holds (each with
/// its descendants), and whether its modules are kept apart from each other.
#[derive(Debug)]
struct Layer {
    name: String,
    modules: Vec<String>,
    apart: bool,
}

/// Reads the ```` ```layers ```` block: `name: module module … [apart]`, one
/// layer a line, top first; `#` starts a comment.
fn parse_table(markdown: &str) -> Vec<Layer> {
    let block = markdown
        .split("```layers")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("ARCHITECTURE.md has a ```layers block");
    block
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .map(|l| {
            let (name, rest) = l.split_once(':').expect("a layer line is `name: modules`");
            let words: Vec<&str> = rest.split_whitespace().collect();
            Layer {
                name: name.trim().to_string(),
                apart: words.contains(&"apart"),
                modules: words
                    .into_iter()
                    .filter(|w| *w != "apart")
                    .map(str::to_string)
                    .collect(),
            }
        })
        .collect()
}

/// Where `module` sits: the layer's index (0 = top) and the table entry it
/// falls under (the longest that matches).
fn place(table: &[Layer], module: &str) -> Option<(usize, String)> {
    table
        .iter()
        .enumerate()
        .flat_map(|(i, layer)| layer.modules.iter().map(move |m| (i, m)))
        .filter(|(_, m)| module == m.as_str() || module.starts_with(&format!("{m}::")))
        .max_by_key(|(_, m)| m.len())
        .map(|(i, m)| (i, m.clone()))
}

/// The module a file under `src/` is (`fr1/schema.rs` → `fr1::schema`,
/// `fr1/mod.rs` → `fr1`, `lib.rs` → `lib`, `main.rs` → `main`).
fn module_of(file: &str) -> String {
    let path = file.trim_end_matches(".rs");
    let path = path.strip_suffix("/mod").unwrap_or(path);
    path.replace('/', "::")
}

/// The crate root a module's `crate::` means: the app's binary holds `ui`.
fn root_of(module: &str) -> &'static str {
    if module == "main" || module == "ui" || module.starts_with("ui::") {
        "main"
    } else if module == "worker_main" {
        "worker_main"
    } else {
        "lib"
    }
}

/// The source without comments, string literals and test modules.
fn code_of(source: &str) -> String {
    let mut out = String::new();
    let mut lines = source.lines().peekable();
    while let Some(line) = lines.next() {
        let trimmed = line.trim();
        if trimmed.starts_with("#[cfg(")
            && trimmed.contains("test")
            && lines
                .peek()
                .is_some_and(|l| l.trim_start().starts_with("mod ") && l.trim_end().ends_with('{'))
        {
            let mut depth = 0i32;
            for l in lines.by_ref() {
                depth += l.matches('{').count() as i32 - l.matches('}').count() as i32;
                if depth <= 0 {
                    break;
                }
            }
            continue;
        }
        let mut kept = String::new();
        let mut in_string = false;
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '\\' if in_string => {
                    chars.next();
                }
                '"' => in_string = !in_string,
                '/' if !in_string && chars.peek() == Some(&'/') => break,
                _ if in_string => {}
                _ => kept.push(c),
            }
        }
        out.push_str(&kept);
        out.push('\n');
    }
    out
}

/// The child modules a file declares (`mod x;`, `pub mod x;`).
fn children(code: &str) -> Vec<String> {
    code.lines()
        .map(str::trim)
        .filter_map(|l| {
            let l = l
                .strip_prefix("pub(crate) ")
                .or_else(|| l.strip_prefix("pub "))
                .unwrap_or(l);
            l.strip_prefix("mod ")?
                .strip_suffix(';')
                .map(str::to_string)
        })
        .collect()
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Every path of a `use` tree (`a::{b, c::{d}}` → `a::b`, `a::c::d`).
fn expand_use(tree: &str) -> Vec<String> {
    let tree = tree.trim();
    let Some(open) = tree.find('{') else {
        return vec![tree.split(" as ").next().unwrap_or(tree).trim().to_string()];
    };
    let prefix = tree[..open].trim_end_matches("::").trim();
    let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[start..]);
    parts
        .into_iter()
        .filter(|p| !p.trim().is_empty())
        .flat_map(expand_use)
        .map(|p| match p.as_str() {
            "self" => prefix.to_string(),
            _ => format!("{prefix}::{p}"),
        })
        .collect()
}

/// Every path in `code` that starts at `crate`, `super`, `self` or one of
/// `children`, as its segments.
fn paths(code: &str, children: &[String]) -> Vec<Vec<String>> {
    let mut found = Vec::new();
    let mut rest = String::new();
    // `use` statements, braces and all.
    let mut text = code;
    while let Some(i) = find_word(text, "use") {
        rest.push_str(&text[..i]);
        let after = &text[i + 3..];
        let end = after.find(';').unwrap_or(after.len());
        found.extend(expand_use(&after[..end]));
        text = &after[(end + 1).min(after.len())..];
    }
    rest.push_str(text);
    // Paths written inline (`super::persist::download(…)`).
    let chars: Vec<char> = rest.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if is_ident(chars[i]) && (i == 0 || !(is_ident(chars[i - 1]) || chars[i - 1] == ':')) {
            let mut j = i;
            while j < chars.len()
                && (is_ident(chars[j]) || (chars[j] == ':' && chars.get(j + 1) == Some(&':')))
            {
                j += if chars[j] == ':' { 2 } else { 1 };
            }
            let path: String = chars[i..j].iter().collect();
            if path.contains("::") {
                found.push(path);
            }
            i = j.max(i + 1);
        } else {
            i += 1;
        }
    }
    found
        .into_iter()
        .map(|p| {
            p.split("::")
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
        })
        .filter(|segs| {
            segs.first().is_some_and(|s| {
                matches!(s.as_str(), "crate" | "super" | "self") || children.contains(s)
            })
        })
        .collect()
}

/// The index of `word` in `text` standing alone (not inside a longer name).
fn find_word(text: &str, word: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = text[from..].find(word).map(|i| i + from) {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        if !before.is_some_and(is_ident) && after.is_some_and(char::is_whitespace) {
            return Some(i);
        }
        from = i + word.len();
    }
    None
}

fn parent(module: &str) -> String {
    match module.rsplit_once("::") {
        Some((p, _)) => p.to_string(),
        None => String::new(),
    }
}

/// The module a path names: the longest prefix of it that is a module.
fn resolve(from: &str, segs: &[String], modules: &BTreeSet<String>) -> Option<String> {
    let mut base = match segs[0].as_str() {
        "crate" => String::new(),
        "self" => from.to_string(),
        "super" => parent(from),
        child => format!("{from}::{child}"),
    };
    let mut rest = &segs[1..];
    while rest.first().is_some_and(|s| s == "super") {
        base = parent(&base);
        rest = &rest[1..];
    }
    let join = |base: &str, seg: &str| match base {
        "" => seg.to_string(),
        b => format!("{b}::{seg}"),
    };
    let mut best = (!base.is_empty() && modules.contains(&base)).then(|| base.clone());
    let mut at = base;
    for seg in rest {
        at = join(&at, seg);
        if modules.contains(&at) {
            best = Some(at.clone());
        }
    }
    best
}

/// The imports between modules: module → the modules it names.
fn graph(files: &BTreeMap<String, String>) -> BTreeMap<String, BTreeSet<String>> {
    let modules: BTreeSet<String> = files.keys().map(|f| module_of(f)).collect();
    let mut edges = BTreeMap::new();
    for (file, source) in files {
        let from = module_of(file);
        let code = code_of(source);
        let kids = children(&code);
        let to: BTreeSet<String> = paths(&code, &kids)
            .iter()
            .filter_map(|segs| resolve(&from, segs, &modules))
            .filter(|m| *m != from && root_of(m) == root_of(&from))
            .collect();
        edges.insert(from, to);
    }
    edges
}

/// Everything wrong with `files` against `table`, one line each.
fn check(files: &BTreeMap<String, String>, table: &[Layer]) -> Vec<String> {
    let file_of: BTreeMap<String, String> = files
        .keys()
        .map(|f| (module_of(f), format!("src/{f}")))
        .collect();
    let edges = graph(files);
    let mut problems = Vec::new();
    for (from, tos) in &edges {
        let Some((a, entry_a)) = place(table, from) else {
            problems.push(format!(
                "{} is in no layer of ARCHITECTURE.md",
                file_of[from]
            ));
            continue;
        };
        for to in tos {
            let Some((b, entry_b)) = place(table, to) else {
                continue;
            };
            if b < a {
                problems.push(format!(
                    "back edge: {} ({}) imports {} ({}, a higher layer)",
                    file_of[from], table[a].name, file_of[to], table[b].name
                ));
            } else if a == b && table[a].apart {
                let unit = |m: &str, entry: &str| {
                    m.strip_prefix(&format!("{entry}::"))
                        .and_then(|r| r.split("::").next())
                        .map(str::to_string)
                };
                if unit(from, &entry_a) != unit(to, &entry_b) {
                    problems.push(format!(
                        "apart: {} imports {}, both in layer {} whose modules stay apart",
                        file_of[from], file_of[to], table[a].name
                    ));
                }
            }
        }
    }
    for circle in circles(&edges) {
        let named: Vec<&str> = circle.iter().map(|m| file_of[m].as_str()).collect();
        problems.push(format!("circle: {}", named.join(" → ")));
    }
    problems
}

/// Every circle of imports: the strongly connected parts of more than one
/// module (Tarjan). A folder's `mod.rs` and the files inside it are one
/// room (it is their face: it re-exports them, they use its shared types),
/// so the imports between them are left out here; their layers still count.
fn circles(edges: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    struct Walk<'a> {
        edges: &'a BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on_stack: BTreeSet<&'a str>,
        found: Vec<Vec<String>>,
    }
    impl<'a> Walk<'a> {
        fn visit(&mut self, v: &'a str) {
            let n = self.index.len();
            self.index.insert(v, n);
            self.low.insert(v, n);
            self.stack.push(v);
            self.on_stack.insert(v);
            for w in self.edges.get(v).into_iter().flatten() {
                let w = w.as_str();
                if within(v, w) || within(w, v) {
                    continue;
                }
                if !self.index.contains_key(w) {
                    self.visit(w);
                    let low = self.low[v].min(self.low[w]);
                    self.low.insert(v, low);
                } else if self.on_stack.contains(w) {
                    let low = self.low[v].min(self.index[w]);
                    self.low.insert(v, low);
                }
            }
            if self.low[v] == self.index[v] {
                let mut part = Vec::new();
                while let Some(w) = self.stack.pop() {
                    self.on_stack.remove(w);
                    part.push(w.to_string());
                    if w == v {
                        break;
                    }
                }
                if part.len() > 1 {
                    part.sort();
                    self.found.push(part);
                }
            }
        }
    }
    let mut walk = Walk {
        edges,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        found: Vec::new(),
    };
    for v in edges.keys() {
        if !walk.index.contains_key(v.as_str()) {
            walk.visit(v);
        }
    }
    walk.found
}

/// True when `inner` is `outer` or lies under it (`share::codec` in `share`).
fn within(inner: &str, outer: &str) -> bool {
    inner == outer || inner.starts_with(&format!("{outer}::"))
}

/// Every `.rs` file under `dir`, by its path relative to `src/`.
fn read_tree(root: &Path, dir: &Path, out: &mut BTreeMap<String, String>) {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .expect("src/ is readable")
        .flatten()
        .collect();
    entries.sort_by_key(|e| e.path());
    for entry in entries {
        let path = entry.path();
        if path.is_dir() {
            read_tree(root, &path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let rel = path.strip_prefix(root).expect("under src/");
            let rel = rel.to_string_lossy().replace('\\', "/");
            out.insert(
                rel,
                fs::read_to_string(&path).expect("a source file is text"),
            );
        }
    }
}

#[test]
fn src_imports_follow_the_layers_of_architecture_md() {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    let table =
        parse_table(&fs::read_to_string(here.join("ARCHITECTURE.md")).expect("ARCHITECTURE.md"));
    let mut files = BTreeMap::new();
    read_tree(&here.join("src"), &here.join("src"), &mut files);
    assert!(files.len() > 100, "read the whole of src/");
    let problems = check(&files, &table);
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// The checker itself can fail: a small tree with a back edge, a circle and
/// two pages that import each other.
#[test]
fn checker_names_back_edges_circles_and_pages_that_meet() {
    let table = parse_table(
        "```layers\n\
         app: lib main ui\n\
         pages: ui::pages apart\n\
         state: ui::state\n\
         top: engine\n\
         bottom: money fr1::schema # the schema sits low\n\
         ```",
    );
    let files: BTreeMap<String, String> = [
        ("lib.rs", "pub mod engine;\npub mod money;\npub mod fr1;"),
        // A folder's face and its files import each other: no circle.
        ("fr1/mod.rs", "pub mod schema;\npub mod model;\npub use model::Table;\npub struct Id;"),
        // A back edge: money is below engine.
        ("money.rs", "use crate::engine::Total;\n/// [`crate::fr1::model`] in a doc is no import\n"),
        ("engine.rs", "use crate::{money::Money, fr1::schema::Row};\npub struct Total;"),
        // A circle inside fr1 (not in the table: fr1::model is in no layer).
        ("fr1/schema.rs", "pub struct Row;\nfn f() { super::model::read(); }"),
        ("fr1/model.rs", "use super::{schema::Row, Id};\npub struct Table;\n#[cfg(test)]\nmod tests {\n    use crate::engine::Total;\n}\n"),
        ("main.rs", "mod ui;\nfn main() { ui::App(); }"),
        ("ui/mod.rs", "mod pages;\nmod state;\npub fn App() { pages::a::A(); }"),
        ("ui/pages/mod.rs", "pub mod a;\npub mod b;"),
        ("ui/pages/a.rs", "use super::b::B;\nuse crate::ui::state::Store;\npub fn A() {}"),
        ("ui/pages/b.rs", "pub fn B() { let _ = \"crate::ui::pages::a\"; }"),
        ("ui/state.rs", "pub struct Store;"),
    ]
    .into_iter()
    .map(|(f, s)| (f.to_string(), s.to_string()))
    .collect();
    let problems = check(&files, &table);
    let expected = [
        "src/fr1/mod.rs is in no layer of ARCHITECTURE.md",
        "src/fr1/model.rs is in no layer of ARCHITECTURE.md",
        "back edge: src/money.rs (bottom) imports src/engine.rs (top, a higher layer)",
        "circle: src/engine.rs → src/money.rs",
        "apart: src/ui/pages/a.rs imports src/ui/pages/b.rs, both in layer pages whose modules stay apart",
        "circle: src/fr1/model.rs → src/fr1/schema.rs",
    ];
    let mut got = problems.clone();
    got.sort();
    let mut want: Vec<String> = expected.iter().map(|s| s.to_string()).collect();
    want.sort();
    assert_eq!(got, want);
}

/// Paths are read from `use` trees with braces, `self` and renames.
#[test]
fn use_trees_are_expanded() {
    assert_eq!(
        expand_use(" crate::fr1::{schema::{Group, Row}, model as m, self}"),
        vec![
            "crate::fr1::schema::Group",
            "crate::fr1::schema::Row",
            "crate::fr1::model",
            "crate::fr1"
        ]
    );
}
