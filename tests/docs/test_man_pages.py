#!/usr/bin/env python3
"""The man pages against the programs: ctest docs.man_pages.

- every subcommand `mailtls --help` lists (and `mailtls cert --help` below it) has its own
  section in docs/man/mailtls.1.scd ("## session", "## cert ca init"; mailtls's own options
  are under "# OPTIONS"), and every option its --help lists, long and short form, is named in
  that section; an option the page documents in a section that --help no longer lists fails too;
- the same for `mailtls-workbench --help` and docs/man/mailtls-workbench.1.scd "# OPTIONS";
- the built pages (build/docs/man/*.1) hold every subcommand and option, and groff and man
  read them without a warning (skipped with a message when groff or man is not installed).

Usage: test_man_pages.py --cli build/app/mailtls --workbench build/app/mailtls-workbench
                         --source-dir . --man-dir build/docs/man
"""

import argparse
import os
import re
import shutil
import subprocess
import sys

sys.dont_write_bytecode = True   # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cli_help  # noqa: E402

failures = []


def fail(message):
    failures.append(message)
    print("FAIL: " + message)


def scd_sections(text):
    """{heading: body} of an scdoc page, keyed by "# NAME" / "## session" headings."""
    out = {}
    current = None
    for line in text.splitlines():
        m = re.match(r"^(#{1,2}) (.+?)\s*$", line)
        if m:
            current = m.group(2) if m.group(1) == "##" else "# " + m.group(2)
            out[current] = ""
        elif current is not None:
            out[current] += line + "\n"
    return out


def names_option(text, option):
    """Whether `text` names `option` ("--json", "-q") as a whole word."""
    return re.search(r"(?<![A-Za-z0-9_-])%s(?![A-Za-z0-9_-])" % re.escape(option), text) is not None


def documented_options(body):
    """The options a section documents: the first words of its definition lines ("*--json* _FILE_")."""
    found = set()
    for line in body.splitlines():
        if not line.startswith("*-"):
            continue
        head = line.split("\t")[0]
        for m in re.finditer(r"\*(--?[A-Za-z0-9][A-Za-z0-9-]*)\*", head):
            found.add(m.group(1))
    return found


def section_for(path):
    return " ".join(path) if path else "# OPTIONS"


def check_page_against_tree(page_name, scd_text, tree):
    """Every command path of `tree` has its section in the page, naming exactly its options."""
    problems = []
    sections = scd_sections(scd_text)
    for path, (_, opts, children) in sorted(tree.items()):
        heading = section_for(path)
        label = "mailtls " + " ".join(path) if path else page_name.split(".")[0]
        if heading not in sections:
            problems.append("%s has no section '%s' for '%s'" % (page_name, heading if path else heading, label))
            continue
        body = sections[heading]
        listed = cli_help.all_names(opts)
        for option in listed:
            if not names_option(body, option):
                problems.append("%s, section '%s': '%s --help' lists %s, the page does not"
                                % (page_name, heading, label, option))
        if opts:
            for option in sorted(documented_options(body) - set(listed)):
                problems.append("%s, section '%s' documents %s, which '%s --help' does not list"
                                % (page_name, heading, option, label))
    return problems


