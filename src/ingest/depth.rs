//! How deep an HTML page's elements nest, measured on the tree a real HTML parser
//! builds (html5ever's, the parser `dom_smoothie` uses), and what it would cost
//! Readability to walk it.
//!
//! A hand-written tag scanner can be walked around (`<div/>` is not self-closing in
//! HTML, `<!-->` is a whole comment, `class=it's` opens no quote, `<svg><title>` is not
//! raw text); the parser's own tree cannot. The tree is not kept: the sink records
//! each node's parent only, the parse stops as soon as an element lies deeper than
//! the limit, and the input is fed in chunks so that stop comes early (the parser's
//! scope checks cost the depth of its open elements per tag: quadratic if left to run).

use html5ever::interface::{ElemName, ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::{Attribute, LocalName, Namespace, QualName};
use std::borrow::Cow;
use std::cell::{Cell, RefCell};

/// What the parse found: the deepest element and the work a tree walk would do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shape {
    /// The deepest element nesting (`<html>` is 1), at most the cap given plus one.
    pub depth: usize,
    /// Elements in the tree.
    pub elements: usize,
    /// The sum of every element's depth: what walking from each element to the root,
    /// as Readability's scoring does, costs. Meaningful only when `depth` is within the cap.
    pub work: u64,
}

/// Parses `html` and measures its tree; stops once an element lies deeper than `cap`
/// (then `depth` is `cap + 1` and the other figures cover the part parsed).
pub fn measure(html: &str, cap: usize) -> Shape {
    /// Bytes fed to the parser between two checks of the depth.
    const CHUNK: usize = 4096;
    let mut parser = html5ever::parse_document(DepthSink::new(cap), Default::default());
    let mut rest = html;
    while !rest.is_empty() {
        let mut cut = CHUNK.min(rest.len());
        while !rest.is_char_boundary(cut) {
            cut += 1;
        }
        parser.process(StrTendril::from_slice(&rest[..cut]));
        rest = &rest[cut..];
        if parser.tokenizer.sink.sink.deepest.get() > cap {
            return parser.tokenizer.sink.sink.shape();
        }
    }
    parser.finish()
}

/// One node of the tree: its parent, its depth when it was placed, its children
/// (entries whose parent has changed since are skipped), and for elements its name.
struct Node {
    parent: Option<usize>,
    depth: u32,
    children: Vec<usize>,
    name: Option<QualName>,
}

/// A `TreeSink` that keeps only the shape of the tree (parents), not its content.
struct DepthSink {
    /// Node 0 is the document.
    nodes: RefCell<Vec<Node>>,
    cap: usize,
    /// The deepest element seen while parsing (counted up to `cap + 1`).
    deepest: Cell<usize>,
}

/// An element's name as the tree builder asks for it (an owned copy: no borrow of the
/// sink outlives a call).
#[derive(Debug)]
struct Name(QualName);

impl ElemName for Name {
    fn ns(&self) -> &Namespace {
        &self.0.ns
    }
    fn local_name(&self) -> &LocalName {
        &self.0.local
    }
}

impl DepthSink {
    fn new(cap: usize) -> DepthSink {
        let document = Node { parent: None, depth: 0, children: Vec::new(), name: None };
        DepthSink { nodes: RefCell::new(vec![document]), cap, deepest: Cell::new(0) }
    }

    fn add(&self, name: Option<QualName>) -> usize {
        let mut nodes = self.nodes.borrow_mut();
        let depth = u32::from(name.is_some());
        nodes.push(Node { parent: None, depth, children: Vec::new(), name });
        nodes.len() - 1
    }

    /// Places `child` under `parent`. Its depth is its parent's plus one: exact unless
    /// an ancestor moves later (the tree builder's rare repairs), which [`Self::shape`]
    /// catches at the end.
    fn set_parent(&self, child: usize, parent: Option<usize>) {
        let mut nodes = self.nodes.borrow_mut();
        nodes[child].parent = parent;
        let own = u32::from(nodes[child].name.is_some());
        let depth = parent.map_or(0, |p| nodes[p].depth) + own;
        nodes[child].depth = depth;
        if let Some(p) = parent {
            nodes[p].children.push(child);
        }
        self.deepest.set(self.deepest.get().max(depth as usize));
    }

    fn append_node(&self, parent: Option<usize>, child: NodeOrText<usize>) {
        if let NodeOrText::AppendNode(c) = child {
            self.set_parent(c, parent);
        }
    }

    /// The figures of the tree as it is now, every element's depth computed anew from
    /// the parents (memoised: each node is visited once).
    fn shape(&self) -> Shape {
        let nodes = self.nodes.borrow();
        let mut depth: Vec<u32> = vec![u32::MAX; nodes.len()];
        let mut path = Vec::new();
        let (mut deepest, mut elements, mut work) = (0usize, 0usize, 0u64);
        for start in 0..nodes.len() {
            // Walk up to a node whose depth is known (or a root), then fill in on the way back.
            let mut at = Some(start);
            let mut base = 0u32;
            while let Some(n) = at {
                if depth[n] != u32::MAX {
                    base = depth[n];
                    break;
                }
                if path.len() > nodes.len() {
                    break; // a parser's tree has no cycle; never loop on one all the same
                }
                path.push(n);
                at = nodes[n].parent;
            }
            while let Some(n) = path.pop() {
                base += u32::from(nodes[n].name.is_some());
                depth[n] = base;
            }
            if nodes[start].name.is_some() {
                elements += 1;
                work += u64::from(depth[start]);
                deepest = deepest.max(depth[start] as usize);
            }
        }
        Shape { depth: deepest.max(self.deepest.get()).min(self.cap + 1), elements, work }
    }
}

