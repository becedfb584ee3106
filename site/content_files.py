"""Content kept as text files that trainers and translators edit without Python.

A content file is Markdown with TOML front matter between `+++` lines:

    +++
    title = "Working in an involuntary relationship"
    summary = "Why VETOs usually start from suspicion."
    outcomes = ["RB-1"]
    +++

    ::: text
    ## Nobody chose this relationship

    Every prisoner is an involuntary client: …
    :::

    ::: quote
    quote = "At first he would not even look at me during the count."
    attribution = "Custodial officer, North Macedonia"
    :::

The body holds a page's StreamField as blocks, each between a `::: <block type>` line and a `:::`
line. A block whose value is rich text (`text`) is written in Markdown; any other block is TOML,
whose rich-text fields are Markdown strings too (converted where the block's definition says
rich text). Blocks are checked against the StreamField's definition, with its own validation,
and every problem names the file and the field.

A translation is a sibling file: `rapport.sq.md` beside `rapport.md` (`translation_of`).
"""

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from markdown_it import MarkdownIt
from wagtail import blocks

FRONT_MATTER = re.compile(r"\A\+\+\+\n(.*?)\n\+\+\+\n?(.*)\Z", re.DOTALL)
BLOCK_START = re.compile(r"^::: *([a-z_]+) *$")
BLOCK_END = ":::"
_markdown = MarkdownIt("commonmark", {"html": False, "typographer": False})
# A line break inside a paragraph is a space, as Wagtail's editor stores it.
_markdown.add_render_rule("softbreak", lambda self, tokens, idx, options, env: " ")


class ContentFileError(ValueError):
    def __init__(self, path: Path, where: str, message: str):
        super().__init__(f"{path}: {where}: {message}" if where else f"{path}: {message}")
        self.path, self.where = path, where


def markdown_to_html(text: str) -> str:
    """Markdown as Wagtail rich text: paragraphs, headings, lists, bold and italics; raw HTML is
    not passed through. Blocks are joined without whitespace, as Wagtail's editor stores them
    (`<h2>…</h2><p>…</p>`), so the text of a page is the same as if typed in the admin."""
    return _markdown.render(text.strip()).strip().replace(">\n", ">")


@dataclass
class Section:
    block_type: str
    text: str
    line: int  # where the block starts, for messages


@dataclass
class ContentFile:
    path: Path
    meta: dict[str, Any]
    body: str
    body_line: int  # the file's line where the body starts

    def error(self, where: str, message: str) -> ContentFileError:
        return ContentFileError(self.path, where, message)

    def get(self, name: str, kind: type | tuple[type, ...] = str, *, default: Any = ...) -> Any:
        """A front-matter field, checked: missing (without a default) or of the wrong type is an
        error naming the file and the field."""
        if name not in self.meta:
            if default is ...:
                raise self.error(name, "missing")
            return default
        value = self.meta[name]
        if not isinstance(value, kind):
            names = " or ".join(t.__name__ for t in (kind if isinstance(kind, tuple) else (kind,)))
            raise self.error(name, f"should be {names}, not {type(value).__name__}")
        if isinstance(value, str) and not value.strip():
            raise self.error(name, "is empty")
        return value

    def markdown(self, name: str, *, default: Any = ...) -> str:
        """A front-matter field written in Markdown, as HTML."""
        value = self.get(name, default=default)
        return markdown_to_html(value) if isinstance(value, str) else value

    def sections(self) -> list[Section]:
        found: list[Section] = []
        current: Section | None = None
        lines: list[str] = []
        for number, line in enumerate(self.body.splitlines(), start=self.body_line):
            start = BLOCK_START.match(line)
            if current is None:
                if start:
                    current, lines = Section(start.group(1), "", number), []
                elif line.strip():
                    raise self.error(f"line {number}", "text outside a block: start one with '::: <type>'")
            elif line.rstrip() == BLOCK_END:
                current.text = "\n".join(lines)
                found.append(current)
                current = None
            elif start:
                raise self.error(
                    f"line {number}", f"block '{current.block_type}' (line {current.line}) has no ':::' end"
                )
            else:
                lines.append(line)
        if current is not None:
            raise self.error(f"line {current.line}", f"block '{current.block_type}' has no ':::' end")
        return found

    def stream(
        self, stream_block: blocks.StreamBlock, *, defaults: dict[str, dict[str, Any]] | None = None
    ) -> list[dict[str, Any]]:
        """The body's blocks as StreamField data, checked by the StreamField's own validation: each
        block's, then the stream's (how many blocks, and rules across them such as unique codes).
        `defaults` gives, by block type, fields that a TOML block may leave out (e.g. set once in
        the front matter)."""
        data = []
        sections = self.sections()
        for section in sections:
            where = f"line {section.line} ({section.block_type})"
            child = stream_block.child_blocks.get(section.block_type)
            if child is None:
                known = ", ".join(stream_block.child_blocks)
                raise self.error(where, f"unknown block type; use one of: {known}")
            if isinstance(child, blocks.RichTextBlock):
                value: Any = markdown_to_html(section.text)
            else:
                try:
                    raw = tomllib.loads(section.text)
                except tomllib.TOMLDecodeError as error:
                    raise self.error(where, f"not valid TOML: {error}") from None
                raw = {**(defaults or {}).get(section.block_type, {}), **raw}
                value = _block_value(self, child, raw, where)
            try:
                child.clean(child.to_python(value))
            except ValidationError as error:
                raise self.error(where, _messages(error)) from None
            data.append({"type": section.block_type, "value": value})
        if data:  # whether a body may be empty is the caller's to say
            try:
                stream_block.clean(stream_block.to_python(data))
            except ValidationError as error:
                block_errors = getattr(error, "block_errors", None)
                if not block_errors:
                    raise self.error("body", _messages(error)) from None
                index = min(block_errors)
                where = f"line {sections[index].line} ({sections[index].block_type})"
                raise self.error(where, _messages(block_errors[index])) from None
        return data


