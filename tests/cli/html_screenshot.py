#!/usr/bin/env python3
"""Renders the HTML report in headless Chromium and checks the screenshot shows it.

Usage: html_screenshot.py EDUIND_BINARY WORKDIR. Exit 77 (skipped) only when chromium is
not installed; any other problem fails.
"""
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")


def png_pixels(path):
    """Decodes an 8-bit RGB/RGBA PNG (what Chromium writes) into rows of pixel tuples."""
    with open(path, "rb") as f:
        blob = f.read()
    assert blob[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, width = 8, b"", 0
    while pos < len(blob):
        length, kind = struct.unpack(">I4s", blob[pos:pos + 8])
        body = blob[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and colour in (2, 6), (depth, colour)
            bpp = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows, prev = [], bytearray(stride)
    for y in range(height):
        ftype = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]
            c = prev[x - bpp] if x >= bpp else 0
            if ftype == 1:
                line[x] = (line[x] + a) & 255
            elif ftype == 2:
                line[x] = (line[x] + b) & 255
            elif ftype == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif ftype == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[x] = (line[x] + pred) & 255
        rows.append([tuple(line[i:i + 3]) for i in range(0, stride, bpp)])
        prev = line
    return width, height, rows


def close(px, rgb, tol=40):
    return all(abs(p - q) <= tol for p, q in zip(px, rgb))


def main():
    eduind, work = sys.argv[1], sys.argv[2]
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        print("chromium is not installed: skipped")
        return 77
    os.makedirs(work, exist_ok=True)
    html = os.path.join(work, "report.html")
    png = os.path.join(work, "report.png")
    for f in (html, png):
        if os.path.exists(f):
            os.unlink(f)
    r = subprocess.run([eduind, "--catalog", os.path.join(DATA, "test.catalog.json"), "eval",
                        "--data", os.path.join(DATA, "test.dataset.json"),
                        "--plan", os.path.join(DATA, "test.plan.json"),
                        "--format", "html", "--lang", "zh", "--output", html],
                       capture_output=True, timeout=120)
    assert r.returncode == 1, r.stderr  # one expected target is missed
    profile = tempfile.mkdtemp(prefix="eduind-chromium-")
    try:
        r = subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                            "--no-first-run", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync",
                            "--user-data-dir=" + profile, "--screenshot=" + png,
                            "--window-size=1200,2000", "file://" + os.path.abspath(html)],
                           capture_output=True, timeout=180)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    assert os.path.exists(png), ("no screenshot", r.stderr.decode(errors="replace")[-2000:])
    size = os.path.getsize(png)
    assert size > 20000, ("screenshot too small to show a report", size)
    width, height, rows = png_pixels(png)
    assert (width, height) == (1200, 2000), (width, height)
    # The charts: the dashed target lines (#8250df), a missed series (#cf222e) and a met
    # one (#1a7f37) must all be visible, not just white page.
    colours = {"target": (0x82, 0x50, 0xdf), "missed": (0xcf, 0x22, 0x2e), "met": (0x1a, 0x7f, 0x37)}
    seen = {k: 0 for k in colours}
    non_white = 0
    for row in rows[::2]:
        for px in row[::2]:
            if px != (255, 255, 255):
                non_white += 1
            for k, rgb in colours.items():
                if close(px, rgb):
                    seen[k] += 1
    print("screenshot", png, size, "bytes; pixels seen:", seen, "non-white:", non_white)
    for k, n in seen.items():
        assert n >= 20, ("the screenshot does not show the %s colour" % k, seen)
    assert non_white > 10000, non_white
    return 0


if __name__ == "__main__":
    sys.exit(main())
