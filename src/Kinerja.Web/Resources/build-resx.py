#!/usr/bin/env python3
"""Writes SharedResource.en.resx from en.tsv (Indonesian key <TAB> English text).

Edit en.tsv, run this script, commit both. A test fails when a page uses a key that en.tsv lacks.
"""
import html, pathlib
here = pathlib.Path(__file__).parent
rows = [l.split("\t") for l in (here / "en.tsv").read_text(encoding="utf-8").splitlines() if l.strip()]
out = ['<?xml version="1.0" encoding="utf-8"?>', "<root>",
       '  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>',
       '  <resheader name="version"><value>2.0</value></resheader>',
       '  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>',
       '  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>']
for key, value in rows:
    out.append(f'  <data name="{html.escape(key, quote=True)}" xml:space="preserve"><value>{html.escape(value, quote=False)}</value></data>')
out.append("</root>")
(here / "SharedResource.en.resx").write_text("\n".join(out) + "\n", encoding="utf-8")
