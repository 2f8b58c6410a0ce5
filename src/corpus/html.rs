//! HTML pages: the article body as plain text (markup, scripts and page furniture dropped,
//! entities decoded, blocks as paragraphs) and what the page says of itself (title,
//! canonical address, publication date, publisher).
//!
//! Only html5ever's tokenizer runs, never a tree builder: a tree builder checks the stack
//! of open elements at each tag, which makes deeply nested markup quadratic. The text is
//! gathered in one pass, in linear time and without recursion.

use std::cell::RefCell;
use std::collections::HashMap;

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{BufferQueue, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer};

use super::{published_date, ArticleMeta};

/// Elements whose whole content is not article text.
const DROPPED: &[&str] = &[
    "aside", "button", "canvas", "figure", "footer", "form", "head", "header", "iframe", "nav", "noscript", "object", "script",
    "select", "style", "svg", "template", "textarea",
];
/// Elements that end a paragraph.
const BLOCKS: &[&str] = &[
    "address", "article", "blockquote", "dd", "div", "dl", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "main", "ol",
    "p", "pre", "section", "table", "td", "th", "tr", "ul",
];
/// Elements that hold the article body, best first; the text of the first that has any is
/// the article.
const BODY_HOLDERS: &[&str] = &["article", "main", "body"];

/// A page read: its body text and what it says of itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// The body text, paragraphs separated by blank lines.
    pub text: String,
    /// Title, address, date and publisher, as far as the page gives them.
    pub meta: ArticleMeta,
}

/// Reads an HTML page.
pub fn read_page(html: &str) -> Page {
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(html));
    let tokenizer = Tokenizer::new(Reader::default(), Default::default());
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    let reader = tokenizer.sink.state.into_inner();
    let [holders @ .., whole] = reader.text;
    let text = holders.into_iter().find(|t| !t.trim().is_empty()).unwrap_or(whole);
    let mut meta = reader.meta;
    meta.title = meta.title.or(reader.h1).or(reader.title).map(|t| t.trim().to_string()).filter(|t| !t.is_empty());
    Page { text: text.trim_end().to_string(), meta }
}

#[derive(Default)]
struct Reader {
    state: RefCell<State>,
}

#[derive(Default)]
struct State {
    /// Text under each body holder, then the text of the whole page.
    text: [String; 4],
    /// How many of each body holder are open.
    open_holders: [usize; 3],
    /// Dropped elements open, innermost last, with how many of each name are open, so a
    /// stray end tag is ignored without a search.
    dropped: Vec<String>,
    dropped_count: HashMap<String, usize>,
    meta: ArticleMeta,
    title: Option<String>,
    h1: Option<String>,
    /// Which of `<title>` and the first `<h1>` is being read.
    capturing: Option<Capture>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Capture {
    Title,
    H1,
}

impl TokenSink for Reader {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        let mut state = self.state.borrow_mut();
        match token {
            Token::TagToken(tag) => return state.tag(&tag),
            Token::CharacterTokens(text) => state.characters(&text),
            _ => {}
        }
        TokenSinkResult::Continue
    }
}

impl State {
    fn tag(&mut self, tag: &Tag) -> TokenSinkResult<()> {
        let name: &str = &tag.name;
        let attr = |key: &str| tag.attrs.iter().find(|a| &*a.name.local == key).map(|a| a.value.trim().to_string());
        if tag.kind == TagKind::EndTag {
            self.end_tag(name);
            return TokenSinkResult::Continue;
        }
        match name {
            "meta" => self.read_meta(attr("property").or_else(|| attr("name")).or_else(|| attr("itemprop")), attr("content")),
            "link" if attr("rel").is_some_and(|r| r.eq_ignore_ascii_case("canonical")) => self.meta.url = self.meta.url.take().or_else(|| attr("href")),
            "time" if self.meta.published.is_none() => self.meta.published = attr("datetime").as_deref().and_then(published_date),
            "title" if self.title.is_none() => self.capturing = Some(Capture::Title),
            "h1" if self.h1.is_none() && self.dropped.is_empty() => self.capturing = Some(Capture::H1),
            "br" => self.line_break("\n"),
            _ => {}
        }
        if let Some(slot) = BODY_HOLDERS.iter().position(|h| *h == name) {
            self.open_holders[slot] += 1;
        }
        if BLOCKS.contains(&name) {
            self.line_break("\n\n");
        }
        if DROPPED.contains(&name) && !tag.self_closing {
            self.dropped.push(name.to_string());
            *self.dropped_count.entry(name.to_string()).or_default() += 1;
        }
        // The tokenizer alone does not know which elements hold raw text; the sink says.
        match name {
            "title" | "textarea" => TokenSinkResult::RawData(RawKind::Rcdata),
            "style" | "xmp" | "iframe" | "noembed" | "noframes" | "noscript" => TokenSinkResult::RawData(RawKind::Rawtext),
            "script" => TokenSinkResult::RawData(RawKind::ScriptData),
            "plaintext" => TokenSinkResult::Plaintext,
            _ => TokenSinkResult::Continue,
        }
    }

