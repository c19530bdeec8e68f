#!/usr/bin/env python3
"""Check Liancha's published audit-chain anchors (docs/audit-anchoring.md), standard library only.

    python3 check_anchors.py anchors.json                       # the anchors agree with one another
    python3 check_anchors.py anchors.json --saved older.json    # ... and keep every anchor saved earlier
    python3 check_anchors.py anchors.json --chain chain.jsonl   # ... and the chain reaches and matches them

anchors.json is the file the public portal offers on a region's 审计日志锚点 page. chain.jsonl is an
export of the region's audit events (export_chain.sql, run by whoever has database access), one JSON
object per line, or a JSON array of the rows `audit.list` returns. Prints a JSON report; exits 0
when nothing is wrong, 1 when a problem was found, 2 when an input cannot be read.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
from decimal import Decimal
from typing import Any, Iterable, Iterator

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from verify_draw import canonical_json  # noqa: E402  (RFC 8785 subset, shared with the draw verifier)

GENESIS = "0" * 64
MAX_SAFE = 2**53 - 1
HEX64 = re.compile(r"^[0-9a-f]{64}$")


class BadInput(Exception):
    pass


# --------------------------------------------------------------------------- anchors
def load_anchors(path: str) -> list[dict[str, Any]]:
    """The anchors of a downloaded file (or a bare list), in the order they were made."""
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    anchors = data.get("anchors") if isinstance(data, dict) else data
    if not isinstance(anchors, list):
        raise BadInput(f"{path}: no list of anchors")
    for i, a in enumerate(anchors):
        if not (isinstance(a, dict) and isinstance(a.get("position"), int) and a["position"] >= 0 and HEX64.match(str(a.get("hash", "")))):
            raise BadInput(f"{path}: anchor #{i} needs an integer position and a 64-hex hash")
    return sorted(anchors, key=lambda a: (a.get("id", 0), a["position"]))


def check_consistency(anchors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A chain only grows: later anchors never stand lower, and one position has one hash."""
    problems: list[dict[str, Any]] = []
    seen: dict[int, str] = {}
    highest: dict[str, Any] | None = None
    for a in anchors:
        if seen.get(a["position"], a["hash"]) != a["hash"]:
            problems.append({"kind": "rewritten", "position": a["position"], "message": f"two anchors name different hashes for position {a['position']}"})
        seen[a["position"]] = a["hash"]
        if highest is not None and a["position"] < highest["position"]:
            problems.append({
                "kind": "truncated", "firstMissing": a["position"] + 1, "position": highest["position"],
                "message": f"anchor {a.get('id')} stands at position {a['position']}, below the earlier anchor {highest.get('id')} at {highest['position']}: the chain was cut after {a['position']}",
            })
        if highest is None or a["position"] >= highest["position"]:
            highest = a
    return problems