def _messages(error: ValidationError) -> str:
    """A block's validation errors as one line (struct and stream blocks nest theirs)."""
    if hasattr(error, "as_json_data"):
        return str(error.as_json_data())
    return "; ".join(error.messages)


def _block_value(file: ContentFile, block: blocks.Block, raw: Any, where: str) -> Any:
    """TOML data in the shape a block stores, with Markdown turned into HTML where the block
    says rich text, and unknown fields refused."""
    if isinstance(block, blocks.RichTextBlock):
        if not isinstance(raw, str):
            raise file.error(where, "should be Markdown text")
        return markdown_to_html(raw)
    if isinstance(block, blocks.StructBlock):
        if not isinstance(raw, dict):
            raise file.error(where, "should be a table of fields")
        unknown = set(raw) - set(block.child_blocks)
        if unknown:
            fields = ", ".join(block.child_blocks)
            raise file.error(where, f"unknown field(s) {', '.join(sorted(unknown))}; use {fields}")
        return {
            name: _block_value(file, child, raw[name], f"{where}, {name}")
            for name, child in block.child_blocks.items()
            if name in raw
        }
    if isinstance(block, blocks.ListBlock):
        if not isinstance(raw, list):
            raise file.error(where, "should be a list")
        return [_block_value(file, block.child_block, item, f"{where}[{i}]") for i, item in enumerate(raw)]
    return raw


def read(path: Path) -> ContentFile:
    text = path.read_text(encoding="utf-8").replace("\r\n", "\n")
    match = FRONT_MATTER.match(text)
    if match is None:
        raise ContentFileError(path, "", "should start with TOML front matter between '+++' lines")
    try:
        meta = tomllib.loads(match.group(1))
    except tomllib.TOMLDecodeError as error:
        raise ContentFileError(path, "front matter", f"not valid TOML: {error}") from None
    body_line = match.group(1).count("\n") + 4  # after the opening line, the front matter, the closing line
    return ContentFile(path=path, meta=meta, body=match.group(2), body_line=body_line)


def source_files(folder: Path, pattern: str = "*.md") -> list[Path]:
    """The source-language files of a folder, in name order (translations left out)."""
    return sorted(path for path in folder.glob(pattern) if "." not in path.stem)


def translation_of(path: Path, language: str) -> Path | None:
    """`rapport.md` in Albanian is `rapport.sq.md` beside it, if someone has written it."""
    candidate = path.with_name(f"{path.stem}.{language}{path.suffix}")
    return candidate if candidate.exists() else None