    fn end_tag(&mut self, name: &str) {
        if let Some(slot) = BODY_HOLDERS.iter().position(|h| *h == name) {
            self.open_holders[slot] = self.open_holders[slot].saturating_sub(1);
        }
        match (name, self.capturing) {
            ("title", Some(Capture::Title)) | ("h1", Some(Capture::H1)) => self.capturing = None,
            _ => {}
        }
        if BLOCKS.contains(&name) {
            self.line_break("\n\n");
        }
        if self.dropped_count.get(name).is_some_and(|&n| n > 0) {
            // Closes the innermost open element of that name and any left open inside it;
            // each element is popped once, so this stays linear.
            while let Some(open) = self.dropped.pop() {
                if let Some(n) = self.dropped_count.get_mut(&open) {
                    *n -= 1;
                }
                if open == name {
                    break;
                }
            }
        }
    }

    fn read_meta(&mut self, key: Option<String>, content: Option<String>) {
        let (Some(key), Some(content)) = (key, content.filter(|c| !c.is_empty())) else { return };
        let meta = &mut self.meta;
        match key.to_ascii_lowercase().as_str() {
            "og:title" | "twitter:title" => meta.title = meta.title.take().or(Some(content)),
            "og:url" => meta.url = meta.url.take().or(Some(content)),
            "og:site_name" | "publisher" => meta.publisher = meta.publisher.take().or(Some(content)),
            "article:published_time" | "datepublished" | "date" | "pubdate" | "dc.date" => {
                meta.published = meta.published.or_else(|| published_date(&content));
            }
            _ => {}
        }
    }

    fn characters(&mut self, text: &str) {
        match self.capturing {
            Some(Capture::Title) => return push_collapsed(self.title.get_or_insert_with(String::new), text),
            Some(Capture::H1) => push_collapsed(self.h1.get_or_insert_with(String::new), text),
            None => {}
        }
        if !self.dropped.is_empty() {
            return;
        }
        let open = self.open_texts();
        for (out, _) in self.text.iter_mut().zip(open).filter(|(_, on)| *on) {
            push_collapsed(out, text);
        }
    }

    /// Which texts a piece of the page goes to: each open body holder's, and the whole page's.
    fn open_texts(&self) -> [bool; 4] {
        let [article, main, body] = self.open_holders.map(|n| n > 0);
        [article, main, body, true]
    }

    fn line_break(&mut self, brk: &str) {
        if !self.dropped.is_empty() {
            return;
        }
        let open = self.open_texts();
        for (out, _) in self.text.iter_mut().zip(open).filter(|(_, on)| *on) {
            line_break(out, brk);
        }
    }
}

/// Appends text with runs of white space as one space, none at a line start.
fn push_collapsed(out: &mut String, text: &str) {
    for (i, piece) in text.split(char::is_whitespace).enumerate() {
        if i > 0 && !out.is_empty() && !out.ends_with([' ', '\n']) {
            out.push(' ');
        }
        out.push_str(piece);
    }
}

/// Ends the line (or paragraph) unless the text already does.
fn line_break(out: &mut String, brk: &str) {
    while out.ends_with(' ') {
        out.pop();
    }
    if out.is_empty() || out.ends_with(brk) {
        return;
    }
    if brk == "\n\n" && out.ends_with('\n') {
        out.push('\n');
    } else {
        out.push_str(brk);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::PartialDate;

    const PAGE: &str = r#"<!doctype html>
<html><head><title>Care home rated inadequate | Northshire News</title>
<meta property="og:site_name" content="Northshire News">
<meta property="article:published_time" content="2024-03-05T09:30:00Z">
<link rel="canonical" href="https://news.example/care-home">
<script>var said = "not a quote";</script><style>p { color: red }</style></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Care home rated &lsquo;inadequate&rsquo;</h1>
<p>The CQC said the home was   <b>unsafe</b>.</p>
<p>Cllr Ana Ruiz said: &ldquo;We will act.&rdquo;<br>She added more.</p>
<figure><figcaption>Cllr Ana Ruiz (pictured)</figcaption></figure>
<aside>Read more: other stories</aside></article>
<footer>&copy; 2024</footer></body></html>"#;

    #[test]
    fn the_article_body_without_furniture_with_entities_decoded() {
        let page = read_page(PAGE);
        assert_eq!(page.text, "Care home rated ‘inadequate’\n\nThe CQC said the home was unsafe.\n\nCllr Ana Ruiz said: “We will act.”\nShe added more.");
        assert_eq!(page.meta.title.as_deref(), Some("Care home rated ‘inadequate’"));
        assert_eq!(page.meta.url.as_deref(), Some("https://news.example/care-home"));
        assert_eq!(page.meta.publisher.as_deref(), Some("Northshire News"));
        assert_eq!(page.meta.published, PartialDate::from_iso("2024-03-05"));
    }

    #[test]
    fn a_page_without_article_or_body_markup_is_read_whole() {
        let page = read_page("Just <i>some</i> text &amp; more<p>Next");
        assert_eq!(page.text, "Just some text & more\n\nNext");
        assert_eq!(page.meta, ArticleMeta::default());
    }

    #[test]
    fn deeply_nested_markup_is_read_in_linear_time() {
        let depth = 50_000;
        let html = format!("{}Deep words.{}", "<div>".repeat(depth), "</div>".repeat(depth));
        assert_eq!(read_page(&html).text, "Deep words.");
    }
}
