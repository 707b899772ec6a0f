"""HTML pages: the article's main text as blank-line-separated paragraphs, plus the metadata pages
carry (title, canonical URL, publication date, site name).

selectolax (lexbor) parses about 25,000 article pages a second here against trafilatura's 900, so
main-text selection is a short set of rules over its tree, after Readability: drop scripts,
navigation and page furniture; take the article container (`itemprop=articleBody`, `<article>`,
`<main>`, or else the element whose `<p>` children hold the most text); keep its innermost block
elements as paragraphs, and put the page's `<h1>` first when the container lacks it.

selectolax is imported by `extract_page`, the one function that parses, so that reading plain
text (and `declared_charset`) does not load the parser.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pipeline.ingest.document import parse_published

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser, LexborNode

_DROP = (
    "script, style, noscript, template, iframe, object, embed, svg, canvas, form, button, select, "
    "nav, aside, footer, [hidden], [aria-hidden=true], [role=navigation], [role=banner], "
    "[role=contentinfo], [role=complementary], [role=search]"
)
_FURNITURE = frozenset(
    {
        "ad",
        "ads",
        "advert",
        "advertisement",
        "banner",
        "breadcrumb",
        "breadcrumbs",
        "comment",
        "comments",
        "cookie",
        "cookies",
        "footer",
        "menu",
        "masthead",
        "nav",
        "navbar",
        "newsletter",
        "outbrain",
        "paywall",
        "popular",
        "promo",
        "recommended",
        "related",
        "share",
        "sharing",
        "sidebar",
        "signup",
        "social",
        "sponsored",
        "subscribe",
        "taboola",
        "tags",
        "toolbar",
        "trending",
    }
)
_CONTENT = frozenset({"article", "body", "content", "entry", "main", "post", "story", "text"})
_CONTAINERS = ("[itemprop=articleBody]", "article", "main, [role=main]")
_BLOCK_TAGS = frozenset(
    {
        "address",
        "article",
        "blockquote",
        "caption",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "li",
        "main",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "td",
        "th",
        "tr",
        "ul",
    }
)
_BLOCKS = ", ".join(sorted(_BLOCK_TAGS))
_LINK_LISTS = frozenset({"li", "td", "dd", "div"})
_BREAK = "\u2028"
_SPACE = re.compile(r"[ \t\n\r\f]+")
_TOKEN = re.compile(r"[\s_-]+")
_DECLARED_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w:.-]+)", re.IGNORECASE)
_PUBLISHED_META = (
    "article:published_time",
    "datePublished",
    "pubdate",
    "publishdate",
    "date",
    "dc.date",
    "DC.date.issued",
    "parsely-pub-date",
)


@dataclass(frozen=True)
class Page:
    text: str
    title: str | None
    url: str | None
    published: dt.date | None
    outlet: str | None


def declared_charset(raw: bytes) -> str | None:
    match = _DECLARED_CHARSET.search(raw[:4096])
    return match[1].decode("ascii") if match else None


def _meta(tree: LexborHTMLParser, *names: str) -> str | None:
    for name in names:
        for attribute in ("property", "name", "itemprop"):
            node = tree.css_first(f'meta[{attribute}="{name}"]')
            content = node.attributes.get("content") if node else None
            if content and content.strip():
                return content.strip()
    return None


def _walk_json(value: object) -> Iterator[dict[str, object]]:
    if isinstance(value, dict):
        yield value
        yield from _walk_json(value.get("@graph"))
    elif isinstance(value, list):
        for item in value:
            yield from _walk_json(item)


def _article_json_ld(tree: LexborHTMLParser) -> dict[str, object]:
    """The schema.org object that describes the article, which most news sites embed."""
    for script in tree.css('script[type="application/ld+json"]'):
        try:
            data = json.loads(script.text())
        except ValueError:
            continue
        for item in _walk_json(data):
            if "datePublished" in item or "headline" in item:
                return item
    return {}


def _name_of(value: object) -> str | None:
    """A JSON-LD value as text: a string, or the `name` of an object (`publisher`)."""
    if isinstance(value, dict):
        value = value.get("name")
    return value if isinstance(value, str) else None


def _is_furniture(node: LexborNode) -> bool:
    words = {w for attribute in ("class", "id") for w in _TOKEN.split((node.attributes.get(attribute) or "").lower())}
    return bool(words & _FURNITURE) and not words & _CONTENT


def _paragraph_text_length(node: LexborNode) -> int:
    return sum(len(p.text()) for p in node.css("p"))


def _container(tree: LexborHTMLParser) -> LexborNode | None:
    for selector in _CONTAINERS:
        candidates = tree.css(selector)
        if candidates:
            return max(candidates, key=_paragraph_text_length)
    scores: dict[int, int] = {}
    parents: dict[int, LexborNode] = {}
    for paragraph in tree.css("p"):
        parent = paragraph.parent
        if parent is not None:
            parents[parent.mem_id] = parent
            scores[parent.mem_id] = scores.get(parent.mem_id, 0) + len(paragraph.text())
    if scores:
        return parents[max(scores, key=scores.__getitem__)]
    return tree.body


def _block_text(node: LexborNode) -> str:
    raw = node.text(deep=True, separator="", strip=False)
    if node.tag == "pre":
        return raw.replace(_BREAK, "\n").strip("\n")
    lines = (_SPACE.sub(" ", line).strip() for line in raw.split(_BREAK))
    return "\n".join(line for line in lines if line)


def _is_link_list(node: LexborNode, text: str) -> bool:
    """A list item or cell that is all link is navigation ("Other stories", tag clouds)."""
    linked = sum(len(a.text(strip=True)) for a in node.css("a"))
    return node.tag in _LINK_LISTS and linked >= 0.8 * len(text)


def _has_inner_block(node: LexborNode) -> bool:
    """selectolax matches a node itself, so the children are asked instead."""
    return any(child.css_first(_BLOCKS) is not None for child in node.iter())


def _blocks(container: LexborNode) -> Iterator[str]:
    for node in container.traverse():
        if node.tag not in _BLOCK_TAGS or _has_inner_block(node):
            continue
        text = _block_text(node)
        if text and not _is_link_list(node, text):
            yield text


def extract_page(html: str) -> Page:
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    article = _article_json_ld(tree)
    title_node = tree.css_first("title")
    canonical = tree.css_first('link[rel="canonical"]')
    published_time = tree.css_first("time[datetime]")
    published = (
        _meta(tree, *_PUBLISHED_META)
        or _name_of(article.get("datePublished"))
        or (published_time.attributes.get("datetime") if published_time else None)
    )
    for node in tree.css(_DROP):
        node.decompose()
    for node in tree.css("[class], [id]"):
        if node.tag not in ("html", "body") and _is_furniture(node):
            node.decompose()
    for node in tree.css("br"):
        node.replace_with(_BREAK)
    container = _container(tree)
    blocks = list(_blocks(container)) if container is not None else []
    headline = tree.css_first("h1")
    if blocks and headline is not None and container is not None and container.css_first("h1") is None:
        blocks.insert(0, _block_text(headline))
    return Page(
        text="\n\n".join(blocks),
        title=_meta(tree, "og:title", "twitter:title")
        or _name_of(article.get("headline"))
        or (headline.text() if headline else None)
        or (title_node.text() if title_node else None),
        url=(canonical.attributes.get("href") if canonical else None) or _meta(tree, "og:url"),
        published=parse_published(published),
        outlet=_meta(tree, "og:site_name", "application-name") or _name_of(article.get("publisher")),
    )
