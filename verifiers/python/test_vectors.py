#!/usr/bin/env python3
"""Check verify_draw.py against the protocol test vectors in packages/domain/test-vectors/.

    python3 verifiers/python/test_vectors.py     # exits non-zero on any mismatch
"""
from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import verify_draw as v  # noqa: E402

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "packages", "domain", "test-vectors"))
failures: list[str] = []
passed = 0


def check(name: str, ok: bool, detail: str = "") -> None:
    global passed
    if ok:
        passed += 1
    else:
        failures.append(f"{name}: {detail}")


def load(name: str):
    with open(os.path.join(ROOT, name), encoding="utf-8") as f:
        return json.load(f)


def apply_patch(bundle, patch):
    out = copy.deepcopy(bundle)
    for p in patch:
        target = out
        for key in p["path"][:-1]:
            target = target[key]
        last = p["path"][-1]
        if p.get("remove"):
            del target[last]
        else:
            target[last] = p["value"]
    return out


def check_standings(draws: dict) -> None:
    """--uscc: a drawn, a substitute, a not-drawn and an excluded enterprise of every vector draw,
    through the command line as a reader runs it."""
    script = os.path.join(os.path.dirname(os.path.abspath(__file__)), "verify_draw.py")
    seen = set()
    for name, bundle in draws.items():
        pool = bundle["commitmentInputs"]["pool"]
        for s in bundle["objects"]:
            listed = {d["uscc"] for d in s["drawn"] + s["substitutes"]}
            others = [u for p in pool["strata"] if p["id"] == s["stratum"] for u in p["objects"] if u not in listed]
            cut_off = s["drawn"][-1]["ticket"] if s["drawn"] else None
            cases = [(d["uscc"], "drawn", d["ticket"]) for d in s["drawn"][:1]] + [(d["uscc"], "substitute", d["ticket"]) for d in s["substitutes"][:1]]
            cases += [(u, "not_drawn", None) for u in others[:1]]
            for uscc, outcome, ticket in cases:
                got = v.draw_standing(bundle, uscc)
                seen.add(outcome)
                check(f"standing {name} {uscc}", got["inPool"] and got["stratum"] == s["stratum"] and got["outcome"] == outcome and got["cutOff"] == cut_off, json.dumps(got))
                check(f"standing ticket {name} {uscc}", ticket is None or got["ticket"] == ticket, f"{got['ticket']} != {ticket}")
                check(f"standing order {name} {uscc}", (got["ticket"] <= cut_off) == (outcome == "drawn"), f"{got['ticket']} vs {cut_off}")
        for e in pool["excluded"][:1]:
            seen.add("excluded")
            got = v.draw_standing(bundle, e["uscc"])
            check(f"standing excluded {name}", got == {"inPool": False, "stratum": e["stratum"], "ticket": None, "cutOff": None, "outcome": "excluded", "excludedFor": e["reasons"]}, json.dumps(got))
        check(f"standing absent {name}", v.draw_standing(bundle, "91110000802100433B")["outcome"] is None)
    check("standings of every kind", seen == {"drawn", "substitute", "not_drawn", "excluded"}, str(seen))

    name, bundle = next(iter(draws.items()))
    drawn = bundle["objects"][0]["drawn"][0]
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "bundle.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(bundle, f, ensure_ascii=False)
        run = subprocess.run([sys.executable, script, "--uscc", drawn["uscc"].lower(), path], capture_output=True, text=True)
        out = json.loads(run.stdout) if run.returncode == 0 else {}
        check("cli --uscc", out.get("standing", {}).get("ticket") == drawn["ticket"] and out["standing"]["outcome"] == "drawn", run.stdout[:300] + run.stderr[:300])
        run = subprocess.run([sys.executable, script, path, "--uscc", "91110000802100433C"], capture_output=True, text=True)
        check("cli --uscc rejects a bad check character", run.returncode == 2 and "统一社会信用代码无效" in run.stderr, run.stderr[:300])
        bundle = copy.deepcopy(bundle)
        bundle["seed"] = "0" * 64
        with open(path, "w", encoding="utf-8") as f:
            json.dump(bundle, f, ensure_ascii=False)
        run = subprocess.run([sys.executable, script, "--uscc", drawn["uscc"], path], capture_output=True, text=True)
        check("cli --uscc answers nothing from a changed bundle", run.returncode == 1 and "standing" not in json.loads(run.stdout), run.stdout[:300])


