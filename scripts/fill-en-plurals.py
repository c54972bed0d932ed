#!/usr/bin/env python3
"""Gives every plural message of translations/pos_en.ts its two English forms.

English is the source language; the only thing pos_en.ts adds is plurals: "%n item(s)" becomes
"%n item" for one and "%n items" otherwise. Run after `cmake --build <dir> --target
update_translations`. Other messages stay untranslated (the source text is shown).
"""
import html
import re
import sys


def forms(source):
    return source.replace("(s)", ""), source.replace("(s)", "s")


def fill(text):
    filled = 0

    def message(match):
        nonlocal filled
        block = match.group(0)
        if 'numerus="yes"' not in block:
            return block
        source = html.unescape(re.search(r"<source>(.*?)</source>", block, re.S).group(1))
        one, many = (html.escape(f, quote=False) for f in forms(source))
        translation = (f"<translation>\n            <numerusform>{one}</numerusform>\n"
                       f"            <numerusform>{many}</numerusform>\n        </translation>")
        filled += 1
        return re.sub(r"<translation[^>]*?(/>|>.*?</translation>)", lambda _: translation, block,
                      count=1, flags=re.S)

    return re.sub(r"<message\b.*?</message>", message, text, flags=re.S), filled


if __name__ == "__main__":
    path = sys.argv[1] if len(sys.argv) > 1 else "translations/pos_en.ts"
    with open(path, encoding="utf-8") as f:
        text, filled = fill(f.read())
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"{filled} plural messages filled")
