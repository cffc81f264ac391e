#!/usr/bin/env python3
"""The shell completions against the program: ctest docs.completions.

bash (completions/mailtls.bash, sourced in `bash --norc`, the completion function called with
COMP_WORDS/COMP_CWORD set as bash sets them on <TAB>):
- `mailtls <TAB>` offers every command `mailtls --help` lists, `mailtls cert <TAB>` and
  `mailtls cert ca <TAB>` every subcommand `mailtls cert --help` lists;
- for every command, `mailtls COMMAND --<TAB>` offers every long option and `-<TAB>` every
  option its --help lists;
- options with fixed values offer them: dialects, TLS versions, severities, key types, the
  profiles of `mailtls simulate --list-profiles`, the personalities of `mailtls practice-server
  --list`, --syntax, --direction; file options offer files, directory options directories.
zsh (completions/_mailtls): each command's function (_mailtls_cert_ca_init) names every option
its --help lists, the dispatchers every subcommand; `zsh -n` when zsh is installed.

Usage: test_completions.py --cli build/app/mailtls --source-dir .
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True   # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cli_help  # noqa: E402

failures = []


def fail(message):
    failures.append(message)
    print("FAIL: " + message)


def bash_quote(word):
    return "'" + word.replace("'", "'\\''") + "'"


class BashCompletion:
    """Asks the bash completion function for the candidates of many command lines in one bash."""

    def __init__(self, script, cwd):
        self.script = script
        self.cwd = cwd

    def ask(self, queries):
        """queries: [[word, ...], ...] with the last word the one being completed -> [set, ...]."""
        lines = [
            "set -u",
            "source %s || exit 90" % bash_quote(self.script),
            "complete -p mailtls | grep -q -- '-F _mailtls' || exit 91",
            "ask() { COMP_WORDS=(\"$@\"); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ));",
            "  COMP_LINE=\"$*\"; COMP_POINT=${#COMP_LINE}; COMPREPLY=(); _mailtls mailtls \"${COMP_WORDS[COMP_CWORD]}\" \"${COMP_WORDS[COMP_CWORD-1]}\";",
            "  printf '%s\\n' \"${COMPREPLY[@]}\"; }",
        ]
        for i, words in enumerate(queries):
            lines.append("echo '@@ %d'" % i)
            lines.append("ask " + " ".join(bash_quote(w) for w in words))
        lines.append("echo '@@ end'")
        result = subprocess.run(["bash", "--norc", "--noprofile", "-c", "\n".join(lines)], cwd=self.cwd,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=120)
        if result.returncode != 0 or result.stderr.strip():
            raise RuntimeError("bash exited %d: %s" % (result.returncode, result.stderr.strip()))
        answers = [set() for _ in queries]
        current = None
        for line in result.stdout.splitlines():
            if line.startswith("@@ "):
                tag = line[3:]
                current = None if tag == "end" else int(tag)
            elif current is not None and line:
                answers[current].add(line)
        return answers


def zsh_functions(text):
    """{function name: body} of the zsh completion file."""
    out = {}
    for m in re.finditer(r"^(_mailtls[A-Za-z0-9_]*)\(\) \{\n(.*?)^\}", text, re.M | re.S):
        out[m.group(1)] = m.group(2)
    return out


def zsh_function_name(path):
    return "_mailtls" + "".join("_" + w.replace("-", "_") for w in path)


def names_word(text, word):
    return re.search(r"(?<![A-Za-z0-9_-])%s(?![A-Za-z0-9_-])" % re.escape(word), text) is not None


def check_zsh(text, tree):
    problems = []
    functions = zsh_functions(text)
    for path, (_, opts, children) in sorted(tree.items()):
        name = zsh_function_name(path)
        label = " ".join(("mailtls",) + path)
        if name not in functions:
            problems.append("_mailtls has no function %s for '%s'" % (name, label))
            continue
        body = functions[name]
        for option in cli_help.all_names(opts):
            if not names_word(body, option):
                problems.append("_mailtls: %s does not offer %s of '%s --help'" % (name, option, label))
        for child in children:
            first = child.split()[0]
            if not re.search(r"^\s*'%s:" % re.escape(first), body, re.M):
                problems.append("_mailtls: %s does not list the subcommand '%s'" % (name, first))
            if len(child.split()) > 1 and zsh_function_name(path + (first,)) not in functions:
                problems.append("_mailtls has no function for '%s %s'" % (label, first))
    return problems


def listed_names(cli, args, pattern):
    r = subprocess.run([cli, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=60)
    if r.returncode != 0:
        raise RuntimeError("'mailtls %s' exited %d" % (" ".join(args), r.returncode))
    return [m.group(1) for m in re.finditer(pattern, r.stdout, re.M)]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--source-dir", required=True)
    args = parser.parse_args()

    bash_script = os.path.join(args.source_dir, "completions", "mailtls.bash")
    zsh_script = os.path.join(args.source_dir, "completions", "_mailtls")
    tree = cli_help.command_tree(args.cli)
    profiles = listed_names(args.cli, ["simulate", "--list-profiles"], r"^  ([a-z0-9][a-z0-9.-]*)\s*$")
    personalities = listed_names(args.cli, ["practice-server", "--list"], r"^  ([a-z0-9][a-z0-9-]*)  ")
    key_types = re.search(r"Key type:\s+([a-z0-9|-]+)", tree[("cert", "key")][0]).group(1).split("|")
    if len(profiles) < 5 or len(personalities) < 5:
        fail("could not read the profiles (%r) or personalities (%r)" % (profiles, personalities))

    with tempfile.TemporaryDirectory() as tmp:
        open(os.path.join(tmp, "ca.pem"), "w").close()
        open(os.path.join(tmp, "scan.json"), "w").close()
        os.mkdir(os.path.join(tmp, "cadir"))
        bash = BashCompletion(bash_script, tmp)

        queries = []   # (words, check(answer) -> problem or None)

        def expect(words, wanted, exact=False, unwanted=()):
            def check(answer):
                missing = sorted(set(wanted) - answer)
                extra = sorted(answer - set(wanted)) if exact else sorted(set(unwanted) & answer)
                if missing or extra:
                    return "bash: 'mailtls %s<TAB>' offers %s; missing %s%s" % (
                        " ".join(words[1:]), sorted(answer), missing, ", unexpected %s" % extra if extra else "")
                return None
            queries.append((words, check))

        # Commands and subcommands, from the --help texts.
        for path, (_, opts, children) in tree.items():
            if children:
                firsts = sorted({c.split()[0] for c in children})
                expect(["mailtls", *path, ""], firsts, exact=True)
                for child in children:
                    words = child.split()
                    if len(words) > 1:
                        seconds = sorted({c.split()[1] for c in children if c.split()[0] == words[0]})
                        expect(["mailtls", *path, words[0], ""], seconds, exact=True)
            long_options = [o[0] for o in opts if o[0]]
            if opts:
                expect(["mailtls", *path, "--"], long_options, exact=True)
                expect(["mailtls", *path, "-"], cli_help.all_names(opts), exact=True)
                # Also after other arguments, as a subcommand's options may come anywhere.
                if path:
                    expect(["mailtls", *path, "--no-such-thing", "--"], long_options)
        expect(["mailtls", "sc"], ["scan"], exact=True)
        expect(["mailtls", "scan", "--max-"], ["--max-conn", "--max-time"], exact=True)

        # Fixed values.
        expect(["mailtls", "session", "--starttls", ""], ["smtp", "lmtp", "imap", "pop3", "sieve", "none", "auto"], exact=True)
        expect(["mailtls", "scan", "--starttls", "=", "l"], ["lmtp"], exact=True)      # --starttls=l
        expect(["mailtls", "compare", "--starttls", "="], ["smtp", "lmtp", "imap", "pop3", "sieve", "none", "auto"], exact=True)   # --starttls=
        expect(["mailtls", "session", "--tls-min=1.2"], ["--tls-min=1.2"], exact=True)   # '=' not a word break
        expect(["mailtls", "session", "--tls-min", ""], ["1.0", "1.1", "1.2", "1.3"])
        expect(["mailtls", "session", "--tls-max", "1."], ["1.0", "1.1", "1.2", "1.3"], exact=True)
        for path in (("session",), ("scan",), ("cert", "inspect")):
            expect(["mailtls", *path, "--fail-on", ""], ["info", "low", "medium", "high", "critical"], exact=True)
        expect(["mailtls", "compare", "--fail-on", ""], ["info", "low", "medium", "high", "critical", "difference"],
               exact=True)
        expect(["mailtls", "simulate", "--client", ""], profiles, exact=True)
        expect(["mailtls", "practice-server", "--personality", ""], personalities, exact=True)
        expect(["mailtls", "simulate", "--syntax", ""], ["auto", "openssl", "iana", "gnutls"], exact=True)
        expect(["mailtls", "log", "--direction", ""], ["in", "out", "both"], exact=True)
        expect(["mailtls", "cert", "key", "--type", ""], key_types, exact=True)
        expect(["mailtls", "cert", "csr", "--key-type", ""], key_types, exact=True)
        expect(["mailtls", "cert", "dhparam", "--bits", ""], ["2048", "3072", "4096"], exact=True)
        expect(["mailtls", "cert", "ca", "sign", "--eku", ""], ["server", "client", "both", "ca"], exact=True)
        expect(["mailtls", "session", "--auth-mech", ""], ["PLAIN", "LOGIN"], exact=True)
        expect(["mailtls", "session", "--ehlo", ""], [], exact=True)     # free text: nothing to offer

        # Files and directories.
        expect(["mailtls", "session", "--ca-file", "c"], ["ca.pem", "cadir"], exact=True)
        expect(["mailtls", "scan", "--json", ""], ["-", "ca.pem", "scan.json", "cadir"], exact=True)
        expect(["mailtls", "cert", "ca", "init", "--out-dir", "c"], ["cadir"], exact=True)
        expect(["mailtls", "cert", "inspect", "c"], ["ca.pem", "cadir"], exact=True)
        expect(["mailtls", "simulate", "--report", "s"], ["scan.json"], exact=True)
        expect(["mailtls", "log", ""], ["-", "ca.pem", "scan.json", "cadir"], exact=True)

        answers = bash.ask([q[0] for q in queries])
        checked = 0
        for (words, check), answer in zip(queries, answers):
            problem = check(answer)
            checked += 1
            if problem:
                fail(problem)
        print("bash: %d completions checked" % checked)

        # The checks catch an option --help gains without the completions: prove it on a copy.
        text, opts, children = tree[("scan",)]
        grown = dict(tree)
        grown[("scan",)] = (text, opts + [("--brand-new-option", None)], children)
        queries.clear()
        expect(["mailtls", "scan", "--"], [o[0] for o in grown[("scan",)][1] if o[0]], exact=True)
        (answer,) = bash.ask([queries[0][0]])
        if not queries[0][1](answer) or "--brand-new-option" not in queries[0][1](answer):
            fail("self-test: an option added to 'mailtls scan --help' was not reported missing in mailtls.bash")
        with open(zsh_script, encoding="utf-8") as f:
            if not any("--brand-new-option" in p for p in check_zsh(f.read(), grown)):
                fail("self-test: an option added to 'mailtls scan --help' was not reported missing in _mailtls")

    with open(zsh_script, encoding="utf-8") as f:
        zsh_text = f.read()
    zsh_problems = check_zsh(zsh_text, tree)
    for problem in zsh_problems:
        fail(problem)
    if not zsh_text.startswith("#compdef mailtls"):
        fail("_mailtls does not start with '#compdef mailtls'")
    if not zsh_problems:
        print("zsh: every option and subcommand named in its command's function")
    if shutil.which("zsh"):
        r = subprocess.run(["zsh", "-n", zsh_script], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        if r.returncode != 0:
            fail("zsh -n %s: %s" % (zsh_script, r.stderr.strip()))
        else:
            print("ok: zsh -n _mailtls")
    else:
        print("SKIP: zsh is not installed; _mailtls checked by its option coverage only")
    r = subprocess.run(["bash", "-n", bash_script], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if r.returncode != 0:
        fail("bash -n %s: %s" % (bash_script, r.stderr.strip()))

    if failures:
        print("\n%d problem(s); the completions are completions/mailtls.bash and completions/_mailtls" % len(failures))
        return 1
    print("ok: the completions know every subcommand and option of --help")
    return 0


if __name__ == "__main__":
    sys.exit(main())
