#!/usr/bin/env python3
"""Writes SharedResource.en.resx from en.tsv and every en.<feature>.tsv (Indonesian key <TAB> English text).

Each feature may keep its own en.<feature>.tsv, so parallel work does not collide in one file.
Edit a .tsv, run this script, commit both. A test fails when a page uses a key that no .tsv has.
Keys are case-insensitive in the resource manager: a key defined twice with different texts (or in another case) is an error;
the same key with the same text in two files is kept once.
"""
import html, pathlib, sys
here = pathlib.Path(__file__).parent
files = [here / "en.tsv"] + sorted(p for p in here.glob("en.*.tsv"))
rows, seen = [], {}
for f in files:
    for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        key, value = line.split("\t")
        where = f"{f.name}:{n}"
        if key.lower() in seen:
            first_where, first_key, first_value = seen[key.lower()]
            if (first_key, first_value) == (key, value):
                continue  # the same translation kept by two features
            sys.exit(f"key {key!r} at {where} differs from {first_key!r} at {first_where} (keys ignore case; one text per key)")
        seen[key.lower()] = (where, key, value)
        rows.append((key, value))
rows.sort(key=lambda r: r[0])
out = ['<?xml version="1.0" encoding="utf-8"?>', "<root>",
       '  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>',
       '  <resheader name="version"><value>2.0</value></resheader>',
       '  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>',
       '  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>']
for key, value in rows:
    out.append(f'  <data name="{html.escape(key, quote=True)}" xml:space="preserve"><value>{html.escape(value, quote=False)}</value></data>')
out.append("</root>")
(here / "SharedResource.en.resx").write_text("\n".join(out) + "\n", encoding="utf-8")
