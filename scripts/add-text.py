#!/usr/bin/env python3
"""Adds or updates one UI text in both languages, keeping the two resource files in step.

    scripts/add-text.py Nav.Participants "Deelnemers" "Participants"

Keys are stable identifiers (Area.Thing); views read them as @T["Area.Thing"]."""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "src" / "KixWorks.Web" / "Resources"
HEADER = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
"""


def load(path):
    if not path.exists():
        return {}
    return {d.get("name"): d.findtext("value") or "" for d in ET.parse(path).getroot().findall("data")}


def save(path, entries):
    def esc(text):
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    body = "".join(
        f'  <data name="{esc(k)}" xml:space="preserve"><value>{esc(v)}</value></data>\n' for k, v in sorted(entries.items())
    )
    path.write_text(HEADER + body + "</root>\n", encoding="utf-8")


def main(args):
    if len(args) % 3 != 0 or not args:
        sys.exit(__doc__)
    files = {lang: RESOURCES / f"SharedResource.{lang}.resx" for lang in ("nl", "en")}
    entries = {lang: load(path) for lang, path in files.items()}
    for i in range(0, len(args), 3):
        key, nl, en = args[i : i + 3]
        entries["nl"][key] = nl
        entries["en"][key] = en
    for lang, path in files.items():
        save(path, entries[lang])


if __name__ == "__main__":
    main(sys.argv[1:])
