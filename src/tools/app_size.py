#!/usr/bin/env python3
"""Lines per class (file) and per method under a source folder, by brace matching.

Usage: python3 src/tools/app_size.py [ROOT] [--max-class N] [--max-method N] [--all]

ROOT defaults to src/main/java/org/naswot/app. Prints every file with its line count (largest first), then every
method over the method limit (or all methods with --all). Exit status 1 when a limit is exceeded. A method's lines run
from its signature (annotations included, comments excluded) to its closing brace; lambdas and local or anonymous
classes count toward the method that holds them. The same rule is checked by org.naswot.arch.AppSizeTest.
"""
import os
import re
import sys

CONTROL = re.compile(r"^(if|for|while|switch|catch|synchronized|try|else|do|finally)\b")
TYPE = re.compile(r"\b(class|interface|enum|record)\s+\w+")
ANONYMOUS = re.compile(r"\bnew\s+[\w.<>,?\s\[\]]+\(")
SIGNATURE_END = re.compile(r"\)\s*(throws\s+[\w.,\s]+)?$")


def blank_comments_and_strings(text):
    """Replaces comments, string, text-block and char literals by spaces, keeping newlines."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        elif text.startswith('"""', i):
            j = text.find('"""', i + 3)
            while j > 0 and text[j - 1] == "\\":
                j = text.find('"""', j + 1)
            j = n if j < 0 else j + 3
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        elif c in "\"'":
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            j = min(j + 1, n)
            out.append(" " * (j - i))
            i = j
        else:
            out.append(c)
            i += 1
    return "".join(out)


def methods(text):
    """Yields (name, first line, last line) for every method or constructor, nested ones included."""
    code = blank_comments_and_strings(text)
    stack = []  # (kind, name, start line)
    header_start = 0
    for i, c in enumerate(code):
        if c in ";":
            header_start = i + 1
        elif c == "{":
            raw = code[header_start:i]
            header = " ".join(raw.split())
            enclosing = stack[-1][0] if stack else "file"
            start_line = code.count("\n", 0, header_start + len(raw) - len(raw.lstrip())) + 1
            if TYPE.search(header) and not header.endswith("->"):
                stack.append(("type", header, start_line))
            elif enclosing == "type" and (SIGNATURE_END.search(header) or re.fullmatch(r"[\w@\s]*\w", header)) \
                    and not CONTROL.match(header):
                name = re.search(r"(\w+)\s*\(", header)
                stack.append(("method", name.group(1) if name else header, start_line))
            elif enclosing != "type" and ANONYMOUS.search(header) and SIGNATURE_END.search(header) \
                    and not header.endswith("->"):
                stack.append(("type", header, start_line))
            else:
                stack.append(("block", header, start_line))
            header_start = i + 1
        elif c == "}":
            if stack:
                kind, name, start = stack.pop()
                if kind == "method":
                    yield name, start, code.count("\n", 0, i) + 1
            header_start = i + 1


def main(argv):
    root = "src/main/java/org/naswot/app"
    max_class, max_method, show_all = 350, 60, False
    args = iter(argv)
    for a in args:
        if a == "--max-class":
            max_class = int(next(args))
        elif a == "--max-method":
            max_method = int(next(args))
        elif a == "--all":
            show_all = True
        else:
            root = a
    files, long_methods = [], []
    for folder, _, names in os.walk(root):
        for name in names:
            if name.endswith(".java"):
                path = os.path.join(folder, name)
                with open(path, encoding="utf-8") as f:
                    text = f.read()
                files.append((text.count("\n"), path))
                for method, first, last in methods(text):
                    length = last - first + 1
                    if show_all or length > max_method:
                        long_methods.append((length, f"{path}:{first} {method}"))
    files.sort(reverse=True)
    long_methods.sort(reverse=True)
    print(f"classes (lines per file, limit {max_class}):")
    for lines, path in files:
        print(f"{lines:6d}  {path}{'  OVER' if lines > max_class else ''}")
    print(f"methods {'(all)' if show_all else f'over {max_method} lines'}:")
    for length, where in long_methods:
        print(f"{length:6d}  {where}")
    longest = max((l for l, _ in long_methods), default=0)
    print(f"largest class {files[0][0] if files else 0} lines; "
          f"{sum(1 for l, _ in long_methods if l > max_method)} methods over {max_method}")
    over = any(lines > max_class for lines, _ in files) or longest > max_method
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
