"""What `mailtls --help` and every subcommand's --help list: the subcommands and their options.

The man page test and the completion test both start from here, so a subcommand or an option
added to a --help text is one that the man page and the completion scripts must know too.

A command path is a tuple of words after `mailtls`: () is mailtls itself, ("scan",),
("cert", "ca", "init"). A help text names its subcommands in a "Commands:" or "Subcommands:"
section (one per line: the name, maybe an argument, then the description after two or more
spaces) and its options in an "Options:" section (`  -q, --quiet` or `  --json <FILE|->`,
a description wrapped onto further, deeper indented lines).
"""

import re
import subprocess

_SECTION = re.compile(r"^(\S[^:]*):\s*$")
_OPTION = re.compile(r"^ {1,4}(-[A-Za-z0-9](?:, |\s)|--)")
_NAME = re.compile(r"^[a-z][a-z0-9-]*$")


def run_help(cli, path):
    """The --help text of the command at `path` (stdout), failing loudly if it cannot be had."""
    result = subprocess.run([cli, *path, "--help"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, timeout=60)
    if result.returncode != 0:
        raise RuntimeError("'mailtls %s --help' exited %d: %s"
                           % (" ".join(path), result.returncode, result.stderr.strip()))
    return result.stdout


def sections(text):
    """{heading: [lines]} of a help text; a section runs from "Heading:" to the next heading."""
    out = {}
    current = None
    for line in text.splitlines():
        m = _SECTION.match(line)
        if m:
            current = m.group(1)
            out.setdefault(current, [])
        elif current is not None:
            out[current].append(line)
    return out


def subcommands(text):
    """The subcommand names a help text lists: ["session", ...] or ["ca init", ...]."""
    names = []
    for heading, lines in sections(text).items():
        if heading not in ("Commands", "Subcommands"):
            continue
        for line in lines:
            if not line.startswith("  ") or line.startswith("   "):
                continue
            first_column = re.split(r"\s{2,}", line.strip())[0]
            words = []
            for word in first_column.split():
                if not _NAME.match(word):
                    break
                words.append(word)
            if words:
                names.append(" ".join(words))
    return names


def options(text):
    """The options of a help text's "Options:" section: [("--quiet", "-q"), ("--json", None), ...]."""
    found = []
    for line in sections(text).get("Options", []):
        if not _OPTION.match(line):
            continue
        spec = re.split(r"\s{2,}", line.strip())[0]   # "-q, --quiet" or "--json <FILE|->"
        long_name = None
        short_name = None
        for token in re.split(r"[,\s]+", spec):
            if re.fullmatch(r"--[A-Za-z0-9][A-Za-z0-9-]*", token):
                long_name = token
            elif re.fullmatch(r"-[A-Za-z0-9]", token):
                short_name = token
        if long_name or short_name:
            found.append((long_name, short_name))
    return found


def command_tree(cli):
    """{path: (help text, [options], [child names])} for mailtls and every subcommand below it.

    A listed subcommand whose --help names further subcommands ("cert", then "ca" for
    "cert ca init") is walked too; a two-word name ("ca init") is one path of two words.
    """
    tree = {}
    pending = [()]
    while pending:
        path = pending.pop(0)
        if path in tree:
            continue
        text = run_help(cli, path)
        children = subcommands(text)
        tree[path] = (text, options(text), children)
        for child in children:
            pending.append(path + tuple(child.split()))
    return tree


def leaf_paths(tree):
    """Every path whose --help has options of its own (all but a pure dispatcher like "cert")."""
    return [path for path, (_, opts, _) in tree.items() if opts]


def all_names(opts):
    """"--quiet" and "-q" of a list of (long, short) pairs."""
    out = []
    for long_name, short_name in opts:
        out.extend(n for n in (long_name, short_name) if n)
    return out
