"""Markup a scraper left in an article's text, blanked where it stands.

Pages reach the coder as HTML fragments and Markdown inside a JSON or CSV text field as
often as plain text. Every change here keeps the text's length, so every offset the coder
gives (evidence, triggers) is an offset into the text as it came.
"""

from __future__ import annotations

import html
import re

from .formats import plain_spaces

# markup left in a text field by a scraper: the tags of HTML, its comments and the entities
# of the characters news copy uses
_BLOCK_TAGS = ("p|div|br|li|ul|ol|h[1-6]|blockquote|tr|td|th|table|section|article|header|"
               "footer|figure|figcaption|hr|pre|dl|dt|dd|main|aside|nav")
_INLINE_TAGS = ("a|b|i|u|s|em|strong|span|small|big|sup|sub|font|cite|q|abbr|mark|time|"
                "img|del|ins|strike|center|code|label|picture|source|wbr|tbody|thead|caption")
MARKUP = re.compile(
    r"<!--.*?-->|<(?:script|style|noscript)\b.*?</(?:script|style|noscript)\s*>"
    rf"|(?P<block></?(?:{_BLOCK_TAGS})(?:\s[^<>]*)?/?>)|</?(?:{_INLINE_TAGS})(?:\s[^<>]*)?/?>"
    r"|(?P<entity>&(?:[a-zA-Z]{2,8}|#\d{2,5}|#x[0-9a-fA-F]{2,4});)",
    re.IGNORECASE | re.DOTALL)


# and the marks of Markdown, which newer scrapers write: links and images, headings,
# emphasis
MARKDOWN = re.compile(
    r"(?P<image>!\[[^\]\n]{0,300}\]\([^()\s]{1,500}\))"
    r"|(?P<open>\[)(?=[^\]\n]{1,300}\]\([^()\s]{1,500}(?:\s+\"[^\"\n]*\")?\))"
    r"|(?P<target>(?<=[^\s\[])\]\([^()\s]{1,500}(?:\s+\"[^\"\n]*\")?\))"
    r"|(?P<heading>^\#{1,6}(?=[ \t]))|(?P<quote>^>(?=[ \t]))"
    r"|(?<![\w*])\*{1,3}(?=[^\s*])|(?<=[^\s*])\*{1,3}(?![\w*])"
    r"|(?<!\w)__(?=[^\s_])|(?<=[^\s_])__(?!\w)",
    re.MULTILINE)


def unmarked(text: str) -> str:
    """The text with its markup blanked, one character for one, so offsets hold.

    HTML: a tag of a block ("<p>", "</div>") as a paragraph's end, "<br>" as a line end,
    any other tag as spaces, an entity ("&quot;", "&#39;") as its character, padded on
    the side of the space that ends a word (so that "Russia&#39;s" is read as
    "Russia     's", a possessive, and a closing quote stays with its word). Markdown: a
    link as its words ("[Belarus](https://...)" as " Belarus" and spaces), an image,
    heading and quote marks and emphasis ("**", "__") as spaces."""
    if "<" in text or "&" in text:
        text = MARKUP.sub(_blanked, text)
    if "](" in text or "*" in text or "#" in text or "__" in text or ">" in text:
        text = MARKDOWN.sub(lambda m: " " * len(m.group()), text)
    return text


def readable(text: str) -> str:
    """The text as the coder reads it: markup blanked, odd spaces as spaces, each
    character where it was."""
    return plain_spaces(unmarked(text))


def _blanked(match: re.Match) -> str:
    found = match.group()
    if match.group("entity"):
        character = plain_spaces(html.unescape(found))
        if len(character) != 1:
            return found
        after = match.string[match.end():match.end() + 1]
        closing = match.start() and not match.string[match.start() - 1].isspace() and \
            (not after or after.isspace() or after in "<,.;:!?)")
        return character.ljust(len(found)) if closing else character.rjust(len(found))
    if match.group("block"):  # a line break ends a line, any other block a paragraph
        ends = "\n" if found[1:3].lower() == "br" else "\n\n"
        # at the side of the text: a paragraph's first line starts where its words do
        return ends.ljust(len(found)) if found[1] == "/" else ends.rjust(len(found))
    return re.sub(r"[^\n]", " ", found)