def main() -> int:
    for i, case in enumerate(load("canonical-json.json")["cases"]):
        text = v.canonical_json(case["input"])
        check(f"canonical[{i}]", text == case["canonical"], f"{text!r} != {case['canonical']!r}")
        check(f"canonical[{i}].sha256", v.sha256_hex(text) == case["sha256"])
    for bad in (1.5, float("nan"), 2**53, "\ud800"):
        try:
            v.canonical_json({"x": bad})
            check(f"canonical rejects {bad!r}", False, "accepted")
        except ValueError:
            check(f"canonical rejects {bad!r}", True)

    for code in ("91110000802100433B", "91440300708461136T", "91350100M000100Y43"):
        check(f"valid USCC {code}", v.valid_uscc(code))
    for code in ("91110000802100433C", "91110000802100434B", "9111000080210043", "B1110000802100433B"):
        check(f"invalid USCC {code}", not v.valid_uscc(code))

    p = load("primitives.json")
    for c in p["secretCommitments"]:
        check("secret commitment", v.hashlib.sha256(c["secret"].encode()).hexdigest() == c["commitment"])
    for c in p["seeds"]:
        sorted_reveals = sorted(c["reveals"], key=lambda r: v.utf16_key(r["source"]))
        check("sorted reveals", v.canonical_json(sorted_reveals) == c["sortedRevealsCanonical"])
        check("seed", v.derive_seed(c["commitment"], sorted_reveals) == c["seed"])
    for c in p["objectTickets"]:
        check(f"object ticket {c['message']}", v.object_ticket(c["seed"], c["stratum"], c["uscc"]) == c["ticket"])
    for c in p["teamTickets"]:
        t = v.team_ticket(c["seed"], c["uscc"], c["certNo"])
        check(f"team ticket {c['message']}", t == c["ticket"])
        check("team cost", int(t[0:10], 16) == c["costHi"] and int(t[10:20], 16) == c["costLo"])
    for c in p["sampleSizes"]:
        check(f"sample size {c}", v.sample_size(c["selection"], c["min"], c["max"], c["size"]) == c["n"])

    draws = {}
    for name in sorted(os.listdir(os.path.join(ROOT, "draws"))):
        bundle = load(os.path.join("draws", name))
        draws[name[:-5]] = bundle
        result = v.verify_draw(bundle)
        check(f"draw {name}", result["ok"], json.dumps(result, ensure_ascii=False)[:400])
        if result["ok"]:
            check(f"draw {name} recusal count", result["recusals"] == len(bundle.get("recusals", [])))
    check("at least four draws", len(draws) >= 4, str(len(draws)))
    # Absent means none: only a draw that had recusals carries the field, and one does.
    check("recusals only where there are some", all(b["recusals"] for b in draws.values() if "recusals" in b))
    check("a draw with recusals", any("recusals" in b for b in draws.values()))

    for case in load("tampered.json")["cases"]:
        result = v.verify_draw(apply_patch(draws[case["bundle"]], case["patch"]))
        check(f"tampered: {case['name']}", not result["ok"] and result["path"] == case["expectedPath"], json.dumps(result, ensure_ascii=False)[:300])

    check_standings(draws)

    for f in failures:
        print("FAIL", f)
    print(f"python verifier: {passed} checks passed, {len(failures)} failed ({ROOT})")
    return 1 if failures or passed == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