def compare_saved(saved: list[dict[str, Any]], current: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every anchor saved earlier must still be served, unchanged."""
    by_id = {a.get("id"): a for a in current}
    problems = []
    for s in saved:
        c = by_id.get(s.get("id"))
        if c is None:
            problems.append({"kind": "anchor_removed", "position": s["position"], "message": f"anchor {s.get('id')} (position {s['position']}) is no longer published"})
        elif (c["position"], c["hash"], c.get("reason"), c.get("anchoredAt")) != (s["position"], s["hash"], s.get("reason"), s.get("anchoredAt")):
            problems.append({"kind": "anchor_changed", "position": s["position"], "message": f"anchor {s.get('id')} changed since it was saved"})
    return problems


# --------------------------------------------------------------------------- the chain
def js_number(x: float) -> str:
    """String(x) in JavaScript: the event hash writes non-integer numbers as that text."""
    if x == 0:
        return "0"
    sign = "-" if x < 0 else ""
    _, digits, exp = Decimal(repr(abs(x))).normalize().as_tuple()
    ds = "".join(map(str, digits))
    k, n = len(ds), exp + len(ds)  # type: ignore[operator]
    if k <= n <= 21:
        return sign + ds + "0" * (n - k)
    if 0 < n <= 21:
        return sign + ds[:n] + "." + ds[n:]
    if -6 < n <= 0:
        return sign + "0." + "0" * (-n) + ds
    e = n - 1
    return sign + ds[0] + ("." + ds[1:] if k > 1 else "") + "e" + ("+" if e >= 0 else "-") + str(abs(e))


def hashable(value: Any) -> Any:
    """What the chain hashes for a JSON value: safe integers as numbers, other numbers as their JavaScript text."""
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, int):
        return value if abs(value) <= MAX_SAFE else js_number(float(value))
    if isinstance(value, float):
        return int(value) if value.is_integer() and abs(value) <= MAX_SAFE else js_number(value)
    if isinstance(value, list):
        return [hashable(v) for v in value]
    return {k: hashable(v) for k, v in value.items()}


def iso_millis(text: str) -> str:
    """An instant as JavaScript's toISOString() writes it: UTC, milliseconds, 'Z'."""
    from datetime import datetime, timezone

    m = re.match(r"^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2})(?:\.(\d+))?(Z|[+-]\d{2}(?::?\d{2})?)$", text)
    if not m:
        raise BadInput(f"occurredAt {text!r} is not an ISO instant")
    zone = "+00:00" if m.group(4) == "Z" else m.group(4)
    if re.fullmatch(r"[+-]\d{2}", zone):
        zone += ":00"
    elif re.fullmatch(r"[+-]\d{4}", zone):
        zone = zone[:3] + ":" + zone[3:]
    micros = (m.group(3) or "0")[:6].ljust(6, "0")
    instant = datetime.fromisoformat(f"{m.group(1)}T{m.group(2)}.{micros}{zone}").astimezone(timezone.utc)
    return instant.strftime("%Y-%m-%dT%H:%M:%S.") + f"{instant.microsecond // 1000:03d}Z"


def event_hash(prev: str, e: dict[str, Any]) -> str:
    content = {
        "regionCode": e.get("regionCode"), "actorUserId": e.get("actorUserId"), "action": e["action"],
        "subjectKind": e["subjectKind"], "subjectId": e.get("subjectId"), "before": hashable(e.get("before")),
        "after": hashable(e.get("after")), "occurredAt": iso_millis(e["occurredAt"]),
    }
    return hashlib.sha256((prev + "\n" + canonical_json(content)).encode("utf-8")).hexdigest()


def load_events(path: str) -> Iterator[dict[str, Any]]:
    with open(path, encoding="utf-8") as f:
        text = f.read()
    rows: Iterable[Any] = json.loads(text) if text.lstrip().startswith("[") else (json.loads(line) for line in text.splitlines() if line.strip())
    yield from rows


def check_chain(events: Iterable[dict[str, Any]], anchors: list[dict[str, Any]]) -> tuple[int, list[dict[str, Any]]]:
    """Walk the chain from the genesis; every anchor must name the event at its position."""
    pending = sorted(anchors, key=lambda a: a["position"])
    i, prev, position, intact = 0, GENESIS, 0, 0

    def against_anchors(at: int, h: str) -> dict[str, Any] | None:
        nonlocal i, intact
        while i < len(pending) and pending[i]["position"] == at:
            a = pending[i]
            i += 1
            if a["hash"] != h:
                return {"kind": "rewritten", "position": at, "intactThrough": intact, "message": f"the event at position {at} is not the one anchored (anchor {a.get('id')}); the chain was rewritten after position {intact}"}
            intact = at
        return None

    if (p := against_anchors(0, GENESIS)) is not None:
        return 0, [p]
    for e in sorted(events, key=lambda e: e.get("seq", 0)):
        position += 1
        if e.get("prevHash") != prev:
            return position, [{"kind": "link_mismatch", "position": position, "message": f"the event at position {position} does not follow the one before it"}]
        h = event_hash(prev, e)
        if h != e.get("hash"):
            return position, [{"kind": "hash_mismatch", "position": position, "message": f"the event at position {position} no longer gives its hash"}]
        if "chainSeq" in e and e["chainSeq"] != position:
            return position, [{"kind": "position_mismatch", "position": position, "message": f"the event at position {position} is numbered {e['chainSeq']}"}]
        if (p := against_anchors(position, h)) is not None:
            return position, [p]
        prev = h
    if i < len(pending):
        last = pending[-1]["position"]
        return position, [{
            "kind": "truncated", "firstMissing": position + 1, "intactThrough": intact,
            "message": f"the chain ends at position {position} but position {pending[i]['position']} was anchored: position {position + 1} (first missing position) through at least {last} are gone",
        }]
    return position, []


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Check Liancha's audit-chain anchors.")
    parser.add_argument("anchors", help="anchors file downloaded from the public portal")
    parser.add_argument("--saved", action="append", default=[], help="an anchors file saved earlier (repeatable)")
    parser.add_argument("--chain", help="the region's audit events (export_chain.sql output)")
    args = parser.parse_args(argv)
    try:
        current = load_anchors(args.anchors)
        problems = check_consistency(current)
        known = current
        for path in args.saved:
            saved = load_anchors(path)
            problems += compare_saved(saved, current)
            known = sorted({json.dumps(a, sort_keys=True): a for a in known + saved}.values(), key=lambda a: (a.get("id", 0), a["position"]))
            problems += check_consistency(known)
        events = None
        if args.chain:
            # The chain answers to every head ever published, the ones saved elsewhere included.
            events, chain_problems = check_chain(load_events(args.chain), known)
            problems += chain_problems
    except (OSError, ValueError, KeyError, BadInput) as error:
        print(json.dumps({"ok": False, "error": str(error)}, ensure_ascii=False), file=sys.stderr)
        return 2
    unique = list({json.dumps(p, sort_keys=True): p for p in problems}.values())
    print(json.dumps({"ok": not unique, "anchors": len(current), "events": events, "problems": unique}, ensure_ascii=False, indent=1))
    return 0 if not unique else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
