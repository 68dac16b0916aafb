"""Telling a file path from document text, for the from_json / from_csv constructors."""

import os


def split(path_or_text, kind):
    """Returns (path, text): exactly one is not None.

    os.PathLike and bytes paths are paths; bytes are text. A str is text when it looks
    like a document (JSON starting with '{' or '[', or CSV with a line break), else a path.
    """
    if isinstance(path_or_text, os.PathLike):
        return os.fspath(path_or_text), None
    if isinstance(path_or_text, (bytes, bytearray)):
        return None, bytes(path_or_text).decode("utf-8")
    if not isinstance(path_or_text, str):
        raise TypeError("expected a path or %s text, not %s" % (kind, type(path_or_text).__name__))
    s = path_or_text.lstrip("\ufeff \t\r\n")
    if kind == "json" and s[:1] in ("{", "["):
        return None, path_or_text
    if kind == "csv" and ("\n" in path_or_text or "\r" in path_or_text):
        return None, path_or_text
    return path_or_text, None