def built_page_text(path):
    """A built roff page with scdoc's and roff's escapes taken out, for plain searches."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    return text.replace("\\-", "-").replace("\\&", "").replace("\\fB", "").replace("\\fI", "").replace("\\fR", "")


def check_built_page(path, tree):
    if not os.path.exists(path):
        fail("%s was not built (the mailtls_man_pages target builds it)" % path)
        return
    text = built_page_text(path)
    if not re.search(r"^\.TH ", text, re.M):
        fail("%s has no .TH line: not a man page" % path)
    for p, (_, opts, _) in tree.items():
        if p and not re.search(r"^\.SS \"?%s\"?\s*$" % re.escape(" ".join(p)), text, re.M):
            fail("%s has no subsection for 'mailtls %s'" % (path, " ".join(p)))
        for option in cli_help.all_names(opts):
            if not names_option(text, option):
                fail("%s does not name %s (of 'mailtls %s --help'): rebuild, or the .scd lacks it"
                     % (path, option, " ".join(p)))


def lint_with_groff_and_man(pages):
    env = dict(os.environ, LC_ALL="C.UTF-8", MANWIDTH="80")
    if shutil.which("groff"):
        for page in pages:
            r = subprocess.run(["groff", "-man", "-ww", "-z", page], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, env=env)
            if r.returncode != 0 or r.stderr.strip():
                fail("groff -man -ww -z %s: exit %d\n%s" % (page, r.returncode, r.stderr))
            else:
                print("ok: groff -man -ww -z %s: no warnings" % os.path.basename(page))
    else:
        print("SKIP: groff is not installed (Debian: groff-base); pages not linted with groff")
    if shutil.which("man"):
        for page in pages:
            r = subprocess.run(["man", "--warnings", "-l", page], stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True, env=env)
            if r.returncode != 0 or r.stderr.strip():
                fail("man --warnings -l %s: exit %d\n%s" % (page, r.returncode, r.stderr))
            else:
                print("ok: man --warnings -l %s: no warnings" % os.path.basename(page))
    else:
        print("SKIP: man is not installed (Debian: man-db); pages not linted with man")


def listed_names(cli, args, pattern):
    r = subprocess.run([cli, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=60)
    if r.returncode != 0:
        fail("'mailtls %s' exited %d" % (" ".join(args), r.returncode))
        return []
    return [m.group(1) for m in re.finditer(pattern, r.stdout, re.M)]


def check_value_lists(cli, scd_text):
    """The built-in partner profiles and practice personalities are named where they are chosen."""
    sections = scd_sections(scd_text)
    lists = [
        ("simulate", ["simulate", "--list-profiles"], r"^  ([a-z0-9][a-z0-9.-]*)\s*$"),
        ("practice-server", ["practice-server", "--list"], r"^  ([a-z0-9][a-z0-9-]*)  "),
    ]
    for section, command, pattern in lists:
        names = listed_names(cli, command, pattern)
        if len(names) < 5:
            fail("'mailtls %s' listed too few names to check: %r" % (" ".join(command), names))
        for name in names:
            if not names_option(sections.get(section, ""), name):
                fail("mailtls.1.scd, section '%s' does not name '%s' of 'mailtls %s'"
                     % (section, name, " ".join(command)))


def self_test(scd_text, tree):
    """The check must fail for an option --help gains without the page: prove it on a copy."""
    path = ("scan",)
    text, opts, children = tree[path]
    grown = dict(tree)
    grown[path] = (text, opts + [("--brand-new-option", "-Z")], children)
    problems = check_page_against_tree("mailtls.1.scd", scd_text, grown)
    missing = [p for p in problems if "--brand-new-option" in p or " -Z" in p]
    if len(missing) != 2:
        fail("self-test: an option added to 'mailtls scan --help' was not reported as missing: %r" % problems)
    shrunk = dict(tree)
    shrunk[path] = (text, [o for o in opts if o[0] != "--max-time"], children)
    if not any("--max-time" in p for p in check_page_against_tree("mailtls.1.scd", scd_text, shrunk)):
        fail("self-test: an option removed from 'mailtls scan --help' was not reported as stale in the page")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--workbench")
    parser.add_argument("--source-dir", required=True)
    parser.add_argument("--man-dir", required=True)
    args = parser.parse_args()

    scd_dir = os.path.join(args.source_dir, "docs", "man")
    with open(os.path.join(scd_dir, "mailtls.1.scd"), encoding="utf-8") as f:
        cli_scd = f.read()

    tree = cli_help.command_tree(args.cli)
    option_count = sum(len(cli_help.all_names(o)) for _, o, _ in tree.values())
    print("mailtls: %d commands, %d option names in their --help" % (len(tree), option_count))
    for problem in check_page_against_tree("mailtls.1.scd", cli_scd, tree):
        fail(problem)
    self_test(cli_scd, tree)
    check_value_lists(args.cli, cli_scd)
    check_built_page(os.path.join(args.man_dir, "mailtls.1"), tree)

    if args.workbench:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        r = subprocess.run([args.workbench, "--help"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           text=True, timeout=60, env=env)
        if r.returncode != 0:
            fail("'mailtls-workbench --help' exited %d: %s" % (r.returncode, r.stderr.strip()))
        else:
            with open(os.path.join(scd_dir, "mailtls-workbench.1.scd"), encoding="utf-8") as f:
                gui_scd = f.read()
            gui_tree = {(): (r.stdout, cli_help.options(r.stdout), [])}
            print("mailtls-workbench: %d option names in --help" % len(cli_help.all_names(gui_tree[()][1])))
            for problem in check_page_against_tree("mailtls-workbench.1.scd", gui_scd, gui_tree):
                fail(problem)
            check_built_page(os.path.join(args.man_dir, "mailtls-workbench.1"), gui_tree)

    pages = [os.path.join(args.man_dir, p) for p in ("mailtls.1", "mailtls-workbench.1")]
    lint_with_groff_and_man([p for p in pages if os.path.exists(p)])

    if failures:
        print("\n%d problem(s); the pages are docs/man/*.scd" % len(failures))
        return 1
    print("ok: every subcommand and option of --help is in the man pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
