"""The CLI reference of the README, generated from the command definitions (``cog``), so
that it cannot drift: ``cog -r README.md`` rewrites it, ``cog --check README.md`` (run by
tests/test_readme.py) fails when it is stale."""

from __future__ import annotations

import typer

from .cli import app


def reference() -> str:
    """One Markdown table row per command (groups expanded): its usage and its summary."""
    root = typer.main.get_command(app)
    lines = ["| Command | What it does |", "| --- | --- |"]
    for path, command in _commands(root, ["blocwatch"]):
        usage = " ".join(path + _arguments(command))
        lines.append(f"| `{usage}` | {_summary(command.help or '')} |")
    return "\n".join(lines) + "\n"


def _summary(help_text: str) -> str:
    """The first paragraph of a command's help, on one line, as Markdown."""
    paragraph = help_text.strip().split("\n\n")[0]
    return " ".join(paragraph.split()).replace("``", "`").replace("|", "\\|")


def _commands(command, path: list[str]):
    # Typer may carry its own copy of click: groups are told by their commands.
    if hasattr(command, "commands"):
        if getattr(command, "invoke_without_command", False) and len(path) > 1:
            yield path, command
        for name in sorted(command.commands):
            yield from _commands(command.commands[name], [*path, name])
    else:
        yield path, command


def _arguments(command) -> list[str]:
    """``[OPTIONS]`` and the positional arguments, as ``--help`` shows them."""
    words = ["[OPTIONS]"] if any(p.param_type_name == "option" for p in command.params) else []
    for p in command.params:
        if p.param_type_name == "argument":
            name = (p.metavar or p.name or "").upper()
            words.append(f"[{name}]..." if p.nargs == -1 else name)
    return words
