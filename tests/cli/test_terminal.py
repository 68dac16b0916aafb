"""Terminal behaviour: columns aligned by display width, colour and progress only on a tty."""
import os
import re
import subprocess
import unicodedata

from conftest import CAT, EVAL, binary, err, out, run, FAILED, OK


def char_width(ch):
    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def display_width(s):
    return sum(char_width(ch) for ch in s)


def char_at_display(line, pos):
    w = 0
    for ch in line:
        cw = char_width(ch)
        if w <= pos < w + cw:
            return ch
        w += cw
    return " "


def check_tables(text):
    """Every table under a rule line of dashes: each cell of each row starts at its column's
    start (left-aligned) or ends at its column's end (right-aligned), counted in display
    columns, and no row is wider than the rule."""
    lines = text.split("\n")
    tables = 0
    for i, line in enumerate(lines):
        if not re.fullmatch(r"-+(  -+)+", line):
            continue
        tables += 1
        width = len(line)
        gaps = [m.start() for m in re.finditer(r"(?<=-)  (?=-)", line)]
        starts = [0] + [g + 2 for g in gaps]
        ends = gaps + [width]
        block = [lines[i - 1]]
        for row in lines[i + 1:]:
            if not row.strip():
                break
            block.append(row)
        for row in block:
            assert display_width(row) <= width, (row, width)
            col = 0
            for m in re.finditer(r"\S+(?: \S+)*", row):
                a = display_width(row[:m.start()])
                b = a + display_width(m.group())
                k = col
                while k < len(starts) and not (starts[k] <= a and b <= ends[k] and
                                               (a == starts[k] or b == ends[k])):
                    k += 1
                assert k < len(starts), ("cell out of its column", row, m.group())
                col = k + 1
    return tables


def test_table_alignment_with_chinese_text():
    p = run(*EVAL, "--lang", "zh")
    assert p.returncode == FAILED, err(p)
    assert check_tables(out(p)) >= 3
    p = run(*EVAL, "--lang", "en")
    assert check_tables(out(p)) >= 3
    p = run(*CAT, "list")
    assert p.returncode == OK
    assert check_tables(out(p)) == 1


def test_alignment_checker_catches_byte_padding():
    # The checker itself must fail on a table padded by bytes instead of display width.
    good = "Code    名称\n------  ----------\nab      小学生师比\n"
    assert check_tables(good) == 1
    byte_padded = "Code       名称\n---------  --\n小学生  x\n"  # 9 bytes wide, 6 columns on screen
    try:
        check_tables(byte_padded)
    except AssertionError:
        return
    raise AssertionError("a misaligned table passed the check")


def run_on_tty(args, env):
    """Runs eduind with stdout and stderr on a pseudo-terminal; returns what it printed."""
    import pty
    master, slave = pty.openpty()
    e = dict(os.environ, LANG="C.UTF-8")
    e.pop("NO_COLOR", None)
    e.update(env)
    proc = subprocess.Popen([binary(), *args], stdout=slave, stderr=slave, env=e)
    os.close(slave)
    chunks = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    proc.wait(timeout=60)
    os.close(master)
    return b"".join(chunks).decode("utf-8", "replace")


def test_colour_only_when_asked():
    p = run(*EVAL, "--color", "always")
    assert "\033[1;31m" in out(p)  # the missed target in red
    p = run(*EVAL, "--color", "auto")
    assert "\033[" not in out(p)
    text = run_on_tty(EVAL, {})
    assert "\033[1;31m" in text  # a terminal gets colour
    text = run_on_tty(EVAL, {"NO_COLOR": "1"})
    assert "\033[1;31m" not in text and "\033[32m" not in text


def test_progress_on_terminal_only():
    text = run_on_tty(EVAL, {})
    assert "[1/7] loading the catalogue" in text and "[7/7] writing the report" in text
    text = run_on_tty(EVAL, {"EDUIND_NO_PROGRESS": "1"})
    assert "loading the catalogue" not in text
    p = run(*EVAL)
    assert err(p) == ""  # a pipe gets no progress