impl TreeSink for DepthSink {
    type Handle = usize;
    type Output = Shape;
    type ElemName<'a> = Name;

    fn finish(self) -> Shape {
        self.shape()
    }
    fn parse_error(&self, _: Cow<'static, str>) {}
    fn get_document(&self) -> usize {
        0
    }
    fn elem_name<'a>(&'a self, target: &'a usize) -> Name {
        let nodes = self.nodes.borrow();
        let name = nodes.get(*target).and_then(|n| n.name.clone());
        Name(name.unwrap_or_else(|| QualName::new(None, Namespace::from(""), LocalName::from(""))))
    }
    fn create_element(&self, name: QualName, _: Vec<Attribute>, _: ElementFlags) -> usize {
        self.add(Some(name))
    }
    fn create_comment(&self, _: StrTendril) -> usize {
        self.add(None)
    }
    fn create_pi(&self, _: StrTendril, _: StrTendril) -> usize {
        self.add(None)
    }
    fn append(&self, parent: &usize, child: NodeOrText<usize>) {
        self.append_node(Some(*parent), child);
    }
    fn append_based_on_parent_node(&self, element: &usize, prev: &usize, child: NodeOrText<usize>) {
        let has_parent = self.nodes.borrow()[*element].parent.is_some();
        self.append_node(Some(if has_parent { *element } else { *prev }), child);
    }
    fn append_doctype_to_document(&self, _: StrTendril, _: StrTendril, _: StrTendril) {}
    fn get_template_contents(&self, target: &usize) -> usize {
        // The contents are a fragment below the template: their elements count as nested in it.
        let fragment = self.add(None);
        self.set_parent(fragment, Some(*target));
        fragment
    }
    fn same_node(&self, x: &usize, y: &usize) -> bool {
        x == y
    }
    fn set_quirks_mode(&self, _: QuirksMode) {}
    fn append_before_sibling(&self, sibling: &usize, new_node: NodeOrText<usize>) {
        let parent = self.nodes.borrow()[*sibling].parent;
        self.append_node(parent, new_node);
    }
    fn add_attrs_if_missing(&self, _: &usize, _: Vec<Attribute>) {}
    fn remove_from_parent(&self, target: &usize) {
        self.nodes.borrow_mut()[*target].parent = None;
    }
    fn reparent_children(&self, node: &usize, new_parent: &usize) {
        let listed = std::mem::take(&mut self.nodes.borrow_mut()[*node].children);
        for c in listed {
            let still_there = self.nodes.borrow()[c].parent == Some(*node);
            if still_there {
                self.set_parent(c, Some(*new_parent));
            }
        }
    }
}

/// The four ways around the old hand-written scanner (issue #22), each nesting `n`
/// elements deep in a real parser: `(name, html)`.
pub fn tricks(n: usize) -> [(&'static str, String); 4] {
    let divs = "<div>".repeat(n);
    [
        ("<div/>", "<div/>".repeat(n)),
        ("<!-->", format!("<!-->{divs} -->")),
        ("class=it's", format!("<p class=it's>{divs}")),
        ("<svg><title>", format!("<svg><title>{divs}</title></svg>")),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn depth(html: &str) -> usize {
        measure(html, 300).depth
    }

    #[test]
    fn counts_the_tree_the_parser_builds() {
        // html, body, div, div, span, br: an end tag closes what is open inside it, a <div>
        // closes the <p>, a void element is a leaf.
        assert_eq!(depth("<div><span><span>x</div><div><p>a<p>b<div><span>c<br><img src='a>b'></div></div>"), 6);
        assert_eq!(depth("<!-- <div><div> --><script>if (a<b) { '<div>' }</script><div></div>"), 3);
        // A formatting element left open is reopened inside the next block, as browsers do.
        assert_eq!(depth("<div><b>x</div><div><p>y</p></div>"), 5);
    }

    #[test]
    fn the_scanner_tricks_nest() {
        // Each of these nests in a browser; the old scanner skipped or missed the nesting.
        for (trick, html) in tricks(1000) {
            let d = measure(&html, 256).depth;
            assert_eq!(d, 257, "{trick}: depth {d}");
        }
    }

    #[test]
    fn stops_early_and_adds_up_work() {
        let s = measure(&"<div>".repeat(1_000_000), 256);
        assert_eq!(s.depth, 257);
        assert!(s.elements < 5_000, "stopped after the chunk that passed the cap: {}", s.elements);
        let flat = measure(&"<p>a</p>".repeat(100), 256);
        // html, head, body and 100 paragraphs: 1 + 2 + 2 + 100 × 3.
        assert_eq!((flat.depth, flat.elements, flat.work), (3, 103, 305));
    }
}
